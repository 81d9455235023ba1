import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Project } from './project.entity.js';

export enum ShiftAllocation {
  /** Places go to sign-ups in the order they arrive. */
  FIRST_COME = 'FIRST_COME',
  /** Sign-ups during the registration window enter a draw; places are drawn when it closes. */
  LOTTERY = 'LOTTERY',
}
registerEnumType(ShiftAllocation, { name: 'ShiftAllocation', description: 'How the places of a shift are allocated' });

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
@Check({ name: 'shift_entrant_count_positive', expression: 'entrant_count >= 0' })
@Check({
  name: 'shift_registration_window',
  expression: `(allocation = 'FIRST_COME' and registration_opens_at is null and registration_closes_at is null) or (allocation = 'LOTTERY' and registration_closes_at < starts_at and (registration_opens_at is null or registration_opens_at < registration_closes_at))`,
})
// The scheduler's question, "which draws are due?", answered from a small partial index.
@Index({
  name: 'shift_due_draws',
  expression: `create index "shift_due_draws" on "shift" ("registration_closes_at") where allocation = 'LOTTERY' and drawn_at is null`,
})
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

  @Enum({ items: () => ShiftAllocation, nativeEnumName: 'shift_allocation', default: ShiftAllocation.FIRST_COME })
  @Field(() => ShiftAllocation)
  allocation: ShiftAllocation = ShiftAllocation.FIRST_COME;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'LOTTERY: entries are accepted from this time (null: from publication)' })
  registrationOpensAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'LOTTERY: entries close and places are drawn at this time' })
  registrationClosesAt?: Date | null;

  /** LOTTERY: set by the one transaction that runs the draw; sign-ups re-check it under the row lock. */
  @Property({ type: 'timestamptz', nullable: true })
  drawnAt?: Date | null;

  /** LOTTERY: entries waiting for the draw (PENDING_DRAW sign-ups), kept like the other counters. */
  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'LOTTERY: sign-ups waiting for the draw (0 once drawn)' })
  entrantCount: number = 0;

  /** Cancelled on its own (cancelShift): its sign-ups are cancelled, and it is no longer among its activity's shifts. */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'When the shift alone was cancelled (cancelShift); null while it runs' })
  cancelledAt?: Date | null;

  /**
   * The qualification kind (training module) a volunteer must hold, unexpired, to sign up; null
   * for none. Kept as an ID (no foreign key: the training module sits above this one and resolves
   * the field; kinds are never deleted), checked to exist when a shift is written.
   */
  @Property({ type: 'string', length: 30, nullable: true })
  requiredQualificationKindId?: string | null;

  @Field(() => Int, { description: 'Places still open' })
  get remaining(): number {
    return Math.max(0, this.capacity - this.confirmedCount);
  }
}
