// Partner API keys over real HTTP: issued by organisation ADMINs, stored hashed, acting for one
// organisation with public visibility, publishing its activities with PUBLISH, revocable at once.
import { createHash, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { errorCode, testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);

const CREATE_KEY = `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret key { id name prefix scopes createdAt lastUsedAt revokedAt } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokePartnerKey(id: $id) { id revokedAt } }`;
const KEYS = `query($id: ID!) { organization(id: $id) { partnerKeys(first: 50) { totalCount nodes { id name prefix scopes revokedAt } } } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id status organization { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishProject(id: $id) { id status } }`;

let admin: Record<string, string>;
let orgAdmin: { id: string; headers: Record<string, string> };
let coordinator: Record<string, string>;
let orgId: string;
let otherOrgId: string;

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

function projectInput(organizationId: string) {
  const start = Date.now() + 7 * 86_400_000;
  return {
    organizationId,
    title: '接口发布的社区义诊活动',
    summary: '由合作单位系统通过接口发布',
    district: '博罗县',
    category: '医疗卫生',
    shifts: [{ startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3 * 3_600_000).toISOString(), capacity: 10 }],
  };
}

function expectCode(res: GraphQLResponse, code: string, field?: string) {
  expect(res.status).toBeLessThan(500);
  expect(errorCode(res), JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0].extensions!.field).toBe(field);
}

async function approvedOrg(owner: Record<string, string>): Promise<string> {
  const name = `接口测试志愿服务队${randomInt(1e9)}`;
  const reg = await server.gql(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    {
      input: { name, kind: 'NGO', district: '博罗县' },
    },
    owner,
  );
  expect(reg.errors, JSON.stringify(reg.errors)).toBeUndefined();
  const id = reg.data.registerOrganization.id as string;
  expect((await server.gql(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id }, admin)).errors).toBeUndefined();
  return id;
}

async function createKey(headers: Record<string, string>, input: Record<string, unknown>) {
  const res = await server.gql(CREATE_KEY, { input: { organizationId: orgId, name: '区民政局活动发布系统', ...input } }, headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.createPartnerKey as { secret: string; key: { id: string; prefix: string; scopes: string[] } };
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  admin = await signIn(server, DEMO.admin);
  coordinator = await signIn(server, DEMO.coordinator);
  const reg = await server.gql(REGISTER, { input: fakeRegistration() });
  orgAdmin = { id: reg.data.registerVolunteer.volunteer.id, headers: bearer(reg.data.registerVolunteer.token) };
  // Organisations of this test's own, so no other file's counts move while it publishes.
  [orgId, otherOrgId] = [await approvedOrg(orgAdmin.headers), await approvedOrg(admin)];
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('issuing keys', () => {
  it('lets an ADMIN of an approved organisation, or platform staff, issue keys; nobody else', async () => {
    const issued = await createKey(orgAdmin.headers, { scopes: ['PUBLISH'] });
    expect(issued.secret).toMatch(/^axk_[A-Za-z0-9_-]{43}$/);
    expect(issued.key.prefix).toBe(issued.secret.slice(0, 12));
    expect(issued.key.scopes.sort()).toEqual(['PUBLISH', 'READ']);
    expect((await createKey(admin, {})).key.scopes).toEqual(['READ']);

    expectCode(await server.gql(CREATE_KEY, { input: { organizationId: orgId, name: '无权' } }), 'UNAUTHENTICATED');
    expectCode(await server.gql(CREATE_KEY, { input: { organizationId: orgId, name: '无权' } }, coordinator), 'FORBIDDEN');
    expectCode(await server.gql(CREATE_KEY, { input: { organizationId: otherOrgId, name: '无权' } }, orgAdmin.headers), 'FORBIDDEN');
    expectCode(await server.gql(CREATE_KEY, { input: { organizationId: orgId, name: 'x' } }, orgAdmin.headers), 'BAD_USER_INPUT', 'name');
    expectCode(await server.gql(CREATE_KEY, { input: { organizationId: orgId, name: '未知权限', scopes: ['ALL'] } }, orgAdmin.headers), 'BAD_USER_INPUT');
  });

  it('stores only a hash of the secret, and lists keys to the organisation’s ADMINs and staff without it', async () => {
    const { secret, key } = await createKey(orgAdmin.headers, { name: '街道办小程序' });
    const [row] = await sql<{ secret_hash: Buffer }>(`select secret_hash from partner_key where id = ?`, [key.id]);
    expect(row.secret_hash.equals(createHash('sha256').update(secret).digest())).toBe(true);
    const dump = JSON.stringify(await sql(`select * from partner_key`));
    expect(dump).not.toContain(secret.slice(4));

    const listed = await server.gql(KEYS, { id: orgId }, orgAdmin.headers);
    expect(listed.errors).toBeUndefined();
    const mine = listed.data.organization.partnerKeys.nodes.find((k: any) => k.id === key.id);
    expect(mine).toMatchObject({ name: '街道办小程序', prefix: secret.slice(0, 12), revokedAt: null });
    expect(JSON.stringify(listed.data)).not.toContain(secret);
    expect(errorCode(await server.gql(KEYS, { id: orgId }, coordinator))).toBeDefined();
  });

  it('allows at most 20 live keys per organisation, even when asked at once', async () => {
    const org = await approvedOrg(admin);
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => server.gql(CREATE_KEY, { input: { organizationId: org, name: `批量密钥${i}` } }, admin)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(20);
    for (const r of results.filter((r) => r.errors)) expectCode(r, 'CONFLICT', 'organizationId');
  });
});

describe('calling with a key', () => {
  it('reads public data and sees volunteers as the public does', async () => {
    const { secret } = await createKey(orgAdmin.headers, {});
    const res = await server.gql(`{ organizations(first: 3) { totalCount nodes { id name } } me { id } }`, {}, bearer(secret));
    expect(res.errors).toBeUndefined();
    expect(res.data.organizations.nodes.length).toBe(3);
    expect(res.data.me).toBeNull();
    const vol = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Volunteer { volunteerNumber realName phoneMasked } } }`,
      { id: orgAdmin.id },
      bearer(secret),
    );
    expect(vol.data.node.volunteerNumber).toMatch(/^AX/);
    expect(vol.data.node.realName).toBeNull();
    expect(vol.data.node.phoneMasked).toBeNull();
    const [row] = await sql<{ last_used_at: Date | null }>(`select last_used_at from partner_key where secret_hash = ?`, [
      createHash('sha256').update(secret).digest(),
    ]);
    expect(row.last_used_at).not.toBeNull();
  });

  it('with PUBLISH creates and publishes its own organisation’s activities, and no one else’s', async () => {
    const { secret } = await createKey(orgAdmin.headers, { scopes: ['PUBLISH'] });
    const created = await server.gql(CREATE_PROJECT, { input: projectInput(orgId) }, bearer(secret));
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    expect(created.data.createProject).toMatchObject({ status: 'DRAFT', organization: { id: orgId } });
    const published = await server.gql(PUBLISH, { id: created.data.createProject.id }, bearer(secret));
    expect(published.data.publishProject.status).toBe('PUBLISHED');

    expectCode(await server.gql(CREATE_PROJECT, { input: projectInput(otherOrgId) }, bearer(secret)), 'FORBIDDEN');
    // The demo data holds drafts of other organisations (this file's database is its own copy).
    const demoProject = await sql<{ id: string }>(`select id from project where organization_id <> ? and status = 'DRAFT' limit 1`, [orgId]);
    expect(demoProject).toHaveLength(1);
    expectCode(await server.gql(PUBLISH, { id: demoProject[0].id }, bearer(secret)), 'FORBIDDEN');
  });

  it('without PUBLISH may not publish, and no key acts as a volunteer', async () => {
    const { secret } = await createKey(orgAdmin.headers, {});
    expectCode(await server.gql(CREATE_PROJECT, { input: projectInput(orgId) }, bearer(secret)), 'FORBIDDEN');
    const [shift] = await sql<{ id: string }>(
      `select s.id from shift s join project p on p.id = s.project_id where p.status = 'PUBLISHED' and s.starts_at > now() limit 1`,
    );
    // Signing up is a person's own act: refused before it runs, saying so (key-scopes.test.ts covers every scope).
    const signUp = await server.gql(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { id } }`, { s: shift.id }, bearer(secret));
    expectCode(signUp, 'FORBIDDEN');
    expect(signUp.errors![0].extensions!.reason).toBe('PEOPLE_ONLY');
    expectCode(await server.gql(KEYS, { id: orgId }, bearer(secret)), 'UNAUTHENTICATED');
  });

  it('stops working the moment it is revoked, with a 401, and its revocation is audited', async () => {
    const { secret, key } = await createKey(orgAdmin.headers, { scopes: ['PUBLISH'] });
    expectCode(await server.gql(REVOKE_KEY, { id: key.id }, coordinator), 'FORBIDDEN');
    const revoked = await server.gql(REVOKE_KEY, { id: key.id }, orgAdmin.headers);
    expect(revoked.data.revokePartnerKey.revokedAt).not.toBeNull();
    const again = await server.gql(REVOKE_KEY, { id: key.id }, orgAdmin.headers);
    expect(again.data.revokePartnerKey.revokedAt).toBe(revoked.data.revokePartnerKey.revokedAt);

    const res = await server.gql(`{ stats { volunteerCount } }`, {}, bearer(secret));
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    const unknown = await server.gql(`{ stats { volunteerCount } }`, {}, bearer(`axk_${'A'.repeat(43)}`));
    expect(unknown.status).toBe(401);

    const trail = await sql<{ action: string; actor_id: string }>(`select action, actor_id from audit_log where subject_id = ? order by id`, [key.id]);
    expect(trail).toEqual([
      { action: 'partner-key.created', actor_id: orgAdmin.id },
      { action: 'partner-key.revoked', actor_id: orgAdmin.id },
    ]);
  });
});
