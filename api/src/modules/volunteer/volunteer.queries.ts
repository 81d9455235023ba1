// SQL of the volunteer module. One active volunteer by ID in a single plain statement, for the
// hottest read (`me`): building a MikroORM query each time costs about as much as running it.
// Personal-data columns stay lazy, read only where they are opened (sealedRows).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Volunteer } from './volunteer.entity.js';
import { readOnlyEntity } from '../../common/read-only-entity.js';
import { transactionOf } from '../../common/transaction.js';
import type { Viewer } from '../../common/auth.js';

/** The columns `me` shows (personal-data columns stay lazy), also read by the session lookup. */
export const VOLUNTEER_COLUMNS = [
  'id',
  'volunteer_number',
  'display_name',
  'email',
  'birth_date',
  'district',
  'skills',
  'is_platform_admin',
  'notify_email',
  'notify_sms',
  'public_profile',
  'guardian_consent_at',
  'total_minutes',
  'created_at',
  'deleted_at',
] as const;
const COLUMNS = VOLUNTEER_COLUMNS.join(', ');
/** The sealed personal columns the session lookup reads too, so the viewer's own name costs no statement (volunteer-access.ts). */
export const SEALED_COLUMNS = ['real_name_enc', 'id_number_enc', 'phone_enc'] as const;

export async function findActiveVolunteer(em: EntityManager, id: string): Promise<Volunteer | null> {
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(`select ${COLUMNS} from volunteer where id = ? and deleted_at is null`, [id]);
  return row ? em.map(Volunteer, row) : null;
}

/**
 * The volunteer from a row that holds at least VOLUNTEER_COLUMNS (as the session lookup reads it),
 * read-only (common/read-only-entity.ts): the EntityManager does not manage it, and a change to it
 * is never written. The row may be shared by requests (the session cache): arrays are copied.
 */
export function volunteerFromRow(em: EntityManager, row: Record<string, unknown>): Volunteer {
  return readOnlyEntity(em, Volunteer, row);
}

/** The signed-in volunteer: from the row the session lookup already read for this request, else read now. */
export function viewerVolunteer(em: EntityManager, viewer: Viewer): Promise<Volunteer | null> {
  return viewer.volunteerRow ? Promise.resolve(volunteerFromRow(em, viewer.volunteerRow)) : findActiveVolunteer(em, viewer.volunteerId);
}

/** How a coordinator names a volunteer at the station or in an old record. */
export interface VolunteerKey {
  volunteerNumber?: string | null;
  phone?: string | null;
  idNumber?: string | null;
}

/**
 * Active volunteers found by volunteer number, mobile number or ID number (the last two through
 * their blind indexes, so the database never sees them): one statement for any number of keys.
 * Answers, in the keys' order, the volunteer's ID, or null where none matches.
 */
export async function findVolunteerIds(
  em: EntityManager,
  keys: { number: string | null; phoneIndex: Buffer | null; idIndex: Buffer | null }[],
): Promise<(string | null)[]> {
  if (!keys.length) return [];
  const rows = await em.getConnection().execute<{ i: number; id: string }[]>(
    `select k.i, v.id
       from jsonb_to_recordset(?::jsonb) as k(i int, number text, phone text, idn text)
       join volunteer v on v.deleted_at is null and (
            (k.number is not null and v.volunteer_number = k.number)
         or (k.phone is not null and v.phone_index = decode(k.phone, 'hex'))
         or (k.idn is not null and v.id_number_index = decode(k.idn, 'hex')))`,
    [JSON.stringify(keys.map((k, i) => ({ i, number: k.number, phone: k.phoneIndex?.toString('hex') ?? null, idn: k.idIndex?.toString('hex') ?? null })))],
    'all',
    em.getTransactionContext(),
  );
  const out: (string | null)[] = keys.map(() => null);
  for (const r of rows) out[r.i] = r.id;
  return out;
}

/** The active volunteer with this volunteer number (as typed: trimmed, upper-cased), or null. */
export async function volunteerIdByNumber(em: EntityManager, number: string): Promise<string | null> {
  const [id] = await findVolunteerIds(em, [{ number: number.trim().toUpperCase(), phoneIndex: null, idIndex: null }]);
  return id;
}

/** The next `count` numbers of the volunteer-number sequence. */
export async function nextNumberSequence(em: EntityManager, count: number): Promise<number[]> {
  const rows = await em.getConnection().execute<{ n: string }[]>(`select nextval('volunteer_number_seq') as n from generate_series(1, ?)`, [count]);
  return rows.map((r) => Number(r.n));
}

/**
 * Those of `volunteerIds` whom `viewerId` coordinates: members of, or volunteers signed up with, an
 * organisation where the viewer holds one of `roles`.
 */
export async function coordinatedVolunteers(em: EntityManager, viewerId: string, volunteerIds: readonly string[], roles: readonly string[]): Promise<string[]> {
  const rows = await em.getConnection().execute<{ volunteer_id: string }[]>(
    `select m.volunteer_id from membership m
       join membership mine on mine.organization_id = m.organization_id
      where mine.volunteer_id = ? and mine.role::text in (select jsonb_array_elements_text(?::jsonb)) and m.volunteer_id in (select jsonb_array_elements_text(?::jsonb))
     union
     select g.volunteer_id from signup g
       join shift s on s.id = g.shift_id join project p on p.id = s.project_id
       join membership mine on mine.organization_id = p.organization_id
      where mine.volunteer_id = ? and mine.role::text in (select jsonb_array_elements_text(?::jsonb)) and g.volunteer_id in (select jsonb_array_elements_text(?::jsonb))`,
    [viewerId, JSON.stringify(roles), JSON.stringify(volunteerIds), viewerId, JSON.stringify(roles), JSON.stringify(volunteerIds)],
  );
  return rows.map((r) => r.volunteer_id);
}

/** A volunteer's sealed personal columns, as stored. */
export type SealedRow = { id: string; real_name_enc: Buffer | null; id_number_enc: Buffer | null; phone_enc: Buffer | null };

/** The sealed personal columns of these volunteers. */
export async function sealedRows(em: EntityManager, volunteerIds: readonly string[]): Promise<SealedRow[]> {
  return em
    .getConnection()
    .execute<SealedRow[]>(`select id, real_name_enc, id_number_enc, phone_enc from volunteer where id in (select jsonb_array_elements_text(?::jsonb))`, [
      JSON.stringify(volunteerIds),
    ]);
}

/** The sealed card photos of these volunteers that have one. */
export async function sealedCardPhotos(em: EntityManager, volunteerIds: readonly string[]): Promise<{ id: string; card_photo_enc: Buffer }[]> {
  return em
    .getConnection()
    .execute(`select id, card_photo_enc from volunteer where card_photo_enc is not null and id in (select jsonb_array_elements_text(?::jsonb))`, [
      JSON.stringify(volunteerIds),
    ]);
}

/** Sets (sealed) or, with null, removes an active volunteer's card photo. */
export async function setCardPhoto(em: EntityManager, volunteerId: string, sealed: Buffer | null): Promise<void> {
  await em
    .getConnection()
    .execute(`update volunteer set card_photo_enc = ? where id = ? and deleted_at is null`, [sealed, volunteerId], 'run', transactionOf(em));
}
