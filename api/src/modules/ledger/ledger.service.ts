// Recording service time (谁组织谁记录): coordinators of the shift's organisation record, after the
// shift, the minutes of volunteers who held a place; mistakes are reversed, never edited.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPartner, PartnerScope, requireViewer, type Actor } from '../../common/auth.js';
import { BadUserInputError, isUniqueViolation } from '../../common/errors.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkText } from '../../common/text-input.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { ShiftNotFoundError } from '../signup/signup.errors.js';
import { HourEntry, HourEntryKind } from './hour-entry.entity.js';
import type { HourLine, RecordHoursInput, ReverseHourEntryInput } from './ledger.inputs.js';
import { AlreadyRecordedError, AlreadyReversedError, HourEntryNotFoundError, ShiftNotEndedError } from './ledger.errors.js';
import { applyEntries, chinaDate, lockVolunteers, type NewEntry } from './ledger-writer.js';
import { Reason } from '../../common/error-reasons.js';
import {
  entriesWrittenWith,
  findEntry,
  findRecordedShift,
  isReversed,
  serviceEntriesOf,
  volunteersWithPlace,
  type HourEntryRow,
  type RecordedShift,
} from './ledger.queries.js';

export const MAX_LINES = 500;

export type { HourEntryRow, RecordedShift } from './ledger.queries.js';

/** The record fields of MCA Order 67 for a shift's entries: activity, date, place, service content. */
export function recordFields(shift: RecordedShift): Pick<NewEntry, 'activity' | 'serviceDate' | 'place' | 'serviceContent' | 'organizationId' | 'shiftId'> {
  const place = [shift.district, shift.address].filter(Boolean).join(' ') || null;
  return {
    organizationId: shift.organization_id,
    shiftId: shift.id,
    activity: shift.title,
    serviceDate: chinaDate(new Date(shift.starts_at)),
    place: place ? Array.from(place).slice(0, 200).join('') : null,
    serviceContent: shift.summary,
  };
}

export function shiftMinutes(shift: Pick<RecordedShift, 'starts_at' | 'ends_at'>): number {
  return Math.floor((new Date(shift.ends_at).getTime() - new Date(shift.starts_at).getTime()) / 60_000);
}

/** How the ledger's reasons and notes read when too short or long (shown as they are on Chinese pages). */

export async function loadShift(em: EntityManager, shiftId: string): Promise<RecordedShift | null> {
  if (nodeTypeOf(shiftId) !== 'Shift') return null;
  return findRecordedShift(em, shiftId);
}

/** Per volunteer: how many SERVICE entries they have on the shift, and how many are still live. */
export async function serviceCounts(
  em: EntityManager,
  shiftId: string,
  volunteerIds: string[],
): Promise<Map<string, { services: number; live: HourEntryRow | null }>> {
  const rows = await serviceEntriesOf(em, shiftId, volunteerIds);
  const out = new Map<string, { services: number; live: HourEntryRow | null }>();
  for (const r of rows) {
    const cur = out.get(r.volunteer_id) ?? { services: Number(r.services), live: null };
    if (r.is_live) cur.live = r;
    out.set(r.volunteer_id, cur);
  }
  return out;
}

/** Who writes ledger entries: a volunteer (a coordinator) or a partner app's key. */
export interface Recorder {
  /** The id idempotency keys are kept under. */
  id: string;
  fields: Pick<NewEntry, 'recordedById' | 'recordedByKeyId'>;
}

/** The recorder behind an actor; signed out: UNAUTHENTICATED. */
export function recorderOf(actor: Actor | null): Recorder {
  if (isPartner(actor)) return { id: actor.partnerKeyId, fields: { recordedById: null, recordedByKeyId: actor.partnerKeyId } };
  const v = requireViewer(actor);
  return { id: v.volunteerId, fields: { recordedById: v.volunteerId, recordedByKeyId: null } };
}

export class LedgerService {
  constructor(private readonly em: EntityManager) {}

  /** A coordinator, or a partner key with RECORD_HOURS, records the service of a shift of its organisation that has ended. */
  async recordHours(actor: Actor | null, input: RecordHoursInput): Promise<HourEntry[]> {
    const recorder = recorderOf(actor);
    const key = checkIdempotencyKey(input.idempotencyKey);
    const lines = checkLines(input.entries);
    const shift = await loadShift(this.em, input.shiftId);
    if (!shift) throw new ShiftNotFoundError();
    await requireOrgRole(this.em, actor, shift.organization_id, MANAGING_ROLES, PartnerScope.RECORD_HOURS);
    if (new Date(shift.ends_at).getTime() > Date.now()) throw new ShiftNotEndedError();
    const length = shiftMinutes(shift);
    lines.forEach((l, i) => {
      if (l.minutes > length)
        throw new BadUserInputError(`entries.${i}.minutes`, Reason.MINUTES_OUT_OF_RANGE, `minutes must be 1..${length}`, { min: 1, max: length });
    });

    try {
      const ids = await this.em.transactional(async (tx) => {
        if (key) {
          const claim = await claimIdempotencyKey(tx, 'recordHours', recorder.id, key, { shiftId: shift.id, lines });
          if (claim.kind === 'replay') return this.batchOf(tx, claim.resultId);
        }
        const ids = await this.append(tx, recorder, shift, lines);
        if (key) await recordIdempotentResult(tx, 'recordHours', recorder.id, key, ids[0]);
        return ids;
      });
      // In the order of the lines, a replay too (entries written together share their time, not an order).
      const order = new Map(lines.map((l, i) => [l.volunteerId, i]));
      return (await this.load(ids)).sort((x, y) => order.get(x.volunteer.id)! - order.get(y.volunteer.id)!);
    } catch (error) {
      // Only reachable if a writer skipped the volunteer locks; the unique index still says no.
      if (isUniqueViolation(error, 'hour_entry_one_service_per_revision')) throw new AlreadyRecordedError('entries');
      throw error;
    }
  }

  private async append(tx: EntityManager, recorder: Recorder, shift: RecordedShift, lines: HourLine[]): Promise<string[]> {
    const volunteerIds = lines.map((l) => l.volunteerId);
    const present = await lockVolunteers(tx, volunteerIds);
    const signedUp = await volunteersWithPlace(tx, shift.id, volunteerIds);
    const counts = await serviceCounts(tx, shift.id, volunteerIds);
    const fields = recordFields(shift);
    const entries = lines.map((l, i): NewEntry => {
      if (!present.has(l.volunteerId) || !signedUp.has(l.volunteerId)) {
        throw new BadUserInputError(
          `entries.${i}.volunteerId`,
          Reason.NO_VALID_SIGNUP,
          'The volunteer holds no confirmed or checked-in sign-up for this shift',
        );
      }
      const count = counts.get(l.volunteerId);
      if (count?.live) throw new AlreadyRecordedError(`entries.${i}.volunteerId`);
      return {
        ...fields,
        kind: HourEntryKind.SERVICE,
        volunteerId: l.volunteerId,
        minutes: l.minutes,
        revision: count?.services ?? 0,
        reversesId: null,
        reason: null,
        ...recorder.fields,
      };
    });
    return applyEntries(tx, entries);
  }

  /** The entries one recordHours call wrote: same shift, recorder and transaction time as its first entry. */
  private async batchOf(tx: EntityManager, firstId: string): Promise<string[]> {
    return entriesWrittenWith(tx, firstId);
  }

  async reverse(actor: Actor | null, input: ReverseHourEntryInput): Promise<HourEntry> {
    const recorder = recorderOf(actor);
    if (nodeTypeOf(input.entryId) !== 'HourEntry') throw new HourEntryNotFoundError();
    const reason = checkText('reason', input.reason, 2, 500);
    const entry = await findEntry(this.em, input.entryId);
    if (!entry) throw new HourEntryNotFoundError();
    await requireOrgRole(this.em, actor, entry.organization_id, MANAGING_ROLES, PartnerScope.RECORD_HOURS);
    if (entry.kind !== HourEntryKind.SERVICE) throw new BadUserInputError('entryId', Reason.NOT_A_SERVICE_ENTRY, 'A reversal cannot be reversed');
    try {
      const [id] = await this.em.transactional((tx) => reverseEntry(tx, entry, recorder, reason));
      return (await this.load([id]))[0];
    } catch (error) {
      if (isUniqueViolation(error, 'hour_entry_one_reversal')) throw new AlreadyReversedError();
      throw error;
    }
  }

  async load(ids: string[]): Promise<HourEntry[]> {
    if (ids.length === 0) return [];
    const rows = await this.em.fork().find(HourEntry, { id: { $in: ids } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)!).filter(Boolean);
  }
}

/** Writes the REVERSAL of a SERVICE entry (inside the caller's transaction); refuses a second one. */
export async function reverseEntry(tx: EntityManager, entry: HourEntryRow, recorder: Recorder, reason: string): Promise<string[]> {
  await lockVolunteers(tx, [entry.volunteer_id]);
  if (await isReversed(tx, entry.id)) throw new AlreadyReversedError();
  return applyEntries(tx, [
    {
      kind: HourEntryKind.REVERSAL,
      volunteerId: entry.volunteer_id,
      organizationId: entry.organization_id,
      shiftId: entry.shift_id,
      minutes: -entry.minutes,
      revision: null,
      reversesId: entry.id,
      reason,
      activity: entry.activity,
      serviceDate: typeof entry.service_date === 'string' ? entry.service_date : chinaDate(new Date(entry.service_date)),
      place: entry.place,
      serviceContent: entry.service_content,
      ...recorder.fields,
    },
  ]);
}

function checkLines(lines: HourLine[]): HourLine[] {
  if (lines.length < 1) throw new BadUserInputError('entries', Reason.OUT_OF_RANGE, `entries must have 1..${MAX_LINES} lines`, { min: 1, max: MAX_LINES });
  if (lines.length > MAX_LINES)
    throw new BadUserInputError('entries', Reason.OUT_OF_RANGE, `entries must have 1..${MAX_LINES} lines`, { min: 1, max: MAX_LINES });
  const seen = new Set<string>();
  return lines.map((l, i) => {
    if (nodeTypeOf(l.volunteerId) !== 'Volunteer')
      throw new BadUserInputError(`entries.${i}.volunteerId`, Reason.NOT_FOUND, 'No such volunteer', { entity: 'Volunteer' });
    if (seen.has(l.volunteerId)) throw new BadUserInputError(`entries.${i}.volunteerId`, Reason.DUPLICATE_VOLUNTEER, 'A volunteer appears once');
    seen.add(l.volunteerId);
    if (!Number.isInteger(l.minutes) || l.minutes < 1)
      throw new BadUserInputError(`entries.${i}.minutes`, Reason.MINUTES_OUT_OF_RANGE, 'minutes must be a positive whole number', { min: 1 });
    return { volunteerId: l.volunteerId, minutes: l.minutes };
  });
}
