import { Field, ID, InputType } from 'type-graphql';

@InputType('SendBroadcastInput')
export class SendBroadcastInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "One of the team's shifts: its volunteers (holding a place, waiting, in its draw) get it; left out: every member of the team",
  })
  shiftId?: string | null;

  @Field(() => String, { description: '2..60 characters' })
  title!: string;

  @Field(() => String, { description: '2..1000 characters' })
  body!: string;

  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result (a message is never sent twice)' })
  idempotencyKey?: string | null;
}
