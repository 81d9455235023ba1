// A way a message leaves the platform besides the inbox (email, SMS): what to do with a claimed
// message now, and how to send it. OutboxDelivery (outbox-delivery.ts) claims, records and
// retries; a channel only decides and sends.
import type { DeliveryChannel } from './message-delivery.entity.js';
import type { ClaimedMessage } from './outbox.queries.js';

/** Send it now; skip it (nothing to send, or turned off); or hold it back until a time. */
export type ChannelPlan = 'send' | 'skip' | Date;

export interface MessageChannel {
  readonly channel: DeliveryChannel;
  /** How many messages it sends at once. */
  readonly connections: number;
  plan(message: ClaimedMessage, now: Date): ChannelPlan;
  /** Throws when the server refused or could not be reached; the message is then tried again later. */
  send(message: ClaimedMessage): Promise<void>;
}
