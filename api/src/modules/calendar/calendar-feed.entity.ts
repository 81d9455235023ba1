import { Entity, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Volunteer } from '../volunteer/volunteer.entity.js';

/**
 * A volunteer's secret calendar address. The token is an HMAC (platform key) of the volunteer
 * and a random nonce, so the volunteer can see their address again, while the database holds
 * only the nonce and the token's SHA-256 (for lookup): a leaked table opens no calendar.
 * Resetting draws a new nonce, which revokes the old address.
 */
@Entity({ tableName: 'calendar_feed' })
export class CalendarFeed {
  @OneToOne({ entity: () => Volunteer, primary: true, deleteRule: 'cascade', updateRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Property({ type: 'blob' })
  nonce!: Buffer;

  @Property({ type: 'blob', unique: true })
  tokenHash!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
