// Field resolvers batch: a page of projects with organisations and shifts costs a fixed
// number of SQL statements whatever its size (counted by MikroORM's query logger).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { testServer } from '../helpers/api.js';
import { countingOrm } from '../helpers/sql-log.js';
import { DEMO, signIn } from '../helpers/auth.js';

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
    await conn.execute(`insert into project (id, organization_id, title, summary, status, starts_at, ends_at) values (?, ?, ?, ?, 'PUBLISHED', ?, ?)`, [
      project,
      org,
      `计数测试活动${i}`,
      '测试',
      new Date(start - 86_400_000 * 30),
      new Date(start + 3_600_000 * 3),
    ]);
    for (let s = 0; s < 3; s++) {
      await conn.execute(`insert into shift (id, project_id, starts_at, ends_at, capacity) values (?, ?, ?, ?, 10)`, [
        newId('sft'),
        project,
        new Date(start + s * 3_600_000),
        new Date(start + (s + 1) * 3_600_000),
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

  describe("the viewer's own sign-ups on a page of shifts", () => {
    /** A published project with `n` waitlisted shifts (every other one a lottery), on each of which `other` queued before `viewer`. */
    async function projectWithSignups(n: number, viewerId: string, otherId: string): Promise<string> {
      const conn = orm.em.getConnection();
      const [{ id: org }] = await conn.execute(`select id from organization where name = '计数测试队0'`);
      const project = newId('prj');
      const start = Date.now() + 7 * 86_400_000;
      await conn.execute(`insert into project (id, organization_id, title, summary, status, starts_at, ends_at) values (?, ?, ?, '测试', 'PUBLISHED', ?, ?)`, [
        project,
        org,
        `计数测试：${n}个时段`,
        new Date(start),
        new Date(start + n * 3_600_000),
      ]);
      for (let i = 0; i < n; i++) {
        const shift = newId('sft');
        const lottery = i % 2 === 1;
        await conn.execute(
          `insert into shift (id, project_id, starts_at, ends_at, capacity, allocation, registration_closes_at) values (?, ?, ?, ?, 1, ?, ?)`,
          [
            shift,
            project,
            new Date(start + i * 3_600_000),
            new Date(start + (i + 1) * 3_600_000),
            lottery ? 'LOTTERY' : 'FIRST_COME',
            lottery ? new Date(start - 86_400_000) : null,
          ],
        );
        const status = lottery ? 'PENDING_DRAW' : 'WAITLISTED';
        await conn.execute(`insert into signup (id, shift_id, volunteer_id, status, created_at) values (?, ?, ?, ?, now() - interval '1 hour')`, [
          newId('sgn'),
          shift,
          otherId,
          status,
        ]);
        await conn.execute(`insert into signup (id, shift_id, volunteer_id, status) values (?, ?, ?, ?)`, [newId('sgn'), shift, viewerId, status]);
      }
      return project;
    }

    it('costs the same statements for 3 shifts as for 30, and says each place right', async () => {
      const viewer = await signIn(server, DEMO.volunteer);
      const viewerId = (await server.gql(`{ me { id } }`, {}, viewer)).data.me.id;
      const otherId = (await server.gql(`{ me { id } }`, {}, await signIn(server, DEMO.coordinator))).data.me.id;
      const query = `query($id: ID!) { project(id: $id) { shifts { allocation viewerSignup { id status waitlistPosition } viewerDrawEntry { id status } } } }`;
      const counts: number[] = [];
      for (const n of [3, 30]) {
        const id = await projectWithSignups(n, viewerId, otherId);
        statements.length = 0;
        const res = await server.gql(query, { id }, viewer);
        expect(res.errors).toBeUndefined();
        const shifts = res.data.project.shifts;
        expect(shifts).toHaveLength(n);
        for (const shift of shifts) {
          if (shift.allocation === 'LOTTERY') {
            expect(shift.viewerDrawEntry.status).toBe('PENDING_DRAW');
            expect(shift.viewerSignup.waitlistPosition).toBeNull();
          } else {
            expect(shift.viewerDrawEntry).toBeNull();
            expect(shift.viewerSignup).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
          }
        }
        counts.push(statements.length);
      }
      expect(counts[1], `3 shifts: ${counts[0]}, 30 shifts: ${counts[1]}`).toBe(counts[0]);

      // The volunteer's own list: a waitlist place per row, in one statement for the page.
      const mine = async (first: number) => {
        statements.length = 0;
        const res = await server.gql(
          `query($first: Int) { me { signups(first: $first) { nodes { status waitlistPosition shift { startsAt } } } } }`,
          { first },
          viewer,
        );
        expect(res.errors).toBeUndefined();
        const waitlisted = res.data.me.signups.nodes.filter((s: { status: string }) => s.status === 'WAITLISTED');
        expect(waitlisted.length).toBeGreaterThan(0);
        expect(waitlisted.every((s: { waitlistPosition: number }) => s.waitlistPosition === 2)).toBe(true);
        return statements.length;
      };
      expect(await mine(30)).toBe(await mine(4));
    });
  });
});
