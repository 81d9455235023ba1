import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
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

@Entity({ tableName: 'organization' })
@Index({ properties: ['status', 'id'] })
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

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
