// SQL of the reminders before a shift (signup/reminder-jobs.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { enqueueEach, OutboxTopic } from '../outbox/outbox.queries.js';
import { ProjectStatus } from '../project/project.entity.js';
import { SignupStatus } from './signup.entity.js';

/**
 * Reminds each volunteer CONFIRMED on the shift, in one statement: only while the activity is
 * published and the shift starts at `startsAt` (still ahead), and only the first time for this
 * `hoursBefore` (the shift_reminder row claims it). How many were reminded (0: not now, or done before).
 */
export async function remindShift(em: EntityManager, shiftId: string, hoursBefore: number, startsAt: Date): Promise<number> {
  const payload = `jsonb_build_object('signupId', d.signup_id, 'shiftId', d.shift_id, 'projectId', d.project_id, 'hoursBefore', d.hours_before)`;
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with target as (
       select s.id, s.project_id from shift s join project p on p.id = s.project_id and p.status = ?
        where s.id = ? and s.starts_at = ? and s.starts_at > now() and s.cancelled_at is null
     ), held as (
       select su.id as signup_id, su.volunteer_id, t.id as shift_id, t.project_id, ?::int as hours_before
         from signup su join target t on t.id = su.shift_id where su.status = ?
     ), claimed as (
       insert into shift_reminder (shift_id, hours_before, recipients)
       select t.id, ?, (select count(*) from held) from target t
       on conflict do nothing returning shift_id
     ), d as (select held.* from held where exists (select 1 from claimed))
     ${enqueueEach(OutboxTopic.SHIFT_REMINDER, 'd', 'd.volunteer_id', payload)} returning id`,
    [ProjectStatus.PUBLISHED, shiftId, startsAt, hoursBefore, SignupStatus.CONFIRMED, hoursBefore],
  );
  return rows.length;
}

/**
 * Shifts of published activities starting after now (and before `until`, when given), of
 * `projectIds` only when given: each gets its reminder jobs.
 */
export async function upcomingShifts(em: EntityManager, options: { projectIds?: string[]; until?: Date }): Promise<{ shiftId: string; startsAt: Date }[]> {
  const { projectIds, until } = options;
  const rows = await em.getConnection().execute<{ id: string; starts_at: Date | string }[]>(
    `select s.id, s.starts_at from shift s join project p on p.id = s.project_id and p.status = ?
      where s.starts_at > now() and s.cancelled_at is null${until ? ' and s.starts_at <= ?' : ''}${projectIds ? ` and p.id in (${projectIds.map(() => '?').join(', ')})` : ''}
      order by s.starts_at, s.id`,
    [ProjectStatus.PUBLISHED, ...(until ? [until] : []), ...(projectIds ?? [])],
  );
  return rows.map((r) => ({ shiftId: r.id, startsAt: new Date(r.starts_at) }));
}

/** Forgets which reminders of the shift went out: after a move its volunteers are reminded again, before the new start. */
export async function forgetSentReminders(em: EntityManager, shiftId: string): Promise<void> {
  await em.getConnection().execute(`delete from shift_reminder where shift_id = ?`, [shiftId], 'run', transactionOf(em));
}
