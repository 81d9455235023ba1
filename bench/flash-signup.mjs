#!/usr/bin/env node
// Flash sign-ups: C clients signing distinct volunteers up for one shift through the API
// (HTTP, GraphQL, session lookup, the statement), beside pgbench running the API's own SQL (the
// session lookup and the sign-up statement, imported from the services) at the same concurrency
// against the same PostgreSQL. Reports sign-ups/s,
// p50/p99 and the API/pgbench ratio, for 16 and 64 clients. Run after
// `npx turbo run build --filter=@aixin/api`:
//   node bench/flash-signup.mjs [--seconds S] [--clients 16,64] [--client wrk|node]
// The API's load comes from wrk (Debian package `wrk`) when installed, else from Node's fetch.
import { spawn, spawnSync } from 'node:child_process';
import { hasWrk, runWrk } from './lib/wrk.mjs';
import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newId } from '../api/dist/src/common/ids.js';
import { VIEWER_SQL } from '../api/dist/src/modules/identity/identity.queries.js';
import { TAKE_PLACE_SQL, takePlaceParams } from '../api/dist/src/modules/signup/signup.queries.js';
import { benchProject, openScratch } from './lib/scratch.mjs';

const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(argValue('--seconds', '10'));
const clientCounts = argValue('--clients', '16,64').split(',').map(Number);
const useWrk = argValue('--client', hasWrk() ? 'wrk' : 'node') === 'wrk';
const POOL = 400_000;
const root = path.resolve(import.meta.dirname, '..');

const { orm, url, close } = await openScratch({ pool: { min: 0, max: Number(process.env.AIXIN_DB_POOL_MAX ?? 20) } });
const conn = orm.em.getConnection();
try {
  // One approved organisation, one published project, one shift per run with room for all.
  await benchProject(conn, '抢报基准');
  // A pool of volunteers with session tokens axs_bench_<n>; API and pgbench draw from it by sequence.
  await conn.execute(
    `insert into volunteer (id, volunteer_number, display_name) select 'vol_b' || n, 'BX' || lpad(n::text, 10, '0'), '基*者' from generate_series(1, ${POOL}) n`,
  );
  await conn.execute(
    `insert into session (id, volunteer_id, token_hash, expires_at) select 'ses_b' || n, 'vol_b' || n, sha256(('axs_bench_' || n)::bytea), now() + interval '1 day' from generate_series(1, ${POOL}) n`,
  );
  await conn.execute(`create sequence bench_volunteer_seq`);
  await conn.execute(`analyze`);

  // The API runs in its own process, as in production (and as pgbench runs apart from PostgreSQL).
  const port = 47000 + Math.floor(Math.random() * 1000);
  const server = spawn(
    process.execPath,
    [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []), path.join(root, 'api/dist/src/main.js')],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        AIXIN_BUILD_SITE: '0',
        AIXIN_DEMO_DATA: '0',
        // The crowd signs in from one address, far over the per-address limit (tests/api/rate-limits.test.ts covers the limits).
        AIXIN_RATE_LIMITS: '0',
        NODE_ENV: 'production',
        AIXIN_ALLOW_HTTP: '1',
        AIXIN_DATA_KEY: randomBytes(32).toString('base64'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (c) => /is running/.test(String(c)) && resolve());
    server.once('exit', (code) => reject(new Error(`API exited with ${code}`)));
  });
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const results = [];
  const newShift = async () => {
    const id = newId('sft');
    await conn.execute(
      `insert into shift (id, project_id, starts_at, ends_at, capacity, waitlist) values (?, 'prj_bench', now() + interval '2 days', now() + interval '2 days 3 hours', ${POOL}, true)`,
      [id],
    );
    return id;
  };
  const nextVolunteer = async () => Number((await conn.execute(`select nextval('bench_volunteer_seq') as n`))[0].n);

  // wrk (C, like pgbench's own client) keeps the load generator's CPU from competing with the
  // API and PostgreSQL on a small machine; the Node client is the fallback where wrk is missing.
  const SPAN = 50_000;
  async function wrkClients(endpoint, shiftId, clients) {
    const base = await nextVolunteer();
    const body = JSON.stringify({ query: 'mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }', variables: { s: shiftId } });
    const lua = `local counter = 0
function thread_setup(thread)
  thread:set("base", ${base} + counter * ${SPAN})
  counter = counter + 1
end
function init(args)
  n = base
end
function request()
  n = n + 1
  return wrk.format("POST", nil, { ["content-type"] = "application/json", ["authorization"] = "Bearer axs_bench_" .. n }, ${JSON.stringify(body)})
end
`;
    const { rate, p50, p99, failed: errors } = runWrk({ endpoint, lua, connections: clients, seconds });
    await conn.execute(`select setval('bench_volunteer_seq', ?)`, [base + 2 * SPAN]);
    if (errors) console.error(`${errors} requests failed`);
    return { rate, p50, p99, errors };
  }

  async function nodeClients(endpoint, shiftId, clients) {
    let next = await nextVolunteer();
    const times = [];
    let errors = 0;
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) {
          const n = next++;
          const t0 = performance.now();
          const res = await fetch(endpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer axs_bench_${n}` },
            body: JSON.stringify({ query: 'mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }', variables: { s: shiftId } }),
          }).then((r) => r.json());
          times.push(performance.now() - t0);
          if (res.errors && errors++ === 0) console.error('first error:', JSON.stringify(res.errors));
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    await conn.execute(`select setval('bench_volunteer_seq', ?)`, [next]);
    times.sort((a, b) => a - b);
    const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { rate: (times.length - errors) / elapsed, p50: q(0.5), p99: q(0.99), errors };
  }

  for (const clients of clientCounts) {
    // The API.
    const shiftId = await newShift();
    const api = useWrk ? await wrkClients(endpoint, shiftId, clients) : await nodeClients(endpoint, shiftId, clients);

    // pgbench: the API's own SQL for a sign-up (the session lookup, then the one statement that
    // takes a place), imported from the services, on a fresh shift, in the extended protocol
    // the API's driver uses.
    const pgShift = await newShift();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aixin-pgbench-'));
    const script = path.join(dir, 'signup.sql');
    const bind = (sql, values) => {
      let i = 0;
      return sql.replace(/\?/g, () => values[i++]);
    };
    writeFileSync(
      script,
      `select nextval('bench_volunteer_seq') as n \\gset
${bind(VIEWER_SQL, [`sha256(('axs_bench_' || :n)::bytea)`])};
${bind(
  TAKE_PLACE_SQL,
  takePlaceParams({ shiftId: `'${pgShift}'`, volunteerId: `'vol_b' || :n`, signupId: `'sgn_b' || :n` }, (value) => `'${value}'`),
)};
`,
    );
    const out = spawnSync('pgbench', ['-n', '-M', 'extended', '-f', script, '-c', String(clients), '-j', '2', '-T', String(seconds), url], {
      encoding: 'utf8',
    });
    const pgRate = Number(/tps = ([\d.]+)/.exec(out.stdout)?.[1] ?? NaN);
    const pgLatency = Number(/latency average = ([\d.]+) ms/.exec(out.stdout)?.[1] ?? NaN);
    if (!Number.isFinite(pgRate)) throw new Error(`pgbench failed:\n${out.stdout}\n${out.stderr}`);
    const [{ confirmed }] = await conn.execute(`select confirmed_count as confirmed from shift where id = ?`, [shiftId]);
    // pgbench did the same work: one confirmed sign-up per transaction.
    const [{ pgConfirmed, pgSignups }] = await conn.execute(
      `select s.confirmed_count as "pgConfirmed", (select count(*)::int from signup where shift_id = s.id and status = 'CONFIRMED') as "pgSignups" from shift s where s.id = ?`,
      [pgShift],
    );
    if (pgConfirmed !== pgSignups || pgSignups === 0) throw new Error(`pgbench's shift has ${pgConfirmed} counted and ${pgSignups} confirmed sign-ups`);
    results.push({ clients, api, pgRate, pgLatency, confirmed });
    console.log(
      `${clients} clients: API ${api.rate.toFixed(0)} sign-ups/s (p50 ${api.p50.toFixed(1)} ms, p99 ${api.p99.toFixed(1)} ms, ${api.errors} errors, ${confirmed} confirmed) | ` +
        `pgbench ${pgRate.toFixed(0)} tx/s (avg ${pgLatency.toFixed(1)} ms, ${pgSignups} confirmed) | ratio ${((api.rate / pgRate) * 100).toFixed(0)}%`,
    );
  }
  server.kill('SIGINT');
  await new Promise((r) => server.once('exit', r));
  if (results.length > 1) {
    const [low, high] = [results[0], results[results.length - 1]];
    console.log(`API throughput at ${high.clients} clients is ${((high.api.rate / low.api.rate) * 100).toFixed(0)}% of that at ${low.clients}`);
  }
} finally {
  await close();
}
