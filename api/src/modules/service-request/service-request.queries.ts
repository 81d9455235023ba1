// The SQL of service requests: who triages a district, the claiming statements (the database
// decides who gets the last places, as for sign-ups), and the figures.
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../common/ids.js';
import { transactionOf } from '../../common/transaction.js';
import { MANAGING_ROLES } from '../organization/organization-access.js';
import { MemberRole } from '../organization/membership.entity.js';
import { OrganizationKind, OrganizationStatus } from '../organization/organization.entity.js';
import { MET_REQUEST_STATUSES, ServiceRequestStatus } from './service-request.entity.js';

const S = ServiceRequestStatus;

/** Districts whose requests the volunteer triages: those of the federations they are an ADMIN of. */
export async function triagedDistricts(em: EntityManager, volunteerId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ district: string }[]>(
    `select distinct o.district from organization o join membership m on m.organization_id = o.id
      where m.volunteer_id = ? and m.role = ? and o.kind = ? and o.status = '${OrganizationStatus.APPROVED}' and o.district is not null`,
    [volunteerId, MemberRole.ADMIN, OrganizationKind.FEDERATION],
    'all',
    transactionOf(em),
  );
  return rows.map((r) => r.district);
}

/** The volunteer's role in each team that claimed the request (managers only). */
export async function claimingRoles(em: EntityManager, volunteerId: string, requestId: string): Promise<MemberRole[]> {
  const rows = await em.getConnection().execute<{ role: MemberRole }[]>(
    `select m.role from service_request_claim c join membership m on m.organization_id = c.organization_id
      where c.request_id = ? and m.volunteer_id = ? and m.role::text = any(select jsonb_array_elements_text(?::jsonb))`,
    [requestId, volunteerId, JSON.stringify(MANAGING_ROLES)],
  );
  return rows.map((r) => r.role);
}

export type ClaimOutcome = { requesterId: string | null; status: ServiceRequestStatus } | null;

/**
 * Adds a team's volunteers to an OPEN request that still needs some, in one conditional
 * statement: of concurrent claims of the last places the row lock lets one through, and the
 * others find the request no longer OPEN. Covered, it leaves the board (CLAIMED).
 */
export async function addClaim(em: EntityManager, requestId: string, volunteers: number): Promise<ClaimOutcome> {
  const rows = await em.getConnection().execute<{ requester_id: string | null; status: ServiceRequestStatus }[]>(
    `update service_request
        set volunteers_claimed = volunteers_claimed + ?,
            status = case when volunteers_claimed + ? >= volunteers_needed then ?::service_request_status else status end,
            updated_at = now()
      where id = ? and status = ? and volunteers_claimed < volunteers_needed
      returning requester_id, status`,
    [volunteers, volunteers, S.CLAIMED, requestId, S.OPEN],
    'all',
    transactionOf(em),
  );
  return rows[0] ? { requesterId: rows[0].requester_id, status: rows[0].status } : null;
}

/** SQL: the request `alias` is claimed by the team bound to its one parameter. */
export function claimedBySql(alias: string): string {
  return `exists (select 1 from service_request_claim c where c.request_id = ${alias}.id and c.organization_id = ?)`;
}

/** Records the team's claim (after addClaim counted its volunteers); a second claim of the same team is a unique violation. */
export async function insertClaim(em: EntityManager, requestId: string, organizationId: string, volunteers: number): Promise<void> {
  await em
    .getConnection()
    .execute(
      `insert into service_request_claim (id, request_id, organization_id, volunteers) values (?, ?, ?, ?)`,
      [newId('src'), requestId, organizationId, volunteers],
      'run',
      transactionOf(em),
    );
}

/** Whether one of the teams holds a claim on the request. */
export async function hasClaim(em: EntityManager, requestId: string, organizationIds: string[]): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(
      `select count(*)::int as n from service_request_claim where request_id = ? and organization_id in (select jsonb_array_elements_text(?::jsonb))`,
      [requestId, JSON.stringify(organizationIds)],
      'all',
      transactionOf(em),
    );
  return row.n > 0;
}

/** Takes a team's claim back; a request its claims no longer cover returns to the board. False when the team held none. */
export async function removeClaim(em: EntityManager, requestId: string, organizationId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with gone as (delete from service_request_claim where request_id = ? and organization_id = ? returning volunteers)
     update service_request r
        set volunteers_claimed = r.volunteers_claimed - gone.volunteers,
            status = case when r.volunteers_claimed - gone.volunteers < r.volunteers_needed then ?::service_request_status else r.status end,
            opened_at = case when r.volunteers_claimed - gone.volunteers < r.volunteers_needed and r.status <> ? then now() else r.opened_at end,
            updated_at = now()
       from gone where r.id = ?
     returning r.id`,
    [requestId, organizationId, S.OPEN, S.OPEN, requestId],
    'all',
    transactionOf(em),
  );
  return rows.length > 0;
}

/** Links the team's claim to the activity it made of the request; false when the team has no claim on it. */
export async function linkClaimProject(em: EntityManager, requestId: string, organizationId: string, projectId: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `update service_request_claim set project_id = ? where request_id = ? and organization_id = ? returning id`,
      [projectId, requestId, organizationId],
      'all',
      transactionOf(em),
    );
  return rows.length > 0;
}

export interface DistrictMet {
  district: string;
  met: number;
}

/** Needs met (DONE or CONFIRMED) per district, most first. */
export async function metByDistrict(em: EntityManager): Promise<DistrictMet[]> {
  const rows = await em
    .getConnection()
    .execute<{ district: string; met: number }[]>(
      `select district, count(*)::int as met from service_request where status::text = any(select jsonb_array_elements_text(?::jsonb)) group by district order by count(*) desc, district`,
      [JSON.stringify(MET_REQUEST_STATUSES)],
    );
  return rows;
}

/**
 * The requesters' scores of the needs a team served, as (organization_id, score) rows: one of the
 * sources of a team's rating (rating.queries.ts), beside its activities' ratings.
 */
export const REQUEST_SCORES_SQL = `select c.organization_id, r.score from service_request_claim c join service_request r on r.id = c.request_id where r.score is not null`;
