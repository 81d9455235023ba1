import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Sign-in attempt counters (per account and address, address, account, known device: see
 * throttle.ts), in PostgreSQL so every API process sees the same counts.
 */
@Entity({ tableName: 'auth_throttle' })
export class AuthThrottle {
  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  failures: number = 0;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;
}
