import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { newId } from '../../common/ids.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

/**
 * A browser or app a volunteer has signed in from (only the SHA-256 of its token is stored).
 * Sign-in attempts from a known device count against that device alone (throttle.ts), so the
 * owner is not locked out by wrong passwords tried elsewhere. One device may be known to several
 * volunteers (a family's computer).
 */
@Entity({ tableName: 'trusted_device' })
@Unique({ properties: ['tokenHash', 'volunteer'] })
export class TrustedDevice {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('dev');

  @Property({ type: 'blob' })
  tokenHash!: Buffer;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastUsedAt: Date = new Date();
}
