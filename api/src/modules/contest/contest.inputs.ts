import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ContestEntryKind,
  ContestStatus,
  MAX_CATEGORY_NAME,
  MAX_CONTEST_DESCRIPTION,
  MAX_CONTEST_TITLE,
  MAX_ENTRY_TITLE,
  MAX_JUDGE_SCORE,
  MAX_PLACES,
  MAX_STATEMENT,
  MIN_JUDGE_SCORE,
} from './contest.entity.js';

@InputType('CreateContestInput', { description: 'A new contest, in DRAFT' })
export class CreateContestInput {
  @Field(() => String, { description: `1..${MAX_CONTEST_TITLE} characters` }) title!: string;
  @Field(() => String, { description: `1..${MAX_CONTEST_DESCRIPTION} characters: what it honours, who may take part, the timetable` })
  description!: string;
  @Field(() => ID, { nullable: true, description: 'The federation that runs it (its ADMINs); left out: the platform runs it (platform staff)' })
  organizerId?: string | null;
  @Field(() => Int, { nullable: true, description: "The public vote's share of the final score, 0..100 (default 30)" }) voteWeight?: number | null;
}

@InputType('UpdateContestInput', { description: 'Fields left out stay as they are; before voting opens' })
export class UpdateContestInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) voteWeight?: number | null;
}

@InputType('AddContestCategoryInput', { description: 'A category, added before voting opens' })
export class AddContestCategoryInput {
  @Field(() => ID) contestId!: string;
  @Field(() => String, { description: `e.g. 优秀志愿者, 1..${MAX_CATEGORY_NAME} characters` }) name!: string;
  @Field(() => ContestEntryKind) kind!: ContestEntryKind;
  @Field(() => Int, { description: `How many entries win, 1..${MAX_PLACES}` }) places!: number;
}

@InputType('AdvanceContestInput', { description: 'Moves a contest one phase on' })
export class AdvanceContestInput {
  @Field(() => ID) id!: string;
  @Field(() => ContestStatus, { description: 'The next phase (one step on from the present one)' }) to!: ContestStatus;
  @Field(() => DateTimeResolver, { nullable: true, description: 'When voting ends; required to open VOTING, in the future' }) votingEndsAt?: Date | null;
}

@InputType('ContestJudgeInput')
export class ContestJudgeInput {
  @Field(() => ID) contestId!: string;
  @Field(() => String, { description: 'The judge’s volunteer number (志愿者编号)' }) volunteerNumber!: string;
}

@InputType('NominateForContestInput', { description: "A team's nomination of one of its volunteers or activities" })
export class NominateForContestInput {
  @Field(() => ID) categoryId!: string;
  @Field(() => ID, { description: 'The nominating team (its ADMINs and COORDINATORs)' }) organizationId!: string;
  @Field(() => ID, { nullable: true, description: 'For a VOLUNTEER category: a member of the team' }) volunteerId?: string | null;
  @Field(() => String, { nullable: true, description: 'For a VOLUNTEER category, instead of volunteerId: the member’s volunteer number' })
  volunteerNumber?: string | null;
  @Field(() => ID, { nullable: true, description: "For a PROJECT category: one of the team's published activities" }) projectId?: string | null;
  @Field(() => String, { description: `1..${MAX_ENTRY_TITLE} characters` }) title!: string;
  @Field(() => String, { description: `The reasons (推荐理由), 1..${MAX_STATEMENT} characters` }) statement!: string;
}

@InputType('EnterContestInput', { description: "The signed-in volunteer's essay for an ESSAY category: written here, or one of their published stories" })
export class EnterContestInput {
  @Field(() => ID) categoryId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'One of their own PUBLISHED stories (志愿心得) to enter; the entry links to it (NOT_YOUR_STORY, STORY_NOT_PUBLISHED otherwise)',
  })
  storyId?: string | null;
  @Field(() => String, { nullable: true, description: `1..${MAX_ENTRY_TITLE} characters; left out with a story: the story's title` }) title?: string | null;
  @Field(() => String, { nullable: true, description: `The essay, 1..${MAX_STATEMENT} characters; left out with a story: the story's text` })
  statement?: string | null;
}

@InputType('ReviewContestEntryInput')
export class ReviewContestEntryInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { description: 'true accepts it for the vote and the judges, false rejects it' }) accept!: boolean;
}

@InputType('ScoreContestEntryInput', { description: "A judge's score; scoring again changes it" })
export class ScoreContestEntryInput {
  @Field(() => ID) entryId!: string;
  @Field(() => Int, { description: `${MIN_JUDGE_SCORE}..${MAX_JUDGE_SCORE}` }) score!: number;
}

@InputType('HonourContestWinnerInput', { description: 'Makes a winning volunteer a role model (志愿榜样), in one step' })
export class HonourContestWinnerInput {
  @Field(() => ID) entryId!: string;
  @Field(() => String, { nullable: true, description: 'The name for the honour list; left out: the volunteer’s public name' }) name?: string | null;
}
