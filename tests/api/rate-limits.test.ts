// Rate limits shared by API processes: two built products on one database (PostgreSQL counting)
// or one Redis, each limit of N answered N times in all, then 429 RATE_LIMITED with retryAfter,
// Retry-After and RateLimit-* headers; each answer's cost in extensions.cost.
import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { DEMO } from '../helpers/auth.js';
import { startProductsOnRunDatabase, startSiteOnRunDatabase, type ProductsOnOneDatabase } from '../helpers/product.js';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[]; extensions?: Record<string, any> };
}

async function post(url: string, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

const BUILD_TOKEN = 'build-token-for-the-test-0123456789';
const running: ProductsOnOneDatabase[] = [];
afterAll(stopRunning);

/** Stops the processes of the tests before (each holds its database connections). */
async function stopRunning(): Promise<void> {
  await Promise.all(running.splice(0).map((r) => r.stop()));
}

async function twoProcesses(env: Record<string, string>): Promise<[string, string]> {
  await stopRunning();
  const products = await startProductsOnRunDatabase(2, { AIXIN_RATE_LIMITS: '1', ...env });
  running.push(products);
  return [products.processes[0].url, products.processes[1].url];
}

/** The counters of this machine's address start afresh (every test's sign-ins come from it). */
async function forgetAddress(): Promise<void> {
  await running.at(-1)!.db.query(`delete from rate_limit where key like 'address:%'`);
}

/** A fresh READ key of the demo federation, issued by platform staff through the first process. */
async function issueKey(url: string): Promise<Record<string, string>> {
  const login = await post(url, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, {}, { i: { login: DEMO.admin, password: DEMO_PASSWORD } });
  expect(login.body.errors, JSON.stringify(login.body.errors)).toBeUndefined();
  const staff = { authorization: `Bearer ${login.body.data.logIn.token}` };
  const org = await post(url, `{ organizations(first: 1) { nodes { id } } }`, staff);
  const created = await post(url, `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret } }`, staff, {
    input: { organizationId: org.body.data.organizations.nodes[0].id, name: `限流测试${randomInt(1e9)}` },
  });
  expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
  return { authorization: `Bearer ${created.body.data.createPartnerKey.secret}` };
}

/** `total` requests at once, alternating between the processes; the answers in order. */
async function burst(urls: string[], total: number, query: (i: number) => string, headers: Record<string, string>): Promise<Answer[]> {
  return Promise.all(Array.from({ length: total }, (_, i) => post(urls[i % urls.length], query(i), headers)));
}

function expectLimited(answers: Answer[], limit: number) {
  const ok = answers.filter((a) => a.status === 200);
  const limited = answers.filter((a) => a.status === 429);
  expect(ok).toHaveLength(limit);
  expect(limited).toHaveLength(answers.length - limit);
  for (const a of limited) {
    expect(a.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    const retryAfter = a.body.errors![0].extensions!.retryAfter;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(a.headers.get('retry-after')).toBe(String(retryAfter));
    expect(a.body.data ?? null).toBeNull();
  }
  for (const a of ok) {
    expect(Number(a.headers.get('ratelimit-remaining'))).toBeLessThan(limit);
    expect(a.headers.get('ratelimit-policy')).toMatch(new RegExp(`^${limit};w=60, \\d+;w=60;comment="query cost"$`));
    expect(a.body.extensions!.cost.requested).toBeGreaterThan(0);
  }
}

describe('shared by the processes', () => {
  it('a key limited to 10 requests a minute gets 10 answers from two processes counting in PostgreSQL', async () => {
    const urls = await twoProcesses({ AIXIN_RATE_KEY_REQUESTS: '10' });
    const key = await issueKey(urls[0]);
    const answers = await burst(urls, 24, (i) => `{ n${i}: __typename }`, key);
    expectLimited(answers, 10);
    // Other callers keep their own counts.
    const other = await issueKey(urls[1]);
    expect((await post(urls[1], `{ __typename }`, other)).status).toBe(200);
  });

  it('counts in Redis when REDIS_URL is set, with the same result', async () => {
    const urls = await twoProcesses({ AIXIN_RATE_KEY_REQUESTS: '7', REDIS_URL: 'redis://127.0.0.1:6379' });
    const key = await issueKey(urls[0]);
    expectLimited(await burst(urls, 20, (i) => `{ n${i}: __typename }`, key), 7);
  });

  it('limits query cost per minute, and anonymous callers per address', async () => {
    const urls = await twoProcesses({ AIXIN_RATE_KEY_COST: '300', AIXIN_RATE_ADDRESS_REQUESTS: '5', AIXIN_BUILD_TOKEN: BUILD_TOKEN });
    const key = await issueKey(urls[0]);
    // Each asks for 20 activities with two fields: a cost well over 100 (the guards' count).
    const list = (i: number) => `{ p${i}: projects(first: 20) { nodes { id title } } }`;
    const first = await post(urls[0], list(0), key);
    expect(first.status).toBe(200);
    const cost = first.body.extensions!.cost.requested as number;
    expect(cost).toBeGreaterThan(100);
    expect(cost).toBeLessThan(300);
    const more = await burst(urls, 4, (i) => list(i + 1), key);
    // 300 points: the first and as many more as fit, whichever process they reach.
    expect(more.filter((a) => a.status === 200)).toHaveLength(Math.floor(300 / cost) - 1);
    expect(more.filter((a) => a.status === 429).length).toBeGreaterThan(0);
    // Anonymous requests count per address (distinct questions, so none is a kept answer).
    await forgetAddress();
    expectLimited(await burst(urls, 9, (i) => `{ a${i}: __typename }`, {}), 5);
    // The site build's requests carry the build token and are not counted; a wrong token is.
    const build = await burst(urls, 6, (i) => `{ b${i}: __typename }`, { 'x-aixin-build-token': BUILD_TOKEN });
    expect(build.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(build[0].headers.get('ratelimit-remaining')).toBeNull();
    expect((await post(urls[0], `{ c: __typename }`, { 'x-aixin-build-token': `${BUILD_TOKEN}x` })).status).toBe(429);
  });

  it('lets the product build its site with the limits on', async () => {
    await stopRunning();
    const site = await startSiteOnRunDatabase({ AIXIN_RATE_LIMITS: '1', AIXIN_RATE_ADDRESS_REQUESTS: '3', AIXIN_RATE_ADDRESS_COST: '100' });
    try {
      const home = await fetch(`${site.product.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('爱心');
      expect(site.product.output()).not.toMatch(/RATE_LIMITED|Site build failed/);
    } finally {
      await site.stop();
    }
  }, 240_000);
});

describe('configuration', () => {
  it('refuses a limit that is not a positive whole number, and can be turned off', () => {
    expect(() => loadConfig({ AIXIN_RATE_KEY_REQUESTS: 'many' })).toThrow(ConfigError);
    expect(() => loadConfig({ AIXIN_RATE_ADDRESS_COST: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(ConfigError);
    expect(loadConfig({}).rateLimits).toEqual({
      key: { requests: 600, cost: 100_000 },
      volunteer: { requests: 300, cost: 60_000 },
      address: { requests: 300, cost: 60_000 },
      redisUrl: null,
    });
    expect(loadConfig({ AIXIN_RATE_LIMITS: '0' }).rateLimits).toBeNull();
  });
});
