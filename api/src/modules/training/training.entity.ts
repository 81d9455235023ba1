// Training (培训): qualification kinds platform staff define, courses that grant one, their
// sessions with places, volunteers' enrolments, and the qualifications attendance issues.
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export enum CourseStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CourseStatus, { name: 'CourseStatus', description: 'DRAFT: seen by its managers only; PUBLISHED: listed, open to enrolment' });

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
}
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });

/** 资质类别 (e.g. 应急救护): what a course grants, valid for some months from the session's end. Platform staff keep the list. */
@Entity({ tableName: 'qualification_kind' })
@Check({ name: 'qualification_kind_validity', expression: 'validity_months >= 1 and validity_months <= 120' })
@ObjectType('QualificationKind', { implements: Node, description: '资质类别: a qualification a course grants, e.g. 应急救护 (first aid)' })
export class QualificationKind implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('qlk');

  @Property({ type: 'string', length: 60, unique: 'qualification_kind_name_unique' })
  @Field(() => String, { description: 'Its name in Chinese, e.g. 应急救护' })
  name!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'Its name in English, e.g. First aid' })
  nameEn?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Months a qualification stays valid after the session that gave it ends (1..120)' })
  validityMonths!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}

/** 培训课程: a team's (or the platform's) course granting one qualification; its sessions take enrolments once published. */
@Entity({ tableName: 'course' })
@Index({ properties: ['organization', 'createdAt', 'id'] })
@Index({ name: 'course_published', expression: `create index "course_published" on "course" ("kind_id", "created_at", "id") where status = 'PUBLISHED'` })
@ObjectType('Course', { implements: Node, description: '培训课程: a course with sessions; attending one issues its qualification' })
export class Course implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('crs');

  /** The team running it; null for a platform course. */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'cascade' })
  organization?: Rel<Organization> | null;

  @ManyToOne(() => QualificationKind, { deleteRule: 'restrict' })
  kind!: Rel<QualificationKind>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'string', length: 2000, nullable: true })
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Enum({ items: () => CourseStatus, nativeEnumName: 'course_status', default: CourseStatus.DRAFT })
  @Field(() => CourseStatus)
  status: CourseStatus = CourseStatus.DRAFT;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}

/**
 * 培训场次: one sitting of a course with its own places. `enrolledCount` is the counter one
 * conditional UPDATE takes places from, as shifts do; the check makes the database refuse an over-fill.
 */
@Entity({ tableName: 'course_session' })
@Index({ properties: ['course', 'startsAt'] })
@Check({ name: 'course_session_time_order', expression: 'ends_at > starts_at' })
@Check({ name: 'course_session_within_capacity', expression: 'capacity > 0 and enrolled_count >= 0 and enrolled_count <= capacity' })
@ObjectType('CourseSession', { implements: Node, description: '培训场次: a sitting of a course, with places' })
export class CourseSession implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('css');

  @ManyToOne(() => Course, { deleteRule: 'cascade' })
  course!: Rel<Course>;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  endsAt!: Date;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Where it takes place' })
  place!: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  capacity!: number;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Live enrolments (enrolled or attended)' })
  enrolledCount: number = 0;

  @Field(() => Int, { description: 'Places still open' })
  get remaining(): number {
    return Math.max(0, this.capacity - this.enrolledCount);
  }
}

/** A volunteer's place in a course session. One live enrolment per volunteer and session. */
@Entity({ tableName: 'enrolment' })
@Index({ properties: ['session', 'id'] })
@Index({ properties: ['volunteer', 'id'] })
@Index({
  name: 'enrolment_one_live_per_volunteer',
  expression: `create unique index "enrolment_one_live_per_volunteer" on "enrolment" ("session_id", "volunteer_id") where status <> 'CANCELLED'`,
})
@ObjectType('Enrolment', { implements: Node, description: 'A volunteer’s place in a course session' })
export class Enrolment implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('enr');

  @ManyToOne(() => CourseSession, { deleteRule: 'cascade' })
  session!: Rel<CourseSession>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Enum({ items: () => EnrolmentStatus, nativeEnumName: 'enrolment_status', default: EnrolmentStatus.ENROLLED })
  @Field(() => EnrolmentStatus)
  status: EnrolmentStatus = EnrolmentStatus.ENROLLED;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}

/** 资质: a volunteer's qualification of a kind; attending again extends it (one per volunteer and kind). */
@Entity({ tableName: 'qualification' })
@Unique({ name: 'qualification_one_per_kind', properties: ['volunteer', 'kind'] })
@ObjectType('Qualification', { implements: Node, description: '资质: a qualification a volunteer holds, valid until it expires' })
export class Qualification implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('qlf');

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @ManyToOne(() => QualificationKind, { deleteRule: 'cascade' })
  kind!: Rel<QualificationKind>;

  /** The course whose session last issued or extended it. */
  @ManyToOne(() => Course, { nullable: true, deleteRule: 'set null' })
  course?: Rel<Course> | null;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  issuedAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'Not expired' })
  get valid(): boolean {
    return this.expiresAt.getTime() > Date.now();
  }
}
