// `npm start` with AIXIN_WEB_PROCESSES=2 on the embedded PostgreSQL: a first process prepares the
// database and starts two processes sharing the port; a signed-in volunteer is answered by both;
// one that dies is replaced; SIGTERM stops them all, then the database.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gql } from '../helpers/api.js';
import { embeddedDataDir, freePort, startOnEmbeddedDatabase, type Product } from '../helpers/product.js';

const dataDir = embeddedDataDir('aixin-web-processes-');
let product: Product | undefined;

afterAll(async () => {
  await product?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The processes a process started, from /proc. */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
}

/** The Node processes among them (the embedded PostgreSQL's postmaster is a child too). */
function webProcesses(pid: number): number[] {
  return childrenOf(pid).filter((child) => readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('main.js'));
}

describe('several web processes on one port', () => {
  it('serves from each, replaces one that dies and stops all with the database', async () => {
    const pgPort = await freePort();
    product = await startOnEmbeddedDatabase(dataDir, pgPort, { AIXIN_WEB_PROCESSES: '2' });
    await product.waitFor(/Aixin 爱心 is running \([\d.]+ s, 2 processes\)[\s\S]*13800000002/, 150_000);
    const primary = product.child.pid!;
    const first = webProcesses(primary);
    expect(first).toHaveLength(2);

    // Sessions are kept in PostgreSQL: whichever process takes a connection knows the volunteer.
    const logIn = await gql(`${product.url}/graphql`, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
      i: { login: '13800000002', password: 'demo-password-2026' },
    });
    expect(logIn.errors).toBeUndefined();
    const token = logIn.data.logIn.token as string;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => gql(`${product!.url}/graphql`, '{ me { volunteerNumber totalMinutes } }', {}, { authorization: `Bearer ${token}` })),
    );
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.me.volunteerNumber).toMatch(/\S/);
    }
    const metrics = await fetch(`${product.url}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/process_cpu_user_seconds_total/);

    // One dies: another takes its place, and answers go on.
    process.kill(first[0], 'SIGKILL');
    await product.waitFor(/Web process \d+ ended \(SIGKILL\): starting another/, 30_000);
    await expect.poll(() => webProcesses(primary).filter((pid) => !first.includes(pid)), { timeout: 60_000 }).toHaveLength(1);
    await expect
      .poll(async () => (await gql(`${product!.url}/graphql`, '{ stats { volunteerCount } }')).data?.stats.volunteerCount, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(200);
    const second = webProcesses(primary);
    expect(second).toHaveLength(2);

    expect(await product.stop()).toBe(0);
    for (const pid of second) expect(existsSync(`/proc/${pid}`)).toBe(false);
    // The database stopped after them: the postmaster removes its pid file on a clean shutdown.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 240_000);
});
