// Who may see ledger records: the volunteer they belong to, coordinators and admins of the
// organisation that recorded them, and platform staff.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth.js';
import { ForbiddenError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { managedOrganizationIds } from '../organization/organization-access.js';
import { HourCorrectionRequest } from './hour-correction-request.entity.js';
import { HourEntry } from './hour-entry.entity.js';

/** For lists of a volunteer's own papers (certificates, correction requests): the volunteer and platform staff. */
export function requireSelfOrStaff(viewer: Viewer | null, volunteerId: string): void {
  if (!viewer || (viewer.volunteerId !== volunteerId && !viewer.isPlatformAdmin)) throw new ForbiddenError();
}

async function mayView(em: EntityManager, viewer: Viewer | null, volunteerId: string, organizationId: string): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.isPlatformAdmin || viewer.volunteerId === volunteerId) return true;
  // An app acting for the volunteer sees their own records only, never those of a team they coordinate.
  if (viewer.app) return false;
  return (await managedOrganizationIds(em, viewer.volunteerId)).includes(organizationId);
}

export async function findVisibleHourEntry(em: EntityManager, viewer: Viewer | null, id: string): Promise<HourEntry | null> {
  if (!viewer || nodeTypeOf(id) !== 'HourEntry') return null;
  const entry = await em.findOne(HourEntry, { id });
  return entry && (await mayView(em, viewer, entry.volunteer.id, entry.organization.id)) ? entry : null;
}

export async function findVisibleCorrectionRequest(em: EntityManager, viewer: Viewer | null, id: string): Promise<HourCorrectionRequest | null> {
  if (!viewer || nodeTypeOf(id) !== 'HourCorrectionRequest') return null;
  const request = await em.findOne(HourCorrectionRequest, { id });
  return request && (await mayView(em, viewer, request.volunteer.id, request.organization.id)) ? request : null;
}
