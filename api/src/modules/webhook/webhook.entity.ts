import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Organization } from '../organization/organization.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

/**
 * A partner app's endpoint that receives a team's events as signed POSTs (docs/webhooks.md).
 * The signing secret is sealed like personal data (a `_enc` column: a data key rotation
 * re-seals it) because every delivery needs it back; it is shown once, when the endpoint is
 * created, and never logged.
 */
@Entity({ tableName: 'webhook' })
@Index({ properties: ['organization', 'createdAt'] })
@ObjectType('Webhook', { description: "A partner app's endpoint that receives the team's events as signed POSTs (docs/webhooks.md)" })
export class Webhook {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('whk');

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @Field(() => String, { description: 'Where the events are POSTed' })
  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Field(() => [String], { description: 'The events it receives, e.g. signup.created' })
  @Property({ type: 'text[]' })
  events!: string[];

  @Property({ type: 'blob', hidden: true, lazy: true })
  secretEnc!: Buffer;

  @ManyToOne(() => Volunteer, { deleteRule: 'set null', nullable: true })
  createdBy?: Rel<Volunteer> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Set when deliveries kept failing for a day (the team ADMINs are told); null while active' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  @Field(() => Int, { description: 'Delivery attempts that failed in a row (0 once one succeeds)' })
  @Property({ type: 'integer', default: 0 })
  failureCount: number = 0;

  @Field(() => Date, { nullable: true, description: 'When the current run of failures began' })
  @Property({ type: 'timestamptz', nullable: true })
  failingSince?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastDeliveredAt?: Date | null;

  @Field(() => Boolean, { description: 'Receives events (false once disabled)' })
  get active(): boolean {
    return !this.disabledAt;
  }
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not yet answered with 2xx, attempts go on (see nextAttemptAt); DELIVERED: answered 2xx; FAILED: given up (redeliver it by hand)',
});

/**
 * One event for one endpoint: written in the transaction of the change it announces
 * (webhook.queries.ts), then POSTed until answered 2xx or given up (webhook-jobs.ts). Its ID
 * is the X-Aixin-Delivery header, the same on every attempt.
 */
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['webhook', 'createdAt', 'id'] })
@Index({
  name: 'webhook_delivery_due_index',
  expression: `create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at") where status = 'PENDING'`,
})
@ObjectType('WebhookDelivery', { description: 'One event sent to one endpoint, with its attempts (the delivery log)' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The X-Aixin-Delivery header: the same on every attempt and redelivery' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne(() => Webhook, { deleteRule: 'cascade' })
  webhook!: Rel<Webhook>;

  @Field(() => String, { description: 'The X-Aixin-Event header, e.g. signup.created' })
  @Property({ type: 'string', length: 40 })
  event!: string;

  /** The event's `data` (IDs and public facts only). */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status', default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'POSTs made so far' })
  @Property({ type: 'smallint', default: 0 })
  attempts: number = 0;

  /** Attempts allowed (null: the retry schedule's; a redelivery allows one more). */
  @Property({ type: 'smallint', nullable: true })
  maxAttempts?: number | null;

  @Field(() => Int, { nullable: true, description: "The last attempt's HTTP status (null: no answer)" })
  @Property({ type: 'smallint', nullable: true })
  responseStatus?: number | null;

  @Field(() => String, { nullable: true, name: 'error', description: 'Why the last attempt failed (first line)' })
  @Property({ type: 'string', length: 300, nullable: true })
  lastError?: string | null;

  /** Milliseconds, as JavaScript keeps them: the delivery log's cursors hold the exact value. */
  @Field(() => Date)
  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only)' })
  @Property({ type: 'timestamptz', nullable: true, defaultRaw: 'now()' })
  nextAttemptAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  /** An attempt under way holds the delivery until then (a deliverer that died lets go of it then). */
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  /** The endpoint's organisation, for the body (set by whoever reads the delivery). */
  organizationId?: string;
}
