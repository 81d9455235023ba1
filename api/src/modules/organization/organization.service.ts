import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { BadUserInputError } from '../../common/errors.js';
import { nearSql, roundedEarthDistance } from '../../common/geo.js';
import { nodeTypeOf } from '../../common/ids.js';
import { isParentAdmin, roleIn } from './organization-access.js';
import { checkSearch, containsPattern, TRIGRAM_MIN } from './organization-rules.js';
import { Organization, OrganizationKind, OrganizationStatus } from './organization.entity.js';
import type { OrganizationFilter } from './organization.inputs.js';
import { Reason } from '../../common/error-reasons.js';

const SLUG_SHAPE = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const ORGANIZATION_ORDER: SortKey<Organization>[] = [{ column: 'o.id', value: (o) => o.id, type: 'string' }];

/**
 * Organisations whose name contains the term (letter case ignored). Three or more characters are
 * served by the trigram index (organization_name_trgm_index); one or two (most Chinese words) have
 * no trigram to look up, so those scan the rows the other filters leave, which is still exact.
 */
export function whereNameContains(qb: QueryBuilder<Organization>, term: string): void {
  if (Array.from(term).length >= TRIGRAM_MIN) qb.andWhere(`o.name ilike ? escape '!'`, [containsPattern(term)]);
  else qb.andWhere('position(lower(?) in lower(o.name)) > 0', [term]);
}

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  /** Approved organisations, oldest first. */
  list(args: ConnectionArgs, filter: OrganizationFilter | null | undefined): Promise<Page<Organization>> {
    const search = checkSearch(filter?.search);
    const qb = this.em.createQueryBuilder(Organization, 'o').where({ status: OrganizationStatus.APPROVED });
    if (filter?.district) qb.andWhere({ district: filter.district });
    if (filter?.kind) {
      if (!Object.values<string>(OrganizationKind).includes(filter.kind)) {
        throw new BadUserInputError('filter.kind', Reason.BAD_FORMAT, `kind must be one of ${Object.values(OrganizationKind).join(', ')}`, {
          allowed: Object.values(OrganizationKind),
        });
      }
      qb.andWhere({ kind: filter.kind as OrganizationKind });
    }
    if (filter?.parentId) qb.andWhere({ parent: filter.parentId });
    if (search) whereNameContains(qb, search);
    if (filter?.near) {
      const { lat, lng } = filter.near;
      const near = nearSql('o', filter.near);
      qb.andWhere(near.where);
      return paginate(qb, args, [
        { column: near.distance, value: (o) => roundedEarthDistance(lat, lng, o.lat!, o.lng!), type: 'number' },
        ORGANIZATION_ORDER[0],
      ]);
    }
    return paginate(qb, args, ORGANIZATION_ORDER);
  }

  /**
   * One organisation by ID or slug; exactly one of them must be given. Approved organisations
   * are public; one pending or suspended only to its own members and to platform staff.
   */
  async findVisible(id: string | null | undefined, slug: string | null | undefined, viewer: Viewer | null): Promise<Organization | null> {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1) {
      throw new BadUserInputError(id ? 'slug' : 'id', Reason.ID_OR_SLUG, 'Give either id or slug');
    }
    // Strings that cannot be one of ours need no query.
    if (id ? nodeTypeOf(id) !== 'Organization' : !SLUG_SHAPE.test(slug!)) return null;
    const org = await this.em.findOne(Organization, id ? { id } : { slug: slug! });
    return org && (await this.isVisible(org, viewer)) ? org : null;
  }

  /** Approved ones to anyone; others to their members, the parent's admins (who review them) and platform staff. */
  async isVisible(org: Organization, viewer: Viewer | null): Promise<boolean> {
    if (org.status === OrganizationStatus.APPROVED) return true;
    if (!viewer) return false;
    if (viewer.isPlatformAdmin || (await roleIn(this.em, viewer.volunteerId, org.id)) !== null) return true;
    return isParentAdmin(this.em, viewer.volunteerId, org.id);
  }
}
