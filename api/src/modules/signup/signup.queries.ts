// SQL of a volunteer's own sign-ups (`me { signups }`, the hottest signed-in read): a page with
// its shifts in one statement, because a MikroORM query for each, built and hydrated on every
// request, cost several times what PostgreSQL spends answering them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadedColumns, readOnlyEntity } from '../../common/read-only-entity.js';
import { transactionOf } from '../../common/transaction.js';
import { Shift } from '../project/shift.entity.js';
import type { Volunteer } from '../volunteer/volunteer.entity.js';
import { Signup } from './signup.entity.js';

/** Shift columns come back prefixed, beside the sign-up's own. */
const SHIFT_PREFIX = 's__';

/**
 * Up to `limit` sign-ups of the volunteer, newest (highest ID) first, after `beforeId` when given,
 * each with its shift and the volunteer: read-only instances (common/read-only-entity.ts) for an answer.
 */
export async function volunteerSignupPage(em: EntityManager, volunteer: Volunteer, beforeId: string | null, limit: number): Promise<Signup[]> {
  const select = [...loadedColumns(em, Signup).map((c) => `g.${c}`), ...loadedColumns(em, Shift).map((c) => `s.${c} as ${SHIFT_PREFIX}${c}`)].join(', ');
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select ${select} from signup g join shift s on s.id = g.shift_id
      where g.volunteer_id = ?${beforeId === null ? '' : ' and g.id < ?'}
      order by g.id desc limit ?`,
    beforeId === null ? [volunteer.id, limit] : [volunteer.id, beforeId, limit],
    'all',
    transactionOf(em),
  );
  return rows.map((row) => readOnlyEntity(em, Signup, row, '', { shift: readOnlyEntity(em, Shift, row, SHIFT_PREFIX), volunteer }));
}

/** How many sign-ups (any status) the volunteer has: a page's totalCount. */
export async function countVolunteerSignups(em: EntityManager, volunteerId: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from signup where volunteer_id = ?`, [volunteerId], 'all', transactionOf(em));
  return row.n;
}
