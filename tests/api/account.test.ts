// A volunteer's own account over HTTP against the run's PostgreSQL: changing the password,
// editing the profile (the emergency contact sealed), consent to the legal documents at their
// versions, the operator's details, and records listed by service date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { CURRENT_LEGAL_DOCUMENTS } from '../../api/src/modules/consent/legal-document.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { DEFAULT_SETTINGS } from '../../api/src/common/settings.js';
import { gql } from '../helpers/api.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
const ACCEPT_ALL = CURRENT_LEGAL_DOCUMENTS.map((d) => ({ document: d.kind, version: d.version }));

async function registered(overrides: Record<string, unknown> = {}) {
  const input = fakeRegistration(overrides);
  const res = await server.gql(REGISTER, { input });
  expect(res.errors).toBeUndefined();
  return { input, id: res.data.registerVolunteer.volunteer.id as string, auth: { authorization: `Bearer ${res.data.registerVolunteer.token}` } };
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('changePassword', () => {
  const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;

  it('needs the current password, keeps this session, ends the others, and the new one signs in', async () => {
    const { input, auth } = await registered();
    const other = await signIn(server, input.phone, input.password);
    const wrong = await server.gql(CHANGE, { c: 'not-the-password', n: 'a-new-password-1' }, auth);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.field).toBe('currentPassword');
    const short = await server.gql(CHANGE, { c: input.password, n: 'short' }, auth);
    expect(short.errors![0].extensions!.field).toBe('newPassword');
    const same = await server.gql(CHANGE, { c: input.password, n: input.password }, auth);
    expect(same.errors![0].extensions).toMatchObject({ field: 'newPassword', reason: 'PASSWORD_UNCHANGED' });

    const changed = await server.gql(CHANGE, { c: input.password, n: 'a-new-password-1' }, auth);
    expect(changed.errors).toBeUndefined();
    expect(changed.data.changePassword).toBe(true);
    expect((await server.gql(`{ me { id } }`, undefined, auth)).data.me).not.toBeNull();
    expect((await server.gql(`{ me { id } }`, undefined, other)).data.me).toBeNull();
    await expect(signIn(server, input.phone, input.password)).rejects.toThrow(/could not sign in/);
    await signIn(server, input.phone, 'a-new-password-1');
  });

  it('stops guessing through an open session after 5 wrong passwords', async () => {
    const { input, auth } = await registered();
    for (let i = 0; i < 5; i++) expect(errorCode(await server.gql(CHANGE, { c: `guess-${i}-wrong`, n: 'a-new-password-1' }, auth))).toBe('BAD_USER_INPUT');
    const limited = await server.gql(CHANGE, { c: input.password, n: 'a-new-password-1' }, auth);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    // Closing the account with the password is held to the same limit.
    expect(errorCode(await server.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: input.password }, auth))).toBe('RATE_LIMITED');
  });

  it('is for a signed-in volunteer only', async () => {
    expect(errorCode(await server.gql(CHANGE, { c: 'x', n: 'a-new-password-1' }))).toBe('UNAUTHENTICATED');
  });
});

describe('updateMyProfile', () => {
  const UPDATE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id email district skills emergencyContact { name phoneMasked } } }`;

  it('changes email, district, skills and the emergency contact, sealed at rest and masked in answers', async () => {
    const { id, auth } = await registered();
    const contactPhone = fakePhone();
    const res = await server.gql(
      UPDATE,
      {
        input: {
          email: `Me.${id}@Example.com`,
          district: '南山区',
          skills: ['急救', ' 手语 ', '急救'],
          emergencyContactName: '王小红',
          emergencyContactPhone: contactPhone,
        },
      },
      auth,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateMyProfile).toEqual({
      id,
      email: `me.${id.toLowerCase()}@example.com`,
      district: '南山区',
      skills: ['急救', '手语'],
      emergencyContact: { name: '王小红', phoneMasked: `${contactPhone.slice(0, 3)}****${contactPhone.slice(-4)}` },
    });
    const [row] = await sql<{ name: Buffer; phone: Buffer }>(
      `select emergency_contact_name_enc as name, emergency_contact_phone_enc as phone from volunteer where id = ?`,
      [id],
    );
    expect(row.phone.toString('latin1')).not.toContain(contactPhone);
    expect(PersonalDataVault.fromEnvironment(inject('dataDir'), false).decrypt(row.phone)).toBe(contactPhone);

    // Another volunteer does not see it; clearing removes it.
    const coordinator = await signIn(server, DEMO.coordinator);
    const seen = await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { emergencyContact { name } } } }`, { id }, coordinator);
    expect(seen.data.node?.emergencyContact ?? null).toBeNull();
    // A field left out stays; the contact alone can be cleared.
    const district = await server.gql(UPDATE, { input: { district: '福田区' } }, auth);
    expect(district.data.updateMyProfile).toMatchObject({ district: '福田区', skills: ['急救', '手语'], emergencyContact: { name: '王小红' } });
    const noContact = await server.gql(UPDATE, { input: { emergencyContactName: '', emergencyContactPhone: '' } }, auth);
    expect(noContact.data.updateMyProfile).toMatchObject({ district: '福田区', emergencyContact: null });
    const cleared = await server.gql(UPDATE, { input: { email: null, district: null, skills: [] } }, auth);
    expect(cleared.data.updateMyProfile).toMatchObject({ email: null, district: null, skills: [], emergencyContact: null });
  });

  it("refuses another account's email, a contact without a phone, and bad values, field by field", async () => {
    const email = `taken${Date.now()}@example.com`;
    await registered({ email });
    const { auth } = await registered();
    const taken = await server.gql(UPDATE, { input: { email } }, auth);
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors![0].extensions!.field).toBe('email');
    const half = await server.gql(UPDATE, { input: { emergencyContactName: '王小红' } }, auth);
    expect(half.errors![0].extensions!.field).toBe('emergencyContactPhone');
    const badPhone = await server.gql(UPDATE, { input: { emergencyContactName: '王小红', emergencyContactPhone: '12345' } }, auth);
    expect(badPhone.errors![0].extensions!.field).toBe('emergencyContactPhone');
    const manySkills = await server.gql(UPDATE, { input: { skills: Array.from({ length: 21 }, (_, i) => `技能${i}`) } }, auth);
    expect(manySkills.errors![0].extensions!.field).toBe('skills');
  });

  it('erases the emergency contact with the account', async () => {
    const { id, input, auth } = await registered();
    await server.gql(UPDATE, { input: { emergencyContactName: '王小红', emergencyContactPhone: fakePhone() } }, auth);
    expect((await server.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: input.password }, auth)).data.deleteMyAccount).toBe(true);
    const [row] = await sql(`select emergency_contact_name_enc, emergency_contact_phone_enc from volunteer where id = ?`, [id]);
    expect(row).toEqual({ emergency_contact_name_enc: null, emergency_contact_phone_enc: null });
  });
});

describe('consent to the legal documents', () => {
  const PENDING = `{ me { pendingConsents { kind version } } }`;

  it('lists the documents in force with their versions and texts in both languages', async () => {
    const res = await server.gql(`{ legalDocuments { kind version zh { title sections { heading paragraphs } } en { title } } }`);
    expect(res.data.legalDocuments.map((d: { kind: string }) => d.kind)).toEqual(['TERMS', 'PRIVACY']);
    const terms = res.data.legalDocuments[0];
    expect(terms.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(terms.zh.title).toBe('用户协议');
    expect(terms.en.title).toBe('User agreement');
    // The operator's name is filled in.
    expect(terms.zh.sections[0].paragraphs[0]).toContain('爱心志愿服务平台');
    expect(JSON.stringify(res.data)).not.toContain('{operator}');
  });

  it('is recorded with the registration at the versions accepted, and nothing is pending', async () => {
    const { id, auth } = await registered({ accepted: ACCEPT_ALL });
    expect((await server.gql(PENDING, undefined, auth)).data.me.pendingConsents).toEqual([]);
    const rows = await sql(`select document, version, channel from consent where volunteer_id = ? order by document::text`, [id]);
    expect(rows).toEqual(
      ACCEPT_ALL.map((a) => ({ document: a.document, version: a.version, channel: 'SELF' })).sort((a, b) => a.document.localeCompare(b.document)),
    );
  });

  it('is asked for when missing or out of date, and accepting clears it', async () => {
    // A partner app's registration that did not send the consent.
    const { id, auth } = await registered({ accepted: null });
    expect((await server.gql(PENDING, undefined, auth)).data.me.pendingConsents).toEqual(ACCEPT_ALL.map((a) => ({ kind: a.document, version: a.version })));
    // An older version accepted earlier does not count.
    await sql(`insert into consent (volunteer_id, document, version, channel) values (?, 'TERMS', '2020-01-01', 'SELF')`, [id]);
    expect((await server.gql(PENDING, undefined, auth)).data.me.pendingConsents).toHaveLength(2);
    const ACCEPT = `mutation($a: [AcceptedDocumentInput!]!) { acceptLegalDocuments(accepted: $a) { kind } }`;
    const stale = await server.gql(ACCEPT, { a: ACCEPT_ALL.map((a) => ({ ...a, version: '2020-01-01' })) }, auth);
    expect(errorCode(stale)).toBe('BAD_USER_INPUT');
    expect(stale.errors![0].extensions).toMatchObject({ reason: 'CONSENT_OUTDATED' });
    const partial = await server.gql(ACCEPT, { a: ACCEPT_ALL.slice(0, 1) }, auth);
    expect(errorCode(partial)).toBe('BAD_USER_INPUT');
    const accepted = await server.gql(ACCEPT, { a: ACCEPT_ALL }, auth);
    expect(accepted.data.acceptLegalDocuments).toEqual([]);
    expect((await server.gql(PENDING, undefined, auth)).data.me.pendingConsents).toEqual([]);
  });

  it('refuses a registration that accepted an outdated text', async () => {
    const res = await server.gql(REGISTER, { input: fakeRegistration({ accepted: ACCEPT_ALL.map((a) => ({ ...a, version: '2020-01-01' })) }) });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('accepted');
  });

  it('is not shown to anyone but the volunteer', async () => {
    const { id } = await registered();
    const coordinator = await signIn(server, DEMO.admin);
    const res = await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { pendingConsents { kind } } } }`, { id }, coordinator);
    expect(res.data.node.pendingConsents).toBeNull();
  });
});

describe('siteInfo', () => {
  it('names the operator, supervising body, hotline and filing numbers from the settings', async () => {
    let other: RunningServer | null = null;
    try {
      other = await startServer(
        {
          orm,
          vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false),
          development: false,
          settings: {
            ...DEFAULT_SETTINGS,
            site: {
              operator: '某区志愿服务联合会',
              supervisor: '某区精神文明建设办公室',
              hotline: '0898-12345678',
              email: null,
              icpNumber: '琼ICP备12345678号-1',
              publicSecurityFiling: null,
            },
          },
        },
        0,
        '127.0.0.1',
      );
      const res = await gql(
        `${other.url}/graphql`,
        `{ siteInfo { operator supervisor hotline icpNumber publicSecurityFiling } legalDocuments { zh { sections { paragraphs } } } }`,
      );
      expect(res.data.siteInfo).toEqual({
        operator: '某区志愿服务联合会',
        supervisor: '某区精神文明建设办公室',
        hotline: '0898-12345678',
        icpNumber: '琼ICP备12345678号-1',
        publicSecurityFiling: null,
      });
      const text = JSON.stringify(res.data.legalDocuments);
      expect(text).toContain('某区志愿服务联合会');
      expect(text).toContain('0898-12345678');
    } finally {
      await other?.close();
    }
  });
});

describe('my service records', () => {
  it('come newest service date first, whatever order they were entered in', async () => {
    const { input, auth } = await registered();
    // The demo coordinator imports earlier records, an older day last.
    const coordinator = await signIn(server, DEMO.coordinator);
    const [org] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
    for (const day of ['2026-05-01', '2026-11-20', '2025-03-15', '2026-08-08']) {
      const res = await server.gql(
        `mutation($input: HourImportInput!) { importHourRecords(input: $input) { recorded } }`,
        {
          input: { organizationId: org.id, source: `旧记录${day}.xlsx`, rows: [{ phone: input.phone, activity: `活动${day}`, serviceDate: day, minutes: 60 }] },
        },
        coordinator,
      );
      expect(res.data?.importHourRecords.recorded, JSON.stringify(res.errors)).toBe(1);
    }
    const page1 = await server.gql(`{ me { hourEntries(first: 3) { nodes { serviceDate } pageInfo { endCursor hasNextPage } } } }`, undefined, auth);
    expect(page1.errors).toBeUndefined();
    expect(page1.data.me.hourEntries.nodes.map((n: { serviceDate: string }) => n.serviceDate)).toEqual(['2026-11-20', '2026-08-08', '2026-05-01']);
    const page2 = await server.gql(
      `query($a: String) { me { hourEntries(first: 3, after: $a) { nodes { serviceDate } } } }`,
      { a: page1.data.me.hourEntries.pageInfo.endCursor },
      auth,
    );
    expect(page2.data.me.hourEntries.nodes.map((n: { serviceDate: string }) => n.serviceDate)).toEqual(['2025-03-15']);
  });
});
