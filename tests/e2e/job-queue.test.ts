// The job queue across processes, as deployed: a job whose process is killed (kill -9) midway is
// taken up by another process once it expires and completes once; two API processes serving
// one data directory build the site once per burst of changes, and both serve that build; with
// two processes, a waitlist promotion reaches the volunteer by email within seconds, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { JobName, JobQueue, queueName } from '../../api/src/common/job-queue.js';
import { repoRoot } from '../../api/src/config.js';
import { gql } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { databaseUrl } from '../helpers/database.js';
import { startProductsOnRunDatabase, type ProductsOnOneDatabase } from '../helpers/product.js';
import { createCrowd } from '../helpers/crowd.js';
import { catchMail, type MailCatcher } from '../helpers/smtp.js';

let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
});

afterAll(() => db?.end());

/** A worker process (tests/fixtures/job-worker.mjs) running `queue`, each job held `holdMs`. */
function worker(queue: string, holdMs: number) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'tests/fixtures/job-worker.mjs'), databaseUrl(), queue, String(holdMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const waitFor = async (text: string, timeoutMs = 30_000) => {
    const until = Date.now() + timeoutMs;
    while (!out.includes(text)) {
      if (Date.now() > until || child.exitCode !== null) throw new Error(`worker: no "${text}" in:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, waitFor, output: () => out };
}

const exited = (child: ChildProcess) => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));

describe('a job whose process dies', () => {
  it('is run again by another process once it expires, and completes once', async () => {
    await db.query('create table job_run (job_id uuid not null, pid int not null)');
    const queue = queueName(JobName.SITE_DUE, 'kill-test');
    const first = worker(queue, 60_000);
    let second: ReturnType<typeof worker> | null = null;
    const sender = await new JobQueue({ databaseUrl: databaseUrl(), workers: 0, pollSeconds: 0.5, maintenanceSeconds: 30, log: () => undefined }).start();
    try {
      await first.waitFor('worker ready');
      const id = (await sender.send(queue, { note: 'kill me' }, { expireInSeconds: 2 }))!;
      await first.waitFor(`running ${id}`);
      first.child.kill('SIGKILL');
      await exited(first.child);
      expect((await db.query(`select state from pgboss.job where id = $1`, [id])).rows[0].state).toBe('active');

      second = worker(queue, 0);
      await second.waitFor(`done ${id}`, 60_000);
      const runs = (await db.query(`select pid from job_run where job_id = $1`, [id])).rows;
      expect(runs).toEqual([{ pid: second.child.pid }]);
      // The handler has returned; pg-boss marks the job complete just after.
      const job = async () => (await db.query(`select state, retry_count from pgboss.job where id = $1`, [id])).rows[0];
      await expect.poll(job, { timeout: 10_000, interval: 100 }).toEqual({ state: 'completed', retry_count: 1 });
      // Nothing runs it a third time.
      await new Promise((r) => setTimeout(r, 3_000));
      expect((await db.query(`select count(*)::int as n from job_run where job_id = $1`, [id])).rows[0].n).toBe(1);
    } finally {
      first.child.kill('SIGKILL');
      second?.child.kill('SIGTERM');
      await sender.stop();
    }
  }, 120_000);
});

describe('two API processes serving one data directory', () => {
  let products: ProductsOnOneDatabase;

  beforeAll(async () => {
    products = await startProductsOnRunDatabase(2, { AIXIN_BUILD_SITE: '1', AIXIN_REBUILD_DEBOUNCE_MS: '1500', AIXIN_JOB_POLL_MS: '500' });
  }, 180_000);

  afterAll(() => products?.stop());

  const builds = () => products.processes.reduce((n, p) => n + (p.output().match(/Site built in/g)?.length ?? 0), 0);
  const queued = async () =>
    (await db.query(`select count(*)::int as n from pgboss.job where name like 'site.rebuild/%' and state in ('created', 'retry', 'active')`)).rows[0]
      .n as number;

  it('build the site once for a burst of changes made through both, and both serve it', async () => {
    const [a, b] = products.processes;
    await Promise.race([a, b].map((p) => p.waitFor(/Site ready at/, 240_000)));
    // Both asked for a build at start: at most one ran while the other waited, never two at once.
    await expect.poll(queued, { timeout: 240_000, interval: 500 }).toBe(0);
    const before = builds();
    expect(before).toBeGreaterThanOrEqual(1);
    expect(before).toBeLessThanOrEqual(2);

    const login = await gql(`${a.url}/graphql`, `mutation { logIn(input: { login: "${DEMO.coordinator}", password: "demo-password-2026" }) { token } }`);
    const headers = { authorization: `Bearer ${login.data.logIn.token}` };
    const [{ id: orgId }] = (await db.query(`select id from organization where name = '龙华区青年志愿者协会'`)).rows;
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const publish = async (url: string, title: string) => {
      const created = await gql(
        `${url}/graphql`,
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        { input: { organizationId: orgId, title, summary: '一次构建', shifts: [{ startsAt: at(48), endsAt: at(50), capacity: 5 }] } },
        headers,
      );
      const published = await gql(
        `${url}/graphql`,
        `mutation($id: ID!) { publishProject(id: $id) { id status } }`,
        { id: created.data.createProject.id },
        headers,
      );
      expect(published.data.publishProject.status).toBe('PUBLISHED');
      return created.data.createProject.id as string;
    };
    // Two changes through the two processes, within the quiet time: one build.
    const ids = await Promise.all([publish(a.url, '两进程构建测试活动甲'), publish(b.url, '两进程构建测试活动乙')]);
    await expect.poll(builds, { timeout: 240_000, interval: 500 }).toBe(before + 1);
    await expect.poll(queued, { timeout: 30_000, interval: 500 }).toBe(0);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(builds()).toBe(before + 1);

    // The build is on both processes: each serves both activities' pages.
    for (const p of [a, b]) {
      for (const id of ids) {
        const page = await fetch(`${p.url}/projects/${id}/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain(id === ids[0] ? '两进程构建测试活动甲' : '两进程构建测试活动乙');
      }
    }
  }, 600_000);
});

describe('messages with two API processes', () => {
  let products: ProductsOnOneDatabase;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await catchMail();
    products = await startProductsOnRunDatabase(2, { AIXIN_SMTP_URL: mail.url, AIXIN_JOB_POLL_MS: '500' });
  }, 180_000);

  afterAll(async () => {
    await products?.stop();
    await mail?.close();
  });

  it('a waitlist promotion reaches the volunteer by email within seconds, once', async () => {
    const [a, b] = products.processes;
    const [holder, waiting] = await createCrowd(databaseUrl(), 2);
    const address = `waiting-${Date.now()}@volunteers.test`;
    await db.query(`update volunteer set email = $1 where id = $2`, [address, waiting.id]);
    const login = await gql(`${a.url}/graphql`, `mutation { logIn(input: { login: "${DEMO.coordinator}", password: "demo-password-2026" }) { token } }`);
    const headers = { authorization: `Bearer ${login.data.logIn.token}` };
    const [{ id: orgId }] = (await db.query(`select id from organization where name = '龙华区青年志愿者协会'`)).rows;
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const created = await gql(
      `${a.url}/graphql`,
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      { input: { organizationId: orgId, title: '候补转正邮件测试', summary: '一个名额', shifts: [{ startsAt: at(30), endsAt: at(32), capacity: 1 }] } },
      headers,
    );
    await gql(`${a.url}/graphql`, `mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.data.createProject.id }, headers);
    const shiftId = created.data.createProject.shifts[0].id;
    const signUp = (url: string, h: Record<string, string>) =>
      gql(`${url}/graphql`, `mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }`, { s: shiftId }, h);
    const held = (await signUp(a.url, holder.headers)).data.signUp;
    expect((await signUp(b.url, waiting.headers)).data.signUp.status).toBe('WAITLISTED');

    const cancelledAt = Date.now();
    const cancelled = await gql(`${b.url}/graphql`, `mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: held.id }, holder.headers);
    expect(cancelled.data.cancelSignup.status).toBe('CANCELLED');
    await expect.poll(() => mail.to(address).length, { timeout: 15_000, interval: 100 }).toBe(1);
    const [sent] = mail.to(address);
    // Within seconds of the change (the workers hear of it at once; no waiting for a poll).
    expect(sent.at - cancelledAt).toBeLessThan(5_000);
    expect(sent.raw).toMatch(/^List-Unsubscribe:\s+<http/m);
    // The deliverer records the send once the mail server has taken it, a moment after the mail arrives.
    const emailStatus = async () =>
      (
        await db.query(
          `select d.status from outbox_delivery d join outbox o on o.id = d.message_id where o.recipient_id = $1 and o.topic = 'signup.promoted' and d.channel = 'EMAIL'`,
          [waiting.id],
        )
      ).rows.map((r) => r.status as string);
    await expect.poll(emailStatus, { timeout: 10_000, interval: 100 }).toEqual(['SENT']);
    // Both processes heard of the message; it went once.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(mail.to(address)).toHaveLength(1);
  }, 120_000);
});
