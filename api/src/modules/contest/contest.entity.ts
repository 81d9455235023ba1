import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { Story } from '../story/story.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

/** A contest's phases, in order: each step forward is its organiser's decision. */
export enum ContestStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  VOTING = 'VOTING',
  JUDGING = 'JUDGING',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ContestStatus, {
  name: 'ContestStatus',
  description:
    'DRAFT is seen by its organisers only; OPEN takes nominations and entries; VOTING lets the public vote for accepted entries; JUDGING is for the panel; PUBLISHED shows the results',
});

/** The order of the phases: a contest only moves one step forward. */
export const CONTEST_PHASES: readonly ContestStatus[] = [
  ContestStatus.DRAFT,
  ContestStatus.OPEN,
  ContestStatus.VOTING,
  ContestStatus.JUDGING,
  ContestStatus.PUBLISHED,
];

/** What an entry of a category is: a volunteer or an activity nominated by a team, or a volunteer's own essay. */
export enum ContestEntryKind {
  VOLUNTEER = 'VOLUNTEER',
  PROJECT = 'PROJECT',
  ESSAY = 'ESSAY',
}
registerEnumType(ContestEntryKind, {
  name: 'ContestEntryKind',
  description: 'VOLUNTEER (e.g. 优秀志愿者) and PROJECT (优秀项目) are nominated by teams; ESSAY (征文) is entered by a volunteer',
});

export enum ContestEntryStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ContestEntryStatus, {
  name: 'ContestEntryStatus',
  description: 'PENDING awaits the organisers; ACCEPTED entries are voted on and judged; REJECTED ones are not',
});

export const MAX_CONTEST_TITLE = 120;
export const MAX_CONTEST_DESCRIPTION = 5000;
export const MAX_CATEGORY_NAME = 40;
export const MAX_PLACES = 100;
export const MAX_ENTRY_TITLE = 120;
export const MAX_STATEMENT = 5000;
export const MIN_JUDGE_SCORE = 1;
export const MAX_JUDGE_SCORE = 10;

/**
 * 评比: a contest opened by the platform (no organiser team) or by a federation: categories,
 * nominations and entries, a public vote, a judging panel and published results.
 */
@Entity({ tableName: 'contest' })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Check({ name: 'contest_vote_weight_range', expression: 'vote_weight >= 0 and vote_weight <= 100' })
@ObjectType('Contest', { implements: Node, description: '评比: a contest with categories, a public vote, a judging panel and results' })
export class Contest implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('cst');

  @Property({ type: 'string', length: MAX_CONTEST_TITLE })
  @Field(() => String)
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  description!: string;

  /** The federation that runs it; null when the platform does. */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'cascade', index: true })
  organizer?: Rel<Organization> | null;

  @Enum({ items: () => ContestStatus, nativeEnumName: 'contest_status' })
  @Field(() => ContestStatus)
  status: ContestStatus = ContestStatus.DRAFT;

  @Property({ type: 'smallint', default: 30 })
  @Field(() => Int, { description: "The public vote's share of the final score, 0..100 (the judges' share is the rest)" })
  voteWeight: number = 30;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'Votes are taken until this time (set when voting opens)' })
  votingEndsAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}

@Entity({ tableName: 'contest_category' })
@Index({ properties: ['contest', 'position'] })
@Check({ name: 'contest_category_places_range', expression: `places >= 1 and places <= ${MAX_PLACES}` })
@ObjectType('ContestCategory', { description: 'A category of a contest (e.g. 优秀志愿者): what its entries are and how many win' })
export class ContestCategory {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('ccg');

  @ManyToOne(() => Contest, { deleteRule: 'cascade' })
  contest!: Rel<Contest>;

  @Property({ type: 'string', length: MAX_CATEGORY_NAME })
  @Field(() => String)
  name!: string;

  @Enum({ items: () => ContestEntryKind, nativeEnumName: 'contest_entry_kind' })
  @Field(() => ContestEntryKind)
  kind!: ContestEntryKind;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'How many entries win' })
  places!: number;

  @Property({ type: 'smallint' })
  position!: number;
}

/**
 * A nomination or entry in a category. Its vote count is kept by the voting statement itself;
 * its scores and rank are written when the results are published.
 */
@Entity({ tableName: 'contest_entry' })
@Index({ properties: ['category', 'createdAt', 'id'] })
@Index({ properties: ['contest', 'status'] })
// A volunteer or activity is nominated once per category, and a volunteer enters an essay category once.
@Index({
  name: 'contest_entry_one_subject',
  expression: `create unique index "contest_entry_one_subject" on "contest_entry" ("category_id", coalesce("volunteer_id", "project_id"))`,
})
@Check({ name: 'contest_entry_counts', expression: 'vote_count >= 0 and flagged_votes >= 0' })
@ObjectType('ContestEntry', { implements: Node, description: 'A nomination or an essay in a contest category' })
export class ContestEntry implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('cen');

  @ManyToOne(() => Contest, { deleteRule: 'cascade' })
  contest!: Rel<Contest>;

  @ManyToOne(() => ContestCategory, { deleteRule: 'cascade' })
  category!: Rel<ContestCategory>;

  @Enum({ items: () => ContestEntryKind, nativeEnumName: 'contest_entry_kind' })
  @Field(() => ContestEntryKind)
  kind!: ContestEntryKind;

  /** The volunteer nominated, or the essay's writer. */
  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'cascade', index: true })
  volunteer?: Rel<Volunteer> | null;

  @ManyToOne(() => Project, { nullable: true, deleteRule: 'cascade' })
  project?: Rel<Project> | null;

  /** The writer's published story (志愿心得) the essay was entered with, when it was. */
  @ManyToOne(() => Story, { nullable: true, deleteRule: 'set null', index: true })
  story?: Rel<Story> | null;

  /** The nominating team; null for an essay. */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'cascade', index: true })
  organization?: Rel<Organization> | null;

  /** Who submitted it (a team's manager or the essay's writer); never exposed. */
  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  submittedBy!: Rel<Volunteer>;

  @Property({ type: 'string', length: MAX_ENTRY_TITLE })
  @Field(() => String)
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The reasons for the nomination (推荐理由), or the essay' })
  statement!: string;

  @Enum({ items: () => ContestEntryStatus, nativeEnumName: 'contest_entry_status' })
  @Field(() => ContestEntryStatus)
  status: ContestEntryStatus = ContestEntryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Public votes' })
  voteCount: number = 0;

  /** Votes that came in a burst from one address; shown to the organisers. */
  @Property({ type: 'integer', default: 0 })
  flaggedVotes: number = 0;

  /** The judges' mean score, 1..10, written with the results. */
  @Property({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  judgeScore?: string | null;

  /** The final score, 0..100, written with the results. */
  @Property({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  finalScore?: string | null;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Place in its category once the results are published' })
  rank?: number | null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Among the winners of its category (once the results are published)' })
  winner: boolean = false;

  /** The role model made of this winner, when platform staff made one. */
  @Property({ type: 'string', length: 30, nullable: true })
  roleModelId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();

  @Field(() => Float, { nullable: true, name: 'finalScore', description: 'Final score 0..100 once published' })
  get finalScoreValue(): number | null {
    return this.finalScore == null ? null : Number(this.finalScore);
  }
}

/** A member of a contest's judging panel. */
@Entity({ tableName: 'contest_judge' })
@Unique({ name: 'contest_judge_once', properties: ['contest', 'volunteer'] })
export class ContestJudge {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('cjd');

  @ManyToOne(() => Contest, { deleteRule: 'cascade' })
  contest!: Rel<Contest>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade', index: true })
  volunteer!: Rel<Volunteer>;
}

/** A judge's score of an entry, 1..10; a judge may change it until the results are published. */
@Entity({ tableName: 'contest_score' })
@Unique({ name: 'contest_score_once', properties: ['entry', 'judge'] })
@Check({ name: 'contest_score_range', expression: `score >= ${MIN_JUDGE_SCORE} and score <= ${MAX_JUDGE_SCORE}` })
export class ContestScore {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('csc');

  @ManyToOne(() => ContestEntry, { deleteRule: 'cascade' })
  entry!: Rel<ContestEntry>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  judge!: Rel<Volunteer>;

  @Property({ type: 'smallint' })
  score!: number;
}

/**
 * A public vote: one per volunteer and category, kept with a keyed hash of the address it came
 * from (never the address) so bursts from one address are flagged.
 */
@Entity({ tableName: 'contest_vote' })
@Unique({ name: 'contest_vote_once', properties: ['category', 'volunteer'] })
@Index({ properties: ['contest', 'addressHash', 'createdAt'] })
export class ContestVote {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('cvt');

  @ManyToOne(() => Contest, { deleteRule: 'cascade' })
  contest!: Rel<Contest>;

  @ManyToOne(() => ContestCategory, { deleteRule: 'cascade' })
  category!: Rel<ContestCategory>;

  @ManyToOne(() => ContestEntry, { deleteRule: 'cascade', index: true })
  entry!: Rel<ContestEntry>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Property({ type: 'blob' })
  addressHash!: Buffer;

  @Property({ type: 'boolean', default: false })
  flagged: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
