#!/usr/bin/env node
// Measures `npm start` (the built product, node api/dist/src/main.js): time until the API
// answers and until the site is built, on a cold data directory (initdb, migrations, demo
// data) and then warm (the same directory again). Uses the embedded PostgreSQL unless
// DATABASE_URL is set. Run after `npx turbo run build --filter=@aixin/api`:
//   node bench/startup.mjs [--runs N]
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 2;

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function start(dataDir) {
  const env = { ...process.env, PORT: String(await freePort()), AIXIN_DATA_DIR: dataDir, AIXIN_EMBEDDED_PG_PORT: String(await freePort()) };
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'api/dist/src/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const marks = {};
  await new Promise((resolve, reject) => {
    const on = (chunk) => {
      out += chunk;
      if (!marks.api && /is running/.test(out)) marks.api = performance.now() - t0;
      if (!marks.site && /Site ready/.test(out)) {
        marks.site = performance.now() - t0;
        resolve();
      }
      if (/site build failed/.test(out)) reject(new Error(out));
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('exit', (code) => reject(new Error(`exited ${code}\n${out}`)));
  });
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return marks;
}

const results = [];
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-bench-start-'));
  chmodSync(dataDir, 0o755);
  try {
    const cold = await start(dataDir);
    const warm = await start(dataDir);
    results.push({ cold, warm });
    console.log(
      `run ${i + 1}: cold API ${(cold.api / 1000).toFixed(2)} s, site ${(cold.site / 1000).toFixed(2)} s | warm API ${(warm.api / 1000).toFixed(2)} s, site ${(warm.site / 1000).toFixed(2)} s`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] / 1000;
console.log(
  `median of ${runs}: cold API ready ${median(results.map((r) => r.cold.api)).toFixed(2)} s, cold site ready ${median(results.map((r) => r.cold.site)).toFixed(2)} s, ` +
    `warm API ready ${median(results.map((r) => r.warm.api)).toFixed(2)} s, warm site ready ${median(results.map((r) => r.warm.site)).toFixed(2)} s` +
    (process.env.DATABASE_URL ? ' (DATABASE_URL)' : ' (embedded PostgreSQL)'),
);
