// SQL of public pages (志愿者风采): who shows one, their guardian on file, their teams.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { OrganizationStatus } from '../organization/organization.entity.js';

/** What switching the page needs to know of the volunteer: their birth date (minors) and the guardian named at registration. */
export async function consentFacts(em: EntityManager, volunteerId: string): Promise<{ birthDate: string | null; guardianNameEnc: Buffer | null } | null> {
  const [row] = await em
    .getConnection()
    .execute<{ birth_date: string | Date | null; guardian_name_enc: Buffer | null }[]>(
      `select birth_date, guardian_name_enc from volunteer where id = ? and deleted_at is null`,
      [volunteerId],
    );
  if (!row) return null;
  const birth = row.birth_date instanceof Date ? row.birth_date.toISOString().slice(0, 10) : row.birth_date;
  return { birthDate: birth, guardianNameEnc: row.guardian_name_enc };
}

/** Switches the page, with the guardian's consent (or none); off erases any consent kept. */
export async function writeVisibility(em: EntityManager, volunteerId: string, visible: boolean, consent: { at: Date; nameEnc: Buffer } | null): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update volunteer set public_profile = ?, guardian_consent_at = ?, guardian_consent_name_enc = ? where id = ? and deleted_at is null`,
      [visible, consent?.at ?? null, consent?.nameEnc ?? null, volunteerId],
      'run',
      transactionOf(em),
    );
}

/** The active volunteer with this number whose page is public, or null (whether or not the number exists). */
export async function publicVolunteerId(em: EntityManager, number: string): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<{ id: string }[]>(`select id from volunteer where volunteer_number = ? and public_profile and deleted_at is null`, [number]);
  return row?.id ?? null;
}

/** The approved teams each volunteer belongs to, by name. One statement. */
export async function approvedTeamIds(em: EntityManager, volunteerIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await em.getConnection().execute<{ volunteer_id: string; organization_id: string }[]>(
    `select m.volunteer_id, m.organization_id from membership m join organization o on o.id = m.organization_id
      where o.status = ? and m.volunteer_id in (select jsonb_array_elements_text(?::jsonb))
      order by o.name, o.id`,
    [OrganizationStatus.APPROVED, JSON.stringify(volunteerIds)],
  );
  const out = new Map<string, string[]>(volunteerIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.volunteer_id)?.push(r.organization_id);
  return out;
}
