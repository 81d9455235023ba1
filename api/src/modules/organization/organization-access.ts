// Who may act for an organisation: the one place every module asks, so the rules (platform
// staff act as ADMIN anywhere; unapproved organisations exist only for their members) hold alike.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPartner, requireViewer, type Actor, type PartnerCaller, type PartnerScope, type Viewer } from '../../common/auth.js';
import { ForbiddenError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { MemberRole } from './membership.entity.js';
import { OrganizationStatus } from './organization.entity.js';
import { OrganizationNotFoundError } from './organization.errors.js';
import { isAdminOfParent, organizationStatusOf, organizationsWithRole, parentRoleOf, roleOf, statusAndRoleOf } from './organization.queries.js';
import { Reason } from '../../common/error-reasons.js';

/** Roles that manage an organisation's people and activities. */
export const MANAGING_ROLES: readonly MemberRole[] = [MemberRole.ADMIN, MemberRole.COORDINATOR];

/** Organisations the volunteer manages (COORDINATOR or ADMIN). One query. */
export async function managedOrganizationIds(em: EntityManager, volunteerId: string): Promise<string[]> {
  return organizationsWithRole(em, volunteerId, MANAGING_ROLES);
}

/** The volunteer's role in the organisation, or null when they are not a member. One query. */
export async function roleIn(em: EntityManager, volunteerId: string, organizationId: string): Promise<MemberRole | null> {
  if (nodeTypeOf(organizationId) !== 'Organization') return null;
  return roleOf(em, volunteerId, organizationId);
}

/**
 * The viewer's effective role in the organisation when it is one of `roles`; platform staff
 * pass as ADMIN. A partner key passes as COORDINATOR of its own organisation (nowhere else), and
 * only where the caller says which scope the call runs under (`keyScope`, the scope the operation
 * declares with @KeyScope) and the key holds it: a check that names no scope refuses every key.
 * Signed out: UNAUTHENTICATED. An unknown organisation, or one not yet approved (or suspended) to
 * somebody outside it: NOT_FOUND. Otherwise a missing role: FORBIDDEN.
 * Inside a transaction, pass its EntityManager so the answer holds under its locks.
 */
export async function requireOrgRole(
  em: EntityManager,
  actor: Actor | null,
  organizationId: string,
  roles: readonly MemberRole[],
  keyScope?: PartnerScope,
): Promise<MemberRole> {
  if (isPartner(actor)) return partnerRole(em, actor, organizationId, roles, keyScope);
  const v = requireViewer(actor);
  // An app acting for a volunteer never acts in their team roles (or as staff).
  if (v.app) throw new ForbiddenError(Reason.NOT_FOR_APPS, 'Apps do not manage teams for a volunteer');
  if (nodeTypeOf(organizationId) !== 'Organization') throw new OrganizationNotFoundError();
  const row = await statusAndRoleOf(em, organizationId, v.volunteerId);
  if (!row) throw new OrganizationNotFoundError();
  if (v.isPlatformAdmin) return MemberRole.ADMIN;
  if (row.status !== OrganizationStatus.APPROVED && !row.role) throw new OrganizationNotFoundError();
  if (!row.role || !roles.includes(row.role)) throw new ForbiddenError(Reason.TEAM_ROLE_REQUIRED, 'The volunteer lacks the role in this team');
  return row.role;
}

async function partnerRole(
  em: EntityManager,
  partner: PartnerCaller,
  organizationId: string,
  roles: readonly MemberRole[],
  keyScope: PartnerScope | undefined,
): Promise<MemberRole> {
  if (!keyScope || !roles.includes(MemberRole.COORDINATOR)) throw new ForbiddenError(Reason.PEOPLE_ONLY, 'API keys cannot do this: a team admin signs in');
  if (!partner.scopes.includes(keyScope)) throw new ForbiddenError(Reason.KEY_SCOPE_MISSING, `The API key lacks the ${keyScope} scope`);
  if (partner.organizationId !== organizationId) throw new ForbiddenError(Reason.OTHER_TEAM, 'The API key serves its own organization only');
  if ((await organizationStatusOf(em, organizationId)) !== OrganizationStatus.APPROVED) throw new OrganizationNotFoundError();
  return MemberRole.COORDINATOR;
}

/**
 * Who reviews a pending organisation (incubation): platform staff anywhere, and the ADMINs of
 * its parent federation. Throws NOT_FOUND for an unknown organisation and FORBIDDEN for others.
 */
export async function requireReviewer(em: EntityManager, viewer: Viewer | null, organizationId: string): Promise<void> {
  const v = requireViewer(viewer);
  if (nodeTypeOf(organizationId) !== 'Organization') throw new OrganizationNotFoundError();
  const parent = await parentRoleOf(em, organizationId, v.volunteerId);
  if (!parent) throw new OrganizationNotFoundError();
  if (v.isPlatformAdmin || parent.parentRole === MemberRole.ADMIN) return;
  throw new ForbiddenError(Reason.PARENT_ADMINS_ONLY, 'Only admins of the parent organization or platform staff review');
}

/** Whether the viewer is an ADMIN of the organisation's parent (the federation that incubates it). */
export async function isParentAdmin(em: EntityManager, volunteerId: string, organizationId: string): Promise<boolean> {
  return isAdminOfParent(em, volunteerId, organizationId);
}
