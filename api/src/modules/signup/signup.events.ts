// What happens to sign-ups when their shifts change (common/domain-events.ts): the project
// module cancels and moves shifts; the volunteers holding or waiting for a place hear of it in
// the transaction that makes the change, one outbox message each.
import type { DomainEventHandlers } from '../../common/domain-events.js';
import '../project/project.events.js';
import { forgetSentReminders } from './reminder.queries.js';
import { cancelLiveSignups, tellShiftMoved } from './signup.queries.js';

export const signupEventHandlers: DomainEventHandlers = {
  shiftsCancelled: async (tx, event) => {
    event.told += await cancelLiveSignups(tx, event.scope, event.topic, event.projectId, event.reason);
  },
  shiftMoved: async (tx, event) => {
    // Reminders go out again before the new start; those of the old start find it moved and do nothing.
    await forgetSentReminders(tx, event.shiftId);
    event.told += await tellShiftMoved(tx, event);
  },
};
