#!/usr/bin/env node
// SQL statements and latency per request for the public project list with its organisation
// and shifts, at 5, 50 and 100 items. Creates a scratch database on DATABASE_URL's server (or
// 127.0.0.1:5432), loads the demo data plus enough projects for 100 distinct organisations,
// and drops it after. Run after `npx turbo run build --filter=@aixin/api`:
//   node bench/query-sql.mjs [--requests N]
import { DefaultLogger } from '@mikro-orm/core';
import { newId } from '../api/dist/src/common/ids.js';
import { seedDemoIfEmpty } from '../api/dist/src/seeders/demo.seeder.js';
import { startServer } from '../api/dist/src/server.js';
import { openScratch } from './lib/scratch.mjs';

const requests = Number(process.argv[process.argv.indexOf('--requests') + 1]) || 300;
// Counting only while `counting` is set, so the timed requests pay no logging cost.
let statements = 0;
let counting = false;
class CountingLogger extends DefaultLogger {
  isEnabled(namespace) {
    return counting && namespace === 'query';
  }
  log(namespace) {
    if (namespace === 'query') statements++;
  }
}

const { orm, vault, close } = await openScratch({
  debug: ['query'],
  loggerFactory: (options) => new CountingLogger(options),
  allowGlobalContext: true,
});
try {
  await seedDemoIfEmpty(orm, vault);
  const conn = orm.em.getConnection();
  const soon = Date.now() + 86_400_000;
  for (let i = 0; i < 100; i++) {
    const org = newId('org');
    const project = newId('prj');
    await conn.execute(`insert into organization (id, slug, name, status) values (?, ?, ?, 'APPROVED')`, [org, `bench-${i}`, `基准测试队${i}`]);
    await conn.execute(`insert into project (id, organization_id, title, summary, status, starts_at, ends_at) values (?, ?, ?, '基准', 'PUBLISHED', ?, ?)`, [
      project,
      org,
      `基准活动${i}`,
      new Date(soon - 40 * 86_400_000),
      new Date(soon + 4 * 3_600_000),
    ]);
    for (let s = 0; s < 3; s++) {
      await conn.execute(`insert into shift (id, project_id, starts_at, ends_at, capacity) values (?, ?, ?, ?, 20)`, [
        newId('sft'),
        project,
        new Date(soon + s * 3_600_000),
        new Date(soon + (s + 1) * 3_600_000),
      ]);
    }
  }
  const server = await startServer({ orm, vault, development: false }, 0, '127.0.0.1');
  const query = `query($first: Int) { projects(first: $first) { nodes { id title organization { name } shifts { remaining } } } }`;
  const call = (first) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { first } }),
    }).then((r) => r.json());
  for (const first of [5, 50, 100]) {
    for (let i = 0; i < 20; i++) await call(first); // warm up
    statements = 0;
    counting = true;
    await call(first);
    counting = false;
    const perRequest = statements;
    const times = [];
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      const body = await call(first);
      times.push(performance.now() - t0);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    }
    times.sort((a, b) => a - b);
    const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
    console.log(
      `projects(first: ${first}) with organization and shifts: ${perRequest} SQL statements; ${requests} sequential requests p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`,
    );
  }
  await server.close();
} finally {
  await close();
}
