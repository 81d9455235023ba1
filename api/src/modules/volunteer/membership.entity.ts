import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Organization } from '../organization/organization.entity.js';
import { Volunteer } from './volunteer.entity.js';

export enum MemberRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(MemberRole, { name: 'MemberRole' });

@Entity({ tableName: 'membership' })
@Unique({ properties: ['organization', 'volunteer'] })
/** A volunteer's place in an organisation, with the role that decides what they may do there. */
export class Membership {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('mem');

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade', index: true })
  volunteer!: Rel<Volunteer>;

  @Enum({ items: () => MemberRole, nativeEnumName: 'member_role' })
  role: MemberRole = MemberRole.MEMBER;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
