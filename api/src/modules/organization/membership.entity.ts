import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { Organization } from './organization.entity.js';

export enum MemberRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(MemberRole, { name: 'MemberRole' });

@Entity({ tableName: 'membership' })
@Unique({ properties: ['organization', 'volunteer'] })
// An organisation's member list, in joining order.
@Index({ properties: ['organization', 'id'] })
@ObjectType('Membership', { implements: Node, description: "A volunteer's place in an organisation and their role there." })
/** A volunteer's place in an organisation, with the role that decides what they may do there. */
export class Membership implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('mem');

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade', index: true })
  volunteer!: Rel<Volunteer>;

  @Enum({ items: () => MemberRole, nativeEnumName: 'member_role' })
  @Field(() => MemberRole)
  role: MemberRole = MemberRole.MEMBER;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the volunteer joined' })
  createdAt: Date = new Date();
}
