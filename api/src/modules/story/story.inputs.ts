import { Field, ID, InputType } from 'type-graphql';
import { MAX_BODY, MAX_NOTE, MAX_STORY_PHOTOS, MAX_TITLE, MIN_BODY, MIN_TITLE, StoryReportReason, StoryStatus } from './story.entity.js';

@InputType('StoryPhotoInput', { description: 'One photo of a story: an uploaded image (purpose STORY) and what it shows' })
export class StoryPhotoInput {
  @Field(() => ID, { description: 'An Image ID from POST /media' }) imageId!: string;
  @Field(() => String, { description: 'What the photo shows, for people who cannot see it (1..200 characters)' }) alt!: string;
}

@InputType('WriteStoryInput', { description: 'A story of an activity the signed-in volunteer attended; it waits for review' })
export class WriteStoryInput {
  @Field(() => ID) projectId!: string;
  @Field(() => String, { description: `${MIN_TITLE}..${MAX_TITLE} characters` }) title!: string;
  @Field(() => String, { description: `${MIN_BODY}..${MAX_BODY} characters of plain text` }) body!: string;
  @Field(() => [StoryPhotoInput], { defaultValue: [], description: `At most ${MAX_STORY_PHOTOS}, in this order` }) photos!: StoryPhotoInput[];
  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result' }) idempotencyKey?: string | null;
}

@InputType('ReviewStoryInput', { description: "A reviewer's decision on a pending story" })
export class ReviewStoryInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { description: 'true publishes it, false returns it to its writer' }) approve!: boolean;
  @Field(() => String, { nullable: true, description: `Required to reject (2..${MAX_NOTE} characters); the writer reads it` }) note?: string | null;
}

@InputType('ReportStoryInput')
export class ReportStoryInput {
  @Field(() => ID) id!: string;
  @Field(() => StoryReportReason) reason!: StoryReportReason;
  @Field(() => String, { nullable: true, description: `At most ${MAX_NOTE} characters` }) note?: string | null;
}

@InputType('HideStoryInput')
export class HideStoryInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: `2..${MAX_NOTE} characters, kept in the audit trail and told to the writer` }) reason!: string;
}

@InputType('StoryReviewFilter')
export class StoryReviewFilter {
  @Field(() => ID, { nullable: true, description: "A team's stories (its ADMINs and COORDINATORs); without it, every team's (platform staff)" })
  organizationId?: string | null;
  @Field(() => StoryStatus, { nullable: true, defaultValue: StoryStatus.PENDING }) status?: StoryStatus | null;
}
