// Ratings of activities: an attendee rates an activity once, after it; the team reads its
// ratings without names; platform staff hide abusive comments (audited).
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, isUniqueViolation, NotFoundError } from '../../common/errors.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { nodeTypeOf } from '../../common/ids.js';
import { writeAudit } from '../audit/audit.service.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { MAX_REASON } from '../content/content-rules.js';
import { MANAGING_ROLES, requireOrgRole, roleIn } from '../organization/organization-access.js';
import { Organization } from '../organization/organization.entity.js';
import { Project, ProjectStatus } from '../project/project.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { Rating } from './rating.entity.js';
import { checkScore, MAX_COMMENT } from '../../common/rating-scale.js';
import { AlreadyRatedError, NotAttendedError, RatingNotFoundError } from './rating.errors.js';
import type { HideRatingInput, RateProjectInput } from './rating.inputs.js';
import { attendedSql, hasAttended } from './rating.queries.js';

/** Newest first. */
const RATING_ORDER: SortKey<Rating>[] = [
  { column: 'r.created_at', value: (r) => r.createdAt, type: 'date' },
  { column: 'r.id', value: (r) => r.id, type: 'string' },
];

/** The activities most recently over first. */
const ATTENDED_ORDER: SortKey<Project>[] = [
  { column: 'p.ends_at', value: (p) => p.endsAt, type: 'date' },
  { column: 'p.id', value: (p) => p.id, type: 'string' },
];

export class RatingService {
  constructor(private readonly em: EntityManager) {}

  /** The signed-in volunteer rates an activity they attended, once. */
  async rate(viewer: Viewer | null, input: RateProjectInput): Promise<Rating> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(input.idempotencyKey);
    const score = checkScore(input.score);
    const comment = checkOptionalText('comment', input.comment, MAX_COMMENT);
    const project = nodeTypeOf(input.projectId) === 'Project' ? await this.em.findOne(Project, { id: input.projectId }) : null;
    if (!project || project.status === ProjectStatus.DRAFT) throw new NotFoundError('Project');
    const id = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'rateProject', v.volunteerId, key, { projectId: project.id, score, comment });
        if (claim.kind === 'replay') return claim.resultId;
      }
      if (!(await hasAttended(tx, project.id, v.volunteerId))) throw new NotAttendedError();
      const rating = Object.assign(new Rating(), {
        project: tx.getReference(Project, project.id),
        organization: tx.getReference(Organization, project.organization.id),
        volunteer: tx.getReference(Volunteer, v.volunteerId),
        score,
        comment,
      });
      try {
        await tx.persist(rating).flush();
      } catch (error) {
        if (isUniqueViolation(error, 'rating_one_per_volunteer')) throw new AlreadyRatedError();
        throw error;
      }
      if (key) await recordIdempotentResult(tx, 'rateProject', v.volunteerId, key, rating.id);
      return rating.id;
    });
    return this.em.fork().findOneOrFail(Rating, { id });
  }

  /** Platform staff hide an abusive comment; the score still counts. Hiding twice changes nothing. */
  async hide(viewer: Viewer | null, input: HideRatingInput): Promise<Rating> {
    const v = requirePlatformAdmin(viewer);
    const reason = checkText('reason', input.reason, 2, MAX_REASON);
    const rating = nodeTypeOf(input.id) === 'Rating' ? await this.em.findOne(Rating, { id: input.id }) : null;
    if (!rating) throw new RatingNotFoundError();
    if (!rating.comment) throw new BadUserInputError('id', Reason.NO_COMMENT_TO_HIDE, 'The rating has no comment to hide');
    if (rating.hiddenAt) return rating;
    rating.hiddenAt = new Date();
    rating.hiddenReason = reason;
    rating.hiddenBy = this.em.getReference(Volunteer, v.volunteerId);
    await this.em.transactional(async (tx) => {
      await tx.flush();
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: 'rating.comment-hidden',
          subjectId: rating.id,
          detail: { projectId: rating.project.id, organizationId: rating.organization.id, reason },
        },
      ]);
    });
    return rating;
  }

  /** A team's ratings, newest first: its ADMINs and COORDINATORs, platform staff. */
  async forOrganization(viewer: Viewer | null, organizationId: string, args: ConnectionArgs): Promise<Page<Rating>> {
    await requireOrgRole(this.em, viewer, organizationId, MANAGING_ROLES);
    return paginate(this.em.createQueryBuilder(Rating, 'r').where({ organization: organizationId }), args, RATING_ORDER, 'desc');
  }

  /** An activity's ratings, newest first: its team's ADMINs and COORDINATORs, platform staff. */
  async forProject(viewer: Viewer | null, project: Project, args: ConnectionArgs): Promise<Page<Rating>> {
    await requireOrgRole(this.em, viewer, project.organization.id, MANAGING_ROLES);
    return paginate(this.em.createQueryBuilder(Rating, 'r').where({ project: project.id }), args, RATING_ORDER, 'desc');
  }

  /** Every rating with a comment, hidden ones too, newest first: platform staff. */
  forStaff(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<Rating>> {
    requirePlatformAdmin(viewer);
    return paginate(this.em.createQueryBuilder(Rating, 'r').where({ comment: { $ne: null } }), args, RATING_ORDER, 'desc');
  }

  /** A rating for its writer, its team's ADMINs and COORDINATORs and platform staff; null for anyone else. */
  async findVisible(viewer: Viewer | null, id: string): Promise<Rating | null> {
    if (!viewer || nodeTypeOf(id) !== 'Rating') return null;
    const rating = await this.em.findOne(Rating, { id });
    if (!rating || rating.volunteer.id === viewer.volunteerId || viewer.isPlatformAdmin) return rating;
    const role = await roleIn(this.em, viewer.volunteerId, rating.organization.id);
    return role && MANAGING_ROLES.includes(role) ? rating : null;
  }

  /** Activities the volunteer attended, the most recently over first. */
  attended(volunteerId: string, args: ConnectionArgs): Promise<Page<Project>> {
    const qb = this.em.createQueryBuilder(Project, 'p').where(attendedSql('p.id', '?'), [volunteerId]);
    return paginate(qb, args, ATTENDED_ORDER, 'desc');
  }

  /** The volunteer's own ratings of these projects, by project ID. One query. */
  async ownRatings(volunteerId: string, projectIds: readonly string[]): Promise<Map<string, Rating>> {
    const rows = await this.em.find(Rating, { volunteer: volunteerId, project: { $in: [...projectIds] } });
    return new Map(rows.map((r) => [r.project.id, r]));
  }
}
