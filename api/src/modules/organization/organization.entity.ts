import { BigIntType, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { GeoPoint } from '../../common/geo.js';

export enum OrganizationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(OrganizationStatus, {
  name: 'OrganizationStatus',
  description: 'PENDING until approved by the platform (incubation); only APPROVED organisations are public.',
});

export enum OrganizationKind {
  YOUTH_LEAGUE = 'YOUTH_LEAGUE',
  GOVERNMENT = 'GOVERNMENT',
  FEDERATION = 'FEDERATION',
  NGO = 'NGO',
  SCHOOL = 'SCHOOL',
  COMPANY = 'COMPANY',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organisation is (共青团, government department, federation, NGO, school, company, community).',
});

export enum JoinPolicy {
  APPROVAL = 'APPROVAL',
  OPEN = 'OPEN',
}
registerEnumType(JoinPolicy, {
  name: 'JoinPolicy',
  description: "APPROVAL: joining is a request the team's coordinators accept or decline; OPEN: volunteers join at once",
});

/**
 * The SQL form of an organisation name that must be unique: Unicode NFKC (full-width letters and
 * the ideographic space fold to ASCII), all whitespace removed, lower case. The unique index and
 * the service's friendly pre-check share it, so "龙华区青年志愿者协会 " and "龙华区 青年志愿者协会"
 * are the same name to both.
 */
export function organizationNameKeySql(expression: string): string {
  return `lower(regexp_replace(normalize(${expression}, NFKC), '[[:space:]]+', '', 'g'))`;
}

@Entity({ tableName: 'organization' })
@Index({ properties: ['status', 'id'] })
@Unique({
  name: 'organization_name_key_unique',
  expression: `create unique index "organization_name_key_unique" on "organization" ((${organizationNameKeySql('"name"')}))`,
})
// Substring search on names; pg_trgm serves patterns of three or more characters (see OrganizationService.list).
@Index({
  name: 'organization_name_trgm_index',
  expression: 'create index "organization_name_trgm_index" on "organization" using gin ("name" gin_trgm_ops)',
})
@Check({ name: 'organization_member_count_non_negative', expression: 'member_count >= 0' })
// Teams near a place (the directory's map and the service circle), as for projects.
@Index({
  name: 'organization_location_earth',
  expression: `create index "organization_location_earth" on "organization" using gist (earth_point(lat, lng)) where lat is not null and lng is not null`,
})
@ObjectType('Organization', { implements: Node, description: '志愿服务组织·队伍: a volunteer organisation or team.' })
export class Organization implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('org');

  @Property({ type: 'string', length: 80, unique: true })
  @Field(() => String)
  slug!: string;

  @Property({ type: 'string', length: 100, unique: true })
  @Field(() => String)
  name!: string;

  @Enum({ items: () => OrganizationStatus, nativeEnumName: 'organization_status' })
  @Field(() => OrganizationStatus)
  status: OrganizationStatus = OrganizationStatus.PENDING;

  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind', nullable: true })
  @Field(() => String, { nullable: true, description: 'YOUTH_LEAGUE, GOVERNMENT, FEDERATION, NGO, SCHOOL, COMPANY or COMMUNITY' })
  kind?: OrganizationKind | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Index()
  @Field(() => String, { nullable: true })
  district?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  city?: string | null;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null', index: true })
  parent?: Rel<Organization> | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where the team is found (its office or station)' })
  address?: string | null;

  @Property({ type: 'double', nullable: true })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  lng?: number | null;

  @Field(() => GeoPoint, { nullable: true })
  get location(): GeoPoint | null {
    return this.lat == null || this.lng == null ? null : { lat: this.lat, lng: this.lng };
  }

  /** The contact person; shown to the team's managers, its parent's admins and platform staff only (OrganizationResolver). */
  @Property({ type: 'string', length: 30, nullable: true })
  contactName?: string | null;

  /** The contact phone, encrypted like every personal datum (common/personal-data.ts). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  contactPhoneEnc?: Buffer | null;

  @Enum({ items: () => JoinPolicy, nativeEnumName: 'join_policy', default: JoinPolicy.APPROVAL })
  @Field(() => JoinPolicy)
  joinPolicy: JoinPolicy = JoinPolicy.APPROVAL;

  /** Why the reviewer (the parent federation or the platform) returned a pending registration; cleared when the team edits it. */
  @Property({ type: 'string', length: 500, nullable: true })
  returnedReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  returnedAt?: Date | null;

  /** Kept in step by membership changes so lists need no COUNT per row. */
  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  memberCount: number = 0;

  /** Service minutes this organisation has recorded; kept in the ledger's transactions (see applyEntries). */
  @Property({ type: new BigIntType('number'), default: 0 })
  @Field(() => Int, { description: 'Approved service minutes recorded by this organisation' })
  totalMinutes: number = 0;

  /** When the platform first approved it; null while pending (and for records approved before this was kept). */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the platform approved the organisation' })
  approvedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  suspendedAt?: Date | null;

  /** Shown to the organisation's admins and platform staff only (see OrganizationResolver.suspendedReason). */
  @Property({ type: 'string', length: 500, nullable: true })
  suspendedReason?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the organisation was registered' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
