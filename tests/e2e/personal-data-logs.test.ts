// The server's own output: JSON lines with a request id on each line a request wrote, never an
// ID number or phone, whatever happens to a registration (success, conflict, bad input, failed
// sign-in, sign-in); and the Prometheus metrics behind their token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { gql, testOrm } from '../helpers/api.js';
import { createLogger } from '../../api/src/common/logger.js';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer } from '../../api/src/server.js';
import { fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';
import { startProduct, type Product } from '../helpers/product.js';
import { databaseUrl } from '../helpers/database.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-logs-'));
let product: Product;
const METRICS_TOKEN = 'scrape-token-for-this-test';

interface LogLine {
  level: number;
  time: string;
  msg: string;
  reqId?: string;
  req?: { method: string; path: string };
  res?: { statusCode: number };
  operation?: string;
}

/** The product's output so far, one parsed object per line (every line must be JSON). */
function logLines(): LogLine[] {
  return product
    .output()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogLine);
}

async function settled(): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
}

beforeAll(async () => {
  // Development mode logs the most; even then no personal data may appear.
  // The run's data key: the database refuses any other.
  const key = readFileSync(path.join(inject('dataDir'), 'data-key'), 'utf8').trim();
  product = await startProduct({
    DATABASE_URL: databaseUrl(),
    AIXIN_DATA_DIR: dataDir,
    AIXIN_DATA_KEY: key,
    AIXIN_BUILD_SITE: '0',
    NODE_ENV: 'development',
    AIXIN_LOG_FORMAT: 'json',
    AIXIN_LOG_LEVEL: 'info',
    AIXIN_METRICS_TOKEN: METRICS_TOKEN,
  });
  await product.waitFor(/Aixin 爱心 is running/, 120_000);
}, 150_000);

afterAll(async () => {
  await product?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('server output', () => {
  it('contains no ID number or phone after registrations, conflicts, bad input and sign-ins', async () => {
    const endpoint = `${product.url}/graphql`;
    const people = [fakeRegistration(), fakeRegistration({ email: `log${Date.now()}@example.com` })];
    for (const input of people) {
      expect((await gql(endpoint, REGISTER, { input })).errors).toBeUndefined();
      const again = await gql(endpoint, REGISTER, { input });
      expect(again.errors![0].extensions!.code).toBe('CONFLICT');
      const bad = await gql(endpoint, REGISTER, { input: { ...input, idNumber: input.idNumber.slice(0, 17) + 'Z' } });
      expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      await gql(endpoint, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: input.phone, password: 'wrong-password' } });
      const ok = await gql(endpoint, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: input.phone, password: input.password } });
      expect(ok.errors).toBeUndefined();
      // A request the database refuses deep down (a value it cannot take) must not echo it either.
      await gql(endpoint, REGISTER, { input: { ...input, phone: input.phone, district: '区'.repeat(41) } });
    }
    await new Promise((r) => setTimeout(r, 300));
    const output = product.output();
    expect(output).toContain('is running');
    for (const input of people) {
      expect(output).not.toContain(input.phone);
      expect(output).not.toContain(input.idNumber);
      expect(output).not.toContain(input.idNumber.slice(0, 17));
    }
  });
});

describe('structured logs', () => {
  it('are JSON lines; a request is logged once answered, with its id, path and operation, and no query string', async () => {
    const phone = fakePhone();
    const query = encodeURIComponent('query($p: String!) { projects(first: 1, filter: { search: $p }) { nodes { id } } }');
    const res = await fetch(`${product.url}/graphql?query=${query}&variables=${encodeURIComponent(JSON.stringify({ p: phone }))}`, {
      headers: { 'x-request-id': 'req-from-the-proxy-1' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-from-the-proxy-1');
    await settled();
    const lines = logLines();
    for (const line of lines) {
      expect(typeof line.level).toBe('number');
      expect(Number.isNaN(Date.parse(line.time))).toBe(false);
      expect(typeof line.msg).toBe('string');
    }
    const mine = lines.filter((line) => line.reqId === 'req-from-the-proxy-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      level: 30,
      msg: 'GET /graphql 200',
      req: { method: 'GET', path: '/graphql' },
      res: { statusCode: 200 },
      operation: 'query projects',
    });
    expect(product.output()).not.toContain(phone);
    expect(product.output()).not.toContain('variables=');
  });

  it('gives a request without a usable id a new one, and logs refusals as warnings', async () => {
    const res = await fetch(`${product.url}/graphql?query=%7Bnope%7D`, { headers: { 'x-request-id': 'not a token; with spaces' } });
    expect(res.status).toBe(400);
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await settled();
    const line = logLines().find((l) => l.reqId === id)!;
    expect(line).toMatchObject({ level: 40, msg: 'GET /graphql 400' });
    expect(product.output()).not.toContain('not a token; with spaces');
  });

  it('does not log the probes', async () => {
    const before = logLines().length;
    for (const path of ['/livez', '/readyz', '/healthz']) expect((await fetch(`${product.url}${path}`)).status).toBe(200);
    await settled();
    expect(logLines().length).toBe(before);
  });
});

describe('/metrics', () => {
  const scrape = async (token?: string) => fetch(`${product.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** A sample's value from Prometheus text, or 0 when the series has none yet. */
  const sample = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : 0;
  };

  it('answers only with its bearer token', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('wrong-token-of-the-same-length!!')).status).toBe(401);
    const res = await scrape(METRICS_TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
  });

  it('counts and times requests and operations, reports the pool, session-cache and response-cache lookups', async () => {
    const before = await (await scrape(METRICS_TOKEN)).text();
    const projects = 'aixin_graphql_operations_total{field="projects",type="query",outcome="ok"}';
    const httpOk = 'aixin_http_requests_total{method="POST",route="/graphql",status="200"}';
    const hits = 'aixin_session_cache_lookups_total{result="hit"}';
    const endpoint = `${product.url}/graphql`;
    for (let i = 0; i < 3; i++) expect((await gql(endpoint, '{ projects(first: 2) { nodes { id } } }')).errors).toBeUndefined();
    const input = fakeRegistration();
    expect((await gql(endpoint, REGISTER, { input })).errors).toBeUndefined();
    const login = await gql(endpoint, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: input.phone, password: input.password } });
    const auth = { authorization: `Bearer ${login.data.logIn.token}` };
    for (let i = 0; i < 3; i++) expect((await gql(endpoint, '{ me { id } }', {}, auth)).errors).toBeUndefined();

    const after = await (await scrape(METRICS_TOKEN)).text();
    // Each anonymous question ran, or was answered from the response cache (AIXIN_RESPONSE_CACHE_MS).
    const cached = 'aixin_response_cache_lookups_total{result="hit"}';
    expect(sample(after, projects) - sample(before, projects) + sample(after, cached) - sample(before, cached)).toBe(3);
    expect(sample(after, httpOk) - sample(before, httpOk)).toBeGreaterThanOrEqual(8);
    expect(sample(after, 'aixin_graphql_operation_duration_seconds_count{field="projects",type="query"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after, hits) - sample(before, hits)).toBeGreaterThanOrEqual(1);
    expect(after).toMatch(/^aixin_db_pool_connections\{state="idle"\} \d+$/m);
    expect(after).toMatch(/^aixin_db_pool_connections\{state="used"\} \d+$/m);
    expect(after).toMatch(/^process_cpu_user_seconds_total \d/m);
    // Labels are the schema's root fields, never a client's values.
    expect(after).not.toContain(input.phone);
  });
});

describe('a failure inside a request', () => {
  it('is logged as an error by kind, with the id of the request it happened in', async () => {
    const written: string[] = [];
    const orm = await testOrm();
    const server = await startServer(
      {
        orm,
        vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false),
        development: false,
        sessionCacheMs: 0,
        logger: createLogger({ level: 'info', format: 'json' }, { write: (line: string) => void written.push(line) }),
      },
      0,
      '127.0.0.1',
    );
    try {
      // The database goes away under the running server: its next query fails inside the resolver.
      await orm.close(true);
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-that-fails' },
        body: JSON.stringify({ query: '{ projects(first: 1) { nodes { id } } }' }),
      });
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      await settled();
      const lines = written.map((line) => JSON.parse(line) as LogLine).filter((line) => line.reqId === 'req-that-fails');
      expect(lines.map((line) => line.level)).toEqual([50, 30]);
      expect(lines[0].msg).toMatch(/^internal error in projects: /);
      expect(lines[1]).toMatchObject({ msg: 'POST /graphql 200', operation: 'query projects' });
    } finally {
      await server.close();
    }
  });
});
