#!/usr/bin/env node
// The read path against PostGraphile v4 on the same database. A scratch database gets the demo
// data (the API seeds it), then the API runs in production mode (its own process, no site build,
// production's JSON request log to a file) beside PostGraphile v4 (its own process; installed on
// demand under ~/.cache/aixin-bench, never a dependency of the project). wrk (Debian package
// `wrk`, a small C program, so the load generator does not take the CPU the servers need) loads
// each with the same questions asked in each server's own schema, alternating A/B/A/B, and the
// script prints req/s, p50 and p99 of each and Aixin's ratio. Every answer is checked (status 200,
// no `errors`); a run with failures says so. Beside each rate, the CPU time the server process spent per
// answer (from /proc), a figure that holds when the machine is not idle. Run on an otherwise idle machine, after
// `npx turbo run build --filter=@aixin/api`:
//   node bench/read-path.mjs [--seconds 10] [--rounds 2] [--connections 16] [--only typename,shifts,list,me] [--profile DIR] [--rate-limits] [--processes N]
// --processes N serves each side with N processes sharing its port: Aixin with AIXIN_WEB_PROCESSES=N,
// PostGraphile with --cluster-workers N (default 1 each). CPU per answer then sums the processes.
// --rate-limits counts every request against the per-caller limits in PostgreSQL, as production
// does, with limits too high to refuse any (the load is one volunteer and one address): what the
// counting costs. Without it the limits are off, as PostGraphile has none.
// --profile DIR runs the API under `node --cpu-prof` (one profile for the whole run, written to
// DIR) and prints where its time went; run it with --only one question to see that question's.
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { hasWrk, runWrk } from './lib/wrk.mjs';
import { profileClock, summarizeProfile } from './lib/cpu-profile.mjs';

const argValue = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const seconds = Number(argValue('--seconds', '10'));
const rounds = Number(argValue('--rounds', '2'));
const connections = Number(argValue('--connections', '16'));
const only = argValue('--only', null)?.split(',');
const countLimits = process.argv.includes('--rate-limits');
const processes = Number(argValue('--processes', '1'));
const profileDir = argValue('--profile', null) && path.resolve(argValue('--profile', null));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!hasWrk()) {
  console.error('wrk is missing: apt-get install -y wrk');
  process.exit(1);
}

// PostGraphile v4, outside the project.
const cache = path.join(os.homedir(), '.cache', 'aixin-bench', 'postgraphile-4');
const postgraphileCli = path.join(cache, 'node_modules', 'postgraphile', 'cli.js');
if (!existsSync(postgraphileCli)) {
  console.log(`Installing PostGraphile v4 in ${cache} ...`);
  mkdirSync(cache, { recursive: true });
  writeFileSync(path.join(cache, 'package.json'), '{"private":true}');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', cache, 'postgraphile@4'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(1);
}

const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const database = `aixin_bench_read_${Date.now().toString(36)}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
const admin = new pg.Client({ connectionString: Object.assign(new URL(serverUrl), { pathname: '/postgres' }).toString() });
await admin.connect();
await admin.query(`create database ${database}`);
const dir = mkdtempSync(path.join(os.tmpdir(), 'aixin-bench-read-'));
const children = [];
/** When Aixin was under measured load (profileClock), for --profile. */
const measured = [];

const freePort = () => 20000 + Math.floor(Math.random() * 20000);
/** Waits until `ready()` says yes (a failure counts as no), or the child exits. */
async function waitFor(ready, child, name) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited (${child.exitCode}):\n${readFileSync(path.join(dir, `${name.toLowerCase()}.log`), 'utf8').slice(-2000)}`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not start; see ${dir}`);
}
/** CPU time a process and the processes it started have used so far (ms, user + system), from /proc: the cost per answer whatever else the machine does. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
  return own + children.reduce((sum, child) => sum + cpuMs(child), 0);
}
/** `load`, with the CPU time the server's process spent per answer. */
function measure(pid, ...args) {
  const before = cpuMs(pid);
  const result = load(...args);
  return { ...result, cpuPerAnswer: (cpuMs(pid) - before) / (result.rate * seconds) };
}

function start(name, args, env, nodeArgs = []) {
  const log = openSync(path.join(dir, `${name}.log`), 'a');
  const child = spawn(process.execPath, [...nodeArgs, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  children.push(child);
  return child;
}
const post = async (url, body, headers = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = await res.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors)}`);
  return json.data;
};

/** `connections` connections for `duration` seconds against one endpoint with one body: req/s, p50, p99 (ms), failures. */
function load(endpoint, body, headers, duration = seconds) {
  const headerTable = Object.entries({ 'content-type': 'application/json', ...headers })
    .map(([k, v]) => `["${k}"] = ${JSON.stringify(v)}`)
    .join(', ');
  const lua = `function request() return wrk.format("POST", nil, { ${headerTable} }, ${JSON.stringify(JSON.stringify(body))}) end\n`;
  return runWrk({ endpoint, lua, connections, seconds: duration });
}

try {
  // Aixin in production mode. A first process migrates the scratch database and loads the demo
  // data, then stops; the measured one starts on the loaded database, as a production process
  // does. (A process that has just loaded the demo data keeps its grown heap, about 150 MB more,
  // and answers the same questions markedly slower.)
  const aixinPort = freePort();
  const aixinEnv = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(aixinPort),
    HOST: '127.0.0.1',
    AIXIN_PUBLIC_URL: `http://127.0.0.1:${aixinPort}`,
    AIXIN_ALLOW_HTTP: '1',
    AIXIN_BUILD_SITE: '0',
    AIXIN_DEMO_DATA: '1',
    // The load comes from one volunteer and one address, far over any per-caller limit; PostGraphile has none.
    ...(countLimits
      ? {
          AIXIN_RATE_LIMITS: '1',
          AIXIN_RATE_VOLUNTEER_REQUESTS: '1000000',
          AIXIN_RATE_VOLUNTEER_COST: '100000000',
          AIXIN_RATE_ADDRESS_REQUESTS: '1000000',
          AIXIN_RATE_ADDRESS_COST: '100000000',
        }
      : { AIXIN_RATE_LIMITS: '0' }),
    AIXIN_DATA_DIR: path.join(dir, 'data'),
    AIXIN_DATA_KEY: randomBytes(32).toString('base64'),
    AIXIN_WEB_PROCESSES: String(processes),
  };
  const ready = async () => (await fetch(`http://127.0.0.1:${aixinPort}/readyz`)).ok;
  const loader = start('aixin', ['api/dist/src/main.js'], aixinEnv);
  await waitFor(ready, loader, 'Aixin');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await waitFor(async () => (await db.query(`select count(*)::int as n from project`)).rows[0].n > 0, loader, 'Aixin');
  loader.kill('SIGTERM');
  await new Promise((resolve) => (loader.exitCode === null ? loader.once('exit', resolve) : resolve()));
  const aixin = start('aixin', ['api/dist/src/main.js'], aixinEnv, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
  await waitFor(ready, aixin, 'Aixin');
  const aixinUrl = `http://127.0.0.1:${aixinPort}/graphql`;

  // PostGraphile reads `remaining` from a computed column, as Aixin computes it.
  await db.query(`create function shift_remaining(s shift) returns integer language sql stable as $$ select greatest(0, s.capacity - s.confirmed_count) $$`);
  const jwtSecret = 'aixin-bench-secret';
  const postgraphilePort = freePort();
  const postgraphile = start(
    'postgraphile',
    [
      postgraphileCli,
      '-c',
      databaseUrl,
      '-s',
      'public',
      '--host',
      '127.0.0.1',
      '-p',
      String(postgraphilePort),
      '--disable-graphiql',
      '--disable-query-log',
      ...(processes > 1 ? ['--cluster-workers', String(processes)] : []),
      '--jwt-secret',
      jwtSecret,
    ],
    { NODE_ENV: 'production' },
  );
  const postgraphileUrl = `http://127.0.0.1:${postgraphilePort}/graphql`;
  // PostGraphile answers GET /graphql with 405: it is ready when it answers a query.
  await waitFor(async () => !!(await post(postgraphileUrl, { query: '{ __typename }' })), postgraphile, 'PostGraphile');

  // The subjects: a published project with shifts, and the demo volunteer's session and JWT.
  const {
    rows: [project],
  } = await db.query(
    `select p.id from project p where p.status = 'PUBLISHED' and exists (select 1 from shift s where s.project_id = p.id) order by p.starts_at limit 1`,
  );
  const { token } = (
    await post(
      aixinUrl,
      { query: 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', variables: { i: { login: '13800000002', password: 'demo-password-2026' } } },
      { 'apollo-require-preflight': 'true' },
    )
  ).logIn;
  const me = (await post(aixinUrl, { query: '{ me { id } }' }, { authorization: `Bearer ${token}` })).me;
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwtBody = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: me.id, aud: 'postgraphile', exp: Math.floor(Date.now() / 1000) + 86_400 })}`;
  const jwt = `${jwtBody}.${createHmac('sha256', jwtSecret).update(jwtBody).digest('base64url')}`;
  const projects = Number((await db.query(`select count(*)::int as n from project where status in ('PUBLISHED', 'COMPLETED')`)).rows[0].n);
  await db.end();

  const cases = [
    { name: 'typename', title: '{ __typename }', aixin: { query: '{ __typename }' }, postgraphile: { query: '{ __typename }' } },
    {
      name: 'shifts',
      title: "one project's shifts with remaining places (the island's figures)",
      aixin: {
        query: 'query($id: ID!) { project(id: $id) { id status shifts { id startsAt capacity confirmedCount remaining waitlistCount entrantCount } } }',
        variables: { id: project.id },
      },
      postgraphile: {
        query:
          'query($id: String!) { projectById(id: $id) { id status shiftsByProjectId(orderBy: STARTS_AT_ASC) { nodes { id startsAt capacity confirmedCount remaining waitlistCount entrantCount } } } }',
        variables: { id: project.id },
      },
    },
    {
      name: 'list',
      title: `projects(first: 20) with organisation and shifts (${projects} published)`,
      aixin: { query: '{ projects(first: 20) { nodes { id title startsAt organization { name } shifts { capacity remaining } } } }' },
      postgraphile: {
        query:
          '{ allProjects(first: 20, orderBy: STARTS_AT_ASC, condition: { status: PUBLISHED }) { nodes { id title startsAt organizationByOrganizationId { name } shiftsByProjectId { nodes { capacity remaining } } } } }',
      },
    },
    {
      name: 'me',
      title: 'signed in: me { totalMinutes starLevel signups(first: 20) { … shift { startsAt } } }',
      aixin: { query: '{ me { totalMinutes starLevel signups(first: 20) { nodes { shift { startsAt } } } } }' },
      aixinHeaders: { authorization: `Bearer ${token}` },
      postgraphile: {
        query:
          'query($id: String!) { volunteerById(id: $id) { totalMinutes signupsByVolunteerId(first: 20, orderBy: CREATED_AT_DESC) { nodes { shiftByShiftId { startsAt } } } } }',
        variables: { id: me.id },
      },
      postgraphileHeaders: { authorization: `Bearer ${jwt}` },
      signedIn: true,
    },
  ].filter((c) => !only || only.includes(c.name));

  // Both answer every question before any is timed.
  for (const c of cases) {
    await post(aixinUrl, c.aixin, c.aixinHeaders);
    await post(postgraphileUrl, c.postgraphile, c.postgraphileHeaders);
  }

  console.log(
    `Read path: Aixin (production mode) against PostGraphile v4, one database with the demo data, ${processes} process${processes > 1 ? 'es' : ''} each, ${connections} connections, ${seconds} s per run, ${rounds} rounds A/B/A/B (wrk; ${os.cpus().length} cores, Node ${process.version})`,
  );
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = [];
  for (const c of cases) {
    load(aixinUrl, c.aixin, c.aixinHeaders, 3); // warm up (JIT, caches, pools)
    load(postgraphileUrl, c.postgraphile, c.postgraphileHeaders, 3);
    const runs = { aixin: [], postgraphile: [] };
    for (let round = 0; round < rounds; round++) {
      const from = profileClock();
      runs.aixin.push(measure(aixin.pid, aixinUrl, c.aixin, c.aixinHeaders));
      measured.push([from, profileClock()]);
      runs.postgraphile.push(measure(postgraphile.pid, postgraphileUrl, c.postgraphile, c.postgraphileHeaders));
    }
    const sum = (side) => ({
      rate: mid(runs[side].map((r) => r.rate)),
      p50: mid(runs[side].map((r) => r.p50)),
      p99: Math.max(...runs[side].map((r) => r.p99)),
      cpu: mid(runs[side].map((r) => r.cpuPerAnswer)),
      failed: runs[side].reduce((n, r) => n + r.failed, 0),
    });
    const a = sum('aixin');
    const p = sum('postgraphile');
    const ratio = a.rate / p.rate;
    const goal = c.signedIn ? 0.5 : 1.0;
    rows.push({ c, a, p, ratio, met: ratio >= goal && a.p99 < 50 && a.failed === 0 });
    console.log(`\n${c.title}`);
    const fmt = (label, s) =>
      `  ${label.padEnd(14)} ${s.rate.toFixed(0).padStart(6)} req/s   p50 ${s.p50.toFixed(2).padStart(6)} ms   p99 ${s.p99.toFixed(2).padStart(7)} ms   CPU ${s.cpu.toFixed(3)} ms/answer${s.failed ? `   ${s.failed} FAILED` : ''}`;
    console.log(fmt('Aixin', a));
    console.log(fmt('PostGraphile', p));
    console.log(`  ratio ${ratio.toFixed(2)}× (goal ≥ ${goal.toFixed(1)}×, Aixin p99 < 50 ms): ${rows.at(-1).met ? 'met' : 'NOT met'}`);
  }
  console.log(`\nGoal met on ${rows.filter((r) => r.met).length} of ${rows.length} questions.`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => child.exitCode === null && new Promise((r) => child.once('exit', r))));
  if (profileDir) {
    const profiles = readdirSync(profileDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => path.join(profileDir, f));
    const newest = profiles.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    if (newest) console.log(`\nCPU profile of the API under the measured load (${newest}):\n${summarizeProfile(newest, { top: 25, windows: measured })}`);
  }
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
