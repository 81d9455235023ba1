// The contract's "who may see what" for every Volunteer field and every kind of viewer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { COORDINATING_ROLES } from '../../api/src/modules/volunteer/volunteer-access.js';
import { MemberRole } from '../../api/src/modules/organization/membership.entity.js';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = (query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute(query, params);

type Viewer = 'anonymous' | 'self' | 'otherVolunteer' | 'sharedCoordinator' | 'unrelatedCoordinator' | 'platformAdmin' | 'partner';
const headers: Partial<Record<Viewer, Record<string, string>>> = {};
let subject: { id: string; input: ReturnType<typeof fakeRegistration> };
let orgs: { a: string; b: string; c: string };

const FIELDS = [
  'id',
  'volunteerNumber',
  'displayName',
  'starLevel',
  'totalMinutes',
  'realName',
  'idNumberMasked',
  'phoneMasked',
  'email',
  'district',
  'skills',
  'isPlatformAdmin',
] as const;
const PUBLIC = ['id', 'volunteerNumber', 'displayName', 'starLevel', 'totalMinutes'];
// What each viewer sees besides the public fields.
const EXPECTED: Record<Viewer, string[]> = {
  anonymous: [],
  partner: [],
  otherVolunteer: [],
  unrelatedCoordinator: [],
  sharedCoordinator: ['realName', 'phoneMasked', 'district', 'skills'],
  platformAdmin: ['realName', 'idNumberMasked', 'phoneMasked', 'email', 'district', 'skills', 'isPlatformAdmin'],
  self: ['realName', 'idNumberMasked', 'phoneMasked', 'email', 'district', 'skills', 'isPlatformAdmin'],
};

async function registerPerson(extra: Record<string, unknown> = {}) {
  const input = fakeRegistration(extra);
  const res = await server.gql(REGISTER, { input });
  return { id: res.data.registerVolunteer.volunteer.id as string, token: res.data.registerVolunteer.token as string, input };
}

async function addMember(orgId: string, volunteerId: string, role: string) {
  // One statement, so member counts stay true for test files reading them meanwhile.
  await sql(
    `with m as (insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, ?) returning organization_id)
     update organization set member_count = member_count + 1 where id = (select organization_id from m)`,
    [newId('mem'), orgId, volunteerId, role],
  );
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  const [orgA, orgB, orgC] = (await sql(`select id from organization where status = 'APPROVED' and district = '博罗县' order by id limit 3`)) as {
    id: string;
  }[];
  orgs = { a: orgA.id, b: orgB.id, c: orgC.id };
  const s = await registerPerson({ realName: '周可见', email: `subject${Date.now()}@example.com`, skills: ['手语'] });
  subject = { id: s.id, input: s.input };
  await addMember(orgA.id, s.id, 'MEMBER');
  await addMember(orgC.id, s.id, 'MEMBER');
  headers.self = { authorization: `Bearer ${s.token}` };

  const other = await registerPerson();
  await addMember(orgA.id, other.id, 'MEMBER');
  headers.otherVolunteer = { authorization: `Bearer ${other.token}` };

  const shared = await registerPerson();
  await addMember(orgA.id, shared.id, 'COORDINATOR');
  headers.sharedCoordinator = { authorization: `Bearer ${shared.token}` };

  const unrelated = await registerPerson();
  await addMember(orgB.id, unrelated.id, 'COORDINATOR');
  headers.unrelatedCoordinator = { authorization: `Bearer ${unrelated.token}` };

  headers.platformAdmin = await signIn(server, DEMO.admin);
  headers.anonymous = {};
  // A partner key of the subject's own organisation, even one that may publish: keys carry no person.
  const key = await server.gql(
    `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret } }`,
    { input: { organizationId: orgA.id, name: '可见性测试密钥', scopes: ['PUBLISH'] } },
    headers.platformAdmin,
  );
  headers.partner = { authorization: `Bearer ${key.data.createPartnerKey.secret}` };
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('Volunteer fields by viewer', () => {
  for (const viewer of Object.keys(EXPECTED) as Viewer[]) {
    it(`${viewer} sees exactly the allowed fields`, async () => {
      const res = await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { ${FIELDS.join(' ')} } } }`, { id: subject.id }, headers[viewer]);
      expect(res.errors).toBeUndefined();
      const v = res.data.node;
      const visible = new Set([...PUBLIC, ...EXPECTED[viewer]]);
      for (const field of FIELDS) {
        if (visible.has(field)) expect(v[field], `${viewer} should see ${field}`).not.toBeNull();
        else expect(v[field], `${viewer} must not see ${field}`).toBeNull();
      }
      expect(v.displayName).toBe('周*见');
      if (visible.has('isPlatformAdmin')) expect(v.isPlatformAdmin).toBe(false);
      if (visible.has('realName')) expect(v.realName).toBe('周可见');
      if (visible.has('phoneMasked')) expect(v.phoneMasked).toBe(`${subject.input.phone.slice(0, 3)}****${subject.input.phone.slice(-4)}`);
      if (visible.has('idNumberMasked')) expect(v.idNumberMasked).toBe(`${subject.input.idNumber.slice(0, 6)}********${subject.input.idNumber.slice(-4)}`);
      // Full personal data never leaves the server, whoever asks.
      const text = JSON.stringify(res);
      expect(text).not.toContain(subject.input.phone);
      expect(text).not.toContain(subject.input.idNumber);
    });
  }

  it('tells platform staff and nobody else that they are staff (the /admin/ pages open for them)', async () => {
    const me = `{ me { isPlatformAdmin } }`;
    expect((await server.gql(me, {}, headers.platformAdmin)).data.me.isPlatformAdmin).toBe(true);
    expect((await server.gql(me, {}, headers.sharedCoordinator)).data.me.isPlatformAdmin).toBe(false);
  });

  // Lists the contract gives every volunteer: memberships (the organisations they joined),
  // signups and hourEntries. Keyed by viewer: the organisations whose memberships it sees
  // (A and C joined, A shared with a coordinator), and whether it may list sign-ups.
  const LISTS: Record<Viewer, { memberships: ('a' | 'c')[]; signups: boolean }> = {
    anonymous: { memberships: [], signups: false },
    partner: { memberships: [], signups: false },
    otherVolunteer: { memberships: [], signups: false },
    unrelatedCoordinator: { memberships: [], signups: false },
    sharedCoordinator: { memberships: ['a'], signups: false },
    platformAdmin: { memberships: ['a', 'c'], signups: true },
    self: { memberships: ['a', 'c'], signups: true },
  };
  for (const viewer of Object.keys(LISTS) as Viewer[]) {
    it(`${viewer} sees the memberships and sign-ups it may`, async () => {
      const res = await server.gql(
        `query($id: ID!) { node(id: $id) { ... on Volunteer { memberships(first: 10) { totalCount nodes { role organization { id } volunteer { id } } } } } }`,
        { id: subject.id },
        headers[viewer],
      );
      expect(res.errors).toBeUndefined();
      const { memberships } = res.data.node;
      const expected = LISTS[viewer].memberships.map((k) => orgs[k]).sort();
      expect(memberships.nodes.map((m: any) => m.organization.id).sort()).toEqual(expected);
      expect(memberships.totalCount).toBe(expected.length);
      for (const m of memberships.nodes) expect(m).toMatchObject({ role: 'MEMBER', volunteer: { id: subject.id } });

      const signups = await server.gql(
        `query($id: ID!) { node(id: $id) { ... on Volunteer { signups(first: 5) { totalCount } } } }`,
        { id: subject.id },
        headers[viewer],
      );
      if (LISTS[viewer].signups) {
        expect(signups.errors).toBeUndefined();
        const [{ n }] = (await sql(`select count(*)::int as n from signup where volunteer_id = ?`, [subject.id])) as { n: number }[];
        expect(signups.data.node.signups.totalCount).toBe(n);
      } else {
        expect(signups.errors![0].extensions!.code).toBe(viewer === 'anonymous' || viewer === 'partner' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(signups.data.node).toBeNull();
      }
    });
  }

  it('lists the signed-in volunteer’s organisations with their role in me', async () => {
    const coordinator = await signIn(server, DEMO.coordinator);
    const res = await server.gql(`{ me { volunteerNumber memberships(first: 20) { nodes { role organization { name } } } } }`, {}, coordinator);
    expect(res.errors).toBeUndefined();
    const rows = await sql(
      `select o.name, m.role from membership m join organization o on o.id = m.organization_id
        join volunteer v on v.id = m.volunteer_id where v.volunteer_number = ? order by m.id`,
      [res.data.me.volunteerNumber],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(res.data.me.memberships.nodes).toEqual((rows as { name: string; role: string }[]).map((r) => ({ role: r.role, organization: { name: r.name } })));
    expect(res.data.me.memberships.nodes).toContainEqual({ role: 'COORDINATOR', organization: { name: '龙华区青年志愿者协会' } });
  });

  it('shows a coordinator the real name and masked phone of a volunteer who signed up with their organisation, from then on', async () => {
    const [orgD] = (await sql(`select id from organization where status = 'APPROVED' and district = '博罗县' order by id offset 3 limit 1`)) as {
      id: string;
    }[];
    const coordinator = await registerPerson();
    await addMember(orgD.id, coordinator.id, 'COORDINATOR');
    const asCoordinator = { authorization: `Bearer ${coordinator.token}` };
    const read = () =>
      server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { realName phoneMasked idNumberMasked email } } }`, { id: subject.id }, asCoordinator);
    expect((await read()).data.node).toEqual({ realName: null, phoneMasked: null, idNumberMasked: null, email: null });

    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    const created = await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgD.id,
          title: '可见性：报名后可见',
          summary: '报名即与组织建立服务关系',
          district: '测试区',
          shifts: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), capacity: 2 }],
        },
      },
      asCoordinator,
    );
    const project = created.data.createProject;
    expect((await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id: project.id }, asCoordinator)).data.publishProject.status).toBe(
      'PUBLISHED',
    );
    const signed = await server.gql(
      `mutation($input: SignUpInput!) { signUp(input: $input) { status } }`,
      { input: { shiftId: project.shifts[0].id } },
      headers.self,
    );
    expect(signed.data.signUp.status).toBe('CONFIRMED');

    expect((await read()).data.node).toEqual({
      realName: '周可见',
      phoneMasked: `${subject.input.phone.slice(0, 3)}****${subject.input.phone.slice(-4)}`,
      idNumberMasked: null,
      email: null,
    });
  });
});

it('names the coordinating roles as the organisation module spells them', () => {
  expect([...COORDINATING_ROLES].sort()).toEqual([MemberRole.ADMIN, MemberRole.COORDINATOR].sort());
});
