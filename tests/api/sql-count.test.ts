// Field resolvers batch: a page of projects with organisations and shifts costs a fixed
// number of SQL statements whatever its size (counted by MikroORM's query logger).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { testServer } from '../helpers/api.js';
import { countingOrm } from '../helpers/sql-log.js';

let statements: string[];

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;

beforeAll(async () => {
  ({ orm, statements } = await countingOrm());
  // Enough public projects, each in its own organisation, for a page of 50 distinct organisations.
  const conn = orm.em.getConnection();
  const start = Date.now() + 86_400_000;
  for (let i = 0; i < 55; i++) {
    const org = newId('org');
    const project = newId('prj');
    await conn.execute(`insert into organization (id, slug, name, status) values (?, ?, ?, 'APPROVED')`, [org, `sql-count-${i}`, `计数测试队${i}`]);
    await conn.execute(
      `insert into project (id, organization_id, title, summary, status, starts_at, ends_at) values (?, ?, ?, ?, 'PUBLISHED', ?, ?)`,
      [project, org, `计数测试活动${i}`, '测试', new Date(start - 86_400_000 * 30), new Date(start + 3_600_000 * 3)],
    );
    for (let s = 0; s < 3; s++) {
      await conn.execute(`insert into shift (id, project_id, starts_at, ends_at, capacity) values (?, ?, ?, ?, 10)`, [
        newId('sft'), project, new Date(start + s * 3_600_000), new Date(start + (s + 1) * 3_600_000),
      ]);
    }
  }
  server = await testServer(orm);
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe('SQL statements per request', () => {
  for (const first of [5, 50]) {
    it(`projects(first: ${first}) with organisation names and shift places runs at most 3 statements`, async () => {
      statements.length = 0;
      const res = await server.gql(`query($first: Int) { projects(first: $first) { nodes { organization { name } shifts { remaining } } } }`, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.projects.nodes).toHaveLength(first);
      const orgNames = new Set(res.data.projects.nodes.map((p: any) => p.organization.name));
      expect(orgNames.size).toBeGreaterThan(first === 50 ? 40 : 1);
      expect(res.data.projects.nodes.every((p: any) => p.shifts.length > 0)).toBe(true);
      expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(3);
      console.log(`projects(first: ${first}) → ${statements.length} SQL statements`);
    });
  }

  it('keeps the same count at 50 as at 5 when organisations nest deeper', async () => {
    const counts: number[] = [];
    for (const first of [5, 50]) {
      statements.length = 0;
      const res = await server.gql(
        `query($first: Int) { projects(first: $first) { nodes { organization { name parent { name } } shifts { remaining project { title } } } } }`,
        { first },
      );
      expect(res.errors).toBeUndefined();
      counts.push(statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
