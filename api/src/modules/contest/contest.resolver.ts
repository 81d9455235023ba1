// Contests (评比) in the graph: the public list and pages with the vote, the organisers' desk, the
// teams' nominations, volunteers' essays, the judges' scores and the published results.
import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UseMiddleware } from 'type-graphql';
import { AppAccess, APP_PUBLIC } from '../../common/app-scope.js';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { RoleModel } from '../content/role-model.entity.js';
import { RoleModelService } from '../content/role-model.service.js';
import { Organization } from '../organization/organization.entity.js';
import { organizationById } from '../organization/organization.loaders.js';
import { Project } from '../project/project.entity.js';
import { projectById } from '../project/project.loaders.js';
import { Story, StoryStatus } from '../story/story.entity.js';
import { storyById } from '../story/story.loaders.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';
import { Contest, ContestCategory, ContestEntry, ContestJudge, ContestStatus } from './contest.entity.js';
import {
  AddContestCategoryInput,
  AdvanceContestInput,
  ContestJudgeInput,
  CreateContestInput,
  EnterContestInput,
  HonourContestWinnerInput,
  NominateForContestInput,
  ReviewContestEntryInput,
  ScoreContestEntryInput,
  UpdateContestInput,
} from './contest.inputs.js';
import { categoriesOfContest, categoryById, contestById, contestRole, judgeCounts, viewerScore, viewerVote } from './contest.loaders.js';
import { ContestService } from './contest.service.js';

export const ContestConnection = createConnectionType('Contest', Contest);
export const ContestEntryConnection = createConnectionType('ContestEntry', ContestEntry);

@Resolver(() => Contest)
export class ContestResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => ContestConnection, { description: 'Contests the public sees (all but drafts), newest first' })
  contests(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em }: Context): Promise<Page<Contest>> {
    return new ContestService(em).publicContests(args);
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => Contest, { nullable: true, description: 'A contest; drafts for their organisers only' })
  contest(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Contest | null> {
    return new ContestService(em).findVisible(viewer, id);
  }

  @Query(() => ContestConnection, { description: 'Contests the signed-in volunteer runs (platform staff: all), newest first' })
  managedContests(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Contest>> {
    return new ContestService(em).managedContests(viewer, args);
  }

  @Query(() => ContestConnection, { description: 'Contests whose judging panel the signed-in volunteer sits on, newest first' })
  judgedContests(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Contest>> {
    return new ContestService(em).judgedContests(viewer, args);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Contest, { description: 'Opens a contest in DRAFT: platform staff for the platform, a federation’s ADMINs for their federation' })
  createContest(@Arg('input', () => CreateContestInput) input: CreateContestInput, @Ctx() { em, viewer }: Context): Promise<Contest> {
    return new ContestService(em).create(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Contest, { description: 'Edits a contest before voting opens (its organisers)' })
  updateContest(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContestInput) input: UpdateContestInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<Contest> {
    return new ContestService(em).update(viewer, id, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ContestCategory, { description: 'Adds a category before voting opens (its organisers)' })
  addContestCategory(@Arg('input', () => AddContestCategoryInput) input: AddContestCategoryInput, @Ctx() { em, viewer }: Context): Promise<ContestCategory> {
    return new ContestService(em).addCategory(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Contest, {
    description: 'Moves a contest one phase on (its organisers): DRAFT → OPEN → VOTING (with its end) → JUDGING → PUBLISHED (the results are written)',
  })
  advanceContest(@Arg('input', () => AdvanceContestInput) input: AdvanceContestInput, @Ctx() { em, viewer }: Context): Promise<Contest> {
    return new ContestService(em).advance(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Contest, { description: 'Adds a volunteer to the judging panel by their volunteer number (its organisers)' })
  addContestJudge(@Arg('input', () => ContestJudgeInput) input: ContestJudgeInput, @Ctx() { em, viewer }: Context): Promise<Contest> {
    return new ContestService(em).addJudge(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Contest, { description: 'Takes a volunteer off the judging panel (its organisers)' })
  removeContestJudge(@Arg('input', () => ContestJudgeInput) input: ContestJudgeInput, @Ctx() { em, viewer }: Context): Promise<Contest> {
    return new ContestService(em).removeJudge(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ContestEntry, {
    description: "A team's nomination of a member or of one of its activities, while the contest is OPEN (its ADMINs and COORDINATORs)",
  })
  nominateForContest(@Arg('input', () => NominateForContestInput) input: NominateForContestInput, @Ctx() { em, viewer }: Context): Promise<ContestEntry> {
    return new ContestService(em).nominate(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ContestEntry, { description: "The signed-in volunteer's essay in an ESSAY category, once, while the contest is OPEN" })
  enterContest(@Arg('input', () => EnterContestInput) input: EnterContestInput, @Ctx() { em, viewer }: Context): Promise<ContestEntry> {
    return new ContestService(em).enter(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ContestEntry, { description: 'Accepts an entry for the vote and the judges, or rejects it (its organisers)' })
  reviewContestEntry(@Arg('input', () => ReviewContestEntryInput) input: ReviewContestEntryInput, @Ctx() { em, viewer }: Context): Promise<ContestEntry> {
    return new ContestService(em).review(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ContestEntry, {
    description: 'The signed-in volunteer’s vote for an accepted entry while the contest is VOTING: one per category (ALREADY_VOTED after)',
  })
  voteForContestEntry(@Arg('entryId', () => ID) entryId: string, @Ctx() { em, viewer, request, vault }: Context): Promise<ContestEntry> {
    return new ContestService(em).vote(viewer, entryId, request.ip, vault);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ContestEntry, { description: "A judge's score of an accepted entry while the contest is JUDGING; scoring again changes it" })
  scoreContestEntry(@Arg('input', () => ScoreContestEntryInput) input: ScoreContestEntryInput, @Ctx() { em, viewer }: Context): Promise<ContestEntry> {
    return new ContestService(em).score(viewer, input);
  }

  // The new role model is on the public site.
  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => RoleModel, { description: 'Makes a winning volunteer of published results a published role model (志愿榜样), once (platform staff)' })
  honourContestWinner(@Arg('input', () => HonourContestWinnerInput) input: HonourContestWinnerInput, @Ctx() { em, viewer }: Context): Promise<RoleModel> {
    return new ContestService(em).honour(viewer, input);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The federation that runs it; null when the platform does' })
  async organizer(@Root() contest: Contest, @Ctx() ctx: Context): Promise<Organization | null> {
    return contest.organizer ? organizationById(ctx).load(contest.organizer.id) : null;
  }

  @FieldResolver(() => [ContestCategory])
  categories(@Root() contest: Contest, @Ctx() ctx: Context): Promise<ContestCategory[]> {
    return categoriesOfContest(ctx).load(contest.id);
  }

  @FieldResolver(() => Boolean, { description: 'The signed-in volunteer runs it (platform staff, or an ADMIN of its federation)' })
  async viewerIsOrganizer(@Root() contest: Contest, @Ctx() ctx: Context): Promise<boolean> {
    return (await contestRole(ctx).load(contest.id)).organizer;
  }

  @FieldResolver(() => Boolean, { description: 'The signed-in volunteer sits on its judging panel' })
  async viewerIsJudge(@Root() contest: Contest, @Ctx() ctx: Context): Promise<boolean> {
    return (await contestRole(ctx).load(contest.id)).judge;
  }

  @FieldResolver(() => [Volunteer], { nullable: true, description: 'Its judging panel: its organisers only' })
  async judges(@Root() contest: Contest, @Ctx() ctx: Context): Promise<Volunteer[] | null> {
    if (!(await contestRole(ctx).load(contest.id)).organizer) return null;
    const rows = await ctx.em.find(ContestJudge, { contest: contest.id }, { populate: ['volunteer'], orderBy: { id: 'asc' } });
    return rows.map((j) => j.volunteer);
  }
}

@Resolver(() => ContestCategory)
export class ContestCategoryResolver {
  @FieldResolver(() => ContestEntryConnection, {
    description: 'Its entries, oldest first: all of them for its organisers; the accepted ones for the public once voting opens; your own always',
  })
  async entries(@Root() category: ContestCategory, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<ContestEntry>> {
    const contest = (await contestById(ctx).load(category.contest.id))!;
    const role = await contestRole(ctx).load(contest.id);
    return new ContestService(ctx.em).entries(ctx.viewer, contest, role, category, args);
  }

  @FieldResolver(() => [ContestEntry], { description: 'Once the results are published: the accepted entries by place (the first `first`, default its places)' })
  async results(
    @Root() category: ContestCategory,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<ContestEntry[]> {
    const contest = (await contestById(ctx).load(category.contest.id))!;
    return new ContestService(ctx.em).results(contest, category, first ?? category.places);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The entry the signed-in volunteer voted for in it' })
  viewerVote(@Root() category: ContestCategory, @Ctx() ctx: Context): Promise<string | null> {
    return viewerVote(ctx).load(category.id);
  }
}

@Resolver(() => ContestEntry)
export class ContestEntryResolver {
  @FieldResolver(() => ContestCategory)
  async category(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<ContestCategory> {
    return (await categoryById(ctx).load(entry.category.id))!;
  }

  @FieldResolver(() => Contest)
  async contest(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<Contest> {
    return (await contestById(ctx).load(entry.contest.id))!;
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'The volunteer nominated, or the essay’s writer (public fields)' })
  async volunteer(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return entry.volunteer ? volunteerById(ctx).load(entry.volunteer.id) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The activity nominated' })
  async project(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<Project | null> {
    return entry.project ? projectById(ctx).load(entry.project.id) : null;
  }

  @FieldResolver(() => Story, {
    nullable: true,
    description: 'The published story (志愿心得) the essay was entered with; null when none, or once it is no longer published',
  })
  async story(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<Story | null> {
    const story = entry.story ? await storyById(ctx).load(entry.story.id) : null;
    return story?.status === StoryStatus.PUBLISHED ? story : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The nominating team; null for an essay' })
  async organization(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<Organization | null> {
    return entry.organization ? organizationById(ctx).load(entry.organization.id) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Votes that came in a burst from one address: its organisers only' })
  async flaggedVotes(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<number | null> {
    return (await contestRole(ctx).load(entry.contest.id)).organizer ? entry.flaggedVotes : null;
  }

  @FieldResolver(() => Float, { nullable: true, description: "The judges' mean score (1..10): its organisers, and everyone once published" })
  async judgeScore(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<number | null> {
    const contest = await contestById(ctx).load(entry.contest.id);
    if (contest?.status !== ContestStatus.PUBLISHED && !(await contestRole(ctx).load(entry.contest.id)).organizer) return null;
    return entry.judgeScore == null ? null : Number(entry.judgeScore);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many judges have scored it: its organisers only' })
  async judgeCount(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<number | null> {
    if (!(await contestRole(ctx).load(entry.contest.id)).organizer) return null;
    return judgeCounts(ctx).load(entry.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The signed-in judge's own score of it" })
  viewerScore(@Root() entry: ContestEntry, @Ctx() ctx: Context): Promise<number | null> {
    return viewerScore(ctx).load(entry.id);
  }

  @FieldResolver(() => RoleModel, { nullable: true, description: 'The role model made of this winner' })
  roleModel(@Root() entry: ContestEntry, @Ctx() { em }: Context): Promise<RoleModel | null> {
    return entry.roleModelId ? new RoleModelService(em).findPublic(entry.roleModelId) : Promise.resolve(null);
  }
}

export const contestResolvers = [ContestResolver, ContestCategoryResolver, ContestEntryResolver] as const;
