import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_COMMENT, MAX_SCORE, MIN_SCORE } from '../../common/rating-scale.js';

@InputType('RateProjectInput', { description: 'A rating of an activity the signed-in volunteer attended; given once' })
export class RateProjectInput {
  @Field(() => ID) projectId!: string;
  @Field(() => Int, { description: `${MIN_SCORE}..${MAX_SCORE}` }) score!: number;
  @Field(() => String, { nullable: true, description: `At most ${MAX_COMMENT} characters; read by the team without the writer's name` }) comment?:
    string | null;
  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result' }) idempotencyKey?: string | null;
}

@InputType('HideRatingInput')
export class HideRatingInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '2..500 characters, kept in the audit trail' }) reason!: string;
}
