// Pieces the three kinds of public content share: their list order, publishing, and the
// references they may point at.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SortKey } from '../../common/connection.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
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

export function isPublished(item: Publishable | null | undefined): boolean {
  return item?.status === ContentStatus.PUBLISHED;
}

/** Publishes; the first publication date stays unless staff give another one. */
export function publishItem(item: Publishable, at: Date | null, now: Date): void {
  item.status = ContentStatus.PUBLISHED;
  item.publishedAt = at ?? item.publishedAt ?? now;
}

export function unpublishItem(item: Publishable): void {
  item.status = ContentStatus.DRAFT;
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
