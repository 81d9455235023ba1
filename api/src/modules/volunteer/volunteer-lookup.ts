// One active volunteer by ID in a single plain statement, for the hottest read (`me`): building a
// MikroORM query each time costs about as much as running it. Personal-data columns stay lazy.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Volunteer } from './volunteer.entity.js';

/** The columns `me` shows (personal-data columns stay lazy), also read by the session lookup. */
export const VOLUNTEER_COLUMNS = ['id', 'volunteer_number', 'display_name', 'email', 'birth_date', 'district', 'skills', 'is_platform_admin', 'total_minutes', 'created_at', 'deleted_at'] as const;
const COLUMNS = VOLUNTEER_COLUMNS.join(', ');

export async function findActiveVolunteer(em: EntityManager, id: string): Promise<Volunteer | null> {
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(`select ${COLUMNS} from volunteer where id = ? and deleted_at is null`, [id]);
  return row ? em.map(Volunteer, row) : null;
}

/** The volunteer from a row that holds at least VOLUNTEER_COLUMNS (as the session lookup reads it). */
export function volunteerFromRow(em: EntityManager, row: Record<string, unknown>): Volunteer {
  // The row may be shared by requests (the session cache): arrays are copied, not handed out.
  return em.map(Volunteer, Object.fromEntries(VOLUNTEER_COLUMNS.map((c) => [c, Array.isArray(row[c]) ? [...(row[c] as unknown[])] : row[c]])));
}
