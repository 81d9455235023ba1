#!/usr/bin/env node
// Partner webhooks: how many deliveries a second a `webhook.deliver` run makes to a local
// receiver (node:http on 127.0.0.1, checking every signature), from a scratch database holding
// `--deliveries` waiting deliveries: to one endpoint (at most 4 POSTs at once to an endpoint),
// then spread over `--endpoints` endpoints (up to 16 at once). Each delivery is claimed, signed,
// POSTed and recorded as in the product. Run after `npx turbo run build --filter=@aixin/api`:
//   node bench/webhook-deliveries.mjs [--deliveries 2000] [--endpoints 8]
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { JobQueue } from '../api/dist/src/common/job-queue.js';
import { WebhookDeliveries } from '../api/dist/src/modules/webhook/webhook-jobs.js';
import { benchProject, openScratch } from './lib/scratch.mjs';

const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const count = Number(argValue('--deliveries', '2000'));
const endpoints = Number(argValue('--endpoints', '8'));
const SECRET = 'whsec_bench-secret-bench-secret-bench-secret-00';

let received = 0;
let badSignatures = 0;
const receiver = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(Buffer.concat(chunks)).digest('hex')}`);
    const given = Buffer.from(String(req.headers['x-aixin-signature'] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) badSignatures++;
    received++;
    res.writeHead(204).end();
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${receiver.address().port}`;

const { orm, vault, url, close } = await openScratch({ allowGlobalContext: true });
const conn = orm.em.getConnection();
const jobs = await new JobQueue({ databaseUrl: url, workers: 0, pollSeconds: 2, maintenanceSeconds: 300, log: () => undefined }).start();
try {
  await benchProject(conn, 'Webhook 基准');
  const sealed = vault.encrypt(SECRET);
  for (let i = 1; i <= endpoints; i++) {
    await conn.execute(`insert into webhook (id, organization_id, url, events, secret_enc) values (?, 'org_bench', ?, '{signup.created}', ?)`, [
      `whk_bench${i}`,
      `${base}/hook/${i}`,
      sealed,
    ]);
  }
  /** `n` waiting signup.created deliveries, spread over the first `over` endpoints. */
  const enqueue = (n, over) =>
    conn.execute(
      `insert into webhook_delivery (webhook_id, event, payload)
       select 'whk_bench' || (1 + k % ${over}), 'signup.created',
              jsonb_build_object('signupId', 'sgn_b' || k, 'shiftId', 'sft_bench', 'projectId', 'prj_bench', 'status', 'CONFIRMED')
         from generate_series(1, ${n}) k`,
    );
  const deliverer = new WebhookDeliveries(orm, jobs, vault, { settings: { allowPrivateAddresses: true, requireHttps: false } });
  await conn.execute('analyze');

  for (const [label, over] of [
    ['one endpoint', 1],
    [`${endpoints} endpoints`, endpoints],
  ]) {
    await enqueue(count, over);
    const before = received;
    const t0 = performance.now();
    const attempts = await deliverer.run();
    const seconds = (performance.now() - t0) / 1000;
    const got = received - before;
    const [{ n: pending }] = await conn.execute(`select count(*)::int as n from webhook_delivery where status <> 'DELIVERED'`);
    console.log(
      `${label}: ${got} deliveries in ${seconds.toFixed(2)} s = ${(got / seconds).toFixed(0)} deliveries/s (${attempts} attempts, ${pending} not delivered)`,
    );
    if (got !== count || pending !== 0 || badSignatures !== 0)
      throw new Error(`expected ${count} signed deliveries, got ${got} (${badSignatures} badly signed, ${pending} not delivered)`);
  }
} finally {
  await jobs.stop();
  await close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
}
