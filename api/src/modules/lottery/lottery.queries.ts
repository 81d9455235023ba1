// SQL of the lottery draw (lottery.service.ts, lottery.events.ts): the seed of a new lottery shift, claiming a due draw, its entrants, placing them
// with their messages in one statement, and the published record of the draw.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { enqueueEach, OutboxTopic } from '../outbox/outbox.queries.js';
import { ProjectStatus } from '../project/project.entity.js';
import { ShiftAllocation } from '../project/shift.entity.js';
import { SignupStatus } from '../signup/signup.entity.js';
import { DRAW_ALGORITHM, newDrawSeed } from './draw-order.js';

/** The draw records of new lottery shifts, each with a fresh seed (its commitment is public from publication). */
export async function insertDrawSeeds(em: EntityManager, shiftIds: readonly string[]): Promise<void> {
  if (!shiftIds.length) return;
  await em.getConnection().execute(
    `insert into shift_draw (shift_id, algorithm, seed) values ${shiftIds.map(() => '(?, ?, ?)').join(', ')}`,
    shiftIds.flatMap((id) => [id, DRAW_ALGORITHM, newDrawSeed()]),
    'run',
    transactionOf(em),
  );
}

/** LOTTERY shifts of published activities not drawn yet, with when their registration closes (of `projectIds` only, when given). */
export async function findUndrawnShifts(em: EntityManager, projectIds?: string[]): Promise<{ id: string; closes_at: Date }[]> {
  return em.getConnection().execute<{ id: string; closes_at: Date }[]>(
    `select s.id, s.registration_closes_at as closes_at from shift s join project p on p.id = s.project_id and p.status = ?
      where s.allocation = ? and s.drawn_at is null and s.cancelled_at is null and s.registration_closes_at is not null${projectIds ? ` and p.id in (${projectIds.map(() => '?').join(', ')})` : ''}
      order by s.registration_closes_at, s.id`,
    [ProjectStatus.PUBLISHED, ShiftAllocation.LOTTERY, ...(projectIds ?? [])],
  );
}

export interface DrawClaim {
  capacity: number;
  waitlist: boolean;
  project_id: string;
  drawn_at: Date;
}

/** Claims the shift's draw when it is due and not drawn yet (null: nothing to draw); its entrant count starts again from 0. */
export async function claimDraw(em: EntityManager, shiftId: string): Promise<DrawClaim | null> {
  const [claim] = await em.getConnection().execute<DrawClaim[]>(
    `update shift s set drawn_at = now(), entrant_count = 0
       from project p
      where s.id = ? and p.id = s.project_id and p.status = ?
        and s.allocation = ? and s.drawn_at is null and s.cancelled_at is null and s.registration_closes_at <= now()
      returning s.capacity, s.waitlist, s.project_id, s.drawn_at`,
    [shiftId, ProjectStatus.PUBLISHED, ShiftAllocation.LOTTERY],
    'all',
    transactionOf(em),
  );
  return claim ?? null;
}

/** The draw's seed, its record locked (null: the shift has no draw record). */
export async function lockDrawSeed(em: EntityManager, shiftId: string): Promise<Buffer | null> {
  const [record] = await em
    .getConnection()
    .execute<{ seed: Buffer }[]>(`select seed from shift_draw where shift_id = ? for update`, [shiftId], 'all', transactionOf(em));
  return record?.seed ?? null;
}

/** The IDs of the sign-ups entered in the shift's draw. */
export async function drawEntrants(em: EntityManager, shiftId: string): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(`select id from signup where shift_id = ? and status = ?`, [shiftId, SignupStatus.PENDING_DRAW], 'all', transactionOf(em));
  return rows.map((r) => r.id);
}

export interface PlacedEntrant {
  id: string;
  position: number;
  status: SignupStatus.CONFIRMED | SignupStatus.WAITLISTED | SignupStatus.CANCELLED;
}

/** Gives each entrant their result and tells them (SIGNUP_DRAWN), in one statement. */
export async function placeEntrants(
  em: EntityManager,
  draw: { shiftId: string; projectId: string; entrants: number; selected: number },
  placed: PlacedEntrant[],
): Promise<void> {
  await em.getConnection().execute(
    `with placed as (select * from json_to_recordset(?::json) as v(id text, position int, status text)),
     updated as (
       update signup g set status = placed.status::signup_status, draw_position = placed.position,
              cancelled_at = case when placed.status = ? then now() end
         from placed where g.id = placed.id and g.status = ?
       returning g.id, g.volunteer_id, g.status, g.draw_position)
     ${enqueueEach(
       OutboxTopic.SIGNUP_DRAWN,
       'updated',
       'volunteer_id',
       `jsonb_build_object('signupId', id, 'shiftId', ?::text, 'projectId', ?::text, 'status', status,
                           'drawPosition', draw_position, 'entrants', ?::int, 'selected', ?::int)`,
     )}`,
    [JSON.stringify(placed), SignupStatus.CANCELLED, SignupStatus.PENDING_DRAW, draw.shiftId, draw.projectId, draw.entrants, draw.selected],
    'run',
    transactionOf(em),
  );
}

/** Publishes the draw: when it ran, the entries in draw order, how many were selected. */
export async function recordDraw(em: EntityManager, shiftId: string, drawnAt: Date, order: string[], selected: number): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update shift_draw set drawn_at = ?, entries = ?::jsonb, selected_count = ? where shift_id = ?`,
      [drawnAt, JSON.stringify(order), selected, shiftId],
      'run',
      transactionOf(em),
    );
}
