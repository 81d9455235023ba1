// SQL shared by the changes to a published activity (project-admin.service.ts,
// shift-admin.service.ts): the volunteers holding or waiting for a place hear of a change in the
// transaction that makes it, one outbox message each.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { enqueueEach, OutboxTopic } from '../outbox/outbox.queries.js';

/** The sign-ups a change to their shift concerns: a place held, waited for, or entered in a draw. */
const LIVE_SIGNUP = `g.status in ('CONFIRMED', 'WAITLISTED', 'PENDING_DRAW')`;

/** Which shifts a statement is about: every shift of an activity, or one. */
export type ShiftScope = { projectId: string } | { shiftId: string };

const scopeSql = (scope: ShiftScope) => ('shiftId' in scope ? 's.id = ?' : 's.project_id = ?');
const scopeId = (scope: ShiftScope) => ('shiftId' in scope ? scope.shiftId : scope.projectId);

/**
 * Locks the shifts of the scope (by ID, the order every other writer takes them in: sign-ups,
 * cancels, draws), so no sign-up, cancellation or draw runs on them until the transaction ends.
 */
export async function lockShifts(em: EntityManager, scope: ShiftScope): Promise<void> {
  await em.getConnection().execute(`select 1 from shift s where ${scopeSql(scope)} order by s.id for update`, [scopeId(scope)], 'all', transactionOf(em));
}

/**
 * Cancels the live sign-ups of the scope's shifts (locked first, `lockShifts`), tells each
 * volunteer with a `topic` message (projectId, shiftId, signupId, reason) and releases the
 * places. How many were told.
 */
export async function cancelLiveSignups(em: EntityManager, scope: ShiftScope, topic: OutboxTopic, projectId: string, reason: string): Promise<number> {
  const conn = em.getConnection();
  const ctx = transactionOf(em);
  const told = await conn.execute<{ id: string }[]>(
    `with cancelled as (
       update signup g set status = 'CANCELLED', cancelled_at = now()
         from shift s where s.id = g.shift_id and ${scopeSql(scope)} and ${LIVE_SIGNUP}
       returning g.id, g.volunteer_id, g.shift_id)
     ${enqueueEach(topic, 'cancelled', 'volunteer_id', `jsonb_build_object('projectId', ?::text, 'shiftId', shift_id, 'signupId', id, 'reason', ?::text)`)}
     returning id`,
    [scopeId(scope), projectId, reason],
    'all',
    ctx,
  );
  await conn.execute(`update shift s set confirmed_count = 0, waitlist_count = 0, entrant_count = 0 where ${scopeSql(scope)}`, [scopeId(scope)], 'run', ctx);
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

/** Forgets which reminders of the shift went out: after a move its volunteers are reminded again, before the new start. */
export async function forgetSentReminders(em: EntityManager, shiftId: string): Promise<void> {
  await em.getConnection().execute(`delete from shift_reminder where shift_id = ?`, [shiftId], 'run', transactionOf(em));
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
