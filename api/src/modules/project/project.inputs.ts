import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ShiftAllocation } from './shift.entity.js';

@InputType('NearInput')
export class NearInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field(() => Float, { description: '0.1..100 km' }) radiusKm!: number;
}

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

@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
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
  @Field(() => [ShiftInput], { description: 'At least one' }) shifts!: ShiftInput[];
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
}
