#!/usr/bin/env node
// Lighthouse (mobile) on the home page, a news article and an activity page: prints the four
// category scores per page and, with --details, every audit that did not pass. Starts the
// product the way `npm start` does (node api/dist/src/main.js) on a scratch database with the
// demo data, or audits a running site given by --url. Needs Debian's chromium.
//   node bench/lighthouse.mjs [--url http://localhost:4000] [--lang en] [--details] [--runs N] [--pages /news/a/,/projects/b/]
// --pages audits those site paths instead (e.g. an article with uploaded photos).
// Build the API first (`npx turbo run build --filter=@aixin/api`) unless --url is given.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { openScratch } from './lib/scratch.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const details = args.includes('--details');
const runs = Number(option('runs') ?? 1);
const prefix = option('lang') === 'en' ? '/en' : '';
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOAL = 98;
const root = path.resolve(import.meta.dirname, '..');

if (!existsSync(CHROME_PATH)) {
  console.error(`No Chromium at ${CHROME_PATH}: apt-get install -y chromium (or set CHROME_PATH).`);
  process.exit(2);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The product on a scratch database with the demo data, as `npm start` runs it. */
async function startProduct() {
  const scratch = await openScratch();
  await scratch.orm.close();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-lighthouse-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'api/dist/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: scratch.url,
      AIXIN_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      AIXIN_PUBLIC_URL: `http://localhost:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise((resolve, reject) => {
    const on = (chunk) => {
      out += chunk;
      if (/Site ready at/.test(out)) resolve();
      if (/site build failed/i.test(out)) reject(new Error(out));
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.once('exit', (code) => reject(new Error(`product exited ${code}\n${out}`)));
  });
  return {
    url: `http://localhost:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
      await scratch.close().catch(() => undefined);
    },
  };
}

async function gql(base, query) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()).data;
}

const product = option('url') ? null : await startProduct();
const base = (option('url') ?? product.url).replace(/\/$/, '');
let chrome;
try {
  const data = await gql(
    base,
    `{ news(first: 1) { nodes { slug } } projects(first: 1, filter: { startsAfter: "${new Date().toISOString()}" }) { nodes { id } } }`,
  );
  const pages = option('pages')
    ? option('pages')
        .split(',')
        .map((p) => ['page', `${prefix}${p}`])
    : [
        ['home', `${prefix}/`],
        ['news article', `${prefix}/news/${data.news.nodes[0].slug}/`],
        ['activity', `${prefix}/projects/${data.projects.nodes[0].id}/`],
      ];
  chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  const worst = Object.fromEntries(CATEGORIES.map((c) => [c, 100]));
  for (const [name, pagePath] of pages) {
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(`${base}${pagePath}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const { categories, audits } = result.lhr;
      const scores = CATEGORIES.map((c) => Math.round((categories[c].score ?? 0) * 100));
      scores.forEach((s, i) => (worst[CATEGORIES[i]] = Math.min(worst[CATEGORIES[i]], s)));
      console.log(`${name.padEnd(13)} ${pagePath.padEnd(48)} ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join('  ')}`);
      // A category without a score (printed as 0) means Lighthouse could not measure it: say why.
      for (const c of CATEGORIES.filter((c) => categories[c].score === null)) {
        const failed = categories[c].auditRefs.map((ref) => audits[ref.id]).filter((a) => a.errorMessage);
        console.log(`    ${c}: not measured: ${result.lhr.runtimeError?.message ?? failed.map((a) => `${a.id}: ${a.errorMessage}`).join('; ')}`);
      }
      if (details) {
        for (const c of CATEGORIES) {
          for (const ref of categories[c].auditRefs) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
              console.log(`    ${c}: ${audit.id} ${audit.score} ${audit.displayValue ?? ''} ${audit.title}`);
            }
          }
        }
      }
    }
  }
  const ok = CATEGORIES.every((c) => worst[c] >= GOAL);
  console.log(`lowest: ${CATEGORIES.map((c) => `${c} ${worst[c]}`).join('  ')}  (goal ${GOAL} in each: ${ok ? 'met' : 'not met'})`);
} finally {
  await chrome?.kill();
  await product?.stop();
}
