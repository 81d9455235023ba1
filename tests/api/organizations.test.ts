// Organisations over real HTTP: registration and review, membership and roles, member lists
// and search, with the run's PostgreSQL and demo data.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { errorCode, testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);

type Headers = Record<string, string>;
interface Person {
  id: string;
  headers: Headers;
}

const anonymous: Headers = {};
let admin: Headers;
let coordinator: Headers;
let demoVolunteer: Headers;
const people: Person[] = [];
// Names unique to this run, in case the database outlives it.
const run = randomInt(100_000, 999_999);

const ORG = `id slug name status kind district city description memberCount approvedAt createdAt viewerRole parent { id name }`;
const REGISTER_ORG = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { ${ORG} } }`;
const APPROVE = `mutation($id: ID!) { approveOrganization(id: $id) { id status approvedAt suspendedReason } }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendOrganization(id: $id, reason: $reason) { id status suspendedReason } }`;
const JOIN = `mutation($id: ID!) { joinOrganization(organizationId: $id) { id role createdAt organization { id memberCount viewerRole } volunteer { id } } }`;
const LEAVE = `mutation($id: ID!) { leaveOrganization(organizationId: $id) }`;
const SET_ROLE = `mutation($id: ID!, $role: MemberRole!) { setMemberRole(membershipId: $id, role: $role) { id role organization { id } volunteer { id } } }`;
const ONE = `query($id: ID, $slug: String) { organization(id: $id, slug: $slug) { id status viewerRole suspendedReason memberCount } }`;

async function newPerson(): Promise<Person> {
  const res = await server.gql(REGISTER, { input: fakeRegistration() });
  if (!res.data?.registerVolunteer) throw new Error(`registration failed: ${JSON.stringify(res.errors)}`);
  return { id: res.data.registerVolunteer.volunteer.id, headers: { authorization: `Bearer ${res.data.registerVolunteer.token}` } };
}

function orgInput(overrides: Record<string, unknown> = {}) {
  // Open joining: these tests join directly (joining that needs approval is tests/api/membership-requests.test.ts).
  return {
    name: `测试志愿服务队${run}-${randomInt(1e9)}`,
    kind: 'NGO',
    district: '龙华区',
    city: '海口市',
    description: '测试用的组织',
    joinPolicy: 'OPEN',
    ...overrides,
  };
}

async function registerOrg(headers: Headers, overrides: Record<string, unknown> = {}): Promise<any> {
  const res = await server.gql(REGISTER_ORG, { input: orgInput(overrides) }, headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.registerOrganization;
}

/** An approved organisation with `owner` as its only ADMIN. */
async function approvedOrg(owner: Person, overrides: Record<string, unknown> = {}): Promise<any> {
  const org = await registerOrg(owner.headers, overrides);
  const res = await server.gql(APPROVE, { id: org.id }, admin);
  expect(res.errors).toBeUndefined();
  return org;
}

async function join(person: Person, organizationId: string): Promise<any> {
  const res = await server.gql(JOIN, { id: organizationId }, person.headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.joinOrganization;
}

async function counts(organizationId: string): Promise<{ memberCount: number; rows: number; admins: number }> {
  const [row] = await sql<{ member_count: number; rows: string; admins: string }>(
    `select o.member_count, (select count(*) from membership m where m.organization_id = o.id) as rows,
            (select count(*) from membership m where m.organization_id = o.id and m.role = 'ADMIN') as admins
       from organization o where o.id = ?`,
    [organizationId],
  );
  return { memberCount: row.member_count, rows: Number(row.rows), admins: Number(row.admins) };
}

function expectCode(res: GraphQLResponse, code: string, field?: string) {
  expect(res.status).toBeLessThan(500);
  expect(errorCode(res), JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0].extensions!.field).toBe(field);
}

/** Every public organisation matching the filter, page by page. */
async function publicIds(filter: Record<string, unknown> = {}): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse = await server.gql(
      `query($f: OrganizationFilter, $after: String) { organizations(first: 100, after: $after, filter: $f) { pageInfo { hasNextPage endCursor } nodes { id status } } }`,
      { f: filter, after },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const page = res.data.organizations;
    expect(page.nodes.every((o: any) => o.status === 'APPROVED')).toBe(true);
    ids.push(...page.nodes.map((o: any) => o.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  orm = await testOrm({ allowGlobalContext: true });
  server = await testServer(orm);
  [admin, coordinator, demoVolunteer] = await Promise.all([signIn(server, DEMO.admin), signIn(server, DEMO.coordinator), signIn(server, DEMO.volunteer)]);
  people.push(...(await Promise.all(Array.from({ length: 26 }, newPerson))));
});
afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe('registerOrganization', () => {
  it('needs a signed-in volunteer', async () => {
    const res = await server.gql(REGISTER_ORG, { input: orgInput() }, anonymous);
    expectCode(res, 'UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('creates a PENDING organisation with a generated slug and the caller as its only ADMIN', async () => {
    const [owner] = people;
    const input = orgInput({ name: `  滨海社区 测试服务队${run}  `, district: ' 龙华区 ', kind: 'COMMUNITY' });
    const res = await server.gql(REGISTER_ORG, { input }, owner.headers);
    expect(res.errors).toBeUndefined();
    const org = res.data.registerOrganization;
    expect(org).toMatchObject({
      name: `滨海社区 测试服务队${run}`,
      status: 'PENDING',
      kind: 'COMMUNITY',
      district: '龙华区',
      city: '海口市',
      memberCount: 1,
      viewerRole: 'ADMIN',
      approvedAt: null,
      parent: null,
    });
    expect(org.id).toMatch(/^org_/);
    expect(org.slug).toMatch(/^org-[0-9a-z]{26}$/);
    expect(Date.parse(org.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const [membership] = await sql(`select volunteer_id, role from membership where organization_id = ?`, [org.id]);
    expect(membership).toEqual({ volunteer_id: owner.id, role: 'ADMIN' });
    expect(await counts(org.id)).toEqual({ memberCount: 1, rows: 1, admins: 1 });
  });

  it('keeps a pending organisation out of public view but shows it to its own members and platform staff', async () => {
    const [owner, stranger] = people;
    const org = await registerOrg(owner.headers);
    expect(await publicIds()).not.toContain(org.id);
    expect(await publicIds({ search: org.name })).toEqual([]);
    for (const headers of [anonymous, stranger.headers, demoVolunteer]) {
      const res = await server.gql(
        `query($id: ID!, $slug: String) { a: organization(id: $id) { id } b: organization(slug: $slug) { id } n: node(id: $id) { id } }`,
        { id: org.id, slug: org.slug },
        headers,
      );
      expect(res.data).toEqual({ a: null, b: null, n: null });
    }
    const own = await server.gql(ONE, { slug: org.slug }, owner.headers);
    expect(own.data.organization).toMatchObject({ id: org.id, status: 'PENDING', viewerRole: 'ADMIN' });
    const staff = await server.gql(ONE, { id: org.id }, admin);
    expect(staff.data.organization).toMatchObject({ id: org.id, status: 'PENDING', viewerRole: null });
  });

  it('refuses a name already taken, ignoring spaces, full-width forms and letter case', async () => {
    const [owner, other] = people;
    const name = `Sunshine 阳光助学队${run}`;
    await registerOrg(owner.headers, { name });
    const variants = [
      name,
      `${name} `,
      `  Sunshine阳光助学队${run}`,
      `SUNSHINE 阳光助学队${run}`,
      `Ｓｕｎｓｈｉｎｅ\u3000阳光 助学队${run}`,
      '龙华区青年志愿者协会 ',
      '龙华区 青年志愿者协会',
    ];
    for (const variant of variants) {
      const res = await server.gql(REGISTER_ORG, { input: orgInput({ name: variant }) }, other.headers);
      expectCode(res, 'CONFLICT', 'name');
    }
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from organization where name ilike ?`, [`%阳光助学队${run}%`]);
    expect(Number(n)).toBe(1);
  });

  it('lets exactly one of five simultaneous registrations of a new name through; the rest are CONFLICT', async () => {
    const name = `同时注册测试队${run}`;
    const results = await Promise.all(people.slice(0, 5).map((p) => server.gql(REGISTER_ORG, { input: orgInput({ name }) }, p.headers)));
    for (const r of results) expect(r.status).toBe(200);
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expectCode(r, 'CONFLICT', 'name');
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from organization where name = ?`, [name]);
    expect(Number(n)).toBe(1);
    expect(await counts(ok[0].data.registerOrganization.id)).toEqual({ memberCount: 1, rows: 1, admins: 1 });
  });

  it('takes a chosen slug, and refuses a taken or malformed one', async () => {
    const [owner] = people;
    const slug = `sunrise-team-${run}`;
    const org = await registerOrg(owner.headers, { slug: ` ${slug} ` });
    expect(org.slug).toBe(slug);
    const taken = await server.gql(REGISTER_ORG, { input: orgInput({ slug }) }, owner.headers);
    expectCode(taken, 'CONFLICT', 'slug');
    const [demo] = await sql<{ slug: string }>(`select slug from organization where name = '龙华区青年志愿者协会'`);
    expectCode(await server.gql(REGISTER_ORG, { input: orgInput({ slug: demo.slug }) }, owner.headers), 'CONFLICT', 'slug');
    for (const bad of ['ab', '-abc', 'abc-', 'a--b', 'has space', '中文网址', 'x'.repeat(62), 'a_b']) {
      expectCode(await server.gql(REGISTER_ORG, { input: orgInput({ slug: bad }) }, owner.headers), 'BAD_USER_INPUT', 'slug');
    }
    // Two at once with one slug: the unique constraint decides, still as CONFLICT.
    const raced = `race-slug-${run}`;
    const both = await Promise.all(people.slice(1, 3).map((p) => server.gql(REGISTER_ORG, { input: orgInput({ slug: raced }) }, p.headers)));
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expectCode(
      both.find((r) => r.errors)!,
      'CONFLICT',
      'slug',
    );
  });

  it('checks every field, naming it', async () => {
    const [owner] = people;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '队' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: '长'.repeat(61) }, 'name'],
      [{ name: `零宽\u200b字符队${run}` }, 'name'],
      [{ name: '!!!' }, 'name'],
      [{ district: '' }, 'district'],
      [{ district: '区'.repeat(41) }, 'district'],
      [{ city: '市'.repeat(41) }, 'city'],
      [{ description: '简'.repeat(2001) }, 'description'],
      [{ parentId: 'not-an-id' }, 'parentId'],
      [{ parentId: 'org_00000000000000000000000000' }, 'parentId'],
    ];
    for (const [overrides, field] of cases) {
      const res = await server.gql(REGISTER_ORG, { input: orgInput(overrides) }, owner.headers);
      expectCode(res, 'BAD_USER_INPUT', field);
    }
    const [pending] = await sql<{ id: string }>(`select id from organization where status = 'PENDING' limit 1`);
    expectCode(await server.gql(REGISTER_ORG, { input: orgInput({ parentId: pending.id }) }, owner.headers), 'BAD_USER_INPUT', 'parentId');
    const badKind = await server.gql(REGISTER_ORG, { input: orgInput({ kind: 'ALIENS' }) }, owner.headers);
    expectCode(badKind, 'BAD_USER_INPUT');

    // Exactly at the limits is fine; an approved parent is taken.
    const [parent] = await sql<{ id: string; name: string }>(`select id, name from organization where name = '共青团龙华区委'`);
    const org = await registerOrg(owner.headers, {
      name: `边界${run}`.padEnd(60, '长'),
      district: '区'.repeat(40),
      description: '简'.repeat(2000),
      parentId: parent.id,
    });
    expect(org.parent).toEqual({ id: parent.id, name: parent.name });
    expect(Array.from(org.name)).toHaveLength(60);
  });
});

describe('review by platform staff', () => {
  it('approves: staff only; the organisation becomes public and leaves the queue', async () => {
    const [owner] = people;
    const org = await registerOrg(owner.headers);
    expectCode(await server.gql(APPROVE, { id: org.id }, anonymous), 'UNAUTHENTICATED');
    for (const headers of [owner.headers, coordinator, demoVolunteer]) {
      expectCode(await server.gql(APPROVE, { id: org.id }, headers), 'FORBIDDEN');
    }
    expectCode(await server.gql(APPROVE, { id: 'org_00000000000000000000000000' }, admin), 'NOT_FOUND');
    expectCode(await server.gql(APPROVE, { id: 'nonsense' }, admin), 'NOT_FOUND');

    const queue = async () =>
      (await server.gql(`{ pendingOrganizations(first: 100) { nodes { id } } }`, {}, admin)).data.pendingOrganizations.nodes.map((o: any) => o.id);
    expect(await queue()).toContain(org.id);

    const res = await server.gql(APPROVE, { id: org.id }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.approveOrganization).toMatchObject({ id: org.id, status: 'APPROVED' });
    const approvedAt = res.data.approveOrganization.approvedAt;
    expect(Date.parse(approvedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await queue()).not.toContain(org.id);
    expect(await publicIds()).toContain(org.id);
    const pub = await server.gql(`query($id: ID!) { organization(id: $id) { id status } node(id: $id) { id } }`, { id: org.id });
    expect(pub.data).toEqual({ organization: { id: org.id, status: 'APPROVED' }, node: { id: org.id } });

    // Approving again changes nothing.
    const again = await server.gql(APPROVE, { id: org.id }, admin);
    expect(again.data.approveOrganization.approvedAt).toBe(approvedAt);
  });

  it('lists the incubation queue oldest first, for staff only, page by page', async () => {
    expectCode(await server.gql(`{ pendingOrganizations { totalCount } }`, {}, anonymous), 'UNAUTHENTICATED');
    expectCode(await server.gql(`{ pendingOrganizations { totalCount } }`, {}, coordinator), 'FORBIDDEN');
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from organization where status = 'PENDING'`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await server.gql(
        `query($after: String) { pendingOrganizations(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status createdAt } } }`,
        { after },
        admin,
      );
      expect(res.errors).toBeUndefined();
      const page = res.data.pendingOrganizations;
      expect(page.totalCount).toBe(Number(n));
      for (const o of page.nodes) expect(o.status).toBe('PENDING');
      seen.push(...page.nodes.map((o: any) => o.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(Number(n));
    expect([...seen].sort()).toEqual(seen);
  });

  it('suspends with a reason its admins can read, hides it, and can approve it again', async () => {
    const [owner, member] = people;
    const org = await approvedOrg(owner);
    await join(member, org.id);
    expectCode(await server.gql(SUSPEND, { id: org.id, reason: '资料不实' }, owner.headers), 'FORBIDDEN');
    expectCode(await server.gql(SUSPEND, { id: org.id, reason: ' ' }, admin), 'BAD_USER_INPUT', 'reason');

    const res = await server.gql(SUSPEND, { id: org.id, reason: '  登记材料与实际不符  ' }, admin);
    expect(res.data.suspendOrganization).toEqual({ id: org.id, status: 'SUSPENDED', suspendedReason: '登记材料与实际不符' });
    expect(await publicIds()).not.toContain(org.id);
    expect((await server.gql(ONE, { id: org.id }, anonymous)).data.organization).toBeNull();
    expect((await server.gql(ONE, { id: org.id }, owner.headers)).data.organization).toMatchObject({
      status: 'SUSPENDED',
      suspendedReason: '登记材料与实际不符',
    });
    // A plain member still sees the organisation they belong to, but not why it was suspended.
    expect((await server.gql(ONE, { id: org.id }, member.headers)).data.organization).toMatchObject({
      status: 'SUSPENDED',
      suspendedReason: null,
      viewerRole: 'MEMBER',
    });
    expectCode(await server.gql(JOIN, { id: org.id }, people[2].headers), 'NOT_FOUND');

    const back = await server.gql(APPROVE, { id: org.id }, admin);
    expect(back.data.approveOrganization).toMatchObject({ status: 'APPROVED', suspendedReason: null });
    expect(await publicIds()).toContain(org.id);
  });
});

describe('joining and leaving', () => {
  it('joins approved organisations only, once', async () => {
    const [owner, joiner] = people;
    const pending = await registerOrg(owner.headers);
    expectCode(await server.gql(JOIN, { id: pending.id }, joiner.headers), 'NOT_FOUND');
    expectCode(await server.gql(JOIN, { id: 'org_00000000000000000000000000' }, joiner.headers), 'NOT_FOUND');
    expectCode(await server.gql(JOIN, { id: '💥' }, joiner.headers), 'NOT_FOUND');

    const org = await approvedOrg(owner);
    expectCode(await server.gql(JOIN, { id: org.id }, anonymous), 'UNAUTHENTICATED');
    const membership = await join(joiner, org.id);
    expect(membership).toMatchObject({ role: 'MEMBER', organization: { id: org.id, memberCount: 2, viewerRole: 'MEMBER' }, volunteer: { id: joiner.id } });
    expect(membership.id).toMatch(/^mem_/);
    expectCode(await server.gql(JOIN, { id: org.id }, joiner.headers), 'CONFLICT');
    expectCode(await server.gql(JOIN, { id: org.id }, owner.headers), 'CONFLICT');
    expect(await counts(org.id)).toEqual({ memberCount: 2, rows: 2, admins: 1 });
  });

  it('counts exactly under 20 simultaneous joins and 20 simultaneous leaves', async () => {
    const [owner] = people;
    const crowd = people.slice(5, 25);
    const org = await approvedOrg(owner);
    const joined = await Promise.all(crowd.map((p) => server.gql(JOIN, { id: org.id }, p.headers)));
    for (const r of joined) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(await counts(org.id)).toEqual({ memberCount: 21, rows: 21, admins: 1 });
    expect((await server.gql(ONE, { id: org.id })).data.organization.memberCount).toBe(21);

    // The same volunteer five times at once: one membership.
    const [again] = crowd;
    await server.gql(LEAVE, { id: org.id }, again.headers);
    const dupes = await Promise.all(Array.from({ length: 5 }, () => server.gql(JOIN, { id: org.id }, again.headers)));
    expect(dupes.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of dupes.filter((x) => x.errors)) expectCode(r, 'CONFLICT');
    expect(await counts(org.id)).toEqual({ memberCount: 21, rows: 21, admins: 1 });

    const left = await Promise.all(crowd.map((p) => server.gql(LEAVE, { id: org.id }, p.headers)));
    for (const r of left) expect(r.data).toEqual({ leaveOrganization: true });
    expect(await counts(org.id)).toEqual({ memberCount: 1, rows: 1, admins: 1 });
  });

  it('answers false when leaving an organisation one is not in', async () => {
    const [owner, outsider] = people;
    const org = await approvedOrg(owner);
    expect((await server.gql(LEAVE, { id: org.id }, outsider.headers)).data).toEqual({ leaveOrganization: false });
    expect((await server.gql(LEAVE, { id: 'org_00000000000000000000000000' }, outsider.headers)).data).toEqual({ leaveOrganization: false });
    expectCode(await server.gql(LEAVE, { id: org.id }, anonymous), 'UNAUTHENTICATED');
    expect(await counts(org.id)).toEqual({ memberCount: 1, rows: 1, admins: 1 });
  });

  it('never lets the last ADMIN leave', async () => {
    const [owner, second] = people;
    const org = await approvedOrg(owner);
    const res = await server.gql(LEAVE, { id: org.id }, owner.headers);
    expectCode(res, 'CONFLICT');
    expect(res.errors![0].extensions).toMatchObject({ reason: 'LAST_ADMIN', action: 'leave' });
    expect(await counts(org.id)).toEqual({ memberCount: 1, rows: 1, admins: 1 });

    const m = await join(second, org.id);
    expect((await server.gql(SET_ROLE, { id: m.id, role: 'ADMIN' }, owner.headers)).errors).toBeUndefined();
    expect((await server.gql(LEAVE, { id: org.id }, owner.headers)).data).toEqual({ leaveOrganization: true });
    expect(await counts(org.id)).toEqual({ memberCount: 1, rows: 1, admins: 1 });
    expectCode(await server.gql(LEAVE, { id: org.id }, second.headers), 'CONFLICT');
  });

  it('keeps one ADMIN when two admins leave, or demote each other, at the same time', async () => {
    const [a, b] = people;
    const org = await approvedOrg(a);
    const mb = await join(b, org.id);
    await server.gql(SET_ROLE, { id: mb.id, role: 'ADMIN' }, a.headers);
    const both = await Promise.all([a, b].map((p) => server.gql(LEAVE, { id: org.id }, p.headers)));
    expect(both.filter((r) => r.data?.leaveOrganization === true)).toHaveLength(1);
    expectCode(
      both.find((r) => r.errors)!,
      'CONFLICT',
    );
    expect(await counts(org.id)).toEqual({ memberCount: 1, rows: 1, admins: 1 });

    const org2 = await approvedOrg(a);
    const mb2 = await join(b, org2.id);
    await server.gql(SET_ROLE, { id: mb2.id, role: 'ADMIN' }, a.headers);
    const [ma2] = await sql<{ id: string }>(`select id from membership where organization_id = ? and volunteer_id = ?`, [org2.id, a.id]);
    const crossed = await Promise.all([
      server.gql(SET_ROLE, { id: mb2.id, role: 'MEMBER' }, a.headers),
      server.gql(SET_ROLE, { id: ma2.id, role: 'MEMBER' }, b.headers),
    ]);
    expect(crossed.filter((r) => !r.errors)).toHaveLength(1);
    expect(['CONFLICT', 'FORBIDDEN']).toContain(errorCode(crossed.find((r) => r.errors)!));
    expect((await counts(org2.id)).admins).toBe(1);
  });
});

describe('member roles', () => {
  it('lets only an ADMIN of the organisation, or platform staff, set roles', async () => {
    const [owner, member, coord, outsider] = people;
    const org = await approvedOrg(owner);
    const mm = await join(member, org.id);
    const mc = await join(coord, org.id);
    const promoted = await server.gql(SET_ROLE, { id: mc.id, role: 'COORDINATOR' }, owner.headers);
    expect(promoted.data.setMemberRole).toEqual({ id: mc.id, role: 'COORDINATOR', organization: { id: org.id }, volunteer: { id: coord.id } });

    expectCode(await server.gql(SET_ROLE, { id: mm.id, role: 'ADMIN' }, anonymous), 'UNAUTHENTICATED');
    for (const p of [member, coord, outsider]) {
      expectCode(await server.gql(SET_ROLE, { id: mm.id, role: 'COORDINATOR' }, p.headers), 'FORBIDDEN');
    }
    expectCode(await server.gql(SET_ROLE, { id: mm.id, role: 'ADMIN' }, coordinator), 'FORBIDDEN');
    expectCode(await server.gql(SET_ROLE, { id: 'mem_00000000000000000000000000', role: 'ADMIN' }, owner.headers), 'NOT_FOUND');
    expectCode(await server.gql(SET_ROLE, { id: 'nope', role: 'ADMIN' }, owner.headers), 'NOT_FOUND');

    const byStaff = await server.gql(SET_ROLE, { id: mm.id, role: 'COORDINATOR' }, admin);
    expect(byStaff.data.setMemberRole.role).toBe('COORDINATOR');
    const [{ role }] = await sql<{ role: string }>(`select role from membership where id = ?`, [mm.id]);
    expect(role).toBe('COORDINATOR');
  });

  it('never demotes the last ADMIN, not even by platform staff', async () => {
    const [owner, other] = people;
    const org = await approvedOrg(owner);
    const [own] = await sql<{ id: string }>(`select id from membership where organization_id = ? and volunteer_id = ?`, [org.id, owner.id]);
    for (const headers of [owner.headers, admin]) {
      const res = await server.gql(SET_ROLE, { id: own.id, role: 'MEMBER' }, headers);
      expectCode(res, 'CONFLICT');
    }
    // Setting the role it already has is fine.
    expect((await server.gql(SET_ROLE, { id: own.id, role: 'ADMIN' }, owner.headers)).data.setMemberRole.role).toBe('ADMIN');
    const mo = await join(other, org.id);
    await server.gql(SET_ROLE, { id: mo.id, role: 'ADMIN' }, owner.headers);
    expect((await server.gql(SET_ROLE, { id: own.id, role: 'COORDINATOR' }, owner.headers)).data.setMemberRole.role).toBe('COORDINATOR');
    expect(await counts(org.id)).toEqual({ memberCount: 2, rows: 2, admins: 1 });
  });

  it('lets the admin of a pending organisation manage it, and nobody outside see it', async () => {
    const [owner, outsider] = people;
    const org = await registerOrg(owner.headers);
    const [own] = await sql<{ id: string }>(`select id from membership where organization_id = ?`, [org.id]);
    expectCode(await server.gql(SET_ROLE, { id: own.id, role: 'ADMIN' }, outsider.headers), 'NOT_FOUND');
    const members = await server.gql(`query($id: ID!) { organization(id: $id) { members { totalCount nodes { id role } } } }`, { id: org.id }, owner.headers);
    expect(members.data.organization.members).toEqual({ totalCount: 1, nodes: [{ id: own.id, role: 'ADMIN' }] });
  });
});

describe('member lists, node and viewerRole', () => {
  const MEMBERS = `query($slug: String, $role: MemberRole, $after: String) { organization(slug: $slug) { id memberCount
    members(first: 10, after: $after, role: $role) { totalCount pageInfo { hasNextPage endCursor } nodes { id role createdAt volunteer { id volunteerNumber } organization { id } } } } }`;

  it('shows an organisation’s members to its ADMINs and COORDINATORs and to platform staff only', async () => {
    const [yva] = await sql<{ id: string; slug: string }>(`select id, slug from organization where name = '龙华区青年志愿者协会'`);
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from membership where organization_id = ?`, [yva.id]);
    for (const headers of [coordinator, admin]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await server.gql(MEMBERS, { slug: yva.slug, after }, headers);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        const page = res.data.organization.members;
        expect(page.totalCount).toBe(Number(n));
        for (const m of page.nodes) expect(m.organization.id).toBe(yva.id);
        seen.push(...page.nodes.map((m: any) => m.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(Number(n));
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(seen);
    }
    const admins = await server.gql(MEMBERS, { slug: yva.slug, role: 'ADMIN' }, coordinator);
    expect(admins.data.organization.members.nodes.length).toBeGreaterThan(0);
    expect(admins.data.organization.members.nodes.every((m: any) => m.role === 'ADMIN')).toBe(true);

    // A plain member, a stranger and the public: the organisation is there, its member list is not.
    const member = await server.gql(MEMBERS, { slug: yva.slug }, demoVolunteer);
    expectCode(member, 'FORBIDDEN');
    expect(member.data.organization).toMatchObject({ id: yva.id, members: null });
    expectCode(await server.gql(MEMBERS, { slug: yva.slug }, people[3].headers), 'FORBIDDEN');
    expectCode(await server.gql(MEMBERS, { slug: yva.slug }, anonymous), 'UNAUTHENTICATED');
  });

  it('resolves a membership by node(id) for the member, managers of its organisation and staff only', async () => {
    const [owner, member, coord, outsider] = people;
    const org = await approvedOrg(owner);
    const m = await join(member, org.id);
    const mc = await join(coord, org.id);
    await server.gql(SET_ROLE, { id: mc.id, role: 'COORDINATOR' }, owner.headers);
    const q = `query($id: ID!) { node(id: $id) { __typename id ... on Membership { role volunteer { id } organization { id } } } }`;
    for (const headers of [member.headers, owner.headers, coord.headers, admin]) {
      const res = await server.gql(q, { id: m.id }, headers);
      expect(res.data.node).toEqual({ __typename: 'Membership', id: m.id, role: 'MEMBER', volunteer: { id: member.id }, organization: { id: org.id } });
    }
    for (const headers of [anonymous, outsider.headers, coordinator]) {
      expect((await server.gql(q, { id: m.id }, headers)).data.node).toBeNull();
    }
    // Another member of the same organisation is not a manager.
    const [coordOwn] = await sql<{ id: string }>(`select id from membership where organization_id = ? and volunteer_id = ?`, [org.id, coord.id]);
    await server.gql(SET_ROLE, { id: coordOwn.id, role: 'MEMBER' }, owner.headers);
    expect((await server.gql(q, { id: m.id }, coord.headers)).data.node).toBeNull();
  });

  it('gives the viewer’s role in each listed organisation, null when signed out', async () => {
    const [yva] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
    const q = `{ organizations(first: 100) { nodes { id viewerRole } } }`;
    const roles = async (headers: Headers) => new Map((await server.gql(q, {}, headers)).data.organizations.nodes.map((o: any) => [o.id, o.viewerRole]));
    expect((await roles(coordinator)).get(yva.id)).toBe('COORDINATOR');
    expect((await roles(demoVolunteer)).get(yva.id)).toBe('MEMBER');
    expect([...(await roles(anonymous)).values()].every((r) => r === null)).toBe(true);
  });
});

describe('search', () => {
  const approved = async () => sql<{ id: string; name: string }>(`select id, name from organization where status = 'APPROVED'`);
  const matching = (rows: { id: string; name: string }[], term: string) =>
    new Set(rows.filter((o) => o.name.toLowerCase().includes(term.toLowerCase())).map((o) => o.id));

  /**
   * The search answers exactly the approved organisations whose name contains the term (the
   * oracle here is plain JavaScript). Other test files add organisations meanwhile, so the answer
   * must lie between what matched just before the request and just after.
   */
  async function expectSearch(term: string): Promise<string[]> {
    const before = matching(await approved(), term);
    const ids = await publicIds({ search: term });
    const after = matching(await approved(), term);
    expect(new Set(ids).size, term).toBe(ids.length);
    for (const id of before) expect(ids, `${term}: missing ${id}`).toContain(id);
    for (const id of ids) expect(after.has(id), `${term}: unexpected ${id}`).toBe(true);
    return ids;
  }

  beforeAll(async () => {
    await approvedOrg(people[0], { name: `Blue Sky 蓝天救援测试队${run}` });
  });

  it('matches Chinese names by substring: one, two and more characters', async () => {
    const [yva] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
    expect(await expectSearch('青年')).toContain(yva.id);
    for (const term of ['志愿', '队', '志愿者协会', '龙华区青年志愿者协会', '区青年志']) {
      expect((await expectSearch(term)).length, term).toBeGreaterThan(0);
    }
  });

  it('ignores letter case on both paths and combines with the other filters', async () => {
    expect(await expectSearch('blue sky')).toHaveLength(1);
    expect(await expectSearch('BL')).toHaveLength(1);
    const both = await publicIds({ search: '志愿', district: '博罗县' });
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from organization where status = 'APPROVED' and district = '博罗县' and name like '%志愿%'`);
    expect(both.length).toBeGreaterThan(0);
    expect(both).toHaveLength(Number(n));
    // Blank means no search.
    const all = (await approved()).length;
    expect((await publicIds({ search: '   ' })).length).toBeGreaterThanOrEqual(all);
  });

  it('treats wildcards literally and refuses over-long terms', async () => {
    for (const term of ['%', '_', '!', '%%%', '_%_', '志%愿', "'; drop table organization; --", '\\']) {
      expect(await expectSearch(term), term).toEqual([]);
    }
    expect(await publicIds({ search: '志'.repeat(50) })).toEqual([]);
    for (const term of ['志'.repeat(51), 'x'.repeat(10_000)]) {
      const res = await server.gql(`query($s: String) { organizations(filter: { search: $s }) { totalCount } }`, { s: term });
      expectCode(res, 'BAD_USER_INPUT', 'filter.search');
      expect(res.data).toBeNull();
    }
  });

  it('can serve terms of three or more characters from the trigram index', async () => {
    const plan = await orm.em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      await conn.execute('set local enable_seqscan = off', [], 'run', ctx);
      return conn.execute(`explain select id from organization where name ilike ? escape '!'`, ['%志愿者%'], 'all', ctx);
    });
    expect(JSON.stringify(plan)).toContain('organization_name_trgm_index');
  });
});

describe('idempotency keys', () => {
  it('replays registerOrganization for the same key and input, once under 10 simultaneous sends; other input is IDEMPOTENCY_KEY_REUSED', async () => {
    const owner = await newPerson();
    const input = { ...orgInput(), idempotencyKey: `reg-${run}` };
    const results = await Promise.all(Array.from({ length: 10 }, () => server.gql(REGISTER_ORG, { input }, owner.headers)));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(new Set(results.map((r) => r.data.registerOrganization.id)).size).toBe(1);
    const [row] = await sql<{ n: string }>(`select count(*) as n from organization where name = ?`, [input.name]);
    expect(Number(row.n)).toBe(1);

    const other = await server.gql(REGISTER_ORG, { input: { ...input, district: '美兰区' } }, owner.headers);
    expectCode(other, 'IDEMPOTENCY_KEY_REUSED', 'idempotencyKey');
    // Keys are per caller: somebody else's key of the same text is theirs, and the name is taken.
    const stranger = await newPerson();
    expectCode(await server.gql(REGISTER_ORG, { input }, stranger.headers), 'CONFLICT');
    expectCode(await server.gql(REGISTER_ORG, { input: { ...orgInput(), idempotencyKey: '' } }, owner.headers), 'BAD_USER_INPUT', 'idempotencyKey');
  });

  it('replays joinOrganization for the same key instead of answering CONFLICT', async () => {
    const owner = await newPerson();
    const org = await approvedOrg(owner);
    const joiner = await newPerson();
    const JOIN_KEYED = `mutation($id: ID!, $key: String) { joinOrganization(organizationId: $id, idempotencyKey: $key) { id role } }`;
    const sends = await Promise.all(Array.from({ length: 5 }, () => server.gql(JOIN_KEYED, { id: org.id, key: 'join-1' }, joiner.headers)));
    for (const r of sends) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(new Set(sends.map((r) => r.data.joinOrganization.id)).size).toBe(1);
    expect((await counts(org.id)).memberCount).toBe(2);
    // Without the key a second join is the usual CONFLICT; with another key too.
    expectCode(await server.gql(JOIN_KEYED, { id: org.id, key: 'join-2' }, joiner.headers), 'CONFLICT');
    const otherOrg = await approvedOrg(owner);
    expectCode(await server.gql(JOIN_KEYED, { id: otherOrg.id, key: 'join-1' }, joiner.headers), 'IDEMPOTENCY_KEY_REUSED');
  });
});

describe('audit trail of organisation decisions', () => {
  it('records registration, approval, suspension and role changes with who did them', async () => {
    const owner = await newPerson();
    const org = await approvedOrg(owner);
    const suspended = await server.gql(SUSPEND, { id: org.id, reason: '年检材料未提交' }, admin);
    expect(suspended.errors).toBeUndefined();
    expect((await server.gql(APPROVE, { id: org.id }, admin)).errors).toBeUndefined();
    const member = await newPerson();
    const membership = await join(member, org.id);
    expect((await server.gql(SET_ROLE, { id: membership.id, role: 'COORDINATOR' }, owner.headers)).errors).toBeUndefined();

    const [staff] = await sql<{ id: string }>(`select id from volunteer where is_platform_admin limit 1`);
    const rows = await sql<{ actor_id: string; action: string; subject_id: string; detail: any }>(
      `select actor_id, action, subject_id, detail from audit_log where subject_id in (?, ?) order by id`,
      [org.id, membership.id],
    );
    expect(rows.map((r) => [r.action, r.actor_id])).toEqual([
      ['organization.registered', owner.id],
      ['organization.approved', staff.id],
      ['organization.suspended', staff.id],
      ['organization.approved', staff.id],
      ['membership.role-changed', owner.id],
    ]);
    expect(rows[1].detail).toEqual({ from: 'PENDING' });
    expect(rows[2].detail).toEqual({ from: 'APPROVED', reason: '年检材料未提交' });
    expect(rows[4].detail).toEqual({ organizationId: org.id, from: 'MEMBER', to: 'COORDINATOR' });
  });

  it('shows the trail to platform staff only', async () => {
    const owner = await newPerson();
    const org = await approvedOrg(owner);
    const AUDIT = `query($s: ID) { auditEvents(first: 10, subjectId: $s) { totalCount nodes { action actor { id } subjectId detail createdAt } } }`;
    const res = await server.gql(AUDIT, { s: org.id }, admin);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data.auditEvents.nodes.map((e: any) => e.action)).toEqual(['organization.registered', 'organization.approved']);
    expect(res.data.auditEvents.nodes[0].actor.id).toBe(owner.id);
    expect(JSON.parse(res.data.auditEvents.nodes[1].detail)).toEqual({ from: 'PENDING' });
    expectCode(await server.gql(AUDIT, { s: org.id }, owner.headers), 'FORBIDDEN');
    expectCode(await server.gql(AUDIT, { s: org.id }, anonymous), 'UNAUTHENTICATED');
  });
});
