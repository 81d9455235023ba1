import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { OutboxMessage } from './outbox.entity.js';

/** How a message leaves the platform besides the inbox, which always has it. */
export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: "EMAIL: to the address in the account settings; SMS: a text to the account's phone, for messages that change a volunteer's plans",
});

/**
 * QUEUED: being sent, or to be tried again (or held back past quiet hours) until `nextAttemptAt`;
 * SENT: the server took it; FAILED: given up after the last attempt; SKIPPED: nothing to send (no
 * address, turned off, the channel is off, or the news came too late to be of use).
 */
export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description:
    'QUEUED: being sent, or to be tried again later (a text that can wait is held back at night); SENT: the mail server or SMS provider took it; FAILED: given up after the last attempt; SKIPPED: not sent (no address, turned off by the volunteer, the channel is off on this platform, or the news came too late to be of use)',
});

/**
 * One message through one channel (outbox-delivery.ts): its status and attempts. A deliverer
 * claims a queued row by writing its own `claim` and pushing `nextAttemptAt` past the time it
 * needs, so another deliverer leaves the message alone until then.
 */
@Entity({ tableName: 'outbox_delivery' })
export class MessageDelivery {
  @ManyToOne(() => OutboxMessage, { primary: true, deleteRule: 'cascade' })
  message!: Rel<OutboxMessage>;

  @Enum({ items: () => DeliveryChannel, nativeEnumName: 'delivery_channel', primary: true })
  channel!: DeliveryChannel;

  @Enum({ items: () => DeliveryStatus, nativeEnumName: 'delivery_status', default: DeliveryStatus.QUEUED })
  status: DeliveryStatus = DeliveryStatus.QUEUED;

  /** Attempts that reached the channel (a claim alone is no attempt). */
  @Property({ type: 'smallint', default: 0 })
  attempts: number = 0;

  /** The last failure's first line, without addresses. */
  @Property({ type: 'string', length: 200, nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  /** Which deliverer's claim the row is under. */
  @Property({ type: 'uuid', nullable: true })
  claim?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
