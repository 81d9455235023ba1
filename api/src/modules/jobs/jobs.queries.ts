// Reading the job queue's table for the staff page. pg-boss keeps each job as a row of
// pgboss.job (common/job-queue.ts); its API has no listing, so the page reads the row's
// documented columns here, and changes jobs only through JobQueue.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isJobResult, JOB_SCHEMA, JobState } from '../../common/job-queue.js';
import { firstLine } from '../../common/error-mapper.js';
import type { BackgroundJob, BackgroundJobCount } from './background-job.js';

interface JobRow {
  id: string;
  name: string;
  state: JobState;
  data: unknown;
  retry_count: number;
  retry_limit: number;
  created_on: Date | string;
  start_after: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  output: unknown;
}

/** Jobs, newest first; of one state, or the one job of an ID, when given. */
export async function listJobs(em: EntityManager, filter: { state?: JobState | null; id?: string }, limit: number): Promise<BackgroundJob[]> {
  const where = [...(filter.state ? ['state = ?'] : []), ...(filter.id ? ['id = ?::uuid'] : [])];
  const rows = await em.getConnection().execute<JobRow[]>(
    `select id, name, state, data, retry_count, retry_limit, created_on, start_after, started_on, completed_on, output
       from ${JOB_SCHEMA}.job ${where.length ? `where ${where.join(' and ')}` : ''} order by created_on desc, id limit ?`,
    [...(filter.state ? [filter.state] : []), ...(filter.id ? [filter.id] : []), limit],
  );
  return rows.map((r) => ({
    id: r.id,
    queue: r.name,
    state: r.state,
    data: JSON.stringify(r.data ?? {}),
    retryCount: r.retry_count,
    retryLimit: r.retry_limit,
    createdAt: new Date(r.created_on),
    startAfter: new Date(r.start_after),
    startedAt: r.started_on ? new Date(r.started_on) : null,
    completedAt: r.completed_on ? new Date(r.completed_on) : null,
    error: errorOf(r),
    result: r.state === JobState.COMPLETED && isJobResult(r.output) ? r.output.result : null,
  }));
}

/** Counts by queue and state (completed and cancelled: of the last day). */
export async function countJobs(em: EntityManager): Promise<BackgroundJobCount[]> {
  const rows = await em.getConnection().execute<{ name: string; state: JobState; n: number }[]>(
    `select name, state, count(*)::int as n from ${JOB_SCHEMA}.job
      where state not in (?, ?) or completed_on > now() - interval '1 day'
      group by name, state order by name, state`,
    [JobState.COMPLETED, JobState.CANCELLED],
  );
  return rows.map((r) => ({ queue: r.name, state: r.state, count: r.n }));
}

/** The queue a job is on (null: no such job). */
export async function queueOfJob(em: EntityManager, id: string): Promise<{ queue: string; state: JobState } | null> {
  const [row] = await em.getConnection().execute<{ name: string; state: JobState }[]>(`select name, state from ${JOB_SCHEMA}.job where id = ?::uuid`, [id]);
  return row ? { queue: row.name, state: row.state } : null;
}

// Timestamps come as the driver gives them (MikroORM's connection leaves them as text).

/** A failed try leaves its error as the job's output ({ message, stack, … }); the message's first line, never the stack. */
function errorOf(row: JobRow): string | null {
  if (row.state !== JobState.FAILED && row.state !== JobState.RETRY) return null;
  const message = (row.output as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? firstLine(message) : null;
}
