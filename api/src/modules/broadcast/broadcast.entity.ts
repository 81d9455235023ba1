import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Organization } from '../organization/organization.entity.js';
import { Shift } from '../project/shift.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export enum BroadcastAudience {
  /** Every member of the team. */
  MEMBERS = 'MEMBERS',
  /** The volunteers signed up for one shift (holding a place, waiting, or in its draw). */
  SHIFT = 'SHIFT',
}
registerEnumType(BroadcastAudience, {
  name: 'BroadcastAudience',
  description:
    "MEMBERS: every member of the team; SHIFT: the volunteers signed up for one of the team's shifts (holding a place, on its waitlist or in its draw)",
});

/** A message (群发通知) a team's COORDINATOR or ADMIN sent to its members or to one shift's volunteers; each gets it in their inbox. */
@Entity({ tableName: 'broadcast' })
@Index({ properties: ['organization', 'createdAt'] })
@ObjectType('Broadcast', { description: "A message a team sent to its members or to one shift's volunteers (群发通知), with its delivery report" })
export class Broadcast {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('brd');

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @ManyToOne(() => Volunteer, { deleteRule: 'set null', nullable: true })
  author?: Rel<Volunteer> | null;

  @Enum({ items: () => BroadcastAudience, nativeEnumName: 'broadcast_audience' })
  @Field(() => BroadcastAudience)
  audience!: BroadcastAudience;

  @ManyToOne(() => Shift, { deleteRule: 'cascade', nullable: true })
  shift?: Rel<Shift> | null;

  @Property({ type: 'string', length: 60 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'string', length: 1000 })
  @Field(() => String)
  body!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Volunteers it was sent to' })
  recipientCount!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date)
  createdAt: Date = new Date();
}
