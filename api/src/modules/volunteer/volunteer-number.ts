// Unified volunteer numbers (志愿者编号): "AX" and ten digits from a database sequence,
// public and stable, carrying no personal data.
import type { EntityManager } from '@mikro-orm/postgresql';

export function formatVolunteerNumber(sequence: number): string {
  return `AX${String(sequence).padStart(10, '0')}`;
}

export async function nextVolunteerNumbers(em: EntityManager, count: number): Promise<string[]> {
  const rows = await em.getConnection().execute<{ n: string }[]>(`select nextval('volunteer_number_seq') as n from generate_series(1, ?)`, [count]);
  return rows.map((r) => formatVolunteerNumber(Number(r.n)));
}
