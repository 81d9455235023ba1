// The one place that writes to the ledger: entries are appended and, in the same transaction,
// the volunteer totals, the organisation totals and the monthly and yearly rollups move by the same minutes,
// and the organisations' webhook endpoints get an hours.recorded event.
// Everything that records time (recordHours, reversals, corrections, the demo seed) goes here.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { newId } from '../../common/ids.js';
import { emitEach } from '../webhook/webhook.queries.js';
import { HourEntryKind } from './hour-entry.entity.js';

export interface NewEntry {
  kind: HourEntryKind;
  volunteerId: string;
  organizationId: string;
  shiftId: string | null;
  minutes: number;
  revision: number | null;
  reversesId: string | null;
  reason: string | null;
  activity: string;
  /** YYYY-MM-DD, China calendar */
  serviceDate: string;
  place: string | null;
  serviceContent: string;
  recordedById: string | null;
  /** A partner app's key that recorded the entry (then recordedById is null). */
  recordedByKeyId?: string | null;
  /** Only for imported history; otherwise the transaction's time. */
  createdAt?: Date;
  /** Imported records: the row's natural key (one entry per key) and where it came from. */
  importKey?: string | null;
  importSource?: string | null;
}

/** SQL condition: `e` is a SERVICE entry that no reversal cancels. */
export const LIVE_SERVICE_SQL = `e.kind = 'SERVICE' and not exists (select 1 from hour_entry r where r.reverses_id = e.id)`;

export { chinaDate } from '../../common/china-time.js';

/**
 * Locks the volunteers' rows in ID order (FOR NO KEY UPDATE, so foreign-key checks elsewhere are
 * not blocked). Every ledger writer takes these locks first and in the same order, so concurrent
 * recordings of overlapping volunteers queue instead of deadlocking, and each sees the others'
 * committed entries before deciding.
 */
export async function lockVolunteers(em: EntityManager, volunteerIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(volunteerIds)].sort();
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from volunteer where id = any(select jsonb_array_elements_text(?::jsonb)) order by id for no key update`,
      [JSON.stringify(ids)],
      'all',
      em.getTransactionContext(),
    );
  return new Set(rows.map((r) => r.id));
}

/** Appends the entries and moves every total by the same minutes. Call inside a transaction. */
export async function applyEntries(em: EntityManager, entries: NewEntry[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const conn = em.getConnection();
  const ctx = transactionOf(em);
  await lockVolunteers(
    em,
    entries.map((e) => e.volunteerId),
  );
  const rows = entries.map((e) => ({
    id: newId('hre'),
    kind: e.kind,
    minutes: e.minutes,
    volunteer_id: e.volunteerId,
    organization_id: e.organizationId,
    shift_id: e.shiftId,
    revision: e.revision,
    reverses_id: e.reversesId,
    reason: e.reason,
    activity: e.activity,
    service_date: e.serviceDate,
    place: e.place,
    service_content: e.serviceContent,
    recorded_by_id: e.recordedById,
    recorded_by_key_id: e.recordedByKeyId ?? null,
    created_at: e.createdAt?.toISOString() ?? null,
    import_key: e.importKey ?? null,
    import_source: e.importSource ?? null,
  }));
  const json = JSON.stringify(rows);
  await conn.execute(
    `insert into hour_entry (id, kind, minutes, volunteer_id, organization_id, shift_id, revision, reverses_id, reason,
                             activity, service_date, place, service_content, recorded_by_id, recorded_by_key_id, created_at, import_key, import_source)
     select id, kind, minutes, volunteer_id, organization_id, shift_id, revision, reverses_id, reason,
            activity, service_date, place, service_content, recorded_by_id, recorded_by_key_id, coalesce(created_at, now()), import_key, import_source
       from jsonb_to_recordset(?::jsonb) as x(id varchar, kind hour_entry_kind, minutes int, volunteer_id varchar,
            organization_id varchar, shift_id varchar, revision smallint, reverses_id varchar, reason varchar, activity varchar,
            service_date date, place varchar, service_content varchar, recorded_by_id varchar, recorded_by_key_id varchar, created_at timestamptz,
            import_key varchar, import_source varchar)`,
    [json],
    'run',
    ctx,
  );
  const deltas = `jsonb_to_recordset(?::jsonb) as x(volunteer_id varchar, organization_id varchar, service_date date, minutes int)`;
  await conn.execute(
    `update volunteer v set total_minutes = v.total_minutes + d.minutes
       from (select volunteer_id, sum(minutes) as minutes from ${deltas} group by volunteer_id) d
      where v.id = d.volunteer_id`,
    [json],
    'run',
    ctx,
  );
  await conn.execute(
    `insert into hour_rollup (volunteer_id, organization_id, month, district, minutes)
     select d.volunteer_id, d.organization_id, d.month, o.district, d.minutes
       from (select volunteer_id, organization_id, date_trunc('month', service_date)::date as month, sum(minutes)::int as minutes
               from ${deltas} group by 1, 2, 3) d
       join organization o on o.id = d.organization_id
      order by 1, 2, 3
     on conflict (volunteer_id, organization_id, month) do update set minutes = hour_rollup.minutes + excluded.minutes`,
    [json],
    'run',
    ctx,
  );
  await conn.execute(
    `insert into district_year_rollup (district, year, volunteer_id, minutes)
     select o.district, d.year, d.volunteer_id, sum(d.minutes)::int
       from (select volunteer_id, organization_id, extract(year from service_date)::smallint as year, minutes from ${deltas}) d
       join organization o on o.id = d.organization_id
      where o.district is not null
      group by 1, 2, 3 order by 1, 2, 3
     on conflict (district, year, volunteer_id) do update set minutes = district_year_rollup.minutes + excluded.minutes`,
    [json],
    'run',
    ctx,
  );
  await conn.execute(
    `update organization o set total_minutes = o.total_minutes + d.minutes
       from (select organization_id, sum(minutes) as minutes from ${deltas} group by organization_id order by organization_id) d
      where o.id = d.organization_id`,
    [json],
    'run',
    ctx,
  );
  // Partners hear of the entries each organisation recorded (hours.recorded: IDs and minutes, no person).
  await conn.execute(
    emitEach(
      'hours.recorded',
      `(select organization_id, jsonb_agg(jsonb_build_object('hourEntryId', id, 'kind', kind, 'minutes', minutes, 'shiftId', shift_id,
                'reversesId', reverses_id, 'serviceDate', service_date) order by id) as entries
          from jsonb_to_recordset(?::jsonb) as x(id varchar, kind varchar, minutes int, shift_id varchar, reverses_id varchar,
               organization_id varchar, service_date date)
         group by organization_id) e`,
      'e.organization_id',
      `jsonb_build_object('entries', e.entries)`,
    ),
    [json],
    'run',
    ctx,
  );
  return rows.map((r) => r.id);
}
