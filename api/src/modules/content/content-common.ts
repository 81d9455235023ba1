// Pieces the three kinds of public content share: their list order, publishing, and the
// references they may point at.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth.js';
import type { SortKey } from '../../common/connection.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { writeAudit, type AuditAction } from '../audit/audit.service.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import { ContentStatus } from './content-status.js';

export interface Publishable {
  id: string;
  status: ContentStatus;
  publishedAt?: Date | null;
}

/** Newest first by (published_at, id): published items always have a publication time. */
export function newestFirst<T extends Publishable>(alias: string): SortKey<T>[] {
  return [
    { column: `${alias}.published_at`, value: (n) => n.publishedAt!, type: 'date' },
    { column: `${alias}.id`, value: (n) => n.id, type: 'string' },
  ];
}

/** Public: published, and its publication time has come (a later one means scheduled). */
/** Most recently written first: the staff's desk lists every status. */
export function deskOrder<T extends Publishable & { createdAt: Date }>(alias: string): SortKey<T>[] {
  return [
    { column: `${alias}.created_at`, value: (n) => n.createdAt, type: 'date' },
    { column: `${alias}.id`, value: (n) => n.id, type: 'string' },
  ];
}

export function isPublic(item: Publishable | null | undefined, now: Date): boolean {
  return item?.status === ContentStatus.PUBLISHED && !!item.publishedAt && item.publishedAt.getTime() <= now.getTime();
}

/** Narrows a query to what the public may see at `now`. */
export function onlyPublic<T extends object>(qb: QueryBuilder<T>, alias: string, now: Date): QueryBuilder<T> {
  return qb.andWhere(`${alias}.status = ? and ${alias}.published_at <= ?`, [ContentStatus.PUBLISHED, now]);
}

/**
 * Publishes now, or at `at` (a time to come schedules it). Without a time, an item that was
 * public before keeps its first publication time (a withdrawal and republication does not
 * make it news again); anything else is published now.
 */
export function publishItem(item: Publishable, at: Date | null, now: Date): void {
  item.status = ContentStatus.PUBLISHED;
  item.publishedAt = at ?? (item.publishedAt && item.publishedAt.getTime() <= now.getTime() ? item.publishedAt : now);
}

export function unpublishItem(item: Publishable): void {
  item.status = ContentStatus.DRAFT;
}

/** A change of an item's status, written to the audit trail in its own statement. */
export function auditContent(em: EntityManager, viewer: Viewer, action: AuditAction, item: Publishable, detail: Record<string, unknown> = {}): Promise<void> {
  return writeAudit(em, [
    { actorId: viewer.volunteerId, action, subjectId: item.id, detail: { status: item.status, publishedAt: item.publishedAt ?? null, ...detail } },
  ]);
}

/** Flushes the item's change and its audit entry together. */
export function flushAudited(em: EntityManager, viewer: Viewer, action: AuditAction, item: Publishable, detail: Record<string, unknown> = {}): Promise<void> {
  return em.transactional(async (tx) => {
    await tx.flush();
    await auditContent(tx, viewer, action, item, detail);
  });
}

/** An approved organisation by ID, or BAD_USER_INPUT naming the field. */
export async function approvedOrganization(em: EntityManager, field: string, id: string): Promise<Organization> {
  const org = nodeTypeOf(id) === 'Organization' ? await em.findOne(Organization, { id }) : null;
  if (!org) throw new BadUserInputError(field, 'No such organisation');
  if (org.status !== OrganizationStatus.APPROVED) throw new BadUserInputError(field, 'The organisation is not approved');
  return org;
}

/** Flushes, turning a unique-slug violation (a concurrent writer) into CONFLICT. */
export async function flushUnique(em: EntityManager, field: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(`This ${field} is already taken`, field);
    throw error;
  }
}
