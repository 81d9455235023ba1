import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { BadUserInputError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { PUBLIC_PROJECT_STATUSES, Project } from './project.entity.js';
import type { ProjectFilter } from './project.inputs.js';

const ORDER: SortKey<Project>[] = [
  { column: 'p.starts_at', value: (p) => p.startsAt, type: 'date' },
  { column: 'p.id', value: (p) => p.id, type: 'string' },
];

export class ProjectService {
  constructor(private readonly em: EntityManager) {}

  /** Public projects, soonest first. */
  list(args: ConnectionArgs, filter: ProjectFilter | null | undefined): Promise<Page<Project>> {
    const qb = this.em.createQueryBuilder(Project, 'p').where({ status: { $in: PUBLIC_PROJECT_STATUSES } });
    if (filter?.district) qb.andWhere({ district: filter.district });
    if (filter?.category) qb.andWhere({ category: filter.category });
    if (filter?.organizationId) qb.andWhere({ organization: filter.organizationId });
    const { startsAfter, startsBefore } = filter ?? {};
    if (startsAfter && startsBefore && startsAfter >= startsBefore) {
      throw new BadUserInputError('filter.startsBefore', 'startsBefore must be later than startsAfter');
    }
    if (startsAfter || startsBefore) {
      // A project qualifies when one of its shifts starts in the range (the monthly preview).
      const conditions = ['s.project_id = p.id'];
      const params: Date[] = [];
      if (startsAfter) (conditions.push('s.starts_at >= ?'), params.push(startsAfter));
      if (startsBefore) (conditions.push('s.starts_at < ?'), params.push(startsBefore));
      // The project's own span bounds the shifts, which lets the (status, starts_at) index prune.
      if (startsBefore) (conditions.push('p.starts_at < ?'), params.push(startsBefore));
      if (startsAfter) (conditions.push('p.ends_at > ?'), params.push(startsAfter));
      qb.andWhere(`exists (select 1 from shift s where ${conditions.join(' and ')})`, params);
    }
    return paginate(qb, args, ORDER);
  }

  async findVisible(id: string): Promise<Project | null> {
    if (nodeTypeOf(id) !== 'Project') return null;
    const project = await this.em.findOne(Project, { id });
    return project && project.status !== 'DRAFT' ? project : null;
  }
}
