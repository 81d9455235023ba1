import { BigIntType, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../node/node.interface.js';

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
