// SQL of the ledger module. Entries are appended, and the totals they move (the volunteer's and
// the team's total_minutes, the monthly and yearly rollups) change only here, by the same
// minutes, in the writer's transaction (ledger-writer.ts decides what is written).
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { newId } from '../../common/ids.js';
import { OrganizationStatus } from '../organization/organization.entity.js';
import { SignupStatus, waitlistOrder } from '../signup/signup.entity.js';
import { emitEach } from '../webhook/webhook.queries.js';
import type { CertificateRecord } from './certificate.entity.js';
import type { SignedContents } from './certificate-code.js';
import { CorrectionStatus } from './hour-correction-request.entity.js';
import { HourEntryKind } from './hour-entry.entity.js';

/** SQL condition: `e` is a SERVICE entry that no reversal cancels. */
export const LIVE_SERVICE_SQL = `e.kind = '${HourEntryKind.SERVICE}' and not exists (select 1 from hour_entry r where r.reverses_id = e.id)`;

/** SQL condition: sign-up `g` holds a place but has no live service record yet. */
export const AWAITING_RECORD_SQL = `g.status in ('${SignupStatus.CONFIRMED}', '${SignupStatus.ATTENDED}')
  and not exists (select 1 from hour_entry e where e.shift_id = g.shift_id and e.volunteer_id = g.volunteer_id and ${LIVE_SERVICE_SQL})`;

/** The volunteers' rows, locked in ID order (FOR NO KEY UPDATE); the IDs that exist. `ids` come sorted and without repeats. */
export async function lockVolunteerRows(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from volunteer where id = any(select jsonb_array_elements_text(?::jsonb)) order by id for no key update`,
      [JSON.stringify(ids)],
      'all',
      transactionOf(em),
    );
  return new Set(rows.map((r) => r.id));
}

/** A ledger entry as written (hour_entry's columns). */
export interface EntryRow {
  id: string;
  kind: string;
  minutes: number;
  volunteer_id: string;
  organization_id: string;
  shift_id: string | null;
  revision: number | null;
  reverses_id: string | null;
  reason: string | null;
  activity: string;
  service_date: string;
  place: string | null;
  service_content: string;
  recorded_by_id: string | null;
  recorded_by_key_id: string | null;
  /** Null: the transaction's time. */
  created_at: string | null;
  import_key: string | null;
  import_source: string | null;
}

/** Appends the entries, moves every total by their minutes and tells the teams' endpoints (hours.recorded). */
export async function insertEntries(em: EntityManager, rows: EntryRow[]): Promise<void> {
  const conn = em.getConnection();
  const ctx = transactionOf(em);
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
}

// Certificates (certificate.service.ts).

/** Issue times of the volunteer's certificates since `since`, newest first, at most `limit`. */
export async function recentCertificateTimes(em: EntityManager, volunteerId: string, since: Date, limit: number): Promise<Date[]> {
  const rows = await em
    .getConnection()
    .execute<{ issued_at: Date }[]>(
      `select issued_at from certificate where volunteer_id = ? and issued_at > ? order by issued_at desc limit ?`,
      [volunteerId, since, limit],
      'all',
      transactionOf(em),
    );
  return rows.map((r) => new Date(r.issued_at));
}

export interface CertificateHolderRow {
  volunteer_number: string;
  display_name: string;
  id_number_enc: Buffer | null;
  total_minutes: number;
}

/** The live account a certificate names (null: closed or none). */
export async function findCertificateHolder(em: EntityManager, volunteerId: string): Promise<CertificateHolderRow | null> {
  const [holder] = await em
    .getConnection()
    .execute<CertificateHolderRow[]>(
      `select volunteer_number, display_name, id_number_enc, total_minutes from volunteer where id = ? and deleted_at is null`,
      [volunteerId],
      'all',
      transactionOf(em),
    );
  return holder ?? null;
}

/** The volunteer's live service records, by service date. */
export async function liveServiceRecords(em: EntityManager, volunteerId: string): Promise<CertificateRecord[]> {
  const rows = await em
    .getConnection()
    .execute<{ service_date: string | Date; activity: string; organization: string; place: string | null; service_content: string; minutes: number }[]>(
      `select e.service_date, e.activity, o.name as organization, e.place, e.service_content, e.minutes
         from hour_entry e join organization o on o.id = e.organization_id
        where e.volunteer_id = ? and ${LIVE_SERVICE_SQL} order by e.service_date, e.id`,
      [volunteerId],
      'all',
      transactionOf(em),
    );
  return rows.map((r) => ({
    serviceDate: typeof r.service_date === 'string' ? r.service_date : r.service_date.toISOString().slice(0, 10),
    activity: r.activity,
    organization: r.organization,
    place: r.place,
    serviceContent: r.service_content,
    minutes: r.minutes,
  }));
}

/** A certificate as stored: its signed contents, its code, whose it is and who asked for it. */
export interface NewCertificateRow extends SignedContents {
  code: string;
  volunteerId: string;
  issuedById: string;
}

export async function insertCertificate(em: EntityManager, c: NewCertificateRow): Promise<void> {
  await em.getConnection().execute(
    `insert into certificate (code, volunteer_id, volunteer_number, display_name, id_type, id_number_masked, total_minutes,
                              record_count, records, issuer, issued_by_id, issued_at, qualifications)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?::jsonb)`,
    [
      c.code,
      c.volunteerId,
      c.volunteerNumber,
      c.displayName,
      c.idType,
      c.idNumberMasked,
      c.totalMinutes,
      c.recordCount,
      JSON.stringify(c.records),
      JSON.stringify(c.issuer),
      c.issuedById,
      c.issuedAt,
      JSON.stringify(c.qualifications ?? []),
    ],
    'run',
    transactionOf(em),
  );
}

// Correction requests (correction.service.ts).

/** The request's status, its row locked (null: no such request). */
export async function lockCorrectionStatus(em: EntityManager, requestId: string): Promise<CorrectionStatus | null> {
  const [row] = await em
    .getConnection()
    .execute<{ status: CorrectionStatus }[]>(`select status from hour_correction_request where id = ? for update`, [requestId], 'all', transactionOf(em));
  return row?.status ?? null;
}

export async function resolveCorrection(
  em: EntityManager,
  requestId: string,
  resolution: { status: CorrectionStatus.ACCEPTED | CorrectionStatus.REJECTED; note: string; resolvedById: string },
): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update hour_correction_request set status = ?, resolution = ?, resolved_by_id = ?, resolved_at = now() where id = ?`,
      [resolution.status, resolution.note, resolution.resolvedById, requestId],
      'run',
      transactionOf(em),
    );
}

// Walk-ins (walk-in.service.ts) and imports (hour-import.service.ts).

/** The status of the volunteer's live sign-up for the shift (null: none). */
export async function liveSignupStatus(em: EntityManager, shiftId: string, volunteerId: string, live: readonly SignupStatus[]): Promise<SignupStatus | null> {
  const [held] = await em
    .getConnection()
    .execute<{ status: SignupStatus }[]>(
      `select status from signup where shift_id = ? and volunteer_id = ? and status::text = any(select jsonb_array_elements_text(?::jsonb))`,
      [shiftId, volunteerId, JSON.stringify(live)],
      'all',
      transactionOf(em),
    );
  return held?.status ?? null;
}

/** Records a volunteer who came without signing up as attended, checked in at `checkedInAt`. */
export async function insertWalkInSignup(em: EntityManager, shiftId: string, volunteerId: string, checkedInAt: Date): Promise<void> {
  await em
    .getConnection()
    .execute(
      `insert into signup (id, shift_id, volunteer_id, status, walk_in, checked_in_at) values (?, ?, ?, ?, true, ?)`,
      [newId('sgn'), shiftId, volunteerId, SignupStatus.ATTENDED, checkedInAt],
      'run',
      transactionOf(em),
    );
}

/** Queues the transaction behind any other holding the same named lock, until it ends. */
export async function lockForTransaction(em: EntityManager, name: string): Promise<void> {
  await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext(?))`, [name], 'all', transactionOf(em));
}

/** Which of the import keys the ledger holds already. */
export async function existingImportKeys(em: EntityManager, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await em
    .getConnection()
    .execute<{ import_key: string }[]>(
      `select import_key from hour_entry where import_key in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(keys)],
      'all',
      transactionOf(em),
    );
  return new Set(rows.map((r) => r.import_key));
}

/** The sealed real names of the volunteers (those without one left out). */
export async function sealedRealNames(em: EntityManager, volunteerIds: string[]): Promise<{ id: string; sealed: Buffer }[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: string; real_name_enc: Buffer | null }[]>(
      `select id, real_name_enc from volunteer where id in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(volunteerIds)],
    );
  return rows.flatMap((r) => (r.real_name_enc ? [{ id: r.id, sealed: r.real_name_enc }] : []));
}

/** The status of the volunteer's sign-up for the shift that a correction may concern (null: none). */
export async function correctableSignupStatus(em: EntityManager, shiftId: string, volunteerId: string): Promise<SignupStatus | null> {
  const [row] = await em
    .getConnection()
    .execute<{ status: SignupStatus }[]>(`select status from signup where shift_id = ? and volunteer_id = ? and status in (?, ?, ?)`, [
      shiftId,
      volunteerId,
      SignupStatus.CONFIRMED,
      SignupStatus.ATTENDED,
      SignupStatus.NO_SHOW,
    ]);
  return row?.status ?? null;
}

export async function insertCorrectionRequest(
  em: EntityManager,
  r: { id: string; volunteerId: string; organizationId: string; shiftId: string; entryId: string | null; requestedMinutes: number; message: string | null },
): Promise<void> {
  await em.getConnection().execute(
    `insert into hour_correction_request (id, volunteer_id, organization_id, shift_id, entry_id, requested_minutes, message)
     values (?, ?, ?, ?, ?, ?, ?)`,
    [r.id, r.volunteerId, r.organizationId, r.shiftId, r.entryId, r.requestedMinutes, r.message],
  );
}

// Recording and reversing (ledger.service.ts).

export interface RecordedShift {
  id: string;
  starts_at: Date;
  ends_at: Date;
  organization_id: string;
  title: string;
  summary: string;
  address: string | null;
  district: string | null;
}

/** The shift with what its entries record of its activity (null: no such shift). */
export async function findRecordedShift(em: EntityManager, shiftId: string): Promise<RecordedShift | null> {
  const [row] = await em.getConnection().execute<RecordedShift[]>(
    `select s.id, s.starts_at, s.ends_at, p.organization_id, p.title, p.summary, p.address, p.district
       from shift s join project p on p.id = s.project_id where s.id = ?`,
    [shiftId],
    'all',
    transactionOf(em),
  );
  return row ?? null;
}

export interface HourEntryRow {
  id: string;
  kind: HourEntryKind;
  minutes: number;
  volunteer_id: string;
  organization_id: string;
  shift_id: string | null;
  activity: string;
  service_date: string;
  place: string | null;
  service_content: string;
}

/** The volunteers' SERVICE entries on the shift, each with how many they have there and whether it is live. */
export async function serviceEntriesOf(
  em: EntityManager,
  shiftId: string,
  volunteerIds: string[],
): Promise<(HourEntryRow & { services: string; is_live: boolean })[]> {
  return em.getConnection().execute<(HourEntryRow & { services: string; is_live: boolean })[]>(
    `select e.*, count(*) over (partition by e.volunteer_id) as services, (${LIVE_SERVICE_SQL}) as is_live
       from hour_entry e where e.shift_id = ? and e.volunteer_id = any(select jsonb_array_elements_text(?::jsonb)) and e.kind = ?`,
    [shiftId, JSON.stringify(volunteerIds), HourEntryKind.SERVICE],
    'all',
    transactionOf(em),
  );
}

/** Which of the volunteers held a place on the shift (confirmed, or checked in). */
export async function volunteersWithPlace(em: EntityManager, shiftId: string, volunteerIds: string[]): Promise<Set<string>> {
  const rows = await em
    .getConnection()
    .execute<{ volunteer_id: string }[]>(
      `select volunteer_id from signup where shift_id = ? and volunteer_id = any(select jsonb_array_elements_text(?::jsonb)) and status in (?, ?)`,
      [shiftId, JSON.stringify(volunteerIds), SignupStatus.CONFIRMED, SignupStatus.ATTENDED],
      'all',
      transactionOf(em),
    );
  return new Set(rows.map((r) => r.volunteer_id));
}

/** The SERVICE entries written with `firstId`: same shift, recorder and transaction time. */
export async function entriesWrittenWith(em: EntityManager, firstId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select e.id from hour_entry e join hour_entry f on f.id = ?
      where e.shift_id = f.shift_id and e.recorded_by_id is not distinct from f.recorded_by_id
        and e.recorded_by_key_id is not distinct from f.recorded_by_key_id and e.created_at = f.created_at and e.kind = ?
      order by e.id`,
    [firstId, HourEntryKind.SERVICE],
    'all',
    transactionOf(em),
  );
  return rows.map((r) => r.id);
}

export async function findEntry(em: EntityManager, entryId: string): Promise<HourEntryRow | null> {
  const [entry] = await em.getConnection().execute<HourEntryRow[]>(`select * from hour_entry where id = ?`, [entryId]);
  return entry ?? null;
}

/** Whether a reversal of the entry is written. */
export async function isReversed(em: EntityManager, entryId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ id: string }[]>(`select id from hour_entry where reverses_id = ?`, [entryId], 'all', transactionOf(em));
  return rows.length > 0;
}

// Leaderboards (leaderboard.service.ts), read from the rollups. Periods are first days of months, inclusive.

/** Where a volunteers' leaderboard counts: the teams of a district, or one team. */
export type RollupScope = { district: string } | { organizationId: string };

const rollupScopeSql = (scope: RollupScope) => ('district' in scope ? 'district = ?' : 'organization_id = ?');
const rollupScopeValue = (scope: RollupScope) => ('district' in scope ? scope.district : scope.organizationId);

/** Volunteers by minutes in the scope over the months, from `offset`, at most `limit`. */
export async function rankVolunteers(
  em: EntityManager,
  scope: RollupScope,
  months: { from: string; to: string },
  limit: number,
  offset: number,
): Promise<{ volunteer_id: string; minutes: number }[]> {
  return em.getConnection().execute<{ volunteer_id: string; minutes: number }[]>(
    `select volunteer_id, sum(minutes)::int as minutes from hour_rollup
      where ${rollupScopeSql(scope)} and month between ? and ?
      group by volunteer_id having sum(minutes) > 0
      order by minutes desc, volunteer_id limit ? offset ?`,
    [rollupScopeValue(scope), months.from, months.to, limit, offset],
  );
}

/** How many volunteers rankVolunteers ranks in all. */
export async function countRankedVolunteers(em: EntityManager, scope: RollupScope, months: { from: string; to: string }): Promise<number> {
  const [c] = await em
    .getConnection()
    .execute<{ n: string }[]>(
      `select count(*) as n from (select 1 from hour_rollup where ${rollupScopeSql(scope)} and month between ? and ? group by volunteer_id having sum(minutes) > 0) x`,
      [rollupScopeValue(scope), months.from, months.to],
    );
  return Number(c.n);
}

/** Volunteers of a district by minutes in a calendar year (the yearly rollup's ranking index), from `offset`, at most `limit`. */
export async function rankDistrictYear(
  em: EntityManager,
  district: string,
  year: number,
  limit: number,
  offset: number,
): Promise<{ volunteer_id: string; minutes: number }[]> {
  return em.getConnection().execute<{ volunteer_id: string; minutes: number }[]>(
    `select volunteer_id, minutes from district_year_rollup
      where district = ? and year = ? and minutes > 0
      order by minutes desc, volunteer_id limit ? offset ?`,
    [district, year, limit, offset],
  );
}

export async function countDistrictYear(em: EntityManager, district: string, year: number): Promise<number> {
  const [c] = await em
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from district_year_rollup where district = ? and year = ? and minutes > 0`, [district, year]);
  return Number(c.n);
}

/** Approved teams of a district by minutes over the months, with how many volunteers served, from `offset`, at most `limit`. */
export async function rankOrganizations(
  em: EntityManager,
  district: string,
  months: { from: string; to: string },
  limit: number,
  offset: number,
): Promise<{ organization_id: string; minutes: number; volunteers: number }[]> {
  return em.getConnection().execute<{ organization_id: string; minutes: number; volunteers: number }[]>(
    `select r.organization_id, sum(r.minutes)::int as minutes, count(distinct r.volunteer_id) filter (where r.minutes > 0)::int as volunteers
       from hour_rollup r join organization o on o.id = r.organization_id and o.status = ?
      where r.district = ? and r.month between ? and ?
      group by r.organization_id having sum(r.minutes) > 0
      order by minutes desc, organization_id limit ? offset ?`,
    [OrganizationStatus.APPROVED, district, months.from, months.to, limit, offset],
  );
}

export async function countRankedOrganizations(em: EntityManager, district: string, months: { from: string; to: string }): Promise<number> {
  const [c] = await em.getConnection().execute<{ n: string }[]>(
    `select count(*) as n from (select 1 from hour_rollup r join organization o on o.id = r.organization_id and o.status = ?
       where r.district = ? and r.month between ? and ? group by r.organization_id having sum(r.minutes) > 0) x`,
    [OrganizationStatus.APPROVED, district, months.from, months.to],
  );
  return Number(c.n);
}

// Exports and rosters (ledger-export.ts).

/** An exported entry as the spreadsheet shows it: dates as text in China time, the recorder's name or key. */
export interface ExportedEntryRow {
  id: string;
  kind: HourEntryKind;
  service_date: string;
  volunteer_number: string;
  display_name: string;
  activity: string;
  place: string | null;
  service_content: string;
  minutes: number;
  reverses_id: string | null;
  reason: string | null;
  recorder: string | null;
  created_at: string;
}

/** The organisation's entries with a service date in the period (both days included), by date, at most `limit`. */
export async function exportedEntries(
  em: EntityManager,
  organizationId: string,
  period: { from: string; to: string },
  limit: number,
): Promise<ExportedEntryRow[]> {
  return em.getConnection().execute<ExportedEntryRow[]>(
    `select e.id, e.kind, to_char(e.service_date, 'YYYY-MM-DD') as service_date, v.volunteer_number, v.display_name,
            e.activity, e.place, e.service_content, e.minutes, e.reverses_id, e.reason, coalesce(rb.display_name, pk.name) as recorder,
            to_char(e.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as created_at
       from hour_entry e join volunteer v on v.id = e.volunteer_id left join volunteer rb on rb.id = e.recorded_by_id
            left join partner_key pk on pk.id = e.recorded_by_key_id
      where e.organization_id = ? and e.service_date between ? and ?
      order by e.service_date, e.id limit ?`,
    [organizationId, period.from, period.to, limit],
    'all',
    transactionOf(em),
  );
}

/** The shift a roster heads with: its team, its project's title and its start in China time (null: no such shift). */
export async function rosterShift(em: EntityManager, shiftId: string): Promise<{ organization_id: string; title: string; starts_at: string } | null> {
  const [shift] = await em.getConnection().execute<{ organization_id: string; title: string; starts_at: string }[]>(
    `select p.organization_id, p.title, to_char(s.starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as starts_at
       from shift s join project p on p.id = s.project_id where s.id = ?`,
    [shiftId],
    'all',
    transactionOf(em),
  );
  return shift ?? null;
}

/** A roster's line: the volunteer's sealed columns as stored, the sign-up's time in China time. */
export interface RosterSignupRow {
  volunteer_number: string;
  real_name_enc: Buffer | null;
  display_name: string;
  phone_enc: Buffer | null;
  status: SignupStatus;
  walk_in: boolean;
  created_at: string;
}

/** The shift's sign-ups but the cancelled ones: places first, then the waitlist in its order. */
export async function rosterSignups(em: EntityManager, shiftId: string): Promise<RosterSignupRow[]> {
  return em.getConnection().execute<RosterSignupRow[]>(
    `select v.volunteer_number, v.real_name_enc, v.display_name, v.phone_enc, g.status, g.walk_in,
            to_char(g.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as created_at
       from signup g join volunteer v on v.id = g.volunteer_id
      where g.shift_id = ? and g.status::text <> ?
      order by (g.status::text = ?), ${waitlistOrder('g')}`,
    [shiftId, SignupStatus.CANCELLED, SignupStatus.WAITLISTED],
    'all',
    transactionOf(em),
  );
}

// The consistency check (ledger-consistency.ts).

/** The ledger's sums against the kept totals, as counts (bigints, so text). */
export interface LedgerSumsRow {
  entry_count: string;
  entry_minutes: string;
  volunteer_total: string;
  volunteer_mismatches: string;
  organization_mismatches: string;
  rollup_mismatches: string;
}

/** Every total against the sums of its entries, in one statement so all figures come from one snapshot (full scans). */
export async function ledgerSums(em: EntityManager): Promise<LedgerSumsRow> {
  const [row] = await em.getConnection().execute<LedgerSumsRow[]>(
    `with by_volunteer as (select volunteer_id, sum(minutes) as m from hour_entry group by volunteer_id),
          by_org as (select organization_id, sum(minutes) as m from hour_entry group by organization_id),
          by_month as (select volunteer_id, organization_id, date_trunc('month', service_date)::date as month, sum(minutes) as m
                         from hour_entry group by 1, 2, 3),
          by_year as (select o.district, extract(year from e.service_date)::smallint as year, e.volunteer_id, sum(e.minutes) as m
                        from hour_entry e join organization o on o.id = e.organization_id where o.district is not null group by 1, 2, 3)
     select
       (select count(*) from hour_entry) as entry_count,
       (select coalesce(sum(minutes), 0) from hour_entry) as entry_minutes,
       (select coalesce(sum(total_minutes), 0) from volunteer) as volunteer_total,
       (select count(*) from volunteer v left join by_volunteer s on s.volunteer_id = v.id where v.total_minutes <> coalesce(s.m, 0)) as volunteer_mismatches,
       (select count(*) from organization o left join by_org s on s.organization_id = o.id where o.total_minutes <> coalesce(s.m, 0)) as organization_mismatches,
       (select count(*) from hour_rollup r full join by_month s using (volunteer_id, organization_id, month)
         where coalesce(r.minutes, 0) <> coalesce(s.m, 0))
       + (select count(*) from district_year_rollup r full join by_year s using (district, year, volunteer_id)
         where coalesce(r.minutes, 0) <> coalesce(s.m, 0)) as rollup_mismatches`,
    [],
    'all',
    transactionOf(em),
  );
  return row;
}
