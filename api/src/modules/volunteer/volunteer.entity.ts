import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';

/**
 * 志愿者: a real-name volunteer. Personal data (name, ID number, phone) is stored only
 * encrypted (AES-256-GCM) with keyed blind indexes for uniqueness; only masked or
 * public forms are ever exposed.
 */
@Entity({ tableName: 'volunteer' })
@ObjectType('Volunteer', { implements: Node, description: '志愿者: a registered volunteer (public fields).' })
export class Volunteer implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('vol');

  @Property({ type: 'string', length: 20, unique: true })
  @Field(() => String, { description: 'Unified volunteer number (志愿者编号), safe to show publicly' })
  volunteerNumber!: string;

  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'Masked real name for the public, e.g. 张*明' })
  displayName!: string;

  // Personal data: null once the volunteer has deleted their account (the record stays, anonymised).
  @Property({ type: 'blob', lazy: true, nullable: true })
  realNameEnc?: Buffer | null;

  @Property({ type: 'blob', lazy: true, nullable: true })
  idNumberEnc?: Buffer | null;

  @Property({ type: 'blob', unique: true, lazy: true, nullable: true })
  idNumberIndex?: Buffer | null;

  @Property({ type: 'blob', lazy: true, nullable: true })
  phoneEnc?: Buffer | null;

  @Property({ type: 'blob', unique: true, lazy: true, nullable: true })
  phoneIndex?: Buffer | null;

  /** Volunteers under 14 register with a guardian (national guidance on minors). */
  @Property({ type: 'blob', lazy: true, nullable: true })
  guardianNameEnc?: Buffer | null;

  @Property({ type: 'blob', lazy: true, nullable: true })
  guardianPhoneEnc?: Buffer | null;

  /** Whom to call if something happens during an activity (the volunteer's choice; erased with the account). */
  @Property({ type: 'blob', lazy: true, nullable: true })
  emergencyContactNameEnc?: Buffer | null;

  @Property({ type: 'blob', lazy: true, nullable: true })
  emergencyContactPhoneEnc?: Buffer | null;

  /** The volunteer card's photo (证件照, a small WebP as a data: URL), sealed like the rest: a face is personal data. */
  @Property({ type: 'blob', lazy: true, nullable: true })
  cardPhotoEnc?: Buffer | null;

  /** Lower-cased; a login name, not personal data we mask. */
  @Property({ type: 'string', length: 254, nullable: true, unique: true })
  email?: string | null;

  /** scrypt hash; null for records imported without a password (they must reset it). */
  @Property({ type: 'string', length: 200, nullable: true, lazy: true })
  passwordHash?: string | null;

  /** From the ID number; kept for age rules (minors), erased with the account. */
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Index()
  district?: string | null;

  @Property({ type: 'text[]', default: '{}' })
  skills: string[] = [];

  /** Whether messages are emailed too (the inbox has them all the same); the volunteer's choice, also turned off by an email's unsubscribe link. */
  @Property({ type: 'boolean', default: true })
  notifyEmail: boolean = true;

  /** Whether messages that change a volunteer's plans are also texted to their phone, where the platform sends texts; the volunteer's choice. */
  @Property({ type: 'boolean', default: true })
  notifySms: boolean = true;

  @Property({ type: 'boolean', default: false })
  isPlatformAdmin: boolean = false;

  /** Whether the volunteer's public page (志愿者风采) is on: off until the volunteer switches it on (profile module). */
  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Whether the volunteer shows a public page (志愿者风采, Query.volunteerProfile); off unless they switch it on' })
  publicProfile: boolean = false;

  /** When a guardian's consent to the public page was confirmed (volunteers under 18); cleared when the page goes private. */
  @Property({ type: 'timestamptz', nullable: true })
  guardianConsentAt?: Date | null;

  /** The guardian's name as confirmed with that consent, sealed like other personal data. */
  @Property({ type: 'blob', lazy: true, nullable: true })
  guardianConsentNameEnc?: Buffer | null;

  /** Approved service minutes; maintained with the ledger. */
  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Approved service time in minutes' })
  totalMinutes: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null;
}
