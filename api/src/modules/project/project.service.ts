import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { BadUserInputError } from '../../common/errors.js';
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
    if (filter?.search != null && filter.search.trim() !== '') {
      const term = filter.search.trim();
      if (Array.from(term).length > 50) throw new BadUserInputError('filter.search', 'search must be at most 50 characters');
      // The bigram index narrows the candidates; position() keeps only exact substrings.
      qb.andWhere(`aixin_bigrams(p.title || ' ' || p.summary) @> aixin_bigrams(?) and position(lower(?) in lower(p.title || ' ' || p.summary)) > 0`, [term, term]);
    }
    if (filter?.near) {
      const { lat, lng, radiusKm } = filter.near;
      if (!Number.isFinite(lat) || lat < -90 || lat > 90) throw new BadUserInputError('filter.near.lat', 'lat must be -90..90');
      if (!Number.isFinite(lng) || lng < -180 || lng > 180) throw new BadUserInputError('filter.near.lng', 'lng must be -180..180');
      if (!Number.isFinite(radiusKm) || radiusKm < 0.1 || radiusKm > 100) throw new BadUserInputError('filter.near.radiusKm', 'radiusKm must be 0.1..100');
      // Validated numbers, written into the SQL so the same expression can order and page.
      const here = `ll_to_earth(${Number(lat)}, ${Number(lng)})`;
      const metres = Math.round(radiusKm * 1000);
      qb.andWhere(
        `p.lat is not null and p.lng is not null and earth_box(${here}, ${metres}) @> ll_to_earth(p.lat, p.lng) and earth_distance(${here}, ll_to_earth(p.lat, p.lng)) <= ${metres}`,
      );
      const distance: SortKey<Project> = {
        column: `round(earth_distance(${here}, ll_to_earth(p.lat, p.lng))::numeric, 1)`,
        value: (p) => roundedEarthDistance(lat, lng, p.lat!, p.lng!),
        type: 'number',
      };
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

// earthdistance's sphere (cube's earth radius), so cursors carry the distance SQL orders by.
const EARTH_RADIUS_M = 6378168;

export function roundedEarthDistance(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const point = (lat: number, lng: number) => {
    const φ = (lat * Math.PI) / 180;
    const λ = (lng * Math.PI) / 180;
    return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)].map((c) => c * EARTH_RADIUS_M);
  };
  const a = point(lat1, lng1);
  const b = point(lat2, lng2);
  const chord = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  const metres = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, chord / (2 * EARTH_RADIUS_M)));
  return Math.round(metres * 10) / 10;
}
