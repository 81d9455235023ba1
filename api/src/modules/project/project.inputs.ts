import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { GeoPointInput, NearInput } from '../../common/geo.js';
import { ShiftAllocation } from './shift.entity.js';

export { GeoPointInput, NearInput };

@InputType('ProjectFilter')
export class ProjectFilter {
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Projects with a shift starting at or after this time' })
  startsAfter?: Date | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Projects with a shift starting before this time' })
  startsBefore?: Date | null;
  @Field(() => String, { nullable: true, description: 'Words in the title or summary; Chinese matches by characters (e.g. 植树)' })
  search?: string | null;
  @Field(() => NearInput, { nullable: true, description: 'Within radiusKm of a point, nearest first (the 10-minute service circle)' })
  near?: NearInput | null;
}

@InputType('ShiftInput')
export class ShiftInput {
  @Field(() => DateTimeResolver) startsAt!: Date;
  @Field(() => DateTimeResolver) endsAt!: Date;
  @Field(() => Int) capacity!: number;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) waitlist?: boolean | null;
  @Field(() => ShiftAllocation, { nullable: true, defaultValue: ShiftAllocation.FIRST_COME, description: 'LOTTERY: places are drawn when registration closes' })
  allocation?: ShiftAllocation | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'LOTTERY only: entries open at this time (default: on publication)' })
  registrationOpensAt?: Date | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'LOTTERY only, required: entries close and places are drawn; before startsAt' })
  registrationClosesAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'A qualification kind volunteers must hold, unexpired, to sign up (e.g. 应急救护); null for none' })
  requiredQualificationKindId?: string | null;
}

@InputType('WeeklyRecurrenceInput', {
  description: 'Shifts repeated every week in China time, e.g. every Saturday 09:00–11:30 for 8 weeks (first come, first served)',
})
export class WeeklyRecurrenceInput {
  @Field(() => String, { description: 'The first date, YYYY-MM-DD' }) firstDate!: string;
  @Field(() => Int, { description: '1..52 weeks' }) weeks!: number;
  @Field(() => [Int], { nullable: true, description: 'ISO weekdays, 1 (Monday) .. 7 (Sunday); default: the first date’s' }) weekdays?: number[] | null;
  @Field(() => String, { description: 'HH:MM, China time' }) startTime!: string;
  @Field(() => String, { description: 'HH:MM, China time, after startTime' }) endTime!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) waitlist?: boolean | null;
}

@InputType('CreateProjectInput')
export class CreateProjectInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true, description: 'Markdown' }) description?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => GeoPointInput, { nullable: true }) location?: GeoPointInput | null;
  @Field(() => [ShiftInput], { description: 'At least one, counting those the recurrence makes' }) shifts!: ShiftInput[];
  @Field(() => WeeklyRecurrenceInput, { nullable: true, description: 'More shifts, repeated weekly' }) recurrence?: WeeklyRecurrenceInput | null;
  @Field(() => ID, {
    nullable: true,
    description: 'A service request the organisation claimed: the activity answers it (a CLAIMED request is then IN_PROGRESS)',
  })
  serviceRequestId?: string | null;
  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result' })
  idempotencyKey?: string | null;
}

@InputType('UpdateProjectInput', { description: 'Changes to a DRAFT project; omitted fields stay as they are' })
export class UpdateProjectInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => GeoPointInput, { nullable: true }) location?: GeoPointInput | null;
  @Field(() => [ShiftInput], { nullable: true, description: 'Replaces all shifts' }) shifts?: ShiftInput[] | null;
  @Field(() => WeeklyRecurrenceInput, { nullable: true, description: 'With shifts: more shifts, repeated weekly' }) recurrence?: WeeklyRecurrenceInput | null;
}

@InputType('MoveShiftInput', { description: 'New times for a shift of a published activity that has not started; those signed up are told' })
export class MoveShiftInput {
  @Field(() => ID) shiftId!: string;
  @Field(() => DateTimeResolver, { description: 'In the future; a LOTTERY shift’s after its registration closes' }) startsAt!: Date;
  @Field(() => DateTimeResolver, { description: 'After startsAt, at most 24 hours later' }) endsAt!: Date;
  @Field(() => String, { description: '1..200 characters, sent to those signed up' }) reason!: string;
}

@InputType('CancelShiftInput', {
  description: 'Cancels one shift of a published activity that has not started (not its last one: cancel the activity instead)',
})
export class CancelShiftInput {
  @Field(() => ID) shiftId!: string;
  @Field(() => String, { description: '1..200 characters, sent to those signed up' }) reason!: string;
}
