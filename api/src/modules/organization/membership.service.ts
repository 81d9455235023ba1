// Joining and leaving organisations, member roles and member lists. Every change to one
// organisation's members first takes that organisation's row lock (the member_count UPDATE or an
// explicit FOR NO KEY UPDATE), so changes are serialised per organisation: counts stay exact and
// two admins stepping down at once cannot leave it without one.
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import { claimIdempotencyKey, checkIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { nodeTypeOf } from '../../common/ids.js';
import { writeAudit } from '../audit/audit.service.js';
import { Membership, MemberRole } from './membership.entity.js';
import { MANAGING_ROLES, managedOrganizationIds, requireOrgRole, roleIn } from './organization-access.js';
import { JoinPolicy } from './organization.entity.js';
import {
  countAdmins,
  countJoiningMember,
  countMembers,
  deleteMembership,
  deleteMembershipOf,
  findMembership,
  findMembershipOf,
  insertMembership,
  lockOrganizationRow,
  organizationsOfVolunteer,
  rolesInOrganizations,
  setMemberRole,
} from './organization.queries.js';
import { AlreadyMemberError, JoinRequestRequiredError, LastAdminError, MembershipNotFoundError, OrganizationNotFoundError } from './organization.errors.js';
import { Reason } from '../../common/error-reasons.js';

const MEMBER_ORDER: SortKey<Membership>[] = [{ column: 'm.id', value: (m) => m.id, type: 'string' }];

export class MembershipService {
  constructor(private readonly em: EntityManager) {}

  /** The signed-in volunteer joins an approved organisation that lets anyone join (JoinPolicy.OPEN) as a MEMBER. */
  async join(viewer: Viewer | null, organizationId: string, idempotencyKey?: string | null): Promise<Membership> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    if (nodeTypeOf(organizationId) !== 'Organization') throw new OrganizationNotFoundError();
    const id = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'joinOrganization', v.volunteerId, key, { organizationId });
        if (claim.kind === 'replay') return claim.resultId;
      }
      // Counts the new member and locks the row in one statement; rolled back if the insert finds a membership.
      const joinPolicy = await countJoiningMember(tx, organizationId);
      if (!joinPolicy) throw new OrganizationNotFoundError();
      if (joinPolicy !== JoinPolicy.OPEN) throw new JoinRequestRequiredError();
      const inserted = await insertMembership(tx, organizationId, v.volunteerId, MemberRole.MEMBER);
      if (!inserted) throw new AlreadyMemberError();
      if (key) await recordIdempotentResult(tx, 'joinOrganization', v.volunteerId, key, inserted);
      return inserted;
    });
    // A replayed join whose membership was since left answers as for an unknown membership.
    const membership = await this.em.findOne(Membership, { id });
    if (!membership) throw new MembershipNotFoundError();
    return membership;
  }

  /**
   * The signed-in volunteer leaves the organisation: true when a membership was removed, false
   * when there was none (so a retried request is harmless). The last ADMIN may not leave.
   */
  async leave(viewer: Viewer | null, organizationId: string): Promise<boolean> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(organizationId) !== 'Organization') return false;
    return this.em.transactional(async (tx) => {
      if (!(await lockOrganizationRow(tx, organizationId))) return false;
      const removed = await deleteMembershipOf(tx, organizationId, v.volunteerId);
      if (!removed) return false;
      if (removed === MemberRole.ADMIN && (await countAdmins(tx, organizationId)) === 0) {
        throw new LastAdminError('leave');
      }
      await countMembers(tx, organizationId, -1);
      return true;
    });
  }

  /** Sets a member's role: an ADMIN of the organisation or platform staff; never demotes the last ADMIN. */
  async setRole(viewer: Viewer | null, membershipId: string, role: MemberRole): Promise<Membership> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(membershipId) !== 'Membership') throw new MembershipNotFoundError();
    if (!Object.values(MemberRole).includes(role))
      throw new BadUserInputError('role', Reason.BAD_FORMAT, `role must be one of ${Object.values(MemberRole).join(', ')}`, {
        allowed: Object.values(MemberRole),
      });
    await this.em.transactional(async (tx) => {
      const found = await findMembership(tx, membershipId);
      if (!found) throw new MembershipNotFoundError();
      await lockOrganizationRow(tx, found.organization_id);
      // Permission and the current role are read under the lock, so they cannot change before the update.
      await requireOrgRole(tx, v, found.organization_id, [MemberRole.ADMIN]);
      const current = await findMembership(tx, membershipId);
      if (!current) throw new MembershipNotFoundError();
      if (current.role === role) return;
      if (current.role === MemberRole.ADMIN && (await countAdmins(tx, found.organization_id)) <= 1) {
        throw new LastAdminError('demote');
      }
      await setMemberRole(tx, membershipId, role);
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: 'membership.role-changed',
          subjectId: membershipId,
          detail: { organizationId: found.organization_id, from: current.role, to: role },
        },
      ]);
    });
    return this.em.findOneOrFail(Membership, { id: membershipId }, { refresh: true });
  }

  /**
   * Removes a member from the team: its ADMINs remove anyone but the last ADMIN; its COORDINATORs
   * remove MEMBERs only (they run activities, not the team's leadership). Audited.
   */
  async remove(viewer: Viewer | null, membershipId: string): Promise<boolean> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(membershipId) !== 'Membership') throw new MembershipNotFoundError();
    return this.em.transactional(async (tx) => {
      const found = await findMembership(tx, membershipId);
      if (!found) throw new MembershipNotFoundError();
      await lockOrganizationRow(tx, found.organization_id);
      const mine = await requireOrgRole(tx, v, found.organization_id, MANAGING_ROLES);
      const current = await findMembership(tx, membershipId);
      if (!current) return false;
      if (mine === MemberRole.COORDINATOR && current.role !== MemberRole.MEMBER)
        throw new ForbiddenError(Reason.COORDINATORS_REMOVE_MEMBERS_ONLY, 'Coordinators remove members only');
      if (current.role === MemberRole.ADMIN && (await countAdmins(tx, found.organization_id)) <= 1) throw new LastAdminError('demote');
      await deleteMembership(tx, membershipId);
      await countMembers(tx, found.organization_id, -1);
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: 'membership.removed',
          subjectId: membershipId,
          detail: { organizationId: found.organization_id, volunteerId: found.volunteer_id, role: current.role },
        },
      ]);
      return true;
    });
  }

  /**
   * Admin handover: the calling ADMIN makes another member ADMIN and becomes a COORDINATOR, in one
   * transaction, so the team is never without an admin and never has one more than intended.
   */
  async handOverAdmin(viewer: Viewer | null, membershipId: string): Promise<Membership> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(membershipId) !== 'Membership') throw new MembershipNotFoundError();
    await this.em.transactional(async (tx) => {
      const target = await findMembership(tx, membershipId);
      if (!target) throw new MembershipNotFoundError();
      await lockOrganizationRow(tx, target.organization_id);
      const mine = await findMembershipOf(tx, target.organization_id, v.volunteerId);
      if (!mine || mine.role !== MemberRole.ADMIN) throw new ForbiddenError(Reason.ADMINS_ONLY, 'Only an admin hands the admin role over');
      if (mine.id === membershipId) throw new BadUserInputError('membershipId', Reason.CHOOSE_ANOTHER_MEMBER, 'Hand the role to another member');
      await setMemberRole(tx, membershipId, MemberRole.ADMIN);
      await setMemberRole(tx, mine.id, MemberRole.COORDINATOR);
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: 'membership.admin-handed-over',
          subjectId: membershipId,
          detail: { organizationId: target.organization_id, from: mine.id },
        },
      ]);
    });
    return this.em.findOneOrFail(Membership, { id: membershipId }, { refresh: true });
  }

  /**
   * An organisation's members in joining order, optionally of one role or found by volunteer
   * number (its start) or mobile number (exact, through the blind index): for its ADMINs and
   * COORDINATORs and platform staff.
   */
  async list(
    viewer: Viewer | null,
    organizationId: string,
    args: ConnectionArgs,
    role: MemberRole | null | undefined,
    search?: { number?: string | null; phoneIndex?: Buffer | null },
  ): Promise<Page<Membership>> {
    await requireOrgRole(this.em, viewer, organizationId, MANAGING_ROLES);
    const qb = this.em.createQueryBuilder(Membership, 'm').where({ organization: organizationId });
    if (role) qb.andWhere({ role });
    if (search?.phoneIndex) qb.andWhere(`m.volunteer_id in (select id from volunteer where phone_index = ?)`, [search.phoneIndex]);
    else if (search?.number)
      qb.andWhere(`m.volunteer_id in (select id from volunteer where volunteer_number like ?)`, [`${search.number.replace(/[^0-9A-Za-z]/g, '')}%`]);
    return paginate(qb, args, MEMBER_ORDER);
  }

  /**
   * A volunteer's memberships in joining order: all of them for the volunteer and platform
   * staff, those of the organisations they manage for ADMINs and COORDINATORs, none for others.
   */
  async listForVolunteer(viewer: Viewer | null, volunteerId: string, args: ConnectionArgs): Promise<Page<Membership>> {
    const qb = this.em.createQueryBuilder(Membership, 'm').where({ volunteer: volunteerId });
    if (!viewer) qb.andWhere(raw('false'));
    else if (!viewer.isPlatformAdmin && viewer.volunteerId !== volunteerId) {
      qb.andWhere({ organization: { $in: await managedOrganizationIds(this.em, viewer.volunteerId) } });
    }
    return paginate(qb, args, MEMBER_ORDER);
  }

  /** Every organisation the volunteer is a member of, in any role. */
  async organizationsOf(volunteerId: string): Promise<string[]> {
    return organizationsOfVolunteer(this.em, volunteerId);
  }

  /** The viewer's role in each organisation (null where not a member). One query. */
  async rolesOf(volunteerId: string, organizationIds: readonly string[]): Promise<(MemberRole | null)[]> {
    const byOrg = await rolesInOrganizations(this.em, volunteerId, organizationIds);
    return organizationIds.map((id) => byOrg.get(id) ?? null);
  }
}

/**
 * A membership for `node(id)`: visible to the member, to ADMINs and COORDINATORs of its
 * organisation and to platform staff; null for everyone else, as for an unknown ID.
 */
export async function findVisibleMembership(em: EntityManager, viewer: Viewer | null, id: string): Promise<Membership | null> {
  if (!viewer || nodeTypeOf(id) !== 'Membership') return null;
  const membership = await em.findOne(Membership, { id });
  if (!membership) return null;
  if (viewer.isPlatformAdmin || membership.volunteer.id === viewer.volunteerId) return membership;
  const role = await roleIn(em, viewer.volunteerId, membership.organization.id);
  return role && MANAGING_ROLES.includes(role) ? membership : null;
}
