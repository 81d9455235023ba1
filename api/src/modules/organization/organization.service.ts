import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { BadUserInputError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { Organization, OrganizationKind, OrganizationStatus } from './organization.entity.js';
import type { OrganizationFilter } from './organization.inputs.js';

const SLUG_SHAPE = /^[a-z0-9][a-z0-9-]{0,79}$/;

const ORDER: SortKey<Organization>[] = [{ column: 'o.id', value: (o) => o.id, type: 'string' }];

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  /** Approved organisations, oldest first. */
  list(args: ConnectionArgs, filter: OrganizationFilter | null | undefined): Promise<Page<Organization>> {
    const qb = this.em.createQueryBuilder(Organization, 'o').where({ status: OrganizationStatus.APPROVED });
    if (filter?.district) qb.andWhere({ district: filter.district });
    if (filter?.kind) {
      if (!Object.values<string>(OrganizationKind).includes(filter.kind)) {
        throw new BadUserInputError('filter.kind', `kind must be one of ${Object.values(OrganizationKind).join(', ')}`);
      }
      qb.andWhere({ kind: filter.kind as OrganizationKind });
    }
    if (filter?.parentId) qb.andWhere({ parent: filter.parentId });
    return paginate(qb, args, ORDER);
  }

  /** One public organisation by ID or slug; exactly one of them must be given. */
  async findPublic(id: string | null | undefined, slug: string | null | undefined): Promise<Organization | null> {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1) {
      throw new BadUserInputError(id ? 'slug' : 'id', 'Give either id or slug');
    }
    // Strings that cannot be one of ours need no query.
    if (id ? nodeTypeOf(id) !== 'Organization' : !SLUG_SHAPE.test(slug!)) return null;
    const org = await this.em.findOne(Organization, id ? { id } : { slug: slug! });
    return org && org.status === OrganizationStatus.APPROVED ? org : null;
  }
}
