// Anonymous queries answered from memory for a moment (AIXIN_RESPONSE_CACHE_MS): the same bytes
// for the same question, never for a signed-in viewer or a partner, never an error, forgotten at
// once after a mutation here and within the TTL after a change made elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { gql, testOrm } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';

const TTL_MS = 400;
let orm: MikroORM;
let server: RunningServer;
let endpoint: string;
let projectId: string;
let shiftId: string;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);
const ask = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => gql(endpoint, query, variables, headers);
const bound = { gql: (q: string, v?: Record<string, unknown>, h?: Record<string, string>) => ask(q, v, h) };

/** The cache's hits so far, from /metrics. */
async function hits(): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/aixin_response_cache_lookups_total\{result="hit"\} (\d+)/.exec(text)?.[1] ?? 0);
}

const PLACES = `query($id: ID!) { project(id: $id) { shifts { id remaining } } }`;
const remaining = async (headers?: Record<string, string>) => {
  const res = await ask(PLACES, { id: projectId }, headers);
  expect(res.errors).toBeUndefined();
  return res.data.project.shifts.find((s: { id: string }) => s.id === shiftId).remaining as number;
};

beforeAll(async () => {
  orm = await testOrm();
  const vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
  server = await startServer({ orm, vault, development: false, responseCacheMs: TTL_MS }, 0, '127.0.0.1');
  endpoint = `${server.url}/graphql`;
  [{ project_id: projectId, id: shiftId }] = await sql(
    `select s.project_id, s.id from shift s join project p on p.id = s.project_id
      where p.status = 'PUBLISHED' and s.allocation = 'FIRST_COME' and s.starts_at > now() + interval '1 day' and s.confirmed_count + 2 < s.capacity
      order by s.starts_at limit 1`,
  );
});
afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe('the response cache', () => {
  it('answers the same anonymous question from memory, byte for byte', async () => {
    const before = await hits();
    const first = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PLACES, variables: { id: projectId } }),
    });
    const second = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PLACES, variables: { id: projectId } }),
    });
    expect(second.status).toBe(200);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await second.text()).toBe(await first.text());
    expect(await hits()).toBe(before + 1);
  });

  it('sends a kept answer with the headers the first one had, its own request id, and counts it', async () => {
    const requests = async () => {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      return Number(/aixin_http_requests_total\{method="POST",route="\/graphql",status="200"\} (\d+)/.exec(text)?.[1] ?? 0);
    };
    const post = (id?: string) =>
      fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(id ? { 'x-request-id': id } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const first = await post();
    const before = [await hits(), await requests()];
    const [second, third] = [await post(), await post('proxy-chose-this.1')];
    expect([await hits(), await requests()]).toEqual([before[0] + 2, before[1] + 2]);
    const own = new Set(['x-request-id', 'date', 'content-length', 'connection', 'keep-alive']);
    const headersOf = (res: Response) => [...res.headers].filter(([name]) => !own.has(name)).sort();
    expect(headersOf(second)).toEqual(headersOf(first));
    expect(headersOf(first).map(([name]) => name)).toEqual(
      expect.arrayContaining(['content-security-policy', 'x-frame-options', 'x-content-type-options', 'permissions-policy', 'content-type']),
    );
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(third.headers.get('x-request-id')).toBe('proxy-chose-this.1');
    expect(await third.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a body that is not JSON, a charset it does not read and an empty body as before', async () => {
    const post = (body: string, contentType = 'application/json') => fetch(endpoint, { method: 'POST', headers: { 'content-type': contentType }, body });
    // Each twice: a request refused before it ran holds no place that the next one would wait on.
    for (const body of ['{"query": ', '{"query": ', '"{ __typename }"', '"{ __typename }"']) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const latin = await post('{"query":"{ __typename }"}', 'application/json; charset=latin1');
    expect(latin.status).toBe(415);
    expect((await post('')).status).toBe(400);
    // A JSON content type with parameters in another case still reads.
    expect(await (await post('{"query":"{ __typename }"}', 'Application/JSON; Charset=UTF-8')).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('shows a change made elsewhere within its TTL, and a mutation made here at once', async () => {
    const start = await remaining();
    // Another process took a place: this one may answer from memory until the TTL is over.
    await sql(`update shift set confirmed_count = confirmed_count + 1 where id = ?`, [shiftId]);
    await new Promise((r) => setTimeout(r, TTL_MS + 100));
    expect(await remaining()).toBe(start - 1);

    // A sign-up through this process: the next anonymous answer has it, with no wait.
    expect(await remaining()).toBe(start - 1); // kept again
    const volunteer = await signIn(bound, DEMO.volunteer);
    const signedUp = await ask(`mutation($input: SignUpInput!) { signUp(input: $input) { status } }`, { input: { shiftId } }, volunteer);
    expect(signedUp.errors).toBeUndefined();
    expect(signedUp.data.signUp.status).toBe('CONFIRMED');
    expect(await remaining()).toBe(start - 2);
  });

  it('never keeps a signed-in answer, nor serves a kept one to a viewer', async () => {
    expect((await ask(`{ me { id } }`)).data.me).toBeNull();
    const volunteer = await signIn(bound, DEMO.volunteer);
    const before = await hits();
    const mine = await ask(`{ me { id } }`, {}, volunteer);
    expect(mine.data.me.id).toMatch(/^vol_/);
    expect((await ask(`{ me { id } }`, {}, volunteer)).data.me.id).toBe(mine.data.me.id);
    expect(await hits()).toBe(before);
    // And the anonymous answer stays the anonymous one.
    expect((await ask(`{ me { id } }`)).data.me).toBeNull();
  });

  it('keeps no draft for the public: a coordinator sees it, an anonymous caller still does not', async () => {
    const coordinator = await signIn(bound, DEMO.coordinator);
    const [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const created = await ask(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { organizationId: orgId, title: '缓存测试草稿', summary: '草稿不公开', shifts: [{ startsAt: at(48), endsAt: at(50), capacity: 3 }] } },
      coordinator,
    );
    const draft = created.data.createProject.id;
    const Q = `query($id: ID!) { project(id: $id) { id status } }`;
    expect((await ask(Q, { id: draft })).data.project).toBeNull();
    expect((await ask(Q, { id: draft }, coordinator)).data.project.status).toBe('DRAFT');
    expect((await ask(Q, { id: draft })).data.project).toBeNull();
  });

  it('never keeps an error', async () => {
    const before = await hits();
    for (let i = 0; i < 2; i++) {
      expect((await ask(`{ project(id: "prj_none") { nosuchfield } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await ask(`{ projects(first: -1) { nodes { id } } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await hits()).toBe(before);
  });

  it('runs an expired question once for the requests that ask it together', async () => {
    await new Promise((r) => setTimeout(r, TTL_MS + 100));
    const before = await hits();
    const answers = await Promise.all(Array.from({ length: 12 }, () => ask(PLACES, { id: projectId })));
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(await hits()).toBe(before + 11);
  });

  it('is set in the configuration, at most one second', () => {
    expect(loadConfig({}).responseCacheMs).toBe(500);
    expect(loadConfig({ AIXIN_RESPONSE_CACHE_MS: '0' }).responseCacheMs).toBe(0);
    expect(() => loadConfig({ AIXIN_RESPONSE_CACHE_MS: '5000' })).toThrow(ConfigError);
  });
});
