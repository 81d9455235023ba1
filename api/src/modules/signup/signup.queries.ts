// SQL of sign-ups: taking a place in one statement (signup.service.ts explains it), cancelling
// and promoting, and a volunteer's own sign-ups (`me { signups }`, the hottest signed-in read): a
// page with its shifts in one statement, because a MikroORM query for each, built and hydrated on
// every request, cost several times what PostgreSQL spends answering them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadedColumns, readOnlyEntity } from '../../common/read-only-entity.js';
import { transactionOf } from '../../common/transaction.js';
import { OrganizationStatus } from '../organization/organization.entity.js';
import { ProjectStatus } from '../project/project.entity.js';
import { Shift, ShiftAllocation } from '../project/shift.entity.js';
import type { Volunteer } from '../volunteer/volunteer.entity.js';
import { emitEach } from '../webhook/webhook.queries.js';
import { enqueueEach, OutboxTopic } from '../outbox/outbox.queries.js';
import { clearShiftPlaces, scopeId, scopeSql, type ShiftScope } from '../project/project.queries.js';
import { Signup, SignupStatus, waitlistOrder } from './signup.entity.js';
import { holdsQualificationSql } from '../training/training.queries.js';

/** Shift columns come back prefixed, beside the sign-up's own. */
const SHIFT_PREFIX = 's__';

/**
 * Up to `limit` sign-ups of the volunteer, newest (highest ID) first, after `beforeId` when given,
 * each with its shift and the volunteer: read-only instances (common/read-only-entity.ts) for an answer.
 */
export async function volunteerSignupPage(em: EntityManager, volunteer: Volunteer, beforeId: string | null, limit: number): Promise<Signup[]> {
  const select = [...loadedColumns(em, Signup).map((c) => `g.${c}`), ...loadedColumns(em, Shift).map((c) => `s.${c} as ${SHIFT_PREFIX}${c}`)].join(', ');
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select ${select} from signup g join shift s on s.id = g.shift_id
      where g.volunteer_id = ?${beforeId === null ? '' : ' and g.id < ?'}
      order by g.id desc limit ?`,
    beforeId === null ? [volunteer.id, limit] : [volunteer.id, beforeId, limit],
    'all',
    transactionOf(em),
  );
  return rows.map((row) => readOnlyEntity(em, Signup, row, '', { shift: readOnlyEntity(em, Shift, row, SHIFT_PREFIX), volunteer }));
}

/** How many sign-ups (any status) the volunteer has: a page's totalCount. */
export async function countVolunteerSignups(em: EntityManager, volunteerId: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from signup where volunteer_id = ?`, [volunteerId], 'all', transactionOf(em));
  return row.n;
}

/**
 * Sign-ups `og` of shifts `os` that hold a confirmed place of `volunteer` (an SQL expression)
 * overlapping shift `s` in time: the joins and the condition, for a query on `s`. One parameter
 * follows the volunteer's: SignupStatus.CONFIRMED.
 */
const overlappingPlaces = (volunteer: string) => `signup og join shift os on os.id = og.shift_id
          where og.volunteer_id = ${volunteer} and og.status = ? and os.id <> s.id and os.starts_at < s.ends_at and os.ends_at > s.starts_at`;

/**
 * One statement takes a place (or a waitlist position, or a lottery entry), writes the sign-up
 * and its webhook deliveries (signup.created, for the team's endpoints taking it); its parameters
 * come from `takePlaceParams`. A volunteer holding a confirmed place in a shift that overlaps
 * this one in time gets nothing. Exported so that bench/flash-signup.mjs runs exactly this SQL in
 * pgbench beside the API.
 */
export const TAKE_PLACE_SQL = `with open_shift as (
         select s.id, p.id as project_id, p.organization_id from shift s
           join project p on p.id = s.project_id and p.status = ?
           join organization o on o.id = p.organization_id and o.status = ?
          where s.id = ? and s.starts_at > now() and s.cancelled_at is null
            and not exists (select 1 from ${overlappingPlaces('?')})
            and (s.required_qualification_kind_id is null or ${holdsQualificationSql('?', 's.required_qualification_kind_id', 's.starts_at')})),
       taken as (
         update shift set confirmed_count = confirmed_count + 1
          where id = (select id from open_shift) and cancelled_at is null and (allocation = ? or drawn_at is not null)
            and confirmed_count < capacity returning id),
       waiting as (
         update shift set waitlist_count = waitlist_count + 1
          where id = (select id from open_shift) and cancelled_at is null and (allocation = ? or drawn_at is not null)
            and waitlist and not exists (select 1 from taken) returning id),
       entered as (
         update shift set entrant_count = entrant_count + 1
          where id = (select id from open_shift) and cancelled_at is null and allocation = ? and drawn_at is null
            and now() >= coalesce(registration_opens_at, '-infinity') and now() < registration_closes_at returning id),
       placed as (
         insert into signup (id, shift_id, volunteer_id, status)
         select ?, ?, ?, (case when exists (select 1 from taken) then ?
                               when exists (select 1 from entered) then ? else ? end)::signup_status
          where exists (select 1 from taken) or exists (select 1 from waiting) or exists (select 1 from entered)
         returning id, shift_id, status, created_at),
       announced as (${emitEach(
         'signup.created',
         'placed g cross join open_shift o',
         'o.organization_id',
         `jsonb_build_object('signupId', g.id, 'shiftId', g.shift_id, 'projectId', o.project_id, 'status', g.status)`,
       )})
       select id, status, created_at from placed`;

/**
 * The parameters of TAKE_PLACE_SQL, in order: the IDs as given, the enum values it compares
 * with through `value` (as they are for the driver; bench/flash-signup.mjs quotes them).
 */
export function takePlaceParams<T>(ids: { shiftId: T; volunteerId: T; signupId: T }, value: (enumValue: string) => T): T[] {
  return [
    value(ProjectStatus.PUBLISHED),
    value(OrganizationStatus.APPROVED),
    ids.shiftId,
    ids.volunteerId,
    value(SignupStatus.CONFIRMED),
    ids.volunteerId,
    value(ShiftAllocation.FIRST_COME),
    value(ShiftAllocation.FIRST_COME),
    value(ShiftAllocation.LOTTERY),
    ids.signupId,
    ids.shiftId,
    ids.volunteerId,
    value(SignupStatus.CONFIRMED),
    value(SignupStatus.PENDING_DRAW),
    value(SignupStatus.WAITLISTED),
  ];
}

/** Takes a place (see TAKE_PLACE_SQL); null when the statement refused. */
export async function takePlace(
  em: EntityManager,
  ids: { shiftId: string; volunteerId: string; signupId: string },
): Promise<{ id: string; status: SignupStatus; created_at: Date } | null> {
  const rows = await em.getConnection().execute<{ id: string; status: SignupStatus; created_at: Date }[]>(
    TAKE_PLACE_SQL,
    takePlaceParams<unknown>(ids, (v) => v),
    'all',
    transactionOf(em),
  );
  return rows[0] ?? null;
}

export interface ShiftToSignUpRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  waitlist: boolean;
  allocation: ShiftAllocation;
  registration_opens_at: Date | null;
  registration_closes_at: Date | null;
  drawn_at: Date | null;
  cancelled_at: Date | null;
  project_status: ProjectStatus;
  organization_status: OrganizationStatus;
  required_qualification_kind_id: string | null;
}

/** The shift with its activity's and team's status: why a place was refused. */
export async function findShiftToSignUp(em: EntityManager, shiftId: string): Promise<ShiftToSignUpRow | null> {
  const [shift] = await em.getConnection().execute<ShiftToSignUpRow[]>(
    `select s.id, s.starts_at, s.ends_at, s.waitlist, s.allocation, s.registration_opens_at, s.registration_closes_at, s.drawn_at, s.cancelled_at,
            p.status as project_status, o.status as organization_status, s.required_qualification_kind_id
       from shift s join project p on p.id = s.project_id join organization o on o.id = p.organization_id
      where s.id = ?`,
    [shiftId],
    'all',
    transactionOf(em),
  );
  return shift ?? null;
}

/** The earliest confirmed place of the volunteer overlapping the shift in time (null: none). */
export async function findOverlappingPlace(
  em: EntityManager,
  volunteerId: string,
  shiftId: string,
): Promise<{ shift_id: string; title: string; starts_at: Date; ends_at: Date } | null> {
  const [clash] = await em.getConnection().execute<{ shift_id: string; title: string; starts_at: Date; ends_at: Date }[]>(
    `select os.id as shift_id, (select title from project where id = os.project_id) as title, os.starts_at, os.ends_at
       from shift s, ${overlappingPlaces('?')} and s.id = ?
      order by os.starts_at limit 1`,
    [volunteerId, SignupStatus.CONFIRMED, shiftId],
    'all',
    transactionOf(em),
  );
  return clash ?? null;
}

/** The team of the shift's activity, and whether the volunteer is a member of it (null: no such shift). */
export async function findShiftTeamMembership(
  em: EntityManager,
  shiftId: string,
  volunteerId: string,
): Promise<{ organization_id: string; member: boolean } | null> {
  const [row] = await em.getConnection().execute<{ organization_id: string; member: boolean }[]>(
    `select p.organization_id, exists(select 1 from membership m where m.organization_id = p.organization_id and m.volunteer_id = ?) as member
       from shift s join project p on p.id = s.project_id where s.id = ?`,
    [volunteerId, shiftId],
  );
  return row ?? null;
}

export interface SignupToCancelRow {
  volunteer_id: string;
  shift_id: string;
  status: SignupStatus;
  starts_at: Date;
  organization_id: string;
  project_id: string;
}

/**
 * Locks the sign-up's shift, then the sign-up (the order signing up takes them in, so the two
 * never deadlock), and returns it with what cancelling it needs (null: no such sign-up).
 */
export async function lockSignupToCancel(em: EntityManager, signupId: string): Promise<SignupToCancelRow | null> {
  const conn = em.getConnection();
  const ctx = transactionOf(em);
  await conn.execute(`select 1 from shift where id = (select shift_id from signup where id = ?) for update`, [signupId], 'all', ctx);
  const [row] = await conn.execute<SignupToCancelRow[]>(
    `select g.volunteer_id, g.shift_id, g.status, s.starts_at, p.organization_id, p.id as project_id
       from signup g join shift s on s.id = g.shift_id join project p on p.id = s.project_id
      where g.id = ? for update of g`,
    [signupId],
    'all',
    ctx,
  );
  return row ?? null;
}

export async function markSignupCancelled(em: EntityManager, signupId: string): Promise<void> {
  await em
    .getConnection()
    .execute(`update signup set status = ?, cancelled_at = now() where id = ?`, [SignupStatus.CANCELLED, signupId], 'run', transactionOf(em));
}

/**
 * Gives a freed place to the shift's next waitlisted sign-up (drawn ones in draw order, then
 * later ones by arrival); null when no one waits who can take it.
 */
export async function promoteNextWaiting(em: EntityManager, shiftId: string): Promise<{ id: string; volunteer_id: string } | null> {
  const [promoted] = await em.getConnection().execute<{ id: string; volunteer_id: string }[]>(
    `update signup set status = ? where id = (
       select w.id from signup w join shift s on s.id = w.shift_id
        where w.shift_id = ? and w.status = ?
          -- Someone who meanwhile took a place at the same time elsewhere stays waiting.
          and not exists (select 1 from ${overlappingPlaces('w.volunteer_id')})
        order by ${waitlistOrder('w')} limit 1 for update of w
     ) returning id, volunteer_id`,
    [SignupStatus.CONFIRMED, shiftId, SignupStatus.WAITLISTED, SignupStatus.CONFIRMED],
    'all',
    transactionOf(em),
  );
  return promoted ?? null;
}

/** Each sign-up's place in its shift's waitlist (1 = next), by sign-up ID. */
export async function waitlistPositions(em: EntityManager, signupIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await em.getConnection().execute<{ id: string; n: string }[]>(
    // Compared in SQL: timestamps carry microseconds that a JavaScript Date would drop.
    `select me.id, (select count(*) from signup w
        where w.shift_id = me.shift_id and w.status = ? and (${waitlistOrder('w')}) <= (${waitlistOrder('me')})) as n
       from signup me where me.id in (select jsonb_array_elements_text(?::jsonb))`,
    [SignupStatus.WAITLISTED, JSON.stringify(signupIds)],
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** The sign-ups a change to their shift concerns: a place held, waited for, or entered in a draw. */
const LIVE_SIGNUP = `g.status in ('${SignupStatus.CONFIRMED}', '${SignupStatus.WAITLISTED}', '${SignupStatus.PENDING_DRAW}')`;

/**
 * Cancels the live sign-ups of the scope's shifts (locked first, `lockShifts`), tells each
 * volunteer with a `topic` message (projectId, shiftId, signupId, reason) and releases the
 * places (signup.events.ts). How many were told.
 */
export async function cancelLiveSignups(em: EntityManager, scope: ShiftScope, topic: OutboxTopic, projectId: string, reason: string): Promise<number> {
  const conn = em.getConnection();
  const ctx = transactionOf(em);
  const told = await conn.execute<{ id: string }[]>(
    `with cancelled as (
       update signup g set status = '${SignupStatus.CANCELLED}', cancelled_at = now()
         from shift s where s.id = g.shift_id and ${scopeSql(scope)} and ${LIVE_SIGNUP}
       returning g.id, g.volunteer_id, g.shift_id)
     ${enqueueEach(topic, 'cancelled', 'volunteer_id', `jsonb_build_object('projectId', ?::text, 'shiftId', shift_id, 'signupId', id, 'reason', ?::text)`)}
     returning id`,
    [scopeId(scope), projectId, reason],
    'all',
    ctx,
  );
  await clearShiftPlaces(em, scope);
  return told.length;
}

/**
 * Tells each volunteer with a live sign-up on the shift of its move (`shift.moved`: the old and
 * new times, the reason). How many were told.
 */
export async function tellShiftMoved(
  em: EntityManager,
  move: { projectId: string; shiftId: string; oldStartsAt: Date; oldEndsAt: Date; newStartsAt: Date; newEndsAt: Date; reason: string },
): Promise<number> {
  const payload = `jsonb_build_object('projectId', ?::text, 'shiftId', g.shift_id, 'signupId', g.id, 'reason', ?::text,
    'oldStartsAt', ?::text, 'oldEndsAt', ?::text, 'newStartsAt', ?::text, 'newEndsAt', ?::text)`;
  const told = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `${enqueueEach(OutboxTopic.SHIFT_MOVED, `signup g`, 'g.volunteer_id', payload)} where g.shift_id = ? and ${LIVE_SIGNUP} returning id`,
      [move.projectId, move.reason, ...[move.oldStartsAt, move.oldEndsAt, move.newStartsAt, move.newEndsAt].map((d) => d.toISOString()), move.shiftId],
      'all',
      transactionOf(em),
    );
  return told.length;
}
