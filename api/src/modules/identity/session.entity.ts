import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../common/ids.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

/**
 * A signed-in session. Only the SHA-256 of its opaque token is stored, so a database leak
 * yields no usable credential; revocation and expiry are checked on every request.
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['volunteer', 'revokedAt'] })
export class Session {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('ses');

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Property({ type: 'blob', unique: true })
  tokenHash!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  /** Truncated, for a volunteer's list of their sessions; not personal data we keep. */
  @Property({ type: 'string', length: 120, nullable: true })
  userAgent?: string | null;
}
