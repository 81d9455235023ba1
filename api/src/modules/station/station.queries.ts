// SQL of station duty rotas: a duty day's generated activity (through the project module's own
// inserts), the swap of two days' teams, gaps and the notice of a gap to the duty team.
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../common/ids.js';
import { transactionOf } from '../../common/transaction.js';
import type { MemberRole } from '../organization/membership.entity.js';
import { enqueueEach, OutboxTopic } from '../outbox/outbox.queries.js';
import { ProjectStatus } from '../project/project.entity.js';
import { insertDraftProject, insertShifts } from '../project/project.queries.js';
import { SignupStatus } from '../signup/signup.entity.js';
import { StationDuty, type Station, type StationSwapStatus } from './station.entity.js';

/** What a duty activity is filed under. */
export const DUTY_CATEGORY = '站点值班';

export async function lockStation(tx: EntityManager, stationId: string): Promise<void> {
  await tx.getConnection().execute(`select id from station where id = ? for update`, [stationId], 'all', transactionOf(tx));
}

/** Locks a swap for its answer; its status at that moment. */
export async function lockSwap(tx: EntityManager, swapId: string): Promise<StationSwapStatus> {
  const [row] = await tx
    .getConnection()
    .execute<{ status: StationSwapStatus }[]>(`select status from station_swap where id = ? for update`, [swapId], 'all', transactionOf(tx));
  return row.status;
}

export function dutiesBetween(em: EntityManager, stationId: string, from: string, to: string): Promise<StationDuty[]> {
  return em.find(StationDuty, { station: stationId, date: { $gte: from, $lte: to } }, { orderBy: { date: 'asc' } });
}

/** Duty days from..to whose shift has fewer confirmed volunteers than places. */
export async function gapsBetween(em: EntityManager, stationId: string, from: string, to: string): Promise<StationDuty[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select d.id from station_duty d join shift s on s.id = d.shift_id
      where d.station_id = ? and d.date between ? and ? and s.cancelled_at is null and s.confirmed_count < d.capacity order by d.date`,
    [stationId, from, to],
  );
  return rows.length ? em.find(StationDuty, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { date: 'asc' } }) : [];
}

/** Sign-ups that are not cancelled on these shifts. */
export async function liveSignupsOf(em: EntityManager, shiftIds: string[]): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(
      `select count(*)::int as n from signup where shift_id in (${shiftIds.map(() => '?').join(', ')}) and status <> ?`,
      [...shiftIds, SignupStatus.CANCELLED],
      'all',
      transactionOf(em),
    );
  return row.n;
}

/** Deletes the duty days after `today` nobody ever signed up for (their activities with them), to be made again from a new rota. */
export async function deleteUnfilledDutiesAfter(tx: EntityManager, stationId: string, today: string): Promise<void> {
  await tx.getConnection().execute(
    `with gone as (
       delete from station_duty d where d.station_id = ? and d.date > ?
          and not exists (select 1 from signup su where su.shift_id = d.shift_id)
        returning d.project_id)
     delete from project where id in (select project_id from gone)`,
    [stationId, today],
    'run',
    transactionOf(tx),
  );
}

/** Makes one duty day: a published activity of the team with one shift at the station, and its duty row. */
export async function insertDuty(
  tx: EntityManager,
  d: { station: Station; date: string; teamId: string; startsAt: Date; endsAt: Date; places: number },
): Promise<void> {
  const projectId = newId('prj');
  const { station } = d;
  await insertDraftProject(tx, {
    id: projectId,
    organizationId: d.teamId,
    title: `${station.name}值班 ${d.date}`.slice(0, 120),
    summary: `${station.name}志愿服务站值班：${station.openingHours}`.slice(0, 300),
    description: null,
    category: DUTY_CATEGORY,
    district: station.district ?? null,
    address: station.address,
    lat: station.lat ?? null,
    lng: station.lng ?? null,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
  });
  const [shift] = await insertShifts(tx, projectId, [{ startsAt: d.startsAt, endsAt: d.endsAt, capacity: d.places, waitlist: false }]);
  const conn = tx.getConnection();
  await conn.execute(`update project set status = ?, published_at = now() where id = ?`, [ProjectStatus.PUBLISHED, projectId], 'run', transactionOf(tx));
  await conn.execute(
    `insert into station_duty (id, station_id, date, team_id, project_id, shift_id, capacity) values (?, ?, ?, ?, ?, ?, ?)`,
    [newId('sdt'), station.id, d.date, d.teamId, projectId, shift.id, d.places],
    'run',
    transactionOf(tx),
  );
}

export interface LockedDuty {
  id: string;
  date: string;
  team_id: string;
  project_id: string | null;
  shift_id: string | null;
}

/** The duty rows, locked in ID order, with their shifts (so no sign-up lands while they change hands). */
export async function lockDuties(tx: EntityManager, ids: string[]): Promise<LockedDuty[]> {
  const ctx = transactionOf(tx);
  const rows = await tx
    .getConnection()
    .execute<LockedDuty[]>(
      `select id, to_char(date, 'YYYY-MM-DD') as date, team_id, project_id, shift_id from station_duty where id in (?, ?) order by id for update`,
      ids,
      'all',
      ctx,
    );
  const shifts = rows.map((r) => r.shift_id).filter((s): s is string => !!s);
  if (shifts.length)
    await tx.getConnection().execute(`select id from shift where id in (${shifts.map(() => '?').join(', ')}) order by id for update`, shifts, 'all', ctx);
  return rows;
}

/** Gives each day the other's team: the duty rows and the owners of their activities. */
export async function swapDutyTeams(tx: EntityManager, a: LockedDuty, b: LockedDuty): Promise<void> {
  const conn = tx.getConnection();
  const ctx = transactionOf(tx);
  for (const [day, team] of [
    [a, b.team_id],
    [b, a.team_id],
  ] as const) {
    await conn.execute(`update station_duty set team_id = ? where id = ?`, [team, day.id], 'run', ctx);
    if (day.project_id) await conn.execute(`update project set organization_id = ? where id = ?`, [team, day.project_id], 'run', ctx);
  }
}

/**
 * Tells the duty team's coordinators (members in `roles`) of a gap in their inboxes, as a message
 * from the station, once a day per duty (the duty row claims the day). Whether it told them.
 */
export async function notifyGap(em: EntityManager, station: Station, duty: StationDuty, today: string, roles: MemberRole[]): Promise<boolean> {
  const payload = `jsonb_build_object('organizationId', c.team_id, 'organizationName', ?::text, 'shiftId', c.shift_id, 'projectId', c.project_id,
      'stationId', c.station_id, 'dutyId', c.id, 'title', ?::text, 'body', ?::text)`;
  const title = `值班缺人：${station.name} ${duty.date}`;
  const body = `${duty.date} 由你的队伍在${station.name}值班，目前报名人数少于所需的 ${duty.capacity} 人。请在团队后台为队员报名。 / Your team is on duty at ${station.name} on ${duty.date} and fewer volunteers than the ${duty.capacity} needed have signed up: please sign members up in the back office.`;
  const rows = await em.getConnection().execute<{ n: number }[]>(
    `with c as (
       update station_duty set gap_notified_on = ? where id = ? and (gap_notified_on is null or gap_notified_on < ?)
       returning id, station_id, team_id, project_id, shift_id),
     r as (select m.volunteer_id, c.* from c join membership m on m.organization_id = c.team_id
            where m.role::text = any(select jsonb_array_elements_text(?::jsonb))),
     sent as (${enqueueEach(OutboxTopic.TEAM_MESSAGE, 'r c', 'c.volunteer_id', payload)} returning 1)
     select (select count(*) from c)::int as n`,
    [today, duty.id, today, JSON.stringify(roles), station.name, title, body],
  );
  return rows[0].n > 0;
}
