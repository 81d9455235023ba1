// SQL of teams and their members that services of several modules share: the member count kept
// on the team's row (organization.member_count) changes only here, with the membership rows it
// counts, and join requests are decided here.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { newId } from '../../common/ids.js';
import { MemberRole } from './membership.entity.js';
import { MembershipRequestStatus } from './membership-request.entity.js';
import { organizationNameKeySql, OrganizationStatus, type JoinPolicy } from './organization.entity.js';

/** Locks the team's row for a change to its members or endpoints; its status (null: no such team). */
export async function lockOrganizationRow(em: EntityManager, organizationId: string): Promise<OrganizationStatus | null> {
  const [row] = await em
    .getConnection()
    .execute<{ status: OrganizationStatus }[]>(`select status from organization where id = ? for no key update`, [organizationId], 'all', transactionOf(em));
  return row?.status ?? null;
}

/** Moves the team's member count by `delta` (the caller changed that many membership rows). */
export async function countMembers(em: EntityManager, organizationId: string, delta: number): Promise<void> {
  await em.getConnection().execute(`update organization set member_count = member_count + ? where id = ?`, [delta, organizationId], 'run', transactionOf(em));
}

/** Counts a member joining an approved team, locking its row; its join policy (null: no such approved team). */
export async function countJoiningMember(em: EntityManager, organizationId: string): Promise<JoinPolicy | null> {
  const [row] = await em
    .getConnection()
    .execute<{ join_policy: JoinPolicy }[]>(
      `update organization set member_count = member_count + 1 where id = ? and status = ? returning join_policy`,
      [organizationId, OrganizationStatus.APPROVED],
      'all',
      transactionOf(em),
    );
  return row?.join_policy ?? null;
}

/** Writes the membership, uncounted (the caller counts it); its ID, or null when the volunteer was a member already. */
export async function insertMembership(em: EntityManager, organizationId: string, volunteerId: string, role: MemberRole): Promise<string | null> {
  const [row] = await em.getConnection().execute<{ id: string }[]>(
    `insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, ?)
     on conflict (organization_id, volunteer_id) do nothing returning id`,
    [newId('mem'), organizationId, volunteerId, role],
    'all',
    transactionOf(em),
  );
  return row?.id ?? null;
}

/** Makes the volunteer a member of the team with `role` and counts them; false when they were one already. */
export async function addMember(em: EntityManager, organizationId: string, volunteerId: string, role: MemberRole): Promise<boolean> {
  const inserted = await insertMembership(em, organizationId, volunteerId, role);
  if (inserted) await countMembers(em, organizationId, 1);
  return inserted !== null;
}

/** How many ADMINs the team has. */
export async function countAdmins(em: EntityManager, organizationId: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(
      `select count(*)::int as n from membership where organization_id = ? and role = ?`,
      [organizationId, MemberRole.ADMIN],
      'all',
      transactionOf(em),
    );
  return row.n;
}

export interface MembershipRow {
  id: string;
  organization_id: string;
  volunteer_id: string;
  role: MemberRole;
}

/** A membership by its ID (null: none). */
export async function findMembership(em: EntityManager, membershipId: string): Promise<MembershipRow | null> {
  const [row] = await em
    .getConnection()
    .execute<MembershipRow[]>(`select id, organization_id, volunteer_id, role from membership where id = ?`, [membershipId], 'all', transactionOf(em));
  return row ?? null;
}

/** The volunteer's membership of the team (null: not a member). */
export async function findMembershipOf(em: EntityManager, organizationId: string, volunteerId: string): Promise<MembershipRow | null> {
  const [row] = await em
    .getConnection()
    .execute<MembershipRow[]>(
      `select id, organization_id, volunteer_id, role from membership where organization_id = ? and volunteer_id = ?`,
      [organizationId, volunteerId],
      'all',
      transactionOf(em),
    );
  return row ?? null;
}

export async function setMemberRole(em: EntityManager, membershipId: string, role: MemberRole): Promise<void> {
  await em.getConnection().execute(`update membership set role = ? where id = ?`, [role, membershipId], 'run', transactionOf(em));
}

/** Deletes a membership, uncounted (the caller counts it). */
export async function deleteMembership(em: EntityManager, membershipId: string): Promise<void> {
  await em.getConnection().execute(`delete from membership where id = ?`, [membershipId], 'run', transactionOf(em));
}

/** Deletes the volunteer's membership of the team, uncounted; the role it had (null: none). */
export async function deleteMembershipOf(em: EntityManager, organizationId: string, volunteerId: string): Promise<MemberRole | null> {
  const [row] = await em
    .getConnection()
    .execute<{ role: MemberRole }[]>(
      `delete from membership where organization_id = ? and volunteer_id = ? returning role`,
      [organizationId, volunteerId],
      'all',
      transactionOf(em),
    );
  return row?.role ?? null;
}

/** Every team the volunteer is a member of, in any role. */
export async function organizationsOfVolunteer(em: EntityManager, volunteerId: string): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ organization_id: string }[]>(`select organization_id from membership where volunteer_id = ?`, [volunteerId], 'all', transactionOf(em));
  return rows.map((r) => r.organization_id);
}

/** The volunteer's role in each of the teams it is a member of. */
export async function rolesInOrganizations(em: EntityManager, volunteerId: string, organizationIds: readonly string[]): Promise<Map<string, MemberRole>> {
  const rows = await em
    .getConnection()
    .execute<{ organization_id: string; role: MemberRole }[]>(
      `select organization_id, role from membership where volunteer_id = ? and organization_id in (${organizationIds.map(() => '?').join(', ')})`,
      [volunteerId, ...organizationIds],
      'all',
      transactionOf(em),
    );
  return new Map(rows.map((r) => [r.organization_id, r.role]));
}

/** Ends every membership of the volunteer, each team counting one member fewer. */
export async function leaveEveryOrganization(em: EntityManager, volunteerId: string): Promise<void> {
  await em.getConnection().execute(
    `with gone as (delete from membership where volunteer_id = ? returning organization_id)
     update organization o set member_count = o.member_count - g.n
       from (select organization_id, count(*) as n from gone group by organization_id) g
      where o.id = g.organization_id`,
    [volunteerId],
    'run',
    transactionOf(em),
  );
}

/** The names of the teams whose only admin the volunteer is, their rows locked. */
export async function lockTeamsOfSoleAdmin(em: EntityManager, volunteerId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ name: string }[]>(
    `select o.name from membership m join organization o on o.id = m.organization_id
      where m.volunteer_id = ? and m.role = ?
        and not exists (select 1 from membership x where x.organization_id = m.organization_id and x.role = ? and x.volunteer_id <> m.volunteer_id)
      for update of o`,
    [volunteerId, MemberRole.ADMIN, MemberRole.ADMIN],
    'all',
    transactionOf(em),
  );
  return rows.map((r) => r.name);
}

/** A team as someone asking to join it sees it (null: no such team). */
export async function findTeamToJoin(
  em: EntityManager,
  organizationId: string,
  volunteerId: string,
): Promise<{ status: OrganizationStatus; joinPolicy: JoinPolicy; member: boolean } | null> {
  const [row] = await em.getConnection().execute<{ status: OrganizationStatus; join_policy: JoinPolicy; member: boolean }[]>(
    `select o.status, o.join_policy, exists(select 1 from membership m where m.organization_id = o.id and m.volunteer_id = ?) as member
       from organization o where o.id = ?`,
    [volunteerId, organizationId],
  );
  return row ? { status: row.status, joinPolicy: row.join_policy, member: row.member } : null;
}

export async function insertMembershipRequest(
  em: EntityManager,
  r: { id: string; organizationId: string; volunteerId: string; message: string | null },
): Promise<void> {
  await em
    .getConnection()
    .execute(`insert into membership_request (id, organization_id, volunteer_id, status, message) values (?, ?, ?, ?, ?)`, [
      r.id,
      r.organizationId,
      r.volunteerId,
      MembershipRequestStatus.PENDING,
      r.message,
    ]);
}

/**
 * Decides a pending request: accepted or declined by `deciderId` (a decline with its reason), or
 * withdrawn by the volunteer (no decider). False when it was no longer pending.
 */
export async function decideMembershipRequest(
  em: EntityManager,
  id: string,
  decision:
    | { status: MembershipRequestStatus.ACCEPTED; deciderId: string }
    | { status: MembershipRequestStatus.DECLINED; deciderId: string; reason: string | null }
    | { status: MembershipRequestStatus.WITHDRAWN },
): Promise<boolean> {
  const sets = ['status = ?'];
  const params: unknown[] = [decision.status];
  if ('reason' in decision) {
    sets.push('decision_reason = ?');
    params.push(decision.reason);
  }
  if ('deciderId' in decision) {
    sets.push('decided_by_id = ?');
    params.push(decision.deciderId);
  }
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `update membership_request set ${sets.join(', ')}, decided_at = now() where id = ? and status = ? returning id`,
      [...params, id, MembershipRequestStatus.PENDING],
      'all',
      transactionOf(em),
    );
  return rows.length > 0;
}

/** The team's status (null: no such team). */
export async function organizationStatusOf(em: EntityManager, organizationId: string): Promise<OrganizationStatus | null> {
  const [row] = await em
    .getConnection()
    .execute<{ status: OrganizationStatus }[]>(`select status from organization where id = ?`, [organizationId], 'all', transactionOf(em));
  return row?.status ?? null;
}

/** Whether a new team's name (as its key compares) or slug is taken, and its parent's status (null: none, or no parent named). */
export async function findRegistrationClashes(
  em: EntityManager,
  name: string,
  slug: string | null,
  parentId: string | null,
): Promise<{ nameTaken: boolean; slugTaken: boolean; parentStatus: OrganizationStatus | null }> {
  const [row] = await em.getConnection().execute<{ name_taken: boolean; slug_taken: boolean; parent_status: OrganizationStatus | null }[]>(
    `select exists(select 1 from organization where ${organizationNameKeySql('name')} = ${organizationNameKeySql('?')}) as name_taken,
            exists(select 1 from organization where slug = ?) as slug_taken,
            (select status from organization where id = ?) as parent_status`,
    [name, slug, parentId],
    'all',
    transactionOf(em),
  );
  return { nameTaken: row.name_taken, slugTaken: row.slug_taken, parentStatus: row.parent_status };
}

// Roles (organization-access.ts).

/** The teams in which the volunteer holds one of `roles`. */
export async function organizationsWithRole(em: EntityManager, volunteerId: string, roles: readonly MemberRole[]): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ organization_id: string }[]>(
      `select organization_id from membership where volunteer_id = ? and role::text = any(select jsonb_array_elements_text(?::jsonb))`,
      [volunteerId, JSON.stringify(roles)],
    );
  return rows.map((r) => r.organization_id);
}

/** The volunteer's role in the team (null: not a member). */
export async function roleOf(em: EntityManager, volunteerId: string, organizationId: string): Promise<MemberRole | null> {
  const [row] = await em
    .getConnection()
    .execute<{ role: MemberRole }[]>(
      `select role from membership where organization_id = ? and volunteer_id = ?`,
      [organizationId, volunteerId],
      'all',
      transactionOf(em),
    );
  return row?.role ?? null;
}

/** The team's status and the volunteer's role in it (null role: not a member; null: no such team). */
export async function statusAndRoleOf(
  em: EntityManager,
  organizationId: string,
  volunteerId: string,
): Promise<{ status: OrganizationStatus; role: MemberRole | null } | null> {
  const [row] = await em.getConnection().execute<{ status: OrganizationStatus; role: MemberRole | null }[]>(
    `select o.status, m.role from organization o
       left join membership m on m.organization_id = o.id and m.volunteer_id = ?
      where o.id = ?`,
    [volunteerId, organizationId],
    'all',
    transactionOf(em),
  );
  return row ?? null;
}

/** The volunteer's role in the team's parent (null role: none); null when there is no such team. */
export async function parentRoleOf(em: EntityManager, organizationId: string, volunteerId: string): Promise<{ parentRole: MemberRole | null } | null> {
  const [row] = await em.getConnection().execute<{ parent_role: MemberRole | null }[]>(
    `select (select m.role from membership m where m.organization_id = o.parent_id and m.volunteer_id = ?) as parent_role
       from organization o where o.id = ?`,
    [volunteerId, organizationId],
    'all',
    transactionOf(em),
  );
  return row ? { parentRole: row.parent_role } : null;
}

/** Whether the volunteer is an ADMIN of the team's parent. */
export async function isAdminOfParent(em: EntityManager, volunteerId: string, organizationId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ n: number }[]>(
    `select 1 as n from organization o join membership m on m.organization_id = o.parent_id
      where o.id = ? and m.volunteer_id = ? and m.role = ?`,
    [organizationId, volunteerId, MemberRole.ADMIN],
  );
  return rows.length > 0;
}
