#!/usr/bin/env node
// Registration and sign-in latency through the API over HTTP (p50/p99), sequential and with
// concurrent clients. Creates a scratch database on DATABASE_URL's server (or 127.0.0.1:5432)
// and drops it after. Run after `npx turbo run build --filter=@aixin/api`:
//   node bench/identity.mjs [--requests N] [--concurrency C]
import { generateResidentId } from '../api/dist/src/modules/volunteer/resident-id.js';
import { startServer } from '../api/dist/src/server.js';
import { openScratch } from './lib/scratch.mjs';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const requests = arg('--requests', 200);
const concurrency = arg('--concurrency', 8);
const { orm, vault, close } = await openScratch();

let n = 0;
const person = () => {
  n++;
  const birth = new Date(Date.UTC(1970 + (n % 35), n % 12, 1 + (n % 28)));
  return {
    realName: '基准测试',
    idNumber: generateResidentId('460106', birth, n % 1000, n % 2 ? 'M' : 'F'),
    phone: `192${String(n).padStart(8, '0')}`,
    password: `bench-password-${n}`,
  };
};

function stats(times) {
  times.sort((a, b) => a - b);
  const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  return `p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`;
}

async function run(label, count, parallel, fn) {
  const times = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const i = next++;
        const s = performance.now();
        await fn(i);
        times.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${label}: ${count} requests, ${parallel} client(s): ${stats(times)}, ${(count / seconds).toFixed(1)}/s`);
}

try {
  const server = await startServer({ orm, vault, development: false }, 0, '127.0.0.1');
  const call = async (query, variables) => {
    const body = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json());
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const REGISTER = `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { token } }`;
  const LOGIN = `mutation($input: LogInInput!) { logIn(input: $input) { token } }`;
  const people = [];
  await run('registerVolunteer', requests, 1, async () => {
    const p = person();
    people.push(p);
    await call(REGISTER, { input: p });
  });
  await run('logIn', requests, 1, async (i) => call(LOGIN, { input: { login: people[i].phone, password: people[i].password } }));
  await run('registerVolunteer', requests, concurrency, async () => call(REGISTER, { input: person() }));
  await run('logIn', requests, concurrency, async (i) => call(LOGIN, { input: { login: people[i].phone, password: people[i].password } }));
  await server.close();
} finally {
  await close();
}
