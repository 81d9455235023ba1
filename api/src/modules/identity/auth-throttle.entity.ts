import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-in counters per account (keyed by the login's blind index) and per client
 * address, in PostgreSQL so every API process sees the same counts.
 */
@Entity({ tableName: 'auth_throttle' })
export class AuthThrottle {
  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  failures: number = 0;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;
}
