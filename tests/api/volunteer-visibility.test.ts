// The contract's "who may see what" for every Volunteer field and every kind of viewer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = (query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute(query, params);

type Viewer = 'anonymous' | 'self' | 'otherVolunteer' | 'sharedCoordinator' | 'unrelatedCoordinator' | 'platformAdmin' | 'partner';
const headers: Partial<Record<Viewer, Record<string, string>>> = {};
let subject: { id: string; input: ReturnType<typeof fakeRegistration> };

const FIELDS = ['id', 'volunteerNumber', 'displayName', 'starLevel', 'totalMinutes', 'realName', 'idNumberMasked', 'phoneMasked', 'email', 'district', 'skills'] as const;
const PUBLIC = ['id', 'volunteerNumber', 'displayName', 'starLevel', 'totalMinutes'];
// What each viewer sees besides the public fields.
const EXPECTED: Record<Viewer, string[]> = {
  anonymous: [],
  partner: [],
  otherVolunteer: [],
  unrelatedCoordinator: [],
  sharedCoordinator: ['realName', 'phoneMasked', 'district', 'skills'],
  platformAdmin: ['realName', 'idNumberMasked', 'phoneMasked', 'email', 'district', 'skills'],
  self: ['realName', 'idNumberMasked', 'phoneMasked', 'email', 'district', 'skills'],
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
  const [orgA, orgB] = (await sql(`select id from organization where status = 'APPROVED' and district = '博罗县' order by id limit 2`)) as { id: string }[];
  const s = await registerPerson({ realName: '周可见', email: `subject${Date.now()}@example.com`, skills: ['手语'] });
  subject = { id: s.id, input: s.input };
  await addMember(orgA.id, s.id, 'MEMBER');
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
      if (visible.has('realName')) expect(v.realName).toBe('周可见');
      if (visible.has('phoneMasked')) expect(v.phoneMasked).toBe(`${subject.input.phone.slice(0, 3)}****${subject.input.phone.slice(-4)}`);
      if (visible.has('idNumberMasked')) expect(v.idNumberMasked).toBe(`${subject.input.idNumber.slice(0, 6)}********${subject.input.idNumber.slice(-4)}`);
      // Full personal data never leaves the server, whoever asks.
      const text = JSON.stringify(res);
      expect(text).not.toContain(subject.input.phone);
      expect(text).not.toContain(subject.input.idNumber);
    });
  }

});
