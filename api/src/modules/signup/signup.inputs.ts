import { Field, ID, InputType } from 'type-graphql';

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => ID) shiftId!: string;
  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result' })
  idempotencyKey?: string | null;
}

@InputType('CheckInInput')
export class CheckInInput {
  @Field(() => ID) signupId!: string;
  @Field(() => String, { description: "The shift's current check-in code, as its coordinators show it" }) code!: string;
}
