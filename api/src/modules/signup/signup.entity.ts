import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Shift } from '../project/shift.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export enum SignupStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
  /** Entered in a LOTTERY shift's draw; becomes CONFIRMED, WAITLISTED or CANCELLED when it is drawn. */
  PENDING_DRAW = 'PENDING_DRAW',
}
registerEnumType(SignupStatus, { name: 'SignupStatus' });

/** Statuses that hold (or wait for) a place: at most one per volunteer and shift. */
export const LIVE_SIGNUP_STATUSES = [SignupStatus.CONFIRMED, SignupStatus.WAITLISTED, SignupStatus.ATTENDED, SignupStatus.NO_SHOW, SignupStatus.PENDING_DRAW];

/**
 * The waitlist's order as SQL over `signup` columns (optionally of an alias): drawn sign-ups
 * by draw position, then later ones by arrival.
 */
export function waitlistOrder(alias?: string): string {
  const a = alias ? `${alias}.` : '';
  return `coalesce(${a}draw_position, 2147483647), ${a}created_at, ${a}id`;
}

/**
 * 报名: a volunteer's place (or waitlist position) on a shift. The partial unique index
 * forbids a second live sign-up for the same volunteer and shift, whatever the concurrency.
 */
@Entity({ tableName: 'signup' })
@Index({
  name: 'signup_one_live_per_volunteer',
  expression: `create unique index "signup_one_live_per_volunteer" on "signup" ("shift_id", "volunteer_id") where status <> 'CANCELLED'`,
})
@Index({ properties: ['shift', 'status', 'createdAt'] })
@Index({ properties: ['volunteer', 'createdAt'] })
@ObjectType('Signup', { implements: Node, description: '报名: a sign-up for a shift' })
export class Signup implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('sgn');

  @ManyToOne(() => Shift, { deleteRule: 'cascade' })
  shift!: Rel<Shift>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Enum({ items: () => SignupStatus, nativeEnumName: 'signup_status' })
  @Field(() => SignupStatus)
  status!: SignupStatus;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  cancelledAt?: Date | null;

  /** LOTTERY: place in the shift's draw (1 = drawn first); the waitlist is promoted in this order. */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'LOTTERY: position in the draw (1 = drawn first); null for first-come sign-ups' })
  drawPosition?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  checkedInAt?: Date | null;

  /** Came without signing up: recorded by a coordinator afterwards (recordWalkIn); took no place. */
  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Came without signing up; recorded by a coordinator afterwards' })
  walkIn: boolean = false;
}
