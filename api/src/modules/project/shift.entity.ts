import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { newId } from '../../common/ids.js';
import { Node } from '../node/node.interface.js';
import { Project } from './project.entity.js';

/**
 * 时段: one time slot of a project with its own capacity. `confirmedCount` is the
 * counter that sign-ups take places from with a single conditional UPDATE; the checks
 * make the database refuse any over-fill whatever the application does.
 */
@Entity({ tableName: 'shift' })
@Index({ properties: ['project', 'startsAt'] })
@Check({ name: 'shift_time_order', expression: 'ends_at > starts_at' })
@Check({ name: 'shift_capacity_positive', expression: 'capacity > 0' })
@Check({ name: 'shift_confirmed_within_capacity', expression: 'confirmed_count >= 0 and confirmed_count <= capacity' })
@Check({ name: 'shift_waitlist_count_positive', expression: 'waitlist_count >= 0' })
@ObjectType('Shift', { implements: Node, description: '时段: a time slot of a project.' })
export class Shift implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('sft');

  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Rel<Project>;

  @Property({ type: 'timestamptz', index: true })
  @Field(() => DateTimeResolver)
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  endsAt!: Date;

  @Property({ type: 'integer' })
  @Field(() => Int)
  capacity!: number;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Whether sign-ups past capacity join a waitlist' })
  waitlist: boolean = true;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  confirmedCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  waitlistCount: number = 0;

  @Field(() => Int, { description: 'Places still open' })
  get remaining(): number {
    return Math.max(0, this.capacity - this.confirmedCount);
  }
}
