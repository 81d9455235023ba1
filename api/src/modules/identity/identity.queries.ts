// SQL of accounts, sessions and sign-in limits (identity.service.ts, account.service.ts,
// throttle.ts, verification.service.ts); one-time codes keep theirs in verification.queries.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { newId } from '../../common/ids.js';
import { SEALED_COLUMNS, VOLUNTEER_COLUMNS } from '../volunteer/volunteer.queries.js';

/**
 * The viewer behind a session token's hash (one parameter), with the volunteer's public row so
 * that `me` needs no second query; exported for bench/flash-signup.mjs.
 */
export const VIEWER_SQL = `select s.id as session_id, s.expires_at as session_expires_at, ${VOLUNTEER_COLUMNS.map((c) => `v.${c}`).join(', ')},
              ${SEALED_COLUMNS.map((c) => `v.${c}`).join(', ')}
         from session s join volunteer v on v.id = s.volunteer_id
        where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and v.deleted_at is null`;

export type ViewerRow = { session_id: string; session_expires_at: Date; id: string; is_platform_admin: boolean } & Record<string, unknown>;

export async function findViewerRow(em: EntityManager, tokenHash: Buffer): Promise<ViewerRow | null> {
  const rows = await em.getConnection().execute<ViewerRow[]>(VIEWER_SQL, [tokenHash]);
  return rows[0] ?? null;
}

/** Which of a registration's identity number, phone and email an account has already. */
export async function findTakenIdentity(
  em: EntityManager,
  idNumberIndex: Buffer,
  phoneIndex: Buffer,
  email: string | null,
): Promise<{ idNumber: boolean; phone: boolean; email: boolean }> {
  const [row] = await em.getConnection().execute<{ id_taken: boolean; phone_taken: boolean; email_taken: boolean }[]>(
    `select exists(select 1 from volunteer where id_number_index = ?) as id_taken,
            exists(select 1 from volunteer where phone_index = ?) as phone_taken,
            exists(select 1 from volunteer where email = ?) as email_taken`,
    [idNumberIndex, phoneIndex, email],
    'all',
    transactionOf(em),
  );
  return { idNumber: row.id_taken, phone: row.phone_taken, email: row.email_taken };
}

export async function setPasswordHash(em: EntityManager, volunteerId: string, hash: string): Promise<void> {
  await em.getConnection().execute(`update volunteer set password_hash = ? where id = ?`, [hash, volunteerId], 'run', transactionOf(em));
}

/** Ends every live session of the volunteer, but the one `keepSessionId` names. */
export async function revokeSessions(em: EntityManager, volunteerId: string, keepSessionId: string | null = null): Promise<void> {
  await em
    .getConnection()
    .execute(
      keepSessionId
        ? `update session set revoked_at = now() where volunteer_id = ? and id <> ? and revoked_at is null`
        : `update session set revoked_at = now() where volunteer_id = ? and revoked_at is null`,
      keepSessionId ? [volunteerId, keepSessionId] : [volunteerId],
      'run',
      transactionOf(em),
    );
}

/** Profile columns to change, their values as stored (a column left out stays as it is). */
export interface ProfileColumns {
  email?: string | null;
  district?: string | null;
  skills?: string[];
  notifyEmail?: boolean;
  notifySms?: boolean;
  /** Both sealed, or both null. */
  emergencyContact?: { nameEnc: Buffer | null; phoneEnc: Buffer | null };
}

/** The assignment of each plain profile column (its value one parameter). */
const PROFILE_SETS: Record<Exclude<keyof ProfileColumns, 'emergencyContact'>, string> = {
  email: 'email = ?',
  district: 'district = ?',
  skills: 'skills = array(select jsonb_array_elements_text(?::jsonb))',
  notifyEmail: 'notify_email = ?',
  notifySms: 'notify_sms = ?',
};

/** Changes the columns given of a live account; false when none was given. */
export async function updateProfileColumns(em: EntityManager, volunteerId: string, columns: ProfileColumns): Promise<boolean> {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [column, set] of Object.entries(PROFILE_SETS) as [keyof typeof PROFILE_SETS, string][]) {
    const value = columns[column];
    if (value === undefined) continue;
    sets.push(set);
    params.push(column === 'skills' ? JSON.stringify(value) : value);
  }
  if (columns.emergencyContact !== undefined) {
    sets.push('emergency_contact_name_enc = ?', 'emergency_contact_phone_enc = ?');
    params.push(columns.emergencyContact.nameEnc, columns.emergencyContact.phoneEnc);
  }
  if (!sets.length) return false;
  await em.getConnection().execute(`update volunteer set ${sets.join(', ')} where id = ? and deleted_at is null`, [...params, volunteerId]);
  return true;
}

export async function setPhone(em: EntityManager, volunteerId: string, phoneEnc: Buffer, phoneIndex: Buffer): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update volunteer set phone_enc = ?, phone_index = ? where id = ? and deleted_at is null`,
      [phoneEnc, phoneIndex, volunteerId],
      'run',
      transactionOf(em),
    );
}

/** The sealed emergency contact (null when none is kept). */
export async function findEmergencyContact(em: EntityManager, volunteerId: string): Promise<{ nameEnc: Buffer; phoneEnc: Buffer } | null> {
  const [row] = await em
    .getConnection()
    .execute<{ name: Buffer | null; phone: Buffer | null }[]>(
      `select emergency_contact_name_enc as name, emergency_contact_phone_enc as phone from volunteer where id = ?`,
      [volunteerId],
    );
  return row?.name && row.phone ? { nameEnc: row.name, phoneEnc: row.phone } : null;
}

/** Erases the account's personal data; its row stays, under `displayName`, for its service record. */
export async function eraseVolunteer(em: EntityManager, volunteerId: string, displayName: string): Promise<void> {
  await em.getConnection().execute(
    `update volunteer set real_name_enc = null, id_number_enc = null, id_number_index = null, phone_enc = null,
       phone_index = null, guardian_name_enc = null, guardian_phone_enc = null, emergency_contact_name_enc = null, emergency_contact_phone_enc = null, email = null, password_hash = null,
       public_profile = false, guardian_consent_at = null, guardian_consent_name_enc = null, card_photo_enc = null,
       birth_date = null, district = null, skills = '{}', display_name = ?, deleted_at = now()
     where id = ?`,
    [displayName, volunteerId],
    'run',
    transactionOf(em),
  );
}

// Sign-in limits (throttle.ts).

export interface CounterRow {
  key: string;
  failures: number;
  window_started_at: Date;
}

/** Counts one attempt against every key, a key whose window began at or before `windowStart` starting afresh at `now`. */
export async function countAttempts(em: EntityManager, keys: string[], now: Date, windowStart: Date): Promise<CounterRow[]> {
  return em.getConnection().execute<CounterRow[]>(
    `insert into auth_throttle (key, failures, window_started_at)
     select key, 1, ?::timestamptz from jsonb_array_elements_text(?::jsonb) as attempt(key)
     on conflict (key) do update set
       failures = case when auth_throttle.window_started_at <= ? then 1 else auth_throttle.failures + 1 end,
       window_started_at = case when auth_throttle.window_started_at <= ? then excluded.window_started_at else auth_throttle.window_started_at end
     returning key, failures, window_started_at`,
    [now, JSON.stringify(keys), windowStart, windowStart],
    'all',
    transactionOf(em),
  );
}

export async function deleteCounters(em: EntityManager, keys: string[]): Promise<void> {
  await em
    .getConnection()
    .execute(`delete from auth_throttle where key in (select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(keys)], 'run', transactionOf(em));
}

/** Gives each key one attempt back. */
export async function returnAttempt(em: EntityManager, keys: string[]): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update auth_throttle set failures = greatest(failures - 1, 0) where key in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(keys)],
      'run',
      transactionOf(em),
    );
}

export async function isTrustedDevice(em: EntityManager, tokenHash: Buffer, volunteerId: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ n: number }[]>(
      `select 1 as n from trusted_device where token_hash = ? and volunteer_id = ?`,
      [tokenHash, volunteerId],
      'all',
      transactionOf(em),
    );
  return rows.length > 0;
}

/** Remembers the device (or keeps it fresh). */
export async function upsertTrustedDevice(em: EntityManager, tokenHash: Buffer, volunteerId: string): Promise<void> {
  await em.getConnection().execute(
    `insert into trusted_device (id, token_hash, volunteer_id) values (?, ?, ?)
     on conflict (token_hash, volunteer_id) do update set last_used_at = now()`,
    [newId('dev'), tokenHash, volunteerId],
    'run',
    transactionOf(em),
  );
}
