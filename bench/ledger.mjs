#!/usr/bin/env node
// The service-hour ledger at scale: 10 million entries for 1 million volunteers (20 districts,
// 2,000 organisations, three years), generated in bulk with SQL in a scratch database on
// DATABASE_URL's server (or 127.0.0.1:5432), with totals and monthly rollups derived from the
// entries as the API keeps them. Then, through the API in this process, it times
//   me { totalMinutes starLevel }                      (goal: <= 2 ms server-side)
//   a district leaderboard, top 100 over one year      (goal: <= 50 ms server-side), for the last
//     calendar year (yearly rollup) and for the last 12 months (monthly rollups), and the same
//     for one organisation
// Server-side time is measured inside the API process, from the request's arrival to the end of
// its response; PostgreSQL's own execution time of the leaderboard statement is shown beside it.
// Run after `npx turbo run build --filter=@aixin/api` (generation takes several minutes):
//   node bench/ledger.mjs [--volunteers N] [--entries-per-volunteer K] [--requests R] [--plan] [--keep]
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { newId } from '../api/dist/src/common/ids.js';
import { hashToken } from '../api/dist/src/modules/identity/identity.service.js';
import { startServer } from '../api/dist/src/server.js';
import { openScratch } from './lib/scratch.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const VOLUNTEERS = arg('--volunteers', 1_000_000);
const PER_VOLUNTEER = arg('--entries-per-volunteer', 10);
const REQUESTS = arg('--requests', 300);
const DISTRICTS = 20;
const ORGS_PER_DISTRICT = 100;
const DAYS = 3 * 365;
const ENTRIES = VOLUNTEERS * PER_VOLUNTEER;

const started = performance.now();
const log = (message) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const { orm, vault, url, close } = await openScratch();
const db = new pg.Client({ connectionString: url });
await db.connect();
try {
  await db.query(`set maintenance_work_mem = '1GB'`);
  await db.query(`set synchronous_commit = off`);
  const timed = async (what, statement) => {
    const t0 = performance.now();
    const res = await db.query(statement);
    log(`${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    return res;
  };

  // Organisations and volunteers: volunteer v lives in district v % 20.
  await timed(
    `${DISTRICTS * ORGS_PER_DISTRICT} organisations`,
    `
    insert into organization (id, slug, name, status, district)
    select 'org_' || lpad(i::text, 26, '0'), 'bench-org-' || i, '基准组织' || i, 'APPROVED', '基准' || (i % ${DISTRICTS}) || '区'
      from generate_series(0, ${DISTRICTS * ORGS_PER_DISTRICT - 1}) i`,
  );
  await timed(
    `${VOLUNTEERS.toLocaleString('en')} volunteers`,
    `
    insert into volunteer (id, volunteer_number, display_name, district)
    select 'vol_' || lpad(i::text, 26, '0'), 'AX' || lpad(i::text, 10, '0'), '测*者', '基准' || (i % ${DISTRICTS}) || '区'
      from generate_series(0, ${VOLUNTEERS - 1}) i`,
  );

  // Entries in bulk: secondary indexes and foreign-key triggers off while loading, rebuilt after.
  const { rows: indexes } = await db.query(
    `select indexname, indexdef from pg_indexes where tablename in ('hour_entry', 'hour_rollup', 'district_year_rollup') and indexname not like '%_pkey'`,
  );
  for (const ix of indexes) await db.query(`drop index ${ix.indexname}`);
  await db.query(`set session_replication_role = replica`);
  const chunk = 1_000_000;
  for (let from = 0; from < ENTRIES; from += chunk) {
    const to = Math.min(ENTRIES, from + chunk) - 1;
    // Entry n: volunteer n / K, an organisation of the volunteer's district, a day in the last three years.
    await timed(
      `entries ${from.toLocaleString('en')}..${to.toLocaleString('en')}`,
      `
      insert into hour_entry (id, kind, minutes, volunteer_id, organization_id, activity, service_date, place, service_content, created_at)
      select 'hre_' || lpad(n::text, 26, '0'), 'SERVICE', 60 + ((n * 2654435761) % 8) * 30,
             'vol_' || lpad((n / ${PER_VOLUNTEER})::text, 26, '0'),
             'org_' || lpad((((n / ${PER_VOLUNTEER}) % ${DISTRICTS}) + ${DISTRICTS} * (((n / ${PER_VOLUNTEER}) / ${DISTRICTS} + n) % ${ORGS_PER_DISTRICT}))::text, 26, '0'),
             '基准活动', current_date - ((n * 7919) % ${DAYS})::int, '基准地点', '基准服务内容', now()
        from generate_series(${from}::bigint, ${to}::bigint) n`,
    );
  }
  await db.query(`set session_replication_role = origin`);
  await timed(
    'rollups per volunteer, organisation and month',
    `
    insert into hour_rollup (volunteer_id, organization_id, month, district, minutes)
    select e.volunteer_id, e.organization_id, date_trunc('month', e.service_date)::date, o.district, sum(e.minutes)
      from hour_entry e join organization o on o.id = e.organization_id group by 1, 2, 3, 4`,
  );
  await timed(
    'rollups per district, calendar year and volunteer',
    `
    insert into district_year_rollup (district, year, volunteer_id, minutes)
    select o.district, extract(year from e.service_date)::smallint, e.volunteer_id, sum(e.minutes)
      from hour_entry e join organization o on o.id = e.organization_id group by 1, 2, 3`,
  );
  for (const ix of indexes) await timed(`index ${ix.indexname}`, ix.indexdef);
  await timed(
    'volunteer totals',
    `
    update volunteer v set total_minutes = s.m from (select volunteer_id, sum(minutes) as m from hour_entry group by 1) s where v.id = s.volunteer_id`,
  );
  await timed(
    'organisation totals',
    `
    update organization o set total_minutes = s.m from (select organization_id, sum(minutes) as m from hour_entry group by 1) s where o.id = s.organization_id`,
  );
  await timed('vacuum analyze', `vacuum analyze`);
  const {
    rows: [size],
  } = await db.query(`select
      (select count(*) from hour_entry) as entries, (select count(*) from hour_rollup) as rollups,
      pg_size_pretty(pg_total_relation_size('hour_entry')) as entry_size, pg_size_pretty(pg_total_relation_size('hour_rollup')) as rollup_size`);
  log(
    `loaded: ${Number(size.entries).toLocaleString('en')} entries (${size.entry_size}), ${Number(size.rollups).toLocaleString('en')} monthly rollups (${size.rollup_size})`,
  );

  // A signed-in volunteer in the middle of the data set.
  const subject = `vol_${String(Math.floor(VOLUNTEERS / 2) + 7).padStart(26, '0')}`;
  const token = `axs_${randomBytes(32).toString('base64url')}`;
  await db.query(`insert into session (id, volunteer_id, token_hash, expires_at) values ($1, $2, $3, now() + interval '1 day')`, [
    newId('ses'),
    subject,
    hashToken(token),
  ]);

  const server = await startServer({ orm, vault, development: false }, 0, '127.0.0.1');
  // Server-side time: from the request's arrival in the API process to the end of its response.
  let serverTimes = [];
  server.httpServer.prependListener('request', (_req, res) => {
    const t0 = performance.now();
    res.on('finish', () => serverTimes.push(performance.now() - t0));
  });
  const call = async (query, headers = {}) => {
    const body = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const pct = (times, q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  const measure = async (label, query, headers, goal) => {
    for (let i = 0; i < 30; i++) await call(query, headers); // warm up
    serverTimes = [];
    const client = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t0 = performance.now();
      await call(query, headers);
      client.push(performance.now() - t0);
    }
    const server = serverTimes.sort((a, b) => a - b);
    client.sort((a, b) => a - b);
    console.log(
      `${label}: server-side p50 ${pct(server, 0.5)} ms, p99 ${pct(server, 0.99)} ms (goal <= ${goal} ms); client round trip p50 ${pct(client, 0.5)} ms; ${REQUESTS} sequential requests`,
    );
  };

  const me = await call(`{ me { totalMinutes starLevel } }`, { authorization: `Bearer ${token}` });
  log(`me: ${JSON.stringify(me.me)}`);
  await measure('me { totalMinutes starLevel }', `{ me { totalMinutes starLevel } }`, { authorization: `Bearer ${token}` }, 2);

  const today = new Date(Date.now() + 8 * 3_600_000);
  const month = (d) => d.toISOString().slice(0, 7);
  const lastYear = today.getUTCFullYear() - 1;
  const yearAgo = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth() + 1, 1));
  const periods = [
    [`calendar year ${lastYear}`, `${lastYear}-01`, `${lastYear}-12`],
    [`12 months ${month(yearAgo)}..${month(today)}`, month(yearAgo), month(today)],
  ];
  const board = (scope, from, to) => `{ volunteerLeaderboard(${scope}, from: "${from}", to: "${to}", first: 100) {
    nodes { rank minutes volunteer { volunteerNumber displayName starLevel } } } }`;
  for (const [label, from, to] of periods) {
    const top = await call(board('district: "基准7区"', from, to));
    log(`district leaderboard, ${label}: ${top.volunteerLeaderboard.nodes.length} rows, first ${JSON.stringify(top.volunteerLeaderboard.nodes[0])}`);
    await measure(`district leaderboard (top 100, ${label})`, board('district: "基准7区"', from, to), {}, 50);
    await measure(`organisation leaderboard (top 100, ${label})`, board('organizationId: "org_00000000000000000000000007"', from, to), {}, 50);
  }
  const [, from, to] = periods[1];
  const { rows: plan } = await db.query(
    `explain (analyze, buffers) select volunteer_id, sum(minutes)::int as minutes from hour_rollup
      where district = '基准7区' and month between $1 and $2 group by volunteer_id having sum(minutes) > 0
      order by minutes desc, volunteer_id limit 101 offset 0`,
    [`${from}-01`, `${to}-01`],
  );
  const execution = plan.map((r) => r['QUERY PLAN']).find((l) => l.startsWith('Execution Time'));
  console.log(`district leaderboard statement over monthly rollups (12 months) in PostgreSQL: ${execution}`);
  if (process.argv.includes('--plan')) console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
  const { rows: yearPlan } = await db.query(
    `explain (analyze, buffers) select volunteer_id, minutes from district_year_rollup
      where district = '基准7区' and year = $1 and minutes > 0 order by minutes desc, volunteer_id limit 101 offset 0`,
    [lastYear],
  );
  console.log(
    `district leaderboard statement over the yearly rollup (${lastYear}) in PostgreSQL: ${yearPlan.map((r) => r['QUERY PLAN']).find((l) => l.startsWith('Execution Time'))}`,
  );
  await server.close();
} finally {
  await db.end();
  // --keep leaves the scratch database for a closer look (drop it by hand afterwards).
  if (process.argv.includes('--keep')) {
    console.log(`kept ${url}`);
    await orm.close();
  } else await close();
}
