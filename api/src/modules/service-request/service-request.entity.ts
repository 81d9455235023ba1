import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { newId } from '../../common/ids.js';
import { GeoPoint } from '../../common/geo.js';
import { Node } from '../../common/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';

export enum ServiceRequestStatus {
  SUBMITTED = 'SUBMITTED',
  OPEN = 'OPEN',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
  CLAIMED = 'CLAIMED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CONFIRMED = 'CONFIRMED',
  CLOSED = 'CLOSED',
}
registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description:
    'SUBMITTED awaits triage; OPEN is on the public board; DECLINED (with a reason) and MERGED (into another request) end there; CLAIMED once claims cover the need, IN_PROGRESS, DONE, CONFIRMED by the requester; CLOSED with a reason',
});

export enum ServiceRequestCategory {
  ELDERLY = 'ELDERLY',
  CHILDREN = 'CHILDREN',
  DISABILITY = 'DISABILITY',
  ENVIRONMENT = 'ENVIRONMENT',
  COMMUNITY = 'COMMUNITY',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  DISASTER = 'DISASTER',
  OTHER = 'OTHER',
}
registerEnumType(ServiceRequestCategory, {
  name: 'ServiceRequestCategory',
  description: 'What kind of help is needed (助老, 关爱儿童, 助残, 环保, 社区, 健康, 教育, 防灾救灾, 其他)',
});

/** Statuses the public board and pages may show; the rest stay with the requester and the triage desk. */
export const PUBLIC_REQUEST_STATUSES = [
  ServiceRequestStatus.OPEN,
  ServiceRequestStatus.CLAIMED,
  ServiceRequestStatus.IN_PROGRESS,
  ServiceRequestStatus.DONE,
  ServiceRequestStatus.CONFIRMED,
];

/** Needs met, counted in the figures. */
export const MET_REQUEST_STATUSES = [ServiceRequestStatus.DONE, ServiceRequestStatus.CONFIRMED];

/**
 * 服务需求: help a resident, community or department asks for. Submitted, triaged onto the public
 * board by platform staff or the ADMINs of a federation of its district, claimed by one or more
 * teams until their volunteers cover the need, done, then confirmed and rated by the requester.
 * The contact person and phone are personal data: sealed at rest (common/personal-data.ts).
 */
@Entity({ tableName: 'service_request' })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['requesterId', 'createdAt', 'id'] })
@Index({
  name: 'service_request_search_bigrams',
  expression: `create index "service_request_search_bigrams" on "service_request" using gin (aixin_bigrams(title || ' ' || description))`,
})
@Index({
  name: 'service_request_location_earth',
  expression: `create index "service_request_location_earth" on "service_request" using gist (earth_point(lat, lng)) where lat is not null and lng is not null`,
})
@ObjectType('ServiceRequest', { implements: Node, description: '服务需求: help asked of volunteer teams; its contact is never public' })
export class ServiceRequest implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('srq');

  @Property({ type: 'string', length: 120 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  description!: string;

  @Enum({ items: () => ServiceRequestCategory, nativeEnumName: 'service_request_category' })
  @Field(() => ServiceRequestCategory)
  category!: ServiceRequestCategory;

  @Property({ type: 'string', length: 40 })
  @Index()
  @Field(() => String)
  district!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String)
  address!: string;

  @Property({ type: 'double', nullable: true })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  lng?: number | null;

  @Field(() => GeoPoint, { nullable: true })
  get location(): GeoPoint | null {
    return this.lat == null || this.lng == null ? null : { lat: this.lat, lng: this.lng };
  }

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'Help is needed from this time' })
  neededFrom!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'Help is needed until this time' })
  neededUntil!: Date;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'How often, in words (e.g. 每周六上午)' })
  recurrence?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int)
  volunteersNeeded!: number;

  /** The sum of the live claims' volunteers, kept by the claiming statement itself. */
  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Volunteers the claiming teams bring' })
  volunteersClaimed: number = 0;

  @Enum({ items: () => ServiceRequestStatus, nativeEnumName: 'service_request_status' })
  @Field(() => ServiceRequestStatus)
  status: ServiceRequestStatus = ServiceRequestStatus.SUBMITTED;

  @Property({ type: 'blob', lazy: true })
  contactNameEnc!: Buffer;

  @Property({ type: 'blob', lazy: true })
  contactPhoneEnc!: Buffer;

  /** The volunteer who submitted it (for a team, its manager; for staff, the staff member); null for a partner key. */
  @Property({ type: 'string', length: 30, nullable: true })
  requesterId?: string | null;

  /** The team or department it was submitted for, if any. */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null', index: true })
  requestingOrganization?: Rel<Organization> | null;

  /** Why it was declined or closed; shown to the requester and the triage desk. */
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @ManyToOne(() => ServiceRequest, { nullable: true, deleteRule: 'set null' })
  mergedInto?: Rel<ServiceRequest> | null;

  /** When it last went onto the board (accepted, or reopened when a claim was withdrawn). */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'When it (last) went onto the public board' })
  openedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  doneAt?: Date | null;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: "The requester's rating, 1..5, once confirmed" })
  score?: number | null;

  @Property({ type: 'string', length: 500, nullable: true })
  feedbackComment?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  feedbackHiddenAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  confirmedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One team's claim on a request: the volunteers it brings and, once planned, its activity. */
@Entity({ tableName: 'service_request_claim' })
@Unique({ properties: ['request', 'organization'] })
@ObjectType('ServiceRequestClaim', { description: 'A team taking on (part of) a service request' })
export class ServiceRequestClaim {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('src');

  @ManyToOne(() => ServiceRequest, { deleteRule: 'cascade' })
  request!: Rel<ServiceRequest>;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization!: Rel<Organization>;

  @Property({ type: 'integer' })
  @Field(() => Int)
  volunteers!: number;

  @ManyToOne(() => Project, { nullable: true, deleteRule: 'set null' })
  project?: Rel<Project> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}
