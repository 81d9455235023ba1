// Stories (志愿心得): an attendee writes one with photos; the team's ADMINs and COORDINATORs (or
// platform staff) publish or return it, and its writer is told; signed-in volunteers like it
// once each and report abuse; platform staff read the reports and hide a story (audited).
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { writeAudit } from '../audit/audit.service.js';
import { StoredImage } from '../image/image.entity.js';
import { ImageService } from '../image/image.service.js';
import type { ImageStorage } from '../image/image-storage.js';
import { MANAGING_ROLES, requireOrgRole, roleIn } from '../organization/organization-access.js';
import { Organization } from '../organization/organization.entity.js';
import { enqueue, OutboxTopic } from '../outbox/outbox.queries.js';
import { Project, ProjectStatus } from '../project/project.entity.js';
import { hasAttended } from '../rating/rating.queries.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import {
  MAX_BODY,
  MAX_NOTE,
  MAX_STORY_PHOTOS,
  MAX_TITLE,
  MIN_BODY,
  MIN_TITLE,
  Story,
  StoryImage,
  StoryReport,
  StoryReportReason,
  StoryStatus,
} from './story.entity.js';
import { StoryNotAttendedError, StoryNotFoundError } from './story.errors.js';
import type { HideStoryInput, ReportStoryInput, ReviewStoryInput, StoryReviewFilter, WriteStoryInput } from './story.inputs.js';
import { insertReport, insertStoryImages, likedStoryIds, setLike } from './story.queries.js';

/** Published stories, the most recently published first. */
const PUBLISHED_ORDER: SortKey<Story>[] = [
  { column: 's.published_at', value: (s) => s.publishedAt!, type: 'date' },
  { column: 's.id', value: (s) => s.id, type: 'string' },
];

/** Newest written first. */
const WRITTEN_ORDER: SortKey<Story>[] = [
  { column: 's.created_at', value: (s) => s.createdAt, type: 'date' },
  { column: 's.id', value: (s) => s.id, type: 'string' },
];

const REPORT_ORDER: SortKey<StoryReport>[] = [
  { column: 'r.created_at', value: (r) => r.createdAt, type: 'date' },
  { column: 'r.id', value: (r) => r.id, type: 'string' },
];

export interface StoryPhoto {
  image: StoredImage;
  alt: string;
}

export class StoryService {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: ImageStorage,
  ) {}

  /** The signed-in volunteer writes a story of an activity they attended; it waits for review. */
  async write(viewer: Viewer | null, input: WriteStoryInput): Promise<Story> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(input.idempotencyKey);
    const title = checkText('title', input.title, MIN_TITLE, MAX_TITLE);
    const body = checkText('body', input.body, MIN_BODY, MAX_BODY);
    const project = nodeTypeOf(input.projectId) === 'Project' ? await this.em.findOne(Project, { id: input.projectId }) : null;
    if (!project || project.status === ProjectStatus.DRAFT) throw new NotFoundError('Project');
    const photos = await new ImageService(this.em, this.storage).checkGallery(input.photos ?? [], MAX_STORY_PHOTOS, 'photos', 'A story');
    const id = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'writeStory', v.volunteerId, key, { projectId: project.id, title, body, photos });
        if (claim.kind === 'replay') return claim.resultId;
      }
      if (!(await hasAttended(tx, project.id, v.volunteerId))) throw new StoryNotAttendedError();
      const story = Object.assign(new Story(), {
        project: tx.getReference(Project, project.id),
        organization: tx.getReference(Organization, project.organization.id),
        volunteer: tx.getReference(Volunteer, v.volunteerId),
        title,
        body,
      });
      await tx.persist(story).flush();
      await insertStoryImages(tx, story.id, photos);
      if (key) await recordIdempotentResult(tx, 'writeStory', v.volunteerId, key, story.id);
      return story.id;
    });
    return this.em.fork().findOneOrFail(Story, { id });
  }

  /** A reviewer publishes a pending story or returns it with a note; its writer is told either way. */
  async review(viewer: Viewer | null, input: ReviewStoryInput): Promise<Story> {
    const v = requireViewer(viewer);
    const story = await this.existing(input.id);
    await this.requireReviewer(v, story);
    const note = input.approve ? checkOptionalText('note', input.note, MAX_NOTE) : checkText('note', input.note, 2, MAX_NOTE);
    if (story.status !== StoryStatus.PENDING) throw new ConflictError(Reason.STATE_CHANGED, 'The story was reviewed already');
    const now = new Date();
    Object.assign(story, {
      status: input.approve ? StoryStatus.PUBLISHED : StoryStatus.REJECTED,
      reviewNote: note,
      reviewedAt: now,
      reviewedBy: this.em.getReference(Volunteer, v.volunteerId),
      publishedAt: input.approve ? now : null,
    });
    await this.em.transactional(async (tx) => {
      await tx.flush();
      const topic = input.approve ? OutboxTopic.STORY_PUBLISHED : OutboxTopic.STORY_REJECTED;
      await enqueue(tx, topic, story.volunteer.id, { storyId: story.id, projectId: story.project.id, title: story.title, ...(note ? { reason: note } : {}) });
    });
    return story;
  }

  /** Platform staff take a story down (audited); its writer is told why. Hiding twice changes nothing. */
  async hide(viewer: Viewer | null, input: HideStoryInput): Promise<Story> {
    const v = requirePlatformAdmin(viewer);
    const reason = checkText('reason', input.reason, 2, MAX_NOTE);
    const story = await this.existing(input.id);
    if (story.status === StoryStatus.HIDDEN) return story;
    const before = story.status;
    Object.assign(story, { status: StoryStatus.HIDDEN, hiddenAt: new Date(), reviewNote: reason });
    await this.em.transactional(async (tx) => {
      await tx.flush();
      await enqueue(tx, OutboxTopic.STORY_HIDDEN, story.volunteer.id, { storyId: story.id, projectId: story.project.id, title: story.title, reason });
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: 'story.hidden',
          subjectId: story.id,
          detail: { projectId: story.project.id, organizationId: story.organization.id, status: before, reason },
        },
      ]);
    });
    return story;
  }

  /** The signed-in volunteer likes a published story (once; again changes nothing) or takes the like back. */
  async like(viewer: Viewer | null, id: string, like: boolean): Promise<Story> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(id) !== 'Story') throw new StoryNotFoundError();
    const count = await setLike(this.em, id, v.volunteerId, like);
    if (count === null) throw new StoryNotFoundError();
    return this.em.fork().findOneOrFail(Story, { id });
  }

  /** A signed-in volunteer reports a published story to platform staff (once; again changes nothing). */
  async report(viewer: Viewer | null, input: ReportStoryInput): Promise<boolean> {
    const v = requireViewer(viewer);
    const note = checkOptionalText('note', input.note, MAX_NOTE);
    if (!Object.values(StoryReportReason).includes(input.reason)) throw new BadUserInputError('reason', Reason.BAD_FORMAT, 'Unknown reason');
    const story = await this.existing(input.id);
    if (story.status !== StoryStatus.PUBLISHED) throw new StoryNotFoundError();
    await insertReport(this.em, story.id, v.volunteerId, input.reason, note);
    return true;
  }

  /** Published stories, the most recently published first; of one activity, team or writer when asked. */
  published(args: ConnectionArgs, where: { project?: string; organization?: string; volunteer?: string } = {}): Promise<Page<Story>> {
    const qb = this.em.createQueryBuilder(Story, 's').where({ status: StoryStatus.PUBLISHED, ...where });
    return paginate(qb, args, PUBLISHED_ORDER, 'desc');
  }

  /** The signed-in volunteer's own stories, in any state, newest first. */
  mine(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<Story>> {
    const v = requireViewer(viewer);
    return paginate(this.em.createQueryBuilder(Story, 's').where({ volunteer: v.volunteerId }), args, WRITTEN_ORDER, 'desc');
  }

  /** Stories to review (by default PENDING), newest first: a team's for its ADMINs and COORDINATORs, every team's for platform staff. */
  async forReview(viewer: Viewer | null, filter: StoryReviewFilter | null | undefined, args: ConnectionArgs): Promise<Page<Story>> {
    const organizationId = filter?.organizationId ?? null;
    if (organizationId) await requireOrgRole(this.em, viewer, organizationId, MANAGING_ROLES);
    else requirePlatformAdmin(viewer);
    const where = { status: filter?.status ?? StoryStatus.PENDING, ...(organizationId ? { organization: organizationId } : {}) };
    return paginate(this.em.createQueryBuilder(Story, 's').where(where), args, WRITTEN_ORDER, 'desc');
  }

  /** Reports of stories, newest first: platform staff. */
  reports(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<StoryReport>> {
    requirePlatformAdmin(viewer);
    return paginate(this.em.createQueryBuilder(StoryReport, 'r'), args, REPORT_ORDER, 'desc');
  }

  /** A story for anyone when published; otherwise for its writer, its reviewers and platform staff; null for others. */
  async findVisible(viewer: Viewer | null, id: string): Promise<Story | null> {
    if (nodeTypeOf(id) !== 'Story') return null;
    const story = await this.em.findOne(Story, { id });
    if (!story || story.status === StoryStatus.PUBLISHED) return story;
    return viewer && (await this.mayReadUnpublished(viewer, story)) ? story : null;
  }

  /** Whether the viewer sees a story's review note and report count: its writer, its reviewers, platform staff. */
  async mayReadUnpublished(viewer: Viewer | null, story: Story): Promise<boolean> {
    if (!viewer) return false;
    if (story.volunteer.id === viewer.volunteerId || viewer.isPlatformAdmin) return true;
    const role = await roleIn(this.em, viewer.volunteerId, story.organization.id);
    return !!role && MANAGING_ROLES.includes(role);
  }

  /** Each story's photos in order, by story ID. One query. */
  async photos(storyIds: readonly string[]): Promise<Map<string, StoryPhoto[]>> {
    const rows = await this.em.find(StoryImage, { story: { $in: [...storyIds] } }, { populate: ['image'], orderBy: { position: 'asc' } });
    const byStory = new Map<string, StoryPhoto[]>(storyIds.map((id) => [id, []]));
    for (const row of rows) byStory.get(row.story.id)?.push({ image: row.image, alt: row.alt });
    return byStory;
  }

  /** Which of these stories the volunteer likes. */
  liked(volunteerId: string, storyIds: readonly string[]): Promise<Set<string>> {
    return likedStoryIds(this.em, volunteerId, storyIds);
  }

  private async existing(id: string): Promise<Story> {
    const story = nodeTypeOf(id) === 'Story' ? await this.em.findOne(Story, { id }) : null;
    if (!story) throw new StoryNotFoundError();
    return story;
  }

  private async requireReviewer(v: Viewer, story: Story): Promise<void> {
    if (v.isPlatformAdmin) return;
    await requireOrgRole(this.em, v, story.organization.id, MANAGING_ROLES);
  }
}
