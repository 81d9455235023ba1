// The job queue as platform staff and the publish path use it, against real PostgreSQL: a job
// that fails every try is listed with its error and counted, only staff may see or retry it, a
// retry runs it again; publishing a lottery activity through /graphql sends its draw job for
// the closing moment, once however often it is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { JobName, JobQueue, queueName } from '../../api/src/common/job-queue.js';
import { LotteryDraws } from '../../api/src/modules/lottery/draw-jobs.js';
import { errorCode, testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { databaseUrl } from '../helpers/database.js';

let orm: MikroORM;
let jobs: JobQueue;
let server: Awaited<ReturnType<typeof testServer>>;
let staff: Record<string, string>;
let coordinator: Record<string, string>;
let volunteer: Record<string, string>;
const published: Promise<unknown>[] = [];

const FLAKY = queueName(JobName.SITE_DUE, 'background-jobs-test');
let flakyFails = true;
let flakyRuns = 0;

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const sql = (text: string, params: unknown[] = []) => orm.em.getConnection().execute(text, params);
const stateOf = async (id: string) => ((await sql(`select state from pgboss.job where id = ?::uuid`, [id])) as { state: string }[])[0]?.state;

const JOBS = `query($state: BackgroundJobState) { backgroundJobs(state: $state, first: 50) { id queue state data retryCount retryLimit error startedAt completedAt } }`;
const COUNTS = `{ backgroundJobCounts { queue state count } }`;
const RETRY = `mutation($id: ID!) { retryBackgroundJob(id: $id) { id state } }`;

beforeAll(async () => {
  orm = await testOrm();
  jobs = await new JobQueue({ databaseUrl: databaseUrl(), workers: 1, pollSeconds: 0.5, maintenanceSeconds: 30, log: () => undefined }).start();
  const draws = new LotteryDraws(orm, jobs);
  server = await testServer(orm, { jobs, onProjectsPublished: (ids) => void published.push(draws.schedule(ids)) });
  await jobs.work(FLAKY, async () => {
    flakyRuns++;
    if (flakyFails) throw new Error('the build host refused the upload\nat line 2 of a stack that is never shown');
  });
  staff = await signIn(server, DEMO.admin);
  coordinator = await signIn(server, DEMO.coordinator);
  volunteer = await signIn(server, DEMO.volunteer);
});

afterAll(async () => {
  await jobs?.stop();
  await server?.close();
  await orm?.close();
});

describe('background jobs for platform staff', () => {
  let failedId: string;

  it('lists a job that failed every try with its error, and counts it', async () => {
    failedId = (await jobs.send(FLAKY, { note: 'one try only' }, { retryLimit: 0 }))!;
    await until(async () => (await stateOf(failedId)) === 'failed', 'the job to fail');
    const listed = ok(await server.gql(JOBS, { state: 'FAILED' }, staff)).backgroundJobs;
    expect(listed.find((j: any) => j.id === failedId)).toMatchObject({
      queue: FLAKY,
      state: 'FAILED',
      data: JSON.stringify({ note: 'one try only' }),
      retryCount: 0,
      retryLimit: 0,
      error: 'the build host refused the upload',
    });
    expect(listed.every((j: any) => j.state === 'FAILED')).toBe(true);
    const counts = ok(await server.gql(COUNTS, {}, staff)).backgroundJobCounts;
    expect(counts).toContainEqual({ queue: FLAKY, state: 'FAILED', count: 1 });
  });

  it('is for platform staff only', async () => {
    for (const [headers, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [volunteer, 'FORBIDDEN'],
      [coordinator, 'FORBIDDEN'],
    ] as const) {
      expect(errorCode(await server.gql(JOBS, {}, headers))).toBe(code);
      expect(errorCode(await server.gql(COUNTS, {}, headers))).toBe(code);
      expect(errorCode(await server.gql(RETRY, { id: failedId }, headers))).toBe(code);
    }
    expect(await stateOf(failedId)).toBe('failed');
    expect(errorCode(await server.gql(`{ backgroundJobs(first: 500) { id } }`, {}, staff))).toBe('BAD_USER_INPUT');
  });

  it('runs a failed job again when staff retry it; only a failed job, only one that exists', async () => {
    expect(errorCode(await server.gql(RETRY, { id: '00000000-0000-4000-8000-000000000000' }, staff))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(RETRY, { id: 'not-a-job' }, staff))).toBe('NOT_FOUND');
    flakyFails = false;
    const runs = flakyRuns;
    const retried = ok(await server.gql(RETRY, { id: failedId }, staff)).retryBackgroundJob;
    expect(retried.id).toBe(failedId);
    expect(['RETRY', 'ACTIVE', 'COMPLETED']).toContain(retried.state);
    await until(async () => (await stateOf(failedId)) === 'completed', 'the retried job to complete');
    expect(flakyRuns).toBe(runs + 1);
    expect(errorCode(await server.gql(RETRY, { id: failedId }, staff))).toBe('CONFLICT');
  });
});

describe('publishing a lottery activity', () => {
  it('sends its draw job for the moment registration closes, once', async () => {
    const [{ id: orgId }] = (await sql(`select id from organization where name = '龙华区青年志愿者协会'`)) as { id: string }[];
    const at = (h: number) => new Date(Date.now() + h * 3_600_000);
    const closesAt = new Date(Math.floor(at(24).getTime() / 1000) * 1000);
    const created = ok(
      await server.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
        {
          input: {
            organizationId: orgId,
            title: '抽签活动：发布即排定抽签',
            summary: '名额抽签',
            shifts: [
              {
                startsAt: at(48).toISOString(),
                endsAt: at(50).toISOString(),
                capacity: 5,
                allocation: 'LOTTERY',
                registrationClosesAt: closesAt.toISOString(),
              },
            ],
          },
        },
        coordinator,
      ),
    ).createProject;
    const shiftId = created.shifts[0].id;
    const draftJobs = await sql(`select id from pgboss.job where name = 'lottery.draw' and data->>'shiftId' = ?`, [shiftId]);
    expect(draftJobs).toHaveLength(0);
    ok(await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id: created.id }, coordinator));
    await Promise.all(published);
    // A worker starting later sends every undrawn shift's job again: the same job.
    await new LotteryDraws(orm, jobs).schedule();
    const sent = (await sql(`select state, start_after from pgboss.job where name = 'lottery.draw' and data->>'shiftId' = ?`, [shiftId])) as {
      state: string;
      start_after: Date;
    }[];
    expect(sent).toHaveLength(1);
    expect(sent[0].state).toBe('created');
    expect(new Date(sent[0].start_after).toISOString()).toBe(closesAt.toISOString());
  });
});

describe('a queue whose partition shows late', () => {
  // pg-boss keeps a queue's jobs in a partition made with the queue (common/job-queue.ts).
  const queueRow = (name: string, partition: string) =>
    sql(
      `insert into pgboss.queue (name, policy, retry_limit, retry_delay, retry_backoff, expire_seconds, retention_minutes, partition_name)
       values (?, 'standard', 2, 0, true, 900, 20160, ?)`,
      [name, partition],
    );

  it('takes a job once the partition is there, and gives up on one that never comes', async () => {
    const late = queueName(JobName.SITE_DUE, 'partition-late');
    await queueRow(late, 'jtest_partition_late');
    const sent = jobs.send(late, { note: 'sent before its partition' });
    await new Promise((r) => setTimeout(r, 150));
    await sql(`create table pgboss.jtest_partition_late (like pgboss.job including defaults)`);
    await sql(`alter table pgboss.job attach partition pgboss.jtest_partition_late for values in ('${late}')`);
    const id = await sent;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await stateOf(id!)).toBe('created');

    const never = queueName(JobName.SITE_DUE, 'partition-never');
    await queueRow(never, 'jtest_partition_never');
    await expect(jobs.send(never, {})).rejects.toThrow(/no partition of relation "job" found for row/);
  });
});
