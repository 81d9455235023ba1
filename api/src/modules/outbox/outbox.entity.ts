import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Messages to deliver (notifications, partner webhooks), written in the same transaction as
 * the change they announce; a deliverer drains them later, so no event is lost or sent for a
 * change that rolled back.
 */
@Entity({ tableName: 'outbox' })
@Index({ properties: ['deliveredAt', 'id'] })
@Index({ name: 'outbox_recipient_id_id_index', properties: ['recipientId', 'id'] })
// A team message's delivery report counts its entries that were read (modules/broadcast).
@Index({
  name: 'outbox_broadcast_id_index',
  expression: `create index "outbox_broadcast_id_index" on "outbox" ((payload->>'broadcastId')) where topic = 'team.message'`,
})
export class OutboxMessage {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 60 })
  topic!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  recipientId?: string | null;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  /** When the recipient marked it read in their inbox (`markNotificationsRead`). */
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;
}
