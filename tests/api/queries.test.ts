// The public read API over real HTTP against the run's PostgreSQL with the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { StatsService } from '../../api/src/modules/stats/stats.service.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params);

beforeAll(async () => {
  orm = await testOrm({ allowGlobalContext: true });
  server = await testServer(orm);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('projects', () => {
  // Within one district: other test files add projects (without a district) while this runs.
  it('lists public projects soonest first, paging with cursors to the end', async () => {
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from project where status in ('PUBLISHED', 'COMPLETED') and district = '龙华区'`);
    const seen: string[] = [];
    const starts: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await server.gql(
        `query($after: String) { projects(first: 7, after: $after, filter: { district: "龙华区" }) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id startsAt status } } nodes { id } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn: any = res.data.projects;
      expect(conn.totalCount).toBe(Number(n));
      expect(conn.nodes.map((p: any) => p.id)).toEqual(conn.edges.map((e: any) => e.node.id));
      for (const e of conn.edges) {
        expect(['PUBLISHED', 'COMPLETED']).toContain(e.node.status);
        seen.push(e.node.id);
        starts.push(e.node.startsAt);
      }
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1).cursor);
      after = conn.pageInfo.endCursor;
    }
    expect(seen.length).toBe(Number(n));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(Number(n) / 7));
    expect([...starts].sort()).toEqual(starts);
  });

  it('never shows drafts, neither in lists nor by id', async () => {
    const [draft] = await sql<{ id: string }>(`select id from project where status = 'DRAFT' limit 1`);
    expect(draft).toBeDefined();
    const list = await server.gql(`{ projects(first: 100) { nodes { id } } }`);
    expect(list.data.projects.nodes.map((p: any) => p.id)).not.toContain(draft.id);
    const one = await server.gql(`query($id: ID!) { project(id: $id) { id } node(id: $id) { id } }`, { id: draft.id });
    expect(one.data).toEqual({ project: null, node: null });
  });

  it("shows an organisation's drafts to its members and partner keys, and to no one else", async () => {
    const coordinator = await signIn(server, DEMO.coordinator);
    const admin = await signIn(server, DEMO.admin);
    const [{ id: orgId }] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
    const [{ id: otherOrgId }] = await sql<{ id: string }>(`select id from organization where status = 'APPROVED' and id <> ? order by id limit 1`, [orgId]);
    const startsAt = new Date(Date.now() + 20 * 86_400_000);
    const created = await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id status } }`,
      {
        input: {
          organizationId: orgId,
          title: '草稿可见性',
          summary: '只给本组织看',
          district: '测试区',
          shifts: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), capacity: 3 }],
        },
      },
      coordinator,
    );
    const draft = created.data.createProject;
    expect(draft.status).toBe('DRAFT');
    const keyOf = async (organizationId: string) => {
      const key = await server.gql(
        `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret } }`,
        { input: { organizationId, name: '草稿可见性', scopes: ['READ'] } },
        admin,
      );
      return { authorization: `Bearer ${key.data.createPartnerKey.secret}` };
    };
    const outsider = (await server.gql(REGISTER, { input: fakeRegistration() })).data.registerVolunteer.token;
    // [who, headers, sees the draft, the organisation a partner key acts for]
    const viewers: [string, Record<string, string>, boolean, string?][] = [
      ['the coordinator', coordinator, true],
      ['a member', await signIn(server, DEMO.volunteer), true],
      ["the organisation's partner key", await keyOf(orgId), true, orgId],
      ['anonymous', {}, false],
      ['a volunteer of no organisation', { authorization: `Bearer ${outsider}` }, false],
      ["another organisation's partner key", await keyOf(otherOrgId), false, otherOrgId],
      ['platform staff outside it', admin, false],
    ];
    const READ = `query($id: ID!, $org: ID!) {
      project(id: $id) { id status } node(id: $id) { id }
      projects(first: 100, filter: { organizationId: $org, district: "测试区" }) { nodes { id status } }
      organization(id: $org) { projects(first: 100) { nodes { id } } } }`;
    for (const [who, headers, sees, keyOrg] of viewers) {
      const res = await server.gql(READ, { id: draft.id, org: orgId }, headers);
      expect(res.errors, who).toBeUndefined();
      expect(res.data.project, who).toEqual(sees ? { id: draft.id, status: 'DRAFT' } : null);
      expect(res.data.node, who).toEqual(sees ? { id: draft.id } : null);
      expect(
        res.data.projects.nodes.some((p: any) => p.id === draft.id),
        who,
      ).toBe(sees);
      expect(
        res.data.organization.projects.nodes.some((p: any) => p.id === draft.id),
        who,
      ).toBe(sees);
      // Never another organisation's drafts, and never a cancelled project of theirs either.
      const all = await server.gql(
        `{ me { memberships(first: 100) { nodes { organization { id } } } } projects(first: 100, filter: { district: "测试区" }) { nodes { status organization { id } } } }`,
        {},
        headers,
      );
      const own = new Set([...(all.data.me?.memberships.nodes.map((m: any) => m.organization.id) ?? []), ...(keyOrg ? [keyOrg] : [])]);
      for (const p of all.data.projects.nodes) if (p.status === 'DRAFT' || p.status === 'CANCELLED') expect(own.has(p.organization.id), who).toBe(true);
    }
  });

  it('filters by district, category, organisation and shift dates', async () => {
    const district = await server.gql(`{ projects(first: 100, filter: { district: "博罗县" }) { totalCount nodes { district } } }`);
    expect(district.data.projects.totalCount).toBeGreaterThan(0);
    expect(district.data.projects.nodes.every((p: any) => p.district === '博罗县')).toBe(true);

    const [{ category }] = await sql<{ category: string }>(
      `select category from project where status = 'PUBLISHED' and category is not null group by category order by count(*) desc limit 1`,
    );
    const byCategory = await server.gql(`query($c: String) { projects(first: 100, filter: { category: $c }) { nodes { category } } }`, { c: category });
    expect(byCategory.data.projects.nodes.length).toBeGreaterThan(0);
    expect(byCategory.data.projects.nodes.every((p: any) => p.category === category)).toBe(true);

    const [org] = await sql<{ id: string; n: string }>(
      `select organization_id as id, count(*) as n from project where status in ('PUBLISHED','COMPLETED') group by organization_id order by count(*) desc limit 1`,
    );
    const byOrg = await server.gql(`query($o: ID) { projects(first: 100, filter: { organizationId: $o }) { totalCount nodes { organization { id } } } }`, {
      o: org.id,
    });
    expect(byOrg.data.projects.totalCount).toBe(Number(org.n));
    expect(byOrg.data.projects.nodes.every((p: any) => p.organization.id === org.id)).toBe(true);

    // The monthly preview: every project returned has a shift inside the window.
    const from = new Date(Date.now() + 7 * 86_400_000);
    const to = new Date(Date.now() + 21 * 86_400_000);
    const window = await server.gql(
      `query($a: DateTime, $b: DateTime) { projects(first: 100, filter: { startsAfter: $a, startsBefore: $b }) { nodes { id shifts { startsAt } } } }`,
      { a: from.toISOString(), b: to.toISOString() },
    );
    const [{ n }] = await sql<{ n: string }>(
      `select count(distinct p.id) as n from project p join shift s on s.project_id = p.id
       where p.status in ('PUBLISHED','COMPLETED') and s.starts_at >= ? and s.starts_at < ?`,
      [from, to],
    );
    expect(window.data.projects.nodes.length).toBe(Number(n));
    for (const p of window.data.projects.nodes) {
      expect(p.shifts.some((s: any) => new Date(s.startsAt) >= from && new Date(s.startsAt) < to)).toBe(true);
    }
  });

  it('gives each shift its live counts and remaining places', async () => {
    // Other test files sign up for listed shifts meanwhile. Read the rows before and after the
    // API answers: a shift whose row did not move in between must match it exactly.
    const list = await server.gql(`{ projects(first: 50) { nodes { id shifts { id } } } }`);
    const ids: string[] = list.data.projects.nodes.flatMap((p: any) => p.shifts.map((s: any) => s.id));
    const readRows = async () => {
      const rows = await sql<{ id: string; capacity: number; confirmed_count: number; waitlist_count: number }>(
        `select id, capacity, confirmed_count, waitlist_count from shift where id in (${ids.map(() => '?').join(',')})`,
        ids,
      );
      return new Map(rows.map((r) => [r.id, JSON.stringify([r.capacity, r.confirmed_count, r.waitlist_count])]));
    };
    const before = await readRows();
    const res = await server.gql(`{ projects(first: 50) { nodes { shifts { id capacity confirmedCount waitlistCount remaining project { id } } id } } }`);
    const after = await readRows();
    const shifts = res.data.projects.nodes.flatMap((p: any) => p.shifts.map((s: any) => ({ ...s, projectId: p.id })));
    const still = shifts.filter((s: any) => before.get(s.id) !== undefined && before.get(s.id) === after.get(s.id));
    expect(still.length).toBeGreaterThan(shifts.length / 2);
    for (const s of still) {
      const [capacity, confirmed, waitlisted] = JSON.parse(before.get(s.id)!);
      expect(s.capacity).toBe(capacity);
      expect(s.confirmedCount).toBe(confirmed);
      expect(s.waitlistCount).toBe(waitlisted);
      expect(s.remaining).toBe(capacity - confirmed);
      expect(s.project.id).toBe(s.projectId);
    }
  });
});

describe('organizations', () => {
  it('lists approved organisations only and finds one by slug or id', async () => {
    // Other test files approve organisations meanwhile: the answer lies between two counts.
    const count = async () => Number((await sql<{ n: string }>(`select count(*) as n from organization where status = 'APPROVED'`))[0].n);
    const before = await count();
    const res = await server.gql(`{ organizations(first: 100) { totalCount nodes { id slug name status memberCount } } }`);
    const after = await count();
    expect(res.data.organizations.totalCount).toBeGreaterThanOrEqual(before);
    expect(res.data.organizations.totalCount).toBeLessThanOrEqual(after);
    expect(res.data.organizations.nodes.every((o: any) => o.status === 'APPROVED')).toBe(true);

    const bySlug = await server.gql(`{ organization(slug: "${res.data.organizations.nodes[0].slug}") { id name } }`);
    expect(bySlug.data.organization.id).toBe(res.data.organizations.nodes[0].id);

    const [pending] = await sql<{ id: string; slug: string }>(`select id, slug from organization where status = 'PENDING' limit 1`);
    const hidden = await server.gql(`query($id: ID) { organization(id: $id) { id } }`, { id: pending.id });
    expect(hidden.data.organization).toBeNull();
  });

  it('knows the coordinator’s team by name, with its parent and member count', async () => {
    const [org] = await sql<{ slug: string; members: string }>(
      `select o.slug, (select count(*) from membership m where m.organization_id = o.id) as members
       from organization o where o.name = '龙华区青年志愿者协会'`,
    );
    const res = await server.gql(`{ organization(slug: "${org.slug}") { name memberCount parent { name } projects(first: 5) { totalCount } } }`);
    expect(res.data.organization.name).toBe('龙华区青年志愿者协会');
    expect(res.data.organization.parent.name).toBe('共青团龙华区委');
    expect(res.data.organization.memberCount).toBe(Number(org.members));
    expect(res.data.organization.projects.totalCount).toBeGreaterThan(0);
  });

  it('filters by district and kind, and refuses an unknown kind', async () => {
    const res = await server.gql(`{ organizations(first: 100, filter: { district: "博罗县", kind: "FEDERATION" }) { nodes { name district } } }`);
    expect(res.data.organizations.nodes.map((o: any) => o.name)).toContain('博罗县志愿者联合会');
    expect(res.data.organizations.nodes.every((o: any) => o.district === '博罗县')).toBe(true);
    const bad = await server.gql(`{ organizations(filter: { kind: "ALIENS" }) { totalCount } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('filter.kind');
  });

  it('asks for exactly one of id and slug', async () => {
    const res = await server.gql(`{ organization { id } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});

describe('node and stats', () => {
  it('resolves every public type by its ID and returns null for unknown IDs', async () => {
    const res = await server.gql(`{ projects(first: 1) { nodes { id organization { id } shifts { id } } } }`);
    const p = res.data.projects.nodes[0];
    const [vol] = await sql<{ id: string; volunteer_number: string }>(`select id, volunteer_number from volunteer limit 1`);
    const nodes = await server.gql(
      `query($p: ID!, $o: ID!, $s: ID!, $v: ID!) {
        p: node(id: $p) { __typename id } o: node(id: $o) { __typename id }
        s: node(id: $s) { __typename id ... on Shift { remaining } }
        v: node(id: $v) { __typename id ... on Volunteer { volunteerNumber displayName starLevel totalMinutes } }
        x: node(id: "prj_00000000000000000000000000") { id } y: node(id: "not-an-id") { id } }`,
      { p: p.id, o: p.organization.id, s: p.shifts[0].id, v: vol.id },
    );
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data.p).toEqual({ __typename: 'Project', id: p.id });
    expect(nodes.data.o).toEqual({ __typename: 'Organization', id: p.organization.id });
    expect(nodes.data.s.__typename).toBe('Shift');
    expect(nodes.data.v.volunteerNumber).toBe(vol.volunteer_number);
    expect(nodes.data.v.displayName).toMatch(/\*/);
    expect(nodes.data.x).toBeNull();
    expect(nodes.data.y).toBeNull();
  });

  it('reports the platform figures from the database', async () => {
    const figures = async () => {
      const [row] = await sql<Record<string, string>>(`select
        (select count(*) from volunteer) as v, (select count(*) from organization where status = 'APPROVED') as o,
        (select count(*) from project where status in ('PUBLISHED','COMPLETED')) as p`);
      return { volunteerCount: Number(row.v), organizationCount: Number(row.o), projectCount: Number(row.p) };
    };
    StatsService.invalidate();
    const before = await figures();
    const res = await server.gql(`{ stats { volunteerCount organizationCount projectCount totalServiceMinutes openShiftCount } }`);
    const after = await figures();
    // Other test files register volunteers and organisations meanwhile.
    for (const key of ['volunteerCount', 'organizationCount', 'projectCount'] as const) {
      expect(res.data.stats[key]).toBeGreaterThanOrEqual(before[key]);
      expect(res.data.stats[key]).toBeLessThanOrEqual(after[key]);
    }
    expect(res.data.stats.volunteerCount).toBeGreaterThanOrEqual(200);
    expect(res.data.stats.openShiftCount).toBeGreaterThan(0);
  });
});
