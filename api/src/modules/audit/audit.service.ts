import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { AuditLog, AuditOrder } from './audit-log.entity.js';
import { insertAuditRows } from './audit.queries.js';

export type AuditAction =
  | 'personal-data.read'
  | 'volunteer.registered'
  | 'volunteer.deleted'
  | 'volunteer.password-changed'
  | 'volunteer.phone-changed'
  | 'volunteer.card-photo-changed'
  | 'volunteer.password-reset'
  | 'volunteer.profile-updated'
  | 'session.created'
  | 'session.revoked'
  | 'organization.registered'
  | 'organization.approved'
  | 'organization.suspended'
  | 'organization.restored'
  | 'organization.returned'
  | 'organization.updated'
  | 'organization.logo-changed'
  | 'project.photos-updated'
  | 'organization.resubmitted'
  | 'membership.role-changed'
  | 'membership.removed'
  | 'membership.admin-handed-over'
  | 'membership-request.accepted'
  | 'membership-request.declined'
  | 'volunteer.registered-assisted'
  | 'signup.attended'
  | 'signup.no-show'
  | 'hours.walk-in'
  | 'hours.imported'
  | 'partner-key.created'
  | 'partner-key.revoked'
  | 'oauth-app.registered'
  | 'oauth-app.disabled'
  | 'oauth-app.authorized'
  | 'oauth-app.disconnected'
  | 'webhook.created'
  | 'webhook.deleted'
  | 'webhook.enabled'
  | 'webhook.disabled'
  | 'news.submitted'
  | 'news.published'
  | 'news.returned'
  | 'news.withdrawn'
  | 'role-model.published'
  | 'role-model.withdrawn'
  | 'showcase.published'
  | 'showcase.withdrawn'
  | 'rating.comment-hidden'
  | 'qualification-kind.created'
  | 'enrolment.attended'
  | 'enrolment.absent'
  | 'story.hidden'
  | 'service-request.accepted'
  | 'service-request.declined'
  | 'service-request.merged'
  | 'service-request.closed'
  | 'service-request.feedback-hidden'
  | 'contest.created'
  | 'contest.advanced'
  | 'station.created'
  | 'station.updated'
  | 'station.rota-set'
  | 'station.swap-answered';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  subjectId: string | null;
  detail?: Record<string, unknown>;
}

/** Appends audit entries in one statement; never carries the personal data itself. */
export async function writeAudit(em: EntityManager, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await insertAuditRows(
    em,
    entries.map((e) => ({ actorId: e.actorId, action: e.action, subjectId: e.subjectId, detail: e.detail ?? null })),
  );
}

const AUDIT_ORDER: SortKey<AuditLog>[] = [{ column: 'a.id', value: (a) => Number(a.id), type: 'number' }];

export interface AuditFilter {
  subjectId?: string | null;
  actorId?: string | null;
  action?: string | null;
  /** The actor's volunteer number. */
  actorNumber?: string | null;
  /** Events about the organisation itself or about something of it (detail.organizationId). */
  organizationId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** The organisation an event concerns: its subject when that is one, else the one its details name. */
  static organizationOf(event: Pick<AuditLog, 'subjectId' | 'detail'>): string | null {
    if (event.subjectId && nodeTypeOf(event.subjectId) === 'Organization') return event.subjectId;
    const id = event.detail?.organizationId;
    return typeof id === 'string' ? id : null;
  }

  /** The trail for platform staff, filtered; ordered by when it was written (IDs follow it). */
  list(viewer: Viewer | null, args: ConnectionArgs, filter: AuditFilter, order: AuditOrder = AuditOrder.OLDEST_FIRST): Promise<Page<AuditLog>> {
    requirePlatformAdmin(viewer);
    const { from, to, ...texts } = filter;
    for (const [field, value] of Object.entries(texts)) {
      if (value !== null && value !== undefined && (value.length < 1 || value.length > 60))
        throw new BadUserInputError(field, value.length ? Reason.TOO_LONG : Reason.REQUIRED, `${field} must be 1..60 characters`, { max: 60 });
    }
    if (from && to && to <= from) throw new BadUserInputError('to', Reason.END_BEFORE_START, 'to must be later than from');
    const qb = this.em.createQueryBuilder(AuditLog, 'a');
    if (filter.subjectId) qb.andWhere({ subjectId: filter.subjectId });
    if (filter.actorId) qb.andWhere({ actorId: filter.actorId });
    if (filter.action) qb.andWhere({ action: filter.action });
    if (filter.actorNumber) qb.andWhere('a.actor_id = (select v.id from volunteer v where v.volunteer_number = ?)', [filter.actorNumber.trim()]);
    if (filter.organizationId) qb.andWhere(`(a.subject_id = ? or a.detail->>'organizationId' = ?)`, [filter.organizationId, filter.organizationId]);
    if (from) qb.andWhere({ createdAt: { $gte: from } });
    if (to) qb.andWhere({ createdAt: { $lt: to } });
    return paginate(qb, args, AUDIT_ORDER, order === AuditOrder.NEWEST_FIRST ? 'desc' : 'asc');
  }
}
