// Hostile and malformed requests get coded 4xx answers before execution, never a 5xx,
// a stack trace or SQL text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { QUERY_LIMITS } from '../../api/src/common/guards.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

function expectNoLeak(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat .+\.js:\d+|select .* from|insert into/i);
}

describe('page size', () => {
  it.each([0, -1, 101, 5000])('first: %i is BAD_USER_INPUT naming the field', async (first) => {
    const res = await server.gql(`query($f: Int) { projects(first: $f) { totalCount } }`, { f: first });
    expect(res.status).toBeLessThan(500);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('first');
  });

  it('accepts 1 and 100', async () => {
    for (const first of [1, 100]) {
      const res = await server.gql(`query($f: Int) { organizations(first: $f) { nodes { id } } }`, { f: first });
      expect(res.errors).toBeUndefined();
    }
  });

  it.each(['garbage', 'WyJ4Il0', Buffer.from('["2026-01-01T00:00:00Z"]').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'after: %s (not a cursor of the list) is BAD_USER_INPUT',
    async (after) => {
      const res = await server.gql(`query($a: String) { projects(after: $a) { totalCount } }`, { a: after });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('after');
    },
  );
});

describe('query limits', () => {
  it('refuses a query deeper than the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth; i++) selection = `project { shifts { ${selection} } }`;
    const res = await server.gql(`{ projects(first: 1) { nodes { shifts { ${selection} } } } }`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { volunteerCount }`).join(' ');
    const res = await server.gql(`{ ${fields} }`);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses too many tokens', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');
    const res = await server.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query whose cost is too high', async () => {
    const nested =
      'nodes { id title summary organization { id name slug parent { id name } } shifts { id capacity remaining confirmedCount waitlistCount project { id title organization { name } } } }';
    const fields = Array.from({ length: 14 }, (_, i) => `p${i}: projects(first: 100) { ${nested} }`).join(' ');
    const res = await server.gql(`{ ${fields} }`);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('does not suggest field names to probers', async () => {
    const res = await server.gql(`{ projectz { id } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
  });
});

describe('malformed requests', () => {
  const endpoint = () => `${server.url}/graphql`;

  it('answers broken JSON with 400 BAD_USER_INPUT', async () => {
    const res = await fetch(endpoint(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expectNoLeak(body);
  });

  it('answers a syntax error with BAD_USER_INPUT', async () => {
    const res = await server.gql(`{ projects(first: ) }`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('answers wrong variable types with BAD_USER_INPUT', async () => {
    const res = await server.gql(`query($f: Int) { projects(first: $f) { totalCount } }`, { f: 'ten' });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const date = await server.gql(`query($d: DateTime) { projects(filter: { startsAfter: $d }) { totalCount } }`, { d: 'yesterday' });
    expect(errorCode(date)).toBe('BAD_USER_INPUT');
  });

  it('quotes at most an excerpt of an oversized value in its error', async () => {
    const huge = '9'.repeat(120_000) + 'x'.repeat(120_000);
    const res = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($f: Int) { projects(first: $f) { totalCount } }', variables: { f: huge } }),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(1_000);
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/^Variable "\$f" got invalid value "9{40}…"/);
  });

  it('answers hostile strings without a 5xx', async () => {
    const hostile = ["'; drop table project; --", 'x'.repeat(10_000), '😀🎉志愿', '\ud800', '\u0000'];
    for (const value of hostile) {
      const res = await server.gql(`query($s: String, $id: ID!) { organization(slug: $s) { id } project(id: $id) { id } node(id: $id) { id } }`, {
        s: value,
        id: value,
      });
      expect(res.status, value.slice(0, 20)).toBeLessThan(500);
      expect(res.data ?? null, value.slice(0, 20)).toEqual(res.errors ? (res.data ?? null) : { organization: null, project: null, node: null });
      if (res.errors) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(errorCode(res));
      expectNoLeak(res);
    }
    const [{ n }] = await orm.em.fork().getConnection().execute(`select count(*) as n from project`);
    expect(Number(n)).toBeGreaterThan(0);
  });

  it('refuses a body larger than the limit with 413', async () => {
    const res = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { volunteerCount } }', variables: { pad: 'x'.repeat(400_000) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('serves GET queries, but not a simple GET carrying the session cookie (CSRF prevention)', async () => {
    const url = `${endpoint()}?query=${encodeURIComponent('{ stats { volunteerCount } me { volunteerNumber } }')}`;
    const plain = await fetch(url);
    expect(plain.status).toBe(200);
    expect(((await plain.json()) as any).data).toMatchObject({ stats: { volunteerCount: expect.any(Number) }, me: null });

    const { authorization } = await signIn(server, DEMO.volunteer);
    const token = authorization.replace(/^Bearer /, '');
    // What a cross-site link or image would send: the visitor's cookie and no other header.
    const forged = await fetch(url, { headers: { cookie: `aixin_session=${token}` } });
    expect(forged.status).toBe(400);
    expect(JSON.stringify(await forged.json())).not.toContain('volunteerNumber":"AX');

    const clients: Record<string, string>[] = [{ authorization }, { cookie: `aixin_session=${token}`, 'apollo-require-preflight': 'true' }];
    for (const headers of clients) {
      const client = await fetch(url, { headers });
      expect(client.status).toBe(200);
      expect(((await client.json()) as any).data.me.volunteerNumber).toMatch(/^AX\d{10}$/);
    }
  });

  it('refuses mutations over GET', async () => {
    const res = await fetch(`${endpoint()}?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
