import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('CreateQualificationKindInput', { description: 'A qualification courses can grant (platform staff)' })
export class CreateQualificationKindInput {
  @Field(() => String, { description: '1..60 characters, unique, e.g. 应急救护' }) name!: string;
  @Field(() => String, { nullable: true, description: 'The English name, 1..60 characters, e.g. First aid' }) nameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 500 characters' }) description?: string | null;
  @Field(() => Int, { description: 'Months it stays valid after the session that gave it ends, 1..120' }) validityMonths!: number;
}

@InputType('CreateCourseInput', { description: 'A DRAFT course: a team’s (organizationId) or, for platform staff, the platform’s (no organizationId)' })
export class CreateCourseInput {
  @Field(() => ID, { nullable: true, description: 'The team running it (its ADMINs and COORDINATORs); omitted for a platform course' })
  organizationId?: string | null;
  @Field(() => ID, { description: 'The qualification attending it grants' }) qualificationKindId!: string;
  @Field(() => String, { description: '1..100 characters' }) title!: string;
  @Field(() => String, { nullable: true, description: 'At most 2000 characters' }) description?: string | null;
}

@InputType('AddCourseSessionInput', { description: 'A sitting of a course, in the future' })
export class AddCourseSessionInput {
  @Field(() => ID) courseId!: string;
  @Field(() => DateTimeResolver) startsAt!: Date;
  @Field(() => DateTimeResolver, { description: 'After startsAt, at most 24 hours later' }) endsAt!: Date;
  @Field(() => String, { description: '1..200 characters' }) place!: string;
  @Field(() => Int, { description: '1..10000' }) capacity!: number;
}

@InputType('EnrolInSessionInput')
export class EnrolInSessionInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result' }) idempotencyKey?: string | null;
}

@InputType('RecordAttendanceInput', { description: 'Whether an enrolled volunteer came; attending issues (or extends) the course’s qualification' })
export class RecordAttendanceInput {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => Boolean) attended!: boolean;
}
