import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { Organization } from './organization.entity.js';

export enum MembershipRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MembershipRequestStatus, { name: 'MembershipRequestStatus' });

/**
 * 入队申请: a volunteer asking to join a team whose joining needs approval. One PENDING request
 * per volunteer and team (partial unique index); the team's COORDINATORs and ADMINs answer it.
 */
@Entity({ tableName: 'membership_request' })
@Index({
  name: 'membership_request_one_pending',
  expression: `create unique index "membership_request_one_pending" on "membership_request" ("organization_id", "volunteer_id") where status = 'PENDING'`,
})
@Index({ properties: ['organization', 'status', 'id'] })
@Index({ properties: ['volunteer', 'id'] })
@ObjectType('MembershipRequest', { implements: Node, description: '入队申请: a request to join a team' })
export class MembershipRequest implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('mrq');

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  @Field(() => Organization)
  organization!: Rel<Organization>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Enum({ items: () => MembershipRequestStatus, nativeEnumName: 'membership_request_status' })
  @Field(() => MembershipRequestStatus)
  status: MembershipRequestStatus = MembershipRequestStatus.PENDING;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: "The volunteer's note to the team" })
  message?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was declined, for the volunteer' })
  decisionReason?: string | null;

  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Rel<Volunteer> | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}
