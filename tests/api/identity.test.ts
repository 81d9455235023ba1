// Real-name registration, sign-in, sessions, throttling and account deletion, over HTTP
// against the run's PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { newId } from '../../api/src/common/ids.js';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { IdentityService } from '../../api/src/modules/identity/identity.service.js';
import { residentIdCheckDigit } from '../../api/src/modules/volunteer/resident-id.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeIdNumber, fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';
import { databaseUrl } from '../helpers/database.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
const registered: { idNumber: string; phone: string }[] = [];

async function register(overrides: Record<string, unknown> = {}) {
  const input = fakeRegistration(overrides);
  const res = await server.gql(REGISTER, { input });
  if (res.data?.registerVolunteer) registered.push({ idNumber: input.idNumber, phone: input.phone });
  return { input, res };
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('registerVolunteer', () => {
  it('registers, signs in and shows the volunteer their own data masked', async () => {
    const { input, res } = await register({ realName: '李晓明', email: 'Li.XiaoMing@Example.com' });
    expect(res.errors).toBeUndefined();
    const { token, volunteer } = res.data.registerVolunteer;
    expect(token).toMatch(/^axs_[A-Za-z0-9_-]{40,}$/);
    expect(volunteer.displayName).toBe('李*明');
    expect(volunteer.realName).toBe('李晓明');
    expect(volunteer.volunteerNumber).toMatch(/^AX\d{10}$/);
    expect(volunteer.idNumberMasked).toBe(`${input.idNumber.slice(0, 6)}********${input.idNumber.slice(-4)}`);
    expect(volunteer.phoneMasked).toBe(`${input.phone.slice(0, 3)}****${input.phone.slice(-4)}`);
    expect(volunteer.totalMinutes).toBe(0);

    const me = await server.gql(`{ me { id email realName } }`, undefined, { authorization: `Bearer ${token}` });
    expect(me.data.me).toEqual({ id: volunteer.id, email: 'li.xiaoming@example.com', realName: '李晓明' });
  });

  it('gives browsers an httpOnly SameSite cookie that opens the session on the same origin', async () => {
    const input = fakeRegistration();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REGISTER, variables: { input } }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^aixin_session=axs_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const me = await server.gql(`{ me { phoneMasked } }`, undefined, { cookie: cookie.split(';')[0] });
    expect(me.data.me.phoneMasked).toBe(`${input.phone.slice(0, 3)}****${input.phone.slice(-4)}`);
  });

  const first17 = '46010619900101123';
  const invalid: [string, Record<string, unknown>, string, string][] = [
    ['short ID', { idNumber: '46010619900101' }, 'idNumber', 'ID_NUMBER_LENGTH'],
    ['letters in ID', { idNumber: '4601061990010112AX' }, 'idNumber', 'ID_NUMBER_FORMAT'],
    ['bad region', { idNumber: '990106199001011234' }, 'idNumber', 'ID_NUMBER_REGION'],
    ['impossible birth date', { idNumber: '460106199002301234' }, 'idNumber', 'ID_NUMBER_BIRTH_DATE'],
    ['wrong check digit', { idNumber: first17 + (residentIdCheckDigit(first17) === '0' ? '1' : '0') }, 'idNumber', 'ID_NUMBER_CHECK_DIGIT'],
    ['landline', { phone: '089866668888' }, 'phone', 'BAD_PHONE'],
    ['short password', { password: 'short' }, 'password', 'PASSWORD_LENGTH'],
    ['one-character name', { realName: '李' }, 'realName', 'NAME_LENGTH'],
    ['digits in name', { realName: '李1明' }, 'realName', 'NAME_CHARACTERS'],
    ['emoji name', { realName: '李😀明' }, 'realName', 'NAME_CHARACTERS'],
    ['bad email', { email: 'not-an-email' }, 'email', 'BAD_EMAIL'],
    ['10 KB name', { realName: '李'.repeat(10_000) }, 'realName', 'NAME_LENGTH'],
    ['SQL-like name', { realName: "Bob'); DROP TABLE volunteer;--" }, 'realName', 'NAME_CHARACTERS'],
    ['too many skills', { skills: Array.from({ length: 21 }, (_, i) => `技能${i}`) }, 'skills', 'TOO_MANY_SKILLS'],
  ];
  it.each(invalid)('refuses %s with BAD_USER_INPUT on the right field', async (_label, overrides, field, reason) => {
    const { res } = await register(overrides);
    expect(res.status).toBeLessThan(500);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions).toMatchObject({ field, reason });
    expect(res.errors![0].message).not.toMatch(/\p{Script=Han}/u);
  });

  it('refuses wrong types and missing fields without a 5xx', async () => {
    for (const input of [{}, { realName: 12, idNumber: true, phone: null, password: [] }, 'text']) {
      const res = await server.gql(REGISTER, { input });
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });

  it('asks volunteers under 14 for a guardian, and refuses children under 6', async () => {
    const today = new Date();
    const twelve = new Date(Date.UTC(today.getUTCFullYear() - 12, 0, 15));
    const { res } = await register({ idNumber: fakeIdNumber(twelve) });
    expect(res.errors![0].extensions!.field).toBe('guardianName');
    const withGuardian = await register({ idNumber: fakeIdNumber(twelve), guardianName: '张建国', guardianPhone: fakePhone() });
    expect(withGuardian.res.errors).toBeUndefined();
    const four = new Date(Date.UTC(today.getUTCFullYear() - 4, 0, 15));
    const { res: child } = await register({ idNumber: fakeIdNumber(four), guardianName: '张建国', guardianPhone: fakePhone() });
    expect(child.errors![0].extensions!.field).toBe('idNumber');
  });

  it('refuses a second registration of the same ID number, phone or email with CONFLICT', async () => {
    const { input } = await register({ email: `dup${Date.now()}@example.com` });
    const sameId = await register({ idNumber: input.idNumber.toLowerCase() });
    expect(errorCode(sameId.res)).toBe('CONFLICT');
    expect(sameId.res.errors![0].extensions!.field).toBe('idNumber');
    const samePhone = await register({ phone: `+86 ${input.phone}` });
    expect(errorCode(samePhone.res)).toBe('CONFLICT');
    expect(samePhone.res.errors![0].extensions!.field).toBe('phone');
    const sameEmail = await register({ email: (input as any).email.toUpperCase() });
    expect(errorCode(sameEmail.res)).toBe('CONFLICT');
    expect(sameEmail.res.errors![0].extensions!.field).toBe('email');
  });

  it('lets exactly one of many simultaneous registrations of one phone through', async () => {
    const phone = fakePhone();
    const results = await Promise.all(Array.from({ length: 8 }, () => register({ phone })));
    const ok = results.filter((r) => r.res.data?.registerVolunteer);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => !x.res.data?.registerVolunteer)) {
      expect(errorCode(r.res)).toBe('CONFLICT');
      expect(r.res.status).toBeLessThan(500);
    }
  });
});

describe('logIn and logOut', () => {
  it('signs in by phone or email, and ends the session on logOut', async () => {
    const email = `login${Date.now()}@example.com`;
    const { input } = await register({ email });
    for (const login of [input.phone, email.toUpperCase(), ` ${input.phone} `]) {
      const res = await server.gql(`mutation($i: LogInInput!) { logIn(input: $i) { token volunteer { phoneMasked } } }`, {
        i: { login, password: input.password },
      });
      expect(res.errors, login).toBeUndefined();
      expect(res.data.logIn.volunteer.phoneMasked).toContain(input.phone.slice(-4));
    }
    const headers = await signIn(server, input.phone, input.password);
    expect((await server.gql(`{ me { id } }`, undefined, headers)).data.me).not.toBeNull();
    expect((await server.gql(`mutation { logOut }`, undefined, headers)).data.logOut).toBe(true);
    expect((await server.gql(`{ me { id } }`, undefined, headers)).data.me).toBeNull();
    expect((await server.gql(`mutation { logOut }`, undefined, headers)).data.logOut).toBe(false);
  });

  it('answers a wrong password or unknown login with UNAUTHENTICATED and the same message', async () => {
    const wrong = await server.gql(`mutation { logIn(input: { login: "${DEMO.volunteer}", password: "wrong-password" }) { token } }`);
    const unknown = await server.gql(`mutation { logIn(input: { login: "19000000000", password: "wrong-password" }) { token } }`);
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('locks an account after repeated wrong passwords, even against the right one', async () => {
    const { input } = await register();
    for (let i = 0; i < 5; i++) {
      const res = await server.gql(`mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: input.phone, password: `nope-${i}-xxxx` } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const locked = await server.gql(`mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: input.phone, password: input.password } });
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
  });

  it('locks a client address after many failures across accounts', async () => {
    const service = new IdentityService(orm.em.fork(), PersonalDataVault.fromEnvironment(inject('dataDir'), false));
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    let last: unknown;
    for (let i = 0; i < 31; i++) {
      last = await service.logIn({ login: fakePhone(), password: 'whatever-123' }, ip, null).catch((e) => e);
    }
    expect((last as any).code).toBe('RATE_LIMITED');
    const other = await service.logIn({ login: fakePhone(), password: 'whatever-123' }, '198.51.100.250', null).catch((e) => e);
    expect(other.code).toBe('UNAUTHENTICATED');
  });

  it('stores only token hashes, and expired or revoked sessions open nothing', async () => {
    const { res } = await register();
    const { token, volunteer } = res.data.registerVolunteer;
    const rows = await sql(`select token_hash::text as h from session where volunteer_id = ?`, [volunteer.id]);
    expect(rows.length).toBe(1);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4, 20));
    await sql(`update session set expires_at = now() - interval '1 minute' where volunteer_id = ?`, [volunteer.id]);
    expect((await server.gql(`{ me { id } }`, undefined, { authorization: `Bearer ${token}` })).data.me).toBeNull();
    expect((await server.gql(`{ me { id } }`, undefined, { authorization: 'Bearer axs_forged' })).data.me).toBeNull();
  });
});

describe('deleteMyAccount', () => {
  it('erases personal data, ends sessions and leaves organisations, keeping the anonymous record', async () => {
    const { input, res } = await register();
    const { token, volunteer } = res.data.registerVolunteer;
    const headers = { authorization: `Bearer ${token}` };
    // An organisation no other test file counts members of; joined in one statement.
    const [org] = await sql<{ id: string }>(`select id from organization where status = 'APPROVED' and kind = 'SCHOOL' order by id limit 1`);
    await sql(
      `with m as (insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'MEMBER') returning organization_id)
       update organization set member_count = member_count + 1 where id = (select organization_id from m)`,
      [newId('mem'), org.id, volunteer.id],
    );
    const memberRows = async () => (await sql<{ n: string }>(`select count(*) as n from membership where organization_id = ?`, [org.id]))[0].n;

    const wrong = await server.gql(`mutation { deleteMyAccount(password: "not-it-at-all") }`, undefined, headers);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const done = await server.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: input.password }, headers);
    expect(done.data.deleteMyAccount).toBe(true);

    const [row] = await sql(`select * from volunteer where id = ?`, [volunteer.id]);
    expect(row.real_name_enc).toBeNull();
    expect(row.id_number_enc).toBeNull();
    expect(row.phone_enc).toBeNull();
    expect(row.phone_index).toBeNull();
    expect(row.password_hash).toBeNull();
    expect(row.deleted_at).not.toBeNull();
    expect(row.volunteer_number).toBe(volunteer.volunteerNumber);
    expect((await sql(`select 1 from membership where volunteer_id = ?`, [volunteer.id])).length).toBe(0);
    const [after] = await sql<{ member_count: number }>(`select member_count from organization where id = ?`, [org.id]);
    expect(after.member_count).toBe(Number(await memberRows()));
    expect((await server.gql(`{ me { id } }`, undefined, headers)).data.me).toBeNull();

    const publicView = await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { displayName volunteerNumber } } }`, { id: volunteer.id });
    expect(publicView.data.node).toEqual({ displayName: '已注销志愿者', volunteerNumber: volunteer.volunteerNumber });
    // The person may register again with the same papers.
    const again = await server.gql(REGISTER, { input });
    expect(again.errors).toBeUndefined();
  });
});

describe('deleteMyAccount and organisations', () => {
  it('refuses while the volunteer is the only admin of an organisation', async () => {
    const { input, res } = await register();
    const headers = { authorization: `Bearer ${res.data.registerVolunteer.token}` };
    const org = await server.gql(
      `mutation($i: RegisterOrganizationInput!) { registerOrganization(input: $i) { id } }`,
      { i: { name: `注销测试队${Date.now()}`, kind: 'NGO', district: '龙华区' } },
      headers,
    );
    expect(org.errors).toBeUndefined();
    const refused = await server.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: input.password }, headers);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'SOLE_ADMIN', organizationName: expect.stringContaining('注销测试队') });
    expect((await server.gql(`{ me { id } }`, undefined, headers)).data.me).not.toBeNull();
  });
});

describe('personal data at rest', () => {
  it('leaves no registered ID number or phone in plain text in a pg_dump of the database', async () => {
    expect(registered.length).toBeGreaterThan(5);
    const dump = execFileSync('pg_dump', ['--data-only', '--no-owner', databaseUrl()], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
    expect(dump).toContain('COPY public.volunteer');
    expect(dump.length).toBeGreaterThan(10_000);
    for (const { idNumber, phone } of registered) {
      expect(dump).not.toContain(idNumber);
      expect(dump).not.toContain(idNumber.slice(0, 17));
      expect(dump).not.toContain(phone);
    }
  });

  it('audits a platform admin reading another volunteer’s real name', async () => {
    const { res } = await register();
    const subject = res.data.registerVolunteer.volunteer.id;
    const admin = await signIn(server, DEMO.admin);
    const read = await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { realName idNumberMasked phoneMasked } } }`, { id: subject }, admin);
    expect(read.data.node.realName).toBe('测试志愿者');
    expect(read.data.node.idNumberMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const audit = await sql(`select a.action, a.detail from audit_log a join volunteer v on v.id = a.actor_id where a.subject_id = ? and v.is_platform_admin`, [
      subject,
    ]);
    expect(audit).toEqual([{ action: 'personal-data.read', detail: { field: 'realName' } }]);
  });
});
