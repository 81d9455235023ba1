// 评比: contests run by the platform or a federation. Teams nominate, volunteers enter essays, the
// organisers accept entries, the public votes (one vote per volunteer and category), the judging
// panel scores, the results are published, and platform staff make a winner a role model.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ForbiddenError, isUniqueViolation } from '../../common/errors.js';
import { newId, nodeTypeOf } from '../../common/ids.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { checkText } from '../../common/text-input.js';
import { writeAudit } from '../audit/audit.service.js';
import type { RoleModel } from '../content/role-model.entity.js';
import { RoleModelService } from '../content/role-model.service.js';
import { MemberRole } from '../organization/membership.entity.js';
import { MANAGING_ROLES, requireOrgRole, roleIn } from '../organization/organization-access.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { Project, ProjectStatus } from '../project/project.entity.js';
import { Story, StoryStatus } from '../story/story.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { volunteerIdByNumber } from '../volunteer/volunteer.queries.js';
import {
  CONTEST_PHASES,
  Contest,
  ContestCategory,
  ContestEntry,
  ContestEntryKind,
  ContestEntryStatus,
  ContestJudge,
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
import {
  AlreadyEnteredError,
  AlreadyVotedError,
  ContestNotFoundError,
  ContestPhaseError,
  JudgesOnlyError,
  NotAWinnerError,
  NotYourStoryError,
  OutsideFederationError,
  StoryNotPublishedError,
  VotingClosedError,
  WrongEntryKindError,
} from './contest.errors.js';
import type {
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
import { castVote, isJudge, teamMayNominate, upsertScore, writeResults } from './contest.queries.js';

/** Kinds of organisation that run contests for their teams. */
export const ORGANIZING_KINDS: readonly OrganizationKind[] = [OrganizationKind.FEDERATION, OrganizationKind.YOUTH_LEAGUE];

/** Phases in which the public sees a contest's accepted entries. */
const ENTRIES_PUBLIC: readonly ContestStatus[] = [ContestStatus.VOTING, ContestStatus.JUDGING, ContestStatus.PUBLISHED];

const MAX_HONOR = 60;
const MAX_CITATION = 2000;

const CONTEST_ORDER: SortKey<Contest>[] = [
  { column: 'c.created_at', value: (c) => c.createdAt, type: 'date' },
  { column: 'c.id', value: (c) => c.id, type: 'string' },
];

const ENTRY_ORDER: SortKey<ContestEntry>[] = [
  { column: 'e.created_at', value: (e) => e.createdAt, type: 'date' },
  { column: 'e.id', value: (e) => e.id, type: 'string' },
];

function checkVoteWeight(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new BadUserInputError('voteWeight', Reason.OUT_OF_RANGE, 'voteWeight must be 0..100', { min: 0, max: 100 });
  }
  return value;
}

/** What the viewer may do with a contest. */
export interface ContestRole {
  organizer: boolean;
  judge: boolean;
}

export class ContestService {
  constructor(private readonly em: EntityManager) {}

  async create(viewer: Viewer | null, input: CreateContestInput): Promise<Contest> {
    const v = requireViewer(viewer);
    const contest = new Contest();
    contest.title = checkText('title', input.title, 1, MAX_CONTEST_TITLE);
    contest.description = checkText('description', input.description, 1, MAX_CONTEST_DESCRIPTION);
    if (input.voteWeight != null) contest.voteWeight = checkVoteWeight(input.voteWeight);
    if (input.organizerId) {
      await requireOrgRole(this.em, v, input.organizerId, [MemberRole.ADMIN]);
      const organizer = await this.em.findOneOrFail(Organization, { id: input.organizerId });
      if (!organizer.kind || !ORGANIZING_KINDS.includes(organizer.kind)) {
        throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only a federation or a Youth League committee runs contests');
      }
      contest.organizer = organizer;
    } else {
      requirePlatformAdmin(v);
    }
    await this.em.transactional(async (tx) => {
      tx.persist(contest);
      await tx.flush();
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'contest.created', subjectId: contest.id, detail: { organizerId: input.organizerId ?? null } }]);
    });
    return contest;
  }

  async update(viewer: Viewer | null, id: string, input: UpdateContestInput): Promise<Contest> {
    const contest = await this.organized(viewer, id);
    this.requirePhase(contest, [ContestStatus.DRAFT, ContestStatus.OPEN], 'A contest is edited before voting opens');
    if (input.title != null) contest.title = checkText('title', input.title, 1, MAX_CONTEST_TITLE);
    if (input.description != null) contest.description = checkText('description', input.description, 1, MAX_CONTEST_DESCRIPTION);
    if (input.voteWeight != null) contest.voteWeight = checkVoteWeight(input.voteWeight);
    await this.em.flush();
    return contest;
  }

  async addCategory(viewer: Viewer | null, input: AddContestCategoryInput): Promise<ContestCategory> {
    const contest = await this.organized(viewer, input.contestId);
    this.requirePhase(contest, [ContestStatus.DRAFT, ContestStatus.OPEN], 'Categories are added before voting opens');
    if (!Number.isInteger(input.places) || input.places < 1 || input.places > MAX_PLACES) {
      throw new BadUserInputError('places', Reason.OUT_OF_RANGE, `places must be 1..${MAX_PLACES}`, { min: 1, max: MAX_PLACES });
    }
    const category = new ContestCategory();
    category.contest = contest;
    category.name = checkText('name', input.name, 1, MAX_CATEGORY_NAME);
    category.kind = input.kind;
    category.places = input.places;
    category.position = await this.em.count(ContestCategory, { contest: contest.id });
    await this.em.persist(category).flush();
    return category;
  }

  /** One phase on; voting needs its end time; publishing writes the results. */
  async advance(viewer: Viewer | null, input: AdvanceContestInput): Promise<Contest> {
    const v = requireViewer(viewer);
    return this.em.transactional(async (tx) => {
      const contest = await tx.findOne(Contest, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!contest) throw new ContestNotFoundError();
      await this.requireOrganizer(tx, v, contest);
      const next = CONTEST_PHASES[CONTEST_PHASES.indexOf(contest.status) + 1];
      if (input.to !== next) throw new ContestPhaseError(contest.status, `The contest moves from ${contest.status} to ${next ?? 'nothing'} only`);
      if (next === ContestStatus.OPEN && (await tx.count(ContestCategory, { contest: contest.id })) === 0) {
        throw new BadUserInputError('id', Reason.REQUIRED, 'Add a category before opening the contest', { field: 'categories' });
      }
      if (next === ContestStatus.VOTING) {
        if (!input.votingEndsAt) throw new BadUserInputError('votingEndsAt', Reason.REQUIRED, 'Say when voting ends');
        if (input.votingEndsAt.getTime() <= Date.now()) throw new BadUserInputError('votingEndsAt', Reason.TIME_IN_PAST, 'Voting must end in the future');
        contest.votingEndsAt = input.votingEndsAt;
      }
      if (next === ContestStatus.JUDGING && contest.votingEndsAt && contest.votingEndsAt.getTime() > Date.now()) contest.votingEndsAt = new Date();
      contest.status = next;
      if (next === ContestStatus.PUBLISHED) contest.publishedAt = new Date();
      await tx.flush();
      if (next === ContestStatus.PUBLISHED) await writeResults(tx, contest.id);
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'contest.advanced', subjectId: contest.id, detail: { to: next } }]);
      return contest;
    });
  }

  async addJudge(viewer: Viewer | null, input: ContestJudgeInput): Promise<Contest> {
    const contest = await this.organized(viewer, input.contestId);
    this.requirePhase(
      contest,
      [ContestStatus.DRAFT, ContestStatus.OPEN, ContestStatus.VOTING, ContestStatus.JUDGING],
      'The panel is settled before the results',
    );
    const judge = this.em.getReference(Volunteer, await this.volunteerByNumber(input.volunteerNumber));
    try {
      await this.em.persist(Object.assign(new ContestJudge(), { contest, volunteer: judge })).flush();
    } catch (error) {
      if (!isUniqueViolation(error, 'contest_judge_once')) throw error;
    }
    return contest;
  }

  async removeJudge(viewer: Viewer | null, input: ContestJudgeInput): Promise<Contest> {
    const contest = await this.organized(viewer, input.contestId);
    this.requirePhase(
      contest,
      [ContestStatus.DRAFT, ContestStatus.OPEN, ContestStatus.VOTING, ContestStatus.JUDGING],
      'The panel is settled before the results',
    );
    const judge = await this.volunteerByNumber(input.volunteerNumber);
    await this.em.nativeDelete(ContestJudge, { contest: contest.id, volunteer: judge });
    return contest;
  }

  /** A team's managers nominate a member (VOLUNTEER categories) or an activity of theirs (PROJECT). */
  async nominate(viewer: Viewer | null, input: NominateForContestInput): Promise<ContestEntry> {
    const v = requireViewer(viewer);
    const category = await this.openCategory(input.categoryId);
    if (category.kind === ContestEntryKind.ESSAY) throw new WrongEntryKindError(category.kind);
    await requireOrgRole(this.em, v, input.organizationId, MANAGING_ROLES);
    if (!(await teamMayNominate(this.em, input.organizationId, category.contest.organizer?.id ?? null))) throw new OutsideFederationError();
    const entry = this.newEntry(category, v, input.title, input.statement);
    entry.organization = this.em.getReference(Organization, input.organizationId);
    if (category.kind === ContestEntryKind.VOLUNTEER) {
      const field = input.volunteerNumber ? 'volunteerNumber' : 'volunteerId';
      const volunteerId = input.volunteerNumber ? await this.volunteerByNumber(input.volunteerNumber) : input.volunteerId;
      if (!volunteerId) throw new BadUserInputError('volunteerId', Reason.REQUIRED, 'Name the volunteer nominated');
      if (!(await roleIn(this.em, volunteerId, input.organizationId))) {
        throw new BadUserInputError(field, Reason.NOT_A_MEMBER, 'A team nominates its own members');
      }
      entry.volunteer = this.em.getReference(Volunteer, volunteerId);
    } else {
      if (!input.projectId) throw new BadUserInputError('projectId', Reason.REQUIRED, 'Name the activity nominated');
      const project = nodeTypeOf(input.projectId) === 'Project' ? await this.em.findOne(Project, { id: input.projectId }) : null;
      if (!project || project.organization.id !== input.organizationId || project.status === ProjectStatus.DRAFT) {
        throw new BadUserInputError('projectId', Reason.NOT_FOUND, 'A team nominates its own published activities', { entity: 'Project' });
      }
      entry.project = project;
    }
    return this.saveEntry(entry);
  }

  /**
   * The signed-in volunteer enters an essay (征文) in an ESSAY category, once: written here, or one
   * of their own published stories (its title and text unless others are given), linked to it.
   */
  async enter(viewer: Viewer | null, input: EnterContestInput): Promise<ContestEntry> {
    const v = requireViewer(viewer);
    const category = await this.openCategory(input.categoryId);
    if (category.kind !== ContestEntryKind.ESSAY) throw new WrongEntryKindError(category.kind);
    const story = input.storyId ? await this.ownPublishedStory(v, input.storyId) : null;
    const title = input.title?.trim() || story?.title;
    const statement = input.statement?.trim() || story?.body;
    const entry = this.newEntry(category, v, title, statement);
    entry.volunteer = this.em.getReference(Volunteer, v.volunteerId);
    entry.story = story;
    return this.saveEntry(entry);
  }

  /** A story the volunteer wrote and that is published; refused with the reason otherwise. */
  private async ownPublishedStory(v: Viewer, id: string): Promise<Story> {
    const story = nodeTypeOf(id) === 'Story' ? await this.em.findOne(Story, { id }) : null;
    if (!story) throw new BadUserInputError('storyId', Reason.NOT_FOUND, 'No such story', { entity: 'Story' });
    if (story.volunteer.id !== v.volunteerId) throw new NotYourStoryError();
    if (story.status !== StoryStatus.PUBLISHED) throw new StoryNotPublishedError();
    return story;
  }

  async review(viewer: Viewer | null, input: ReviewContestEntryInput): Promise<ContestEntry> {
    const entry = await this.entry(input.id);
    await this.requireOrganizer(this.em, requireViewer(viewer), entry.contest);
    this.requirePhase(entry.contest, [ContestStatus.OPEN, ContestStatus.VOTING], 'Entries are reviewed until voting ends');
    entry.status = input.accept ? ContestEntryStatus.ACCEPTED : ContestEntryStatus.REJECTED;
    await this.em.flush();
    return entry;
  }

  /**
   * The signed-in volunteer's vote for an accepted entry: one per category, however many
   * requests arrive at once; bursts from one address are flagged for the organisers.
   */
  async vote(viewer: Viewer | null, entryId: string, address: string, vault: PersonalDataVault): Promise<ContestEntry> {
    const v = requireViewer(viewer);
    const entry = await this.entry(entryId);
    const contest = entry.contest;
    if (entry.status !== ContestEntryStatus.ACCEPTED) throw new ContestNotFoundError('ContestEntry');
    this.requirePhase(contest, [ContestStatus.VOTING], 'Votes are taken while the contest is VOTING');
    if (contest.votingEndsAt && contest.votingEndsAt.getTime() <= Date.now()) throw new VotingClosedError(contest.votingEndsAt);
    const outcome = await this.em.transactional((tx) =>
      castVote(tx, {
        id: newId('cvt'),
        contestId: contest.id,
        categoryId: entry.category.id,
        entryId: entry.id,
        volunteerId: v.volunteerId,
        addressHash: vault.mac('contest-vote-address', address),
      }),
    );
    if (outcome === 'already-voted') throw new AlreadyVotedError();
    await this.em.refresh(entry);
    return entry;
  }

  /** A judge scores an accepted entry while the contest is JUDGING; scoring again changes the score. */
  async score(viewer: Viewer | null, input: ScoreContestEntryInput): Promise<ContestEntry> {
    const v = requireViewer(viewer);
    const entry = await this.entry(input.entryId);
    if (!(await isJudge(this.em, entry.contest.id, v.volunteerId))) throw new JudgesOnlyError();
    this.requirePhase(entry.contest, [ContestStatus.JUDGING], 'Judges score while the contest is JUDGING');
    if (entry.status !== ContestEntryStatus.ACCEPTED) throw new ContestNotFoundError('ContestEntry');
    if (!Number.isInteger(input.score) || input.score < MIN_JUDGE_SCORE || input.score > MAX_JUDGE_SCORE) {
      throw new BadUserInputError('score', Reason.OUT_OF_RANGE, `score must be ${MIN_JUDGE_SCORE}..${MAX_JUDGE_SCORE}`, {
        min: MIN_JUDGE_SCORE,
        max: MAX_JUDGE_SCORE,
      });
    }
    await upsertScore(this.em, { id: newId('csc'), entryId: entry.id, judgeId: v.volunteerId, score: input.score });
    return entry;
  }

  /** Platform staff make a winning volunteer (nominee or essay writer) a published role model, once. */
  async honour(viewer: Viewer | null, input: HonourContestWinnerInput): Promise<RoleModel> {
    const v = requirePlatformAdmin(viewer);
    const entry = await this.entry(input.entryId);
    if (entry.contest.status !== ContestStatus.PUBLISHED || !entry.winner || !entry.volunteer) throw new NotAWinnerError();
    const models = new RoleModelService(this.em);
    if (entry.roleModelId) {
      const existing = await models.findPublic(entry.roleModelId);
      if (existing) return existing;
    }
    const volunteer = await this.em.findOneOrFail(Volunteer, { id: entry.volunteer.id });
    const category = await this.em.findOneOrFail(ContestCategory, { id: entry.category.id });
    return this.em.transactional(async (tx) => {
      const service = new RoleModelService(tx);
      const model = await service.create(v, {
        name: input.name ?? volunteer.displayName,
        honor: `${entry.contest.title} ${category.name}`.slice(0, MAX_HONOR),
        citation: entry.statement.slice(0, MAX_CITATION),
        year: (entry.contest.publishedAt ?? new Date()).getFullYear(),
        volunteerId: volunteer.id,
        organizationId: entry.organization?.id ?? null,
      });
      const published = await service.publish(v, model.id);
      const mine = await tx.findOneOrFail(ContestEntry, { id: entry.id });
      mine.roleModelId = published.id;
      await tx.flush();
      return published;
    });
  }

  /** Contests the public sees (all but drafts), newest first. */
  publicContests(args: ConnectionArgs): Promise<Page<Contest>> {
    return paginate(this.em.createQueryBuilder(Contest, 'c').where({ status: { $ne: ContestStatus.DRAFT } }), args, CONTEST_ORDER, 'desc');
  }

  /** Contests the viewer runs (platform staff: all of them), newest first. */
  managedContests(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<Contest>> {
    const v = requireViewer(viewer);
    const qb = this.em.createQueryBuilder(Contest, 'c');
    if (!v.isPlatformAdmin) {
      qb.where(`c.organizer_id in (select organization_id from membership where volunteer_id = ? and role = ?)`, [v.volunteerId, MemberRole.ADMIN]);
    }
    return paginate(qb, args, CONTEST_ORDER, 'desc');
  }

  /** Contests whose panel the viewer sits on, newest first. */
  judgedContests(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<Contest>> {
    const v = requireViewer(viewer);
    const qb = this.em.createQueryBuilder(Contest, 'c').where(`c.id in (select contest_id from contest_judge where volunteer_id = ?)`, [v.volunteerId]);
    return paginate(qb, args, CONTEST_ORDER, 'desc');
  }

  /** A contest the viewer may see: drafts only for their organisers. */
  async findVisible(viewer: Viewer | null, id: string): Promise<Contest | null> {
    if (nodeTypeOf(id) !== 'Contest') return null;
    const contest = await this.em.findOne(Contest, { id });
    if (!contest || contest.status !== ContestStatus.DRAFT) return contest;
    return (await this.roleIn(viewer, contest)).organizer ? contest : null;
  }

  async findVisibleEntry(viewer: Viewer | null, id: string): Promise<ContestEntry | null> {
    if (nodeTypeOf(id) !== 'ContestEntry') return null;
    const entry = await this.em.findOne(ContestEntry, { id }, { populate: ['contest'] });
    if (!entry) return null;
    if (entry.status === ContestEntryStatus.ACCEPTED && ENTRIES_PUBLIC.includes(entry.contest.status)) return entry;
    if (viewer && entry.submittedBy.id === viewer.volunteerId) return entry;
    return (await this.roleIn(viewer, entry.contest)).organizer ? entry : null;
  }

  /** What the viewer is to the contest: one of its organisers, one of its judges. */
  async roleIn(viewer: Viewer | null, contest: Contest): Promise<ContestRole> {
    if (!viewer || viewer.app) return { organizer: false, judge: false };
    const judge = await isJudge(this.em, contest.id, viewer.volunteerId);
    if (viewer.isPlatformAdmin) return { organizer: true, judge };
    const organizer = !!contest.organizer && (await roleIn(this.em, viewer.volunteerId, contest.organizer.id)) === MemberRole.ADMIN;
    return { organizer, judge };
  }

  /**
   * A category of `contest`'s entries, oldest first: its organisers (`role`) see them all; the
   * public, once voting opens, the accepted ones; the entries' own submitters theirs.
   */
  entries(viewer: Viewer | null, contest: Contest, role: ContestRole, category: ContestCategory, args: ConnectionArgs): Promise<Page<ContestEntry>> {
    const qb = this.em.createQueryBuilder(ContestEntry, 'e').where({ category: category.id });
    if (!role.organizer) {
      const shown = ENTRIES_PUBLIC.includes(contest.status);
      if (shown && viewer) qb.andWhere(`(e.status = ? or e.submitted_by_id = ?)`, [ContestEntryStatus.ACCEPTED, viewer.volunteerId]);
      else if (shown) qb.andWhere({ status: ContestEntryStatus.ACCEPTED });
      else if (viewer) qb.andWhere({ submittedBy: viewer.volunteerId });
      else qb.andWhere('false');
    }
    return paginate(qb, args, ENTRY_ORDER, 'asc');
  }

  /** A category of `contest`'s accepted entries by place, once the results are published. */
  async results(contest: Contest, category: ContestCategory, first: number): Promise<ContestEntry[]> {
    if (contest.status !== ContestStatus.PUBLISHED) return [];
    return this.em.find(
      ContestEntry,
      { category: category.id, status: ContestEntryStatus.ACCEPTED, rank: { $ne: null } },
      { orderBy: { rank: 'asc' }, limit: Math.max(1, Math.min(first, MAX_PLACES)) },
    );
  }

  private newEntry(category: ContestCategory, v: Viewer, title: string | null | undefined, statement: string | null | undefined): ContestEntry {
    const entry = new ContestEntry();
    entry.contest = category.contest;
    entry.category = category;
    entry.kind = category.kind;
    entry.submittedBy = this.em.getReference(Volunteer, v.volunteerId);
    entry.title = checkText('title', title, 1, MAX_ENTRY_TITLE);
    entry.statement = checkText('statement', statement, 1, MAX_STATEMENT);
    return entry;
  }

  private async saveEntry(entry: ContestEntry): Promise<ContestEntry> {
    try {
      await this.em.persist(entry).flush();
    } catch (error) {
      if (isUniqueViolation(error, 'contest_entry_one_subject')) throw new AlreadyEnteredError();
      throw error;
    }
    return entry;
  }

  private async openCategory(id: string): Promise<ContestCategory> {
    const category = nodeTypeOf(id) === 'ContestCategory' ? await this.em.findOne(ContestCategory, { id }, { populate: ['contest'] }) : null;
    if (!category || category.contest.status === ContestStatus.DRAFT) throw new ContestNotFoundError('ContestCategory');
    this.requirePhase(category.contest, [ContestStatus.OPEN], 'Nominations and entries are taken while the contest is OPEN');
    return category;
  }

  private async entry(id: string): Promise<ContestEntry> {
    const entry = nodeTypeOf(id) === 'ContestEntry' ? await this.em.findOne(ContestEntry, { id }, { populate: ['contest'] }) : null;
    if (!entry || entry.contest.status === ContestStatus.DRAFT) throw new ContestNotFoundError('ContestEntry');
    return entry;
  }

  private async organized(viewer: Viewer | null, id: string): Promise<Contest> {
    const v = requireViewer(viewer);
    const contest = nodeTypeOf(id) === 'Contest' ? await this.em.findOne(Contest, { id }) : null;
    if (!contest) throw new ContestNotFoundError();
    await this.requireOrganizer(this.em, v, contest);
    return contest;
  }

  /** Platform staff for the platform's contests; the federation's ADMINs (and staff) for its own. */
  private async requireOrganizer(em: EntityManager, v: Viewer, contest: Contest): Promise<void> {
    if (contest.organizer) await requireOrgRole(em, v, contest.organizer.id, [MemberRole.ADMIN]);
    else requirePlatformAdmin(v);
  }

  private requirePhase(contest: Contest, phases: readonly ContestStatus[], message: string): void {
    if (!phases.includes(contest.status)) throw new ContestPhaseError(contest.status, message);
  }

  /** The ID of the active volunteer with this number. */
  private async volunteerByNumber(number: string): Promise<string> {
    const id = await volunteerIdByNumber(this.em, number);
    if (!id) throw new BadUserInputError('volunteerNumber', Reason.VOLUNTEER_UNKNOWN, 'No volunteer has this number');
    return id;
  }
}
