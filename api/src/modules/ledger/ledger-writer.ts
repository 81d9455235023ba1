// The one place that writes to the ledger: entries are appended and, in the same transaction,
// the volunteer totals, the organisation totals and the monthly and yearly rollups move by the same minutes,
// and the organisations' webhook endpoints get an hours.recorded event.
// Everything that records time (recordHours, reversals, corrections, the demo seed) goes here.
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../common/ids.js';
import { HourEntryKind } from './hour-entry.entity.js';
import { insertEntries, lockVolunteerRows, type EntryRow } from './ledger.queries.js';

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

export { LIVE_SERVICE_SQL } from './ledger.queries.js';

export { chinaDate } from '../../common/china-time.js';

/**
 * Locks the volunteers' rows in ID order (FOR NO KEY UPDATE, so foreign-key checks elsewhere are
 * not blocked). Every ledger writer takes these locks first and in the same order, so concurrent
 * recordings of overlapping volunteers queue instead of deadlocking, and each sees the others'
 * committed entries before deciding.
 */
export async function lockVolunteers(em: EntityManager, volunteerIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(volunteerIds)].sort();
  return lockVolunteerRows(em, ids);
}

/** Appends the entries and moves every total by the same minutes. Call inside a transaction. */
export async function applyEntries(em: EntityManager, entries: NewEntry[]): Promise<string[]> {
  if (entries.length === 0) return [];
  await lockVolunteers(
    em,
    entries.map((e) => e.volunteerId),
  );
  const rows = entries.map((e): EntryRow => ({
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
  await insertEntries(em, rows);
  return rows.map((r) => r.id);
}
