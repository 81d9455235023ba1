// SQL of calendar feeds (calendar.service.ts): a volunteer's feed address, and the shifts a feed lists.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProjectStatus } from '../project/project.entity.js';
import { SignupStatus } from '../signup/signup.entity.js';

export interface ShiftEventRow {
  shift_id: string;
  starts_at: Date;
  ends_at: Date;
  project_id: string;
  title: string;
  summary: string;
  district: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  project_status: ProjectStatus;
  shift_cancelled: boolean;
  organization_name: string;
}

const SHIFT_EVENT_COLUMNS = `s.id as shift_id, s.starts_at, s.ends_at, p.id as project_id, p.title, p.summary, p.district, p.address,
  p.lat, p.lng, p.status as project_status, s.cancelled_at is not null as shift_cancelled, o.name as organization_name`;

/** The volunteer's feed (null: none). */
export async function findFeed(em: EntityManager, volunteerId: string): Promise<{ nonce: Buffer; created_at: Date } | null> {
  const [row] = await em
    .getConnection()
    .execute<{ nonce: Buffer; created_at: Date }[]>(`select nonce, created_at from calendar_feed where volunteer_id = ?`, [volunteerId]);
  return row ?? null;
}

/** Gives the volunteer's feed a new nonce and token (the previous one stops working); when it was made. */
export async function upsertFeed(em: EntityManager, volunteerId: string, nonce: Buffer, tokenHash: Buffer): Promise<Date> {
  const [row] = await em.getConnection().execute<{ created_at: Date }[]>(
    `insert into calendar_feed (volunteer_id, nonce, token_hash) values (?, ?, ?)
     on conflict (volunteer_id) do update set nonce = excluded.nonce, token_hash = excluded.token_hash, created_at = now()
     returning created_at`,
    [volunteerId, nonce, tokenHash],
  );
  return row.created_at;
}

/** The volunteer whose live account a feed token belongs to (null: none). */
export async function feedOwner(em: EntityManager, tokenHash: Buffer): Promise<string | null> {
  const [feed] = await em.getConnection().execute<{ volunteer_id: string }[]>(
    `select f.volunteer_id from calendar_feed f join volunteer v on v.id = f.volunteer_id
      where f.token_hash = ? and v.deleted_at is null`,
    [tokenHash],
  );
  return feed?.volunteer_id ?? null;
}

/** The shifts the volunteer holds or attended, ended at most `historyDays` ago, of activities not in draft; at most `limit`. */
export async function volunteerShiftEvents(em: EntityManager, volunteerId: string, historyDays: number, limit: number): Promise<ShiftEventRow[]> {
  return em.getConnection().execute<ShiftEventRow[]>(
    `select ${SHIFT_EVENT_COLUMNS}
       from signup g join shift s on s.id = g.shift_id join project p on p.id = s.project_id
       join organization o on o.id = p.organization_id
      where g.volunteer_id = ? and g.status in (?, ?)
        and s.ends_at > now() - make_interval(days => ?) and p.status <> ?
      order by s.starts_at, s.id limit ?`,
    [volunteerId, SignupStatus.CONFIRMED, SignupStatus.ATTENDED, historyDays, ProjectStatus.DRAFT, limit],
  );
}

/** Every shift of the activity. */
export async function projectShiftEvents(em: EntityManager, projectId: string): Promise<ShiftEventRow[]> {
  return em.getConnection().execute<ShiftEventRow[]>(
    `select ${SHIFT_EVENT_COLUMNS}
       from shift s join project p on p.id = s.project_id join organization o on o.id = p.organization_id
      where p.id = ? order by s.starts_at, s.id`,
    [projectId],
  );
}
