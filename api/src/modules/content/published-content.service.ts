// The rules news articles, role models and showcases share, in one service parameterised by the
// kind of content: what the public sees and in which order, the staff's desk, and publishing (now
// or at a time to come) and withdrawing, each written to the audit trail. Each kind's service says
// who may publish and withdraw it and adds its own rules.
import { UniqueConstraintViolationException, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { writeAudit, type AuditAction } from '../audit/audit.service.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import { checkPublishAt } from './content-rules.js';
import { ContentStatus } from './content-status.js';
import type { PublishedContent } from './published-content.entity.js';

/** What the shared rules need to know of one kind of content. */
export interface ContentKind<T extends PublishedContent> {
  /** Its class, named as its node type (the prefix of its IDs says which). */
  entity: EntityClass<T>;
  /** Its name in NOT_FOUND. */
  label: string;
  /** The query builders' alias. */
  alias: string;
  /** Its entries in the audit trail. */
  audit: { published: AuditAction; withdrawn: AuditAction };
}

/** A kind of content: its entity, the alias of its queries, its name in errors and in the audit trail. */
export function contentKind<T extends PublishedContent>(
  entity: EntityClass<T>,
  { alias, label, audit }: { alias: string; label: string; audit: 'news' | 'role-model' | 'showcase' },
): ContentKind<T> {
  return { entity, alias, label, audit: { published: `${audit}.published`, withdrawn: `${audit}.withdrawn` } };
}

export function isPublic(item: PublishedContent | null | undefined, now: Date): boolean {
  return item?.status === ContentStatus.PUBLISHED && !!item.publishedAt && item.publishedAt.getTime() <= now.getTime();
}

/** A change of an item's status and its audit entry, flushed together. */
export function flushAudited(
  em: EntityManager,
  viewer: Viewer,
  action: AuditAction,
  item: PublishedContent,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return em.transactional(async (tx) => {
    await tx.flush();
    await writeAudit(tx, [
      { actorId: viewer.volunteerId, action, subjectId: item.id, detail: { status: item.status, publishedAt: item.publishedAt ?? null, ...detail } },
    ]);
  });
}

/** An approved organisation by ID, or BAD_USER_INPUT naming the field. */
export async function approvedOrganization(em: EntityManager, field: string, id: string): Promise<Organization> {
  const org = nodeTypeOf(id) === 'Organization' ? await em.findOne(Organization, { id }) : null;
  if (!org) throw new BadUserInputError(field, Reason.NOT_FOUND, 'No such organisation', { entity: 'Organization' });
  if (org.status !== OrganizationStatus.APPROVED) throw new BadUserInputError(field, Reason.TEAM_NOT_APPROVED, 'The organisation is not approved');
  return org;
}

/** Flushes, turning a unique-slug violation (a concurrent writer) into CONFLICT. */
export async function flushUnique(em: EntityManager, field: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(Reason.SLUG_TAKEN, `This ${field} is already taken`, field);
    throw error;
  }
}

export abstract class PublishedContentService<T extends PublishedContent> {
  constructor(
    protected readonly kind: ContentKind<T>,
    protected readonly em: EntityManager,
    protected readonly clock: () => Date = () => new Date(),
  ) {}

  /** Public items, most recently published first. */
  list(args: ConnectionArgs): Promise<Page<T>> {
    return paginate(this.publicItems(), args, this.newestFirst(), 'desc');
  }

  /** A public item by ID (node). */
  async findPublic(id: string): Promise<T | null> {
    const item = await this.em.findOne(this.kind.entity, { id } as FilterQuery<T>);
    return isPublic(item, this.clock()) ? item : null;
  }

  /**
   * Publishes now, or at `publishedAt` (a time to come schedules it). Without a time, an item
   * that was public before keeps its first publication time (a withdrawal and republication does
   * not make it news again); anything else is published now.
   */
  async publish(viewer: Viewer | null, id: string, publishedAt?: Date | null): Promise<T> {
    const [v, item] = await this.editor(viewer, id, 'publish');
    const now = this.clock();
    const at = checkPublishAt('publishedAt', publishedAt, now);
    this.checkPublishable(v, item);
    const from = item.status;
    item.status = ContentStatus.PUBLISHED;
    item.publishedAt = at ?? (item.publishedAt && item.publishedAt.getTime() <= now.getTime() ? item.publishedAt : now);
    await flushAudited(this.em, v, this.kind.audit.published, item, { from, ...this.published(item, now) });
    return item;
  }

  /** Takes it off the site (or out of review) back to a draft. */
  async unpublish(viewer: Viewer | null, id: string): Promise<T> {
    const [v, item] = await this.editor(viewer, id, 'withdraw');
    const from = item.status;
    item.status = ContentStatus.DRAFT;
    await flushAudited(this.em, v, this.kind.audit.withdrawn, item, { from });
    return item;
  }

  /** The viewer, allowed to publish or withdraw the item, and the item: each kind checks in its own order. */
  protected abstract editor(viewer: Viewer | null, id: string, action: 'publish' | 'withdraw'): Promise<[Viewer, T]>;

  /** Refuses to publish the item as it stands; anything may be, unless a kind says otherwise. */
  protected checkPublishable(_viewer: Viewer, _item: T): void {}

  /** Once published, before the flush: what else the audit entry records. */
  protected published(_item: T, _now: Date): Record<string, unknown> {
    return {};
  }

  /** A query for every item of the kind. */
  protected query(): QueryBuilder<T> {
    return this.em.createQueryBuilder(this.kind.entity, this.kind.alias);
  }

  /** Narrowed to what the public may see now. */
  protected publicItems(): QueryBuilder<T> {
    const a = this.kind.alias;
    return this.query().andWhere(`${a}.status = ? and ${a}.published_at <= ?`, [ContentStatus.PUBLISHED, this.clock()]);
  }

  /** Newest first by (published_at, id): published items always have a publication time. */
  protected newestFirst(): SortKey<T>[] {
    return this.byTimeAndId('published_at', (item) => item.publishedAt!);
  }

  /** The desk's page: most recently written first, every status. */
  protected deskPage(qb: QueryBuilder<T>, args: ConnectionArgs): Promise<Page<T>> {
    return paginate(
      qb,
      args,
      this.byTimeAndId('created_at', (item) => item.createdAt),
      'desc',
    );
  }

  protected byTimeAndId(column: string, time: (item: T) => Date): SortKey<T>[] {
    const a = this.kind.alias;
    return [
      { column: `${a}.${column}`, value: time, type: 'date' },
      { column: `${a}.id`, value: (item) => item.id, type: 'string' },
    ];
  }

  protected async load(id: string): Promise<T> {
    const item = nodeTypeOf(id) === this.kind.entity.name ? await this.em.findOne(this.kind.entity, { id } as FilterQuery<T>) : null;
    if (!item) throw new NotFoundError(this.kind.label);
    return item;
  }
}

/** A kind platform staff alone write, publish and withdraw (role models, showcases). */
export abstract class StaffContentService<T extends PublishedContent> extends PublishedContentService<T> {
  /** Every one, whatever its status, most recently written first: the staff's desk. */
  desk(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<T>> {
    requirePlatformAdmin(viewer);
    return this.deskPage(this.query(), args);
  }

  protected async editor(viewer: Viewer | null, id: string): Promise<[Viewer, T]> {
    const v = requirePlatformAdmin(viewer);
    return [v, await this.load(id)];
  }
}
