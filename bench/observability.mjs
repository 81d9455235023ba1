#!/usr/bin/env node
// What the request log and the metrics cost per request: the public project list (5 items)
// served with the log off (level silent) and with production's JSON log written to a file, C
// clients at once, alternating A/B/A/B so the machine's drift falls on both; then the time of
// one /metrics scrape. Creates a scratch database on DATABASE_URL's server (or 127.0.0.1:5432)
// with the demo data and drops it after. Run after `npx turbo run build --filter=@aixin/api`:
//   node bench/observability.mjs [--requests N] [--concurrency C] [--rounds R]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createLogger } from '../api/dist/src/common/logger.js';
import { seedDemoIfEmpty } from '../api/dist/src/seeders/demo.seeder.js';
import { startServer } from '../api/dist/src/server.js';
import { openScratch } from './lib/scratch.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const requests = arg('--requests', 3000);
const concurrency = arg('--concurrency', 8);
const rounds = arg('--rounds', 3);
const query = `{ projects(first: 5) { nodes { id title organization { name } shifts { remaining } } } }`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'aixin-bench-log-'));
const logFile = path.join(dir, 'api.log');
const { orm, vault, close } = await openScratch({ allowGlobalContext: true });
try {
  await seedDemoIfEmpty(orm, vault);
  const loggers = {
    'log off': createLogger({ level: 'silent', format: 'json' }),
    'JSON log to a file': createLogger({ level: 'info', format: 'json' }, pino.destination({ dest: logFile, sync: false })),
  };
  const servers = {};
  for (const [name, logger] of Object.entries(loggers))
    servers[name] = await startServer({ orm, vault, development: false, sessionCacheMs: 0, logger }, 0, '127.0.0.1');

  const run = async (url) => {
    let next = 0;
    const times = [];
    const client = async () => {
      while (next++ < requests) {
        const t0 = performance.now();
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = await res.json();
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        times.push(performance.now() - t0);
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, client));
    const seconds = (performance.now() - t0) / 1000;
    times.sort((a, b) => a - b);
    return { rate: requests / seconds, p50: times[Math.floor(times.length / 2)], p99: times[Math.floor(times.length * 0.99)] };
  };

  for (const server of Object.values(servers)) await run(server.url); // warm up
  const results = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, server] of Object.entries(servers)) results[name].push(await run(server.url));
  }
  console.log(`${requests} requests of projects(first: 5), ${concurrency} clients, ${rounds} rounds (A/B alternating):`);
  for (const [name, runs] of Object.entries(results)) {
    const rates = runs.map((r) => r.rate).sort((a, b) => a - b);
    const p50s = runs.map((r) => r.p50).sort((a, b) => a - b);
    const p99s = runs.map((r) => r.p99).sort((a, b) => a - b);
    const mid = (xs) => xs[Math.floor(xs.length / 2)];
    console.log(
      `  ${name.padEnd(20)} median ${mid(rates).toFixed(0)} req/s (min ${rates[0].toFixed(0)}, max ${rates.at(-1).toFixed(0)}); p50 ${mid(p50s).toFixed(2)} ms, p99 ${mid(p99s).toFixed(2)} ms`,
    );
  }
  const lines = statSync(logFile).size;
  console.log(`  log written: ${(lines / 1024 / 1024).toFixed(1)} MB`);

  const server = Object.values(servers)[1];
  const scrapes = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    await (await fetch(`${server.url}/metrics`)).text();
    scrapes.push(performance.now() - t0);
  }
  scrapes.sort((a, b) => a - b);
  console.log(`/metrics scrape: p50 ${scrapes[25].toFixed(2)} ms, max ${scrapes.at(-1).toFixed(2)} ms`);
  for (const s of Object.values(servers)) await s.close();
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
