// Which modules act on which domain events (common/domain-events.ts): the one place that knows
// both the modules raising them and the modules above that do their part.
import { DomainEventBus } from './common/domain-events.js';
import { lotteryEventHandlers } from './modules/lottery/lottery.events.js';
import { signupEventHandlers } from './modules/signup/signup.events.js';
import { serviceRequestEventHandlers } from './modules/service-request/service-request.events.js';

export const domainEvents = new DomainEventBus([signupEventHandlers, lotteryEventHandlers, serviceRequestEventHandlers]);
