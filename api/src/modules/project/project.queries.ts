// SQL of activities and their shifts (project-admin.service.ts, shift-admin.service.ts); a
// shift's place counters move only through countShiftPlaces and clearShiftPlaces. The sign-ups a
// change concerns are the signup module's (project.events.ts, signup/signup.events.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { newId } from '../../common/ids.js';
import { ProjectStatus } from './project.entity.js';
import type { ShiftInput } from './project.inputs.js';
import { ShiftAllocation } from './shift.entity.js';

/** Which shifts a statement is about: every shift of an activity, or one. */
export type ShiftScope = { projectId: string } | { shiftId: string };

/** The scope as SQL on `shift s`, with its one parameter (scopeId). */
export const scopeSql = (scope: ShiftScope) => ('shiftId' in scope ? 's.id = ?' : 's.project_id = ?');
export const scopeId = (scope: ShiftScope) => ('shiftId' in scope ? scope.shiftId : scope.projectId);

/**
 * Locks the shifts of the scope (by ID, the order every other writer takes them in: sign-ups,
 * cancels, draws), so no sign-up, cancellation or draw runs on them until the transaction ends.
 */
export async function lockShifts(em: EntityManager, scope: ShiftScope): Promise<void> {
  await em.getConnection().execute(`select 1 from shift s where ${scopeSql(scope)} order by s.id for update`, [scopeId(scope)], 'all', transactionOf(em));
}

/** The scope's shifts hold no places any more (their sign-ups were cancelled with them). */
export async function clearShiftPlaces(em: EntityManager, scope: ShiftScope): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update shift s set confirmed_count = 0, waitlist_count = 0, entrant_count = 0 where ${scopeSql(scope)}`,
      [scopeId(scope)],
      'run',
      transactionOf(em),
    );
}

/** The activity's span (its earliest start and latest end) from the shifts it still has, after one moved or was cancelled. */
export async function refreshProjectSpan(em: EntityManager, projectId: string): Promise<void> {
  await em.getConnection().execute(
    `update project p set starts_at = s.starts_at, ends_at = s.ends_at, updated_at = now()
       from (select min(starts_at) as starts_at, max(ends_at) as ends_at from shift where project_id = ? and cancelled_at is null) s
      where p.id = ? and s.starts_at is not null`,
    [projectId, projectId],
    'run',
    transactionOf(em),
  );
}

/** How a shift's place counters move (each a delta; one left out stays as it is). */
export interface ShiftCountDelta {
  confirmed?: number;
  waitlisted?: number;
  entrants?: number;
}

const COUNT_COLUMNS: Record<keyof ShiftCountDelta, string> = { confirmed: 'confirmed_count', waitlisted: 'waitlist_count', entrants: 'entrant_count' };

/** Moves the shift's place counters after its sign-ups changed (cancelled, promoted, drawn), in the caller's transaction. */
export async function countShiftPlaces(em: EntityManager, shiftId: string, delta: ShiftCountDelta): Promise<void> {
  const moved = (Object.keys(COUNT_COLUMNS) as (keyof ShiftCountDelta)[]).filter((k) => delta[k] !== undefined);
  if (!moved.length) return;
  await em
    .getConnection()
    .execute(
      `update shift set ${moved.map((k) => `${COUNT_COLUMNS[k]} = ${COUNT_COLUMNS[k]} + ?`).join(', ')} where id = ?`,
      [...moved.map((k) => delta[k]), shiftId],
      'run',
      transactionOf(em),
    );
}

export interface DraftProjectRow {
  id: string;
  organizationId: string;
  title: string;
  summary: string;
  description: string | null;
  category: string | null;
  district: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  startsAt: Date;
  endsAt: Date;
}

export async function insertDraftProject(em: EntityManager, p: DraftProjectRow): Promise<void> {
  await em.getConnection().execute(
    `insert into project (id, organization_id, title, summary, description, status, category, district, address, lat, lng, starts_at, ends_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [p.id, p.organizationId, p.title, p.summary, p.description, ProjectStatus.DRAFT, p.category, p.district, p.address, p.lat, p.lng, p.startsAt, p.endsAt],
    'run',
    transactionOf(em),
  );
}

/** Writes the activity's shifts; their IDs and allocations, for the modules told of new shifts (project.events.ts). */
export async function insertShifts(em: EntityManager, projectId: string, shifts: ShiftInput[]): Promise<{ id: string; allocation: ShiftAllocation }[]> {
  const rows = shifts.map((s) => ({ ...s, id: newId('sft'), allocation: s.allocation ?? ShiftAllocation.FIRST_COME }));
  await em.getConnection().execute(
    `insert into shift (id, project_id, starts_at, ends_at, capacity, waitlist, allocation, registration_opens_at, registration_closes_at, required_qualification_kind_id)
     values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    rows.flatMap((s) => [
      s.id,
      projectId,
      s.startsAt,
      s.endsAt,
      s.capacity,
      s.waitlist ?? true,
      s.allocation,
      s.registrationOpensAt ?? null,
      s.registrationClosesAt ?? null,
      s.requiredQualificationKindId ?? null,
    ]),
    'run',
    transactionOf(em),
  );
  return rows.map(({ id, allocation }) => ({ id, allocation }));
}

/** Which of these qualification kind IDs exist (a shift may require one). One query. */
export async function existingQualificationKinds(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from qualification_kind where id in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(ids)],
      'all',
      transactionOf(em),
    );
  return new Set(rows.map((r) => r.id));
}

/** Deletes the shifts of a draft (its shifts are written again). */
export async function deleteShifts(em: EntityManager, projectId: string): Promise<void> {
  await em.getConnection().execute(`delete from shift where project_id = ?`, [projectId], 'run', transactionOf(em));
}

/** How many LOTTERY shifts of the activity have closed their registration already. */
export async function countClosedLotteries(em: EntityManager, projectId: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from shift where project_id = ? and allocation = ? and registration_closes_at <= now()`, [
      projectId,
      ShiftAllocation.LOTTERY,
    ]);
  return row.n;
}

export async function markProjectCancelled(em: EntityManager, projectId: string): Promise<void> {
  await em
    .getConnection()
    .execute(`update project set status = ?, updated_at = now() where id = ?`, [ProjectStatus.CANCELLED, projectId], 'run', transactionOf(em));
}

/** The activity's status, its row locked (null: no such activity). */
export async function lockProjectStatus(em: EntityManager, projectId: string): Promise<ProjectStatus | null> {
  const [row] = await em
    .getConnection()
    .execute<{ status: ProjectStatus }[]>(`select status from project where id = ? for update`, [projectId], 'all', transactionOf(em));
  return row?.status ?? null;
}

export interface ShiftTimesRow {
  starts_at: Date;
  ends_at: Date;
  cancelled_at: Date | null;
}

export async function findShiftTimes(em: EntityManager, shiftId: string): Promise<ShiftTimesRow> {
  const [row] = await em
    .getConnection()
    .execute<ShiftTimesRow[]>(`select starts_at, ends_at, cancelled_at from shift where id = ?`, [shiftId], 'all', transactionOf(em));
  return row;
}

export async function setShiftTimes(em: EntityManager, shiftId: string, startsAt: Date, endsAt: Date): Promise<void> {
  await em.getConnection().execute(`update shift set starts_at = ?, ends_at = ? where id = ?`, [startsAt, endsAt, shiftId], 'run', transactionOf(em));
}

/** How many other shifts of the activity are not cancelled. */
export async function countOtherLiveShifts(em: EntityManager, projectId: string, shiftId: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(
      `select count(*)::int as n from shift where project_id = ? and id <> ? and cancelled_at is null`,
      [projectId, shiftId],
      'all',
      transactionOf(em),
    );
  return row.n;
}

export async function markShiftCancelled(em: EntityManager, shiftId: string): Promise<void> {
  await em.getConnection().execute(`update shift set cancelled_at = now() where id = ?`, [shiftId], 'run', transactionOf(em));
}
