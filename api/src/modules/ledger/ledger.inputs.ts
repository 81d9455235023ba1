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

@InputType('RecordWalkInInput', {
  description: 'Service time for a volunteer who came without signing up, named by volunteer number or mobile number (one of them)',
})
export class RecordWalkInInput {
  @Field(() => ID, { description: 'An ended shift of an organisation the caller coordinates' }) shiftId!: string;
  @Field(() => String, { nullable: true }) volunteerNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Mainland mobile number' }) phone?: string | null;
  @Field(() => Int, { description: "1..the shift's length in minutes" }) minutes!: number;
  @Field(() => String, { description: 'Why they were not signed up, 2..200 characters (kept in the audit trail)' }) reason!: string;
  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result' }) idempotencyKey?: string | null;
}

@InputType('HourImportRowInput', {
  description: 'One earlier service record: the volunteer by number, mobile or ID number (any one), the rest as written down then',
})
export class HourImportRowInput {
  @Field(() => String, { nullable: true }) volunteerNumber?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'PRC resident ID number; never stored from the file' }) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: "The volunteer's real name as written: checked against the volunteer found" }) name?: string | null;
  @Field(() => String, { description: 'Service date, YYYY-MM-DD (YYYY/M/D too), not in the future' }) serviceDate!: string;
  @Field(() => String, { description: 'Activity name, 1..120 characters' }) activity!: string;
  @Field(() => Int, { description: 'Minutes served, 1..1440' }) minutes!: number;
  @Field(() => String, { nullable: true, description: 'At most 200 characters' }) place?: string | null;
  @Field(() => String, { nullable: true, description: 'Service content, at most 300 characters (default: the activity)' }) serviceContent?: string | null;
}

@InputType('HourImportInput', { description: "A batch of an organisation's earlier records (1..1000 rows); a file's rows go in several batches" })
export class HourImportInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: 'Where the records come from, e.g. the file name (1..120 characters); kept with each entry' }) source!: string;
  @Field(() => [HourImportRowInput]) rows!: HourImportRowInput[];
  @Field(() => Int, { nullable: true, defaultValue: 1, description: "The file's row number of the first row, for the answer's row numbers" }) firstRow?:
    number | null;
}
