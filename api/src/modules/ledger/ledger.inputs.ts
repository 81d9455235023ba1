import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('HourLine')
export class HourLine {
  @Field(() => ID) volunteerId!: string;
  @Field(() => Int, { description: "1..the shift's length in minutes (travel time excluded)" }) minutes!: number;
}

@InputType('RecordHoursInput')
export class RecordHoursInput {
  @Field(() => ID) shiftId!: string;
  @Field(() => [HourLine], { description: '1..500 volunteers, each holding a CONFIRMED or ATTENDED sign-up for the shift' })
  entries!: HourLine[];
  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result' })
  idempotencyKey?: string | null;
}

@InputType('ReverseHourEntryInput')
export class ReverseHourEntryInput {
  @Field(() => ID) entryId!: string;
  @Field(() => String, { description: '2..500 characters' }) reason!: string;
}

@InputType('RequestHourCorrectionInput')
export class RequestHourCorrectionInput {
  @Field(() => ID, { description: 'A shift the volunteer signed up for, after it ended' }) shiftId!: string;
  @Field(() => Int, { description: 'The minutes served, 0..the shift length (0: the record should not exist)' }) requestedMinutes!: number;
  @Field(() => String, { description: '2..500 characters' }) message!: string;
}

@InputType('ResolveHourCorrectionInput')
export class ResolveHourCorrectionInput {
  @Field(() => ID) requestId!: string;
  @Field(() => Boolean) accept!: boolean;
  @Field(() => Int, { nullable: true, description: 'When accepting: the minutes to record (default: what the volunteer asked for)' })
  minutes?: number | null;
  @Field(() => String, { description: '2..500 characters: the answer the volunteer sees' }) note!: string;
}
