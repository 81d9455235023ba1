// Finding activities: Chinese text search and the nearby "service circle".
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { roundedEarthDistance } from '../../api/src/common/geo.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('search', () => {
  it.each(['植树', '义务植树', '书吧', '文明交通', '海'])('finds exactly the public projects whose title or summary contains %s', async (term) => {
    const res = await server.gql(`query($s: String) { projects(first: 100, filter: { search: $s }) { nodes { id title summary } } }`, { s: term });
    expect(res.errors).toBeUndefined();
    const expected = await sql<{ id: string }>(
      `select id from project where status in ('PUBLISHED', 'COMPLETED') and position(? in title || ' ' || summary) > 0`,
      [term],
    );
    expect(res.data.projects.nodes.map((p: any) => p.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const p of res.data.projects.nodes) expect(`${p.title} ${p.summary}`).toContain(term);
    if (term === '植树') expect(expected.length).toBeGreaterThan(0);
  });

  it('has a bigram index the planner can use', async () => {
    // On a table this small the planner prefers a scan; with scans off (one transaction) it must find the index.
    const forced = await orm.em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      await conn.execute('set local enable_seqscan = off', [], 'run', ctx);
      return conn.execute<{ 'QUERY PLAN': string }[]>(
        `explain select id from project p where aixin_bigrams(p.title || ' ' || p.summary) @> aixin_bigrams('义务植树')`,
        [],
        'all',
        ctx,
      );
    });
    expect(forced.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/project_search_bigrams/);
  });

  it('refuses a search longer than 50 characters, and treats LIKE wildcards as text', async () => {
    expect(errorCode(await server.gql(`query($s: String) { projects(filter: { search: $s }) { totalCount } }`, { s: '植'.repeat(51) }))).toBe('BAD_USER_INPUT');
    const wild = await server.gql(`{ projects(filter: { search: "%_" }) { totalCount } }`);
    expect(wild.data.projects.totalCount).toBe(0);
  });
});

describe('near', () => {
  const centre = { lat: 20.03, lng: 110.33 }; // 龙华区

  it('returns the projects within the radius, nearest first, paging by distance', async () => {
    const all = await sql<{ id: string; lat: number; lng: number }>(
      `select id, lat, lng from project where status in ('PUBLISHED', 'COMPLETED') and lat is not null`,
    );
    const within = all
      .map((p) => ({ id: p.id, d: roundedEarthDistance(centre.lat, centre.lng, p.lat, p.lng) }))
      .filter((p) => p.d <= 5000)
      .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
    expect(within.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await server.gql(
        `query($a: String) { projects(first: 3, after: $a, filter: { near: { lat: ${centre.lat}, lng: ${centre.lng}, radiusKm: 5 } }) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { a: after },
      );
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.projects.nodes.map((p: any) => p.id));
      after = res.data.projects.pageInfo.hasNextPage ? res.data.projects.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(within.map((p) => p.id));
  });

  it('refuses impossible coordinates and radii', async () => {
    for (const near of [
      '{ lat: 91, lng: 110, radiusKm: 1 }',
      '{ lat: 20, lng: 181, radiusKm: 1 }',
      '{ lat: 20, lng: 110, radiusKm: 0 }',
      '{ lat: 20, lng: 110, radiusKm: 1000 }',
    ]) {
      const res = await server.gql(`{ projects(filter: { near: ${near} }) { totalCount } }`);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toMatch(/^filter\.near\./);
    }
  });
});
