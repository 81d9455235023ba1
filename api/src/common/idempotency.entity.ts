import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The first result of a mutation sent with an idempotency key, per caller and operation. */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'string', length: 40 })
  operation!: string;

  @PrimaryKey({ type: 'string', length: 30 })
  ownerId!: string;

  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  /** SHA-256 of the operation's input, so a reused key with other input is refused. */
  @Property({ type: 'blob' })
  requestHash!: Buffer;

  /** The result's ID, or a certificate's code (up to 40 characters). */
  @Property({ type: 'string', length: 40, nullable: true })
  resultId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
