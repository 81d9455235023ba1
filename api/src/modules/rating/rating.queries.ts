// SQL of ratings: who attended an activity (and so may rate it), and the public summaries.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { LIVE_SERVICE_SQL } from '../ledger/ledger-writer.js';
import { SignupStatus } from '../signup/signup.entity.js';
import type { RatingSummary } from './rating.entity.js';

/**
 * Whether volunteer `volunteer` attended project `project` (SQL expressions, each used once,
 * the volunteer's first): a shift of it has ended and they have a live service record on it,
 * or were marked present (ATTENDED) there.
 */
export function attendedSql(project: string, volunteer: string): string {
  return `exists (select 1 from (select ${volunteer}::varchar as id) who join shift s on s.project_id = ${project} and s.ends_at <= now()
     where exists (select 1 from signup g where g.shift_id = s.id and g.volunteer_id = who.id and g.status = '${SignupStatus.ATTENDED}')
        or exists (select 1 from hour_entry e where e.shift_id = s.id and e.volunteer_id = who.id and ${LIVE_SERVICE_SQL}))`;
}

/** Whether the volunteer attended the project (see attendedSql). One query. */
export async function hasAttended(em: EntityManager, projectId: string, volunteerId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ ok: boolean }[]>(`select ${attendedSql('?', '?')} as ok`, [volunteerId, projectId], 'all', transactionOf(em));
  return rows[0]?.ok === true;
}

/**
 * Scores that make up a team's rating: SQL yielding (organization_id, score) rows, score 1..5.
 * Activity ratings are one source; another kind of rated service adds its own to the list it
 * passes to organizationRatingSummaries.
 */
export const ACTIVITY_SCORES_SQL = `select organization_id, score from rating`;

interface SummaryRow {
  key: string;
  average: string | null;
  count: string;
}

function toSummaries(keys: readonly string[], rows: SummaryRow[]): Map<string, RatingSummary> {
  const byKey = new Map(rows.map((r) => [r.key, { average: r.average === null ? null : Number(r.average), count: Number(r.count) }]));
  return new Map(keys.map((k) => [k, byKey.get(k) ?? { average: null, count: 0 }]));
}

/** Average (two decimals) and count of the ratings of each project, in one query. Hidden comments' scores count. */
export async function projectRatingSummaries(em: EntityManager, projectIds: readonly string[]): Promise<Map<string, RatingSummary>> {
  const rows = await em.getConnection().execute<SummaryRow[]>(
    `select project_id as key, round(avg(score), 2) as average, count(*) as count
       from rating where project_id = any(select jsonb_array_elements_text(?::jsonb)) group by project_id`,
    [JSON.stringify(projectIds)],
  );
  return toSummaries(projectIds, rows);
}

/**
 * Average (two decimals) and count of each team's scores across `sources` (by default its
 * activities' ratings; see ACTIVITY_SCORES_SQL), in one query.
 */
export async function organizationRatingSummaries(
  em: EntityManager,
  organizationIds: readonly string[],
  sources: readonly string[] = [ACTIVITY_SCORES_SQL],
): Promise<Map<string, RatingSummary>> {
  const rows = await em.getConnection().execute<SummaryRow[]>(
    `select organization_id as key, round(avg(score), 2) as average, count(*) as count
       from (${sources.join(' union all ')}) scores
      where organization_id = any(select jsonb_array_elements_text(?::jsonb)) group by organization_id`,
    [JSON.stringify(organizationIds)],
  );
  return toSummaries(organizationIds, rows);
}
