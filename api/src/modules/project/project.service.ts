import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { nearSql, roundedEarthDistance } from '../../common/geo.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import { whereTextContains } from '../../common/text-search.js';
import { nodeTypeOf } from '../../common/ids.js';
import { PUBLIC_PROJECT_STATUSES, Project, ProjectStatus } from './project.entity.js';
import type { ProjectFilter } from './project.inputs.js';

const ORDER: SortKey<Project>[] = [
  { column: 'p.starts_at', value: (p) => p.startsAt, type: 'date' },
  { column: 'p.id', value: (p) => p.id, type: 'string' },
];

export class ProjectService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Public projects, soonest first; with `memberOf` (the caller's organisations, see
   * callerOrganizations) those organisations' projects in every status too, drafts included.
   */
  list(args: ConnectionArgs, filter: ProjectFilter | null | undefined, memberOf: readonly string[] = []): Promise<Page<Project>> {
    const qb = this.em.createQueryBuilder(Project, 'p');
    if (memberOf.length) qb.where({ $or: [{ status: { $in: PUBLIC_PROJECT_STATUSES } }, { organization: { $in: [...memberOf] } }] });
    else qb.where({ status: { $in: PUBLIC_PROJECT_STATUSES } });
    if (filter?.district) qb.andWhere({ district: filter.district });
    if (filter?.category) qb.andWhere({ category: filter.category });
    if (filter?.organizationId) qb.andWhere({ organization: filter.organizationId });
    const { startsAfter, startsBefore } = filter ?? {};
    if (startsAfter && startsBefore && startsAfter >= startsBefore) {
      throw new BadUserInputError('filter.startsBefore', Reason.END_BEFORE_START, 'startsBefore must be later than startsAfter');
    }
    if (startsAfter || startsBefore) {
      // A project qualifies when one of its shifts starts in the range (the monthly preview).
      const conditions = ['s.project_id = p.id', 's.cancelled_at is null'];
      const params: Date[] = [];
      const where = (condition: string, value: Date) => {
        conditions.push(condition);
        params.push(value);
      };
      if (startsAfter) where('s.starts_at >= ?', startsAfter);
      if (startsBefore) where('s.starts_at < ?', startsBefore);
      // The project's own span bounds the shifts, which lets the (status, starts_at) index prune.
      if (startsBefore) where('p.starts_at < ?', startsBefore);
      if (startsAfter) where('p.ends_at > ?', startsAfter);
      qb.andWhere(`exists (select 1 from shift s where ${conditions.join(' and ')})`, params);
    }
    whereTextContains(qb, `p.title || ' ' || p.summary`, filter?.search);
    if (filter?.near) {
      const { lat, lng } = filter.near;
      const near = nearSql('p', filter.near);
      qb.andWhere(near.where);
      const distance: SortKey<Project> = { column: near.distance, value: (p) => roundedEarthDistance(lat, lng, p.lat!, p.lng!), type: 'number' };
      return paginate(qb, args, [distance, ORDER[1]]);
    }
    return paginate(qb, args, ORDER);
  }

  /** A project unless it is a draft; drafts for members of its organisation (`memberOf`) only. */
  async findVisible(id: string, memberOf: readonly string[] = []): Promise<Project | null> {
    if (nodeTypeOf(id) !== 'Project') return null;
    const project = await this.em.findOne(Project, { id });
    return project && isVisibleProject(project, memberOf) ? project : null;
  }
}

/** Drafts are their organisation's business: members and its partner keys see them, no one else. */
export function isVisibleProject(project: Project, memberOf: readonly string[]): boolean {
  return project.status !== ProjectStatus.DRAFT || memberOf.includes(project.organization.id);
}
