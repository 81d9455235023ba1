// 志愿者风采: a volunteer's public page is off until they switch it on; under 18 it needs their
// guardian's consent (the name given at registration, where one was); it shows the public name,
// stars, hours, approved teams and published stories and never personal data; once switched off
// it answers null, exactly as for a number that does not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { endedShifts, RECORD } from '../helpers/ledger.js';
import { fakeIdNumber, fakeRegistration, REGISTER } from '../helpers/people.js';

const SWITCH = `mutation($input: SetProfileVisibilityInput!) { setProfileVisibility(input: $input) { id publicProfile publicProfileNeedsGuardian guardianConsentAt } }`;
const ME = `{ me { id volunteerNumber displayName publicProfile publicProfileNeedsGuardian guardianConsentAt } }`;
const PROFILE = `query($number: String!) { volunteerProfile(number: $number) {
  volunteerNumber displayName starLevel totalMinutes hours teams { id name } stories(first: 10) { totalCount nodes { id title } } } }`;

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let coordinator: Record<string, string>;
let orgId: string;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function refused(res: GraphQLResponse, code: string, reason: string, field?: string): void {
  expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code, reason, ...(field ? { field } : {}) });
  expect(res.status).toBeLessThan(500);
}

/** Registers a volunteer born `years` ago (a guardian named under 14); their session and record. */
async function register(years: number, extra: Record<string, unknown> = {}) {
  const now = new Date();
  const birth = new Date(Date.UTC(now.getUTCFullYear() - years, 0, 2));
  const input = { ...fakeRegistration({ idNumber: fakeIdNumber(birth) }), email: `p${Date.now()}${years}@example.org`, ...extra };
  const { token, volunteer } = ok(await server.gql(REGISTER, { input })).registerVolunteer;
  return { id: volunteer.id as string, number: volunteer.volunteerNumber as string, input, headers: { authorization: `Bearer ${token}` } };
}

const profileOf = async (number: string) => ok(await server.gql(PROFILE, { number })).volunteerProfile;

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  coordinator = await signIn(server, DEMO.coordinator);
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe('an adult volunteer’s public page', () => {
  let adult: Awaited<ReturnType<typeof register>>;
  let storyId: string;

  beforeAll(async () => {
    adult = await register(30, { realName: '欧阳明珠' });
    await sql(`insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'MEMBER')`, [newId('mem'), orgId, adult.id]);
    // A team still in incubation is not shown.
    const [{ id: pending }] = await sql(`select id from organization where status = 'PENDING' limit 1`);
    await sql(`insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'MEMBER')`, [newId('mem'), pending, adult.id]);
    const ended = await endedShifts(server, orm, coordinator, orgId, [adult]);
    ok(await server.gql(RECORD, { input: { shiftId: ended.shiftIds[0], entries: [{ volunteerId: adult.id, minutes: 150 }] } }, coordinator));
    const write = `mutation($input: WriteStoryInput!) { writeStory(input: $input) { id } }`;
    const input = { projectId: ended.projectId, title: '海滩上的一天', body: '我们一起清理了假日海滩，收获满满。' };
    storyId = ok(await server.gql(write, { input }, adult.headers)).writeStory.id;
    ok(await server.gql(`mutation($input: ReviewStoryInput!) { reviewStory(input: $input) { id } }`, { input: { id: storyId, approve: true } }, coordinator));
    // An unpublished story stays off the page.
    ok(await server.gql(write, { input: { ...input, title: '还在审核的心得' } }, adult.headers));
  });

  it('is off by default: the public query answers null, as for a number that does not exist', async () => {
    expect(ok(await server.gql(ME, {}, adult.headers)).me).toMatchObject({ publicProfile: false, publicProfileNeedsGuardian: false, guardianConsentAt: null });
    expect(await profileOf(adult.number)).toBeNull();
    expect(await profileOf('AX9999999999')).toBeNull();
    expect(await profileOf('')).toBeNull();
  });

  it('is switched on by the volunteer alone and then shows public name, stars, hours, approved teams and published stories', async () => {
    refused(await server.gql(SWITCH, { input: { public: true } }), 'UNAUTHENTICATED', 'SIGN_IN_REQUIRED');
    expect(ok(await server.gql(SWITCH, { input: { public: true } }, adult.headers)).setProfileVisibility).toMatchObject({
      publicProfile: true,
      guardianConsentAt: null,
    });
    const me = ok(await server.gql(ME, {}, adult.headers)).me;
    const profile = await profileOf(adult.number.toLowerCase());
    expect(profile).toEqual({
      volunteerNumber: adult.number,
      displayName: me.displayName,
      starLevel: expect.any(Number),
      totalMinutes: 150,
      hours: 2.5,
      teams: [{ id: orgId, name: '龙华区青年志愿者协会' }],
      stories: { totalCount: 1, nodes: [{ id: storyId, title: '海滩上的一天' }] },
    });
    expect(me.displayName).not.toBe('欧阳明珠');
    // The story names its writer's public page.
    const story = ok(await server.gql(`query($id: ID!) { story(id: $id) { author { volunteerNumber publicProfile } } }`, { id: storyId })).story;
    expect(story.author).toEqual({ volunteerNumber: adult.number, publicProfile: true });
  });

  it('carries no personal data, whatever a client asks for', async () => {
    const text = JSON.stringify(await profileOf(adult.number));
    for (const secret of [
      adult.input.realName,
      adult.input.idNumber,
      adult.input.phone,
      adult.input.phone.slice(-4),
      adult.input.email,
      adult.input.idNumber.slice(6, 14),
    ]) {
      expect(text).not.toContain(secret);
    }
    const type = ok(await server.gql(`{ __type(name: "VolunteerProfile") { fields { name } } }`)).__type;
    const fields = type.fields.map((f: { name: string }) => f.name).sort();
    expect(fields).toEqual(['displayName', 'hours', 'starLevel', 'stories', 'teams', 'totalMinutes', 'volunteerNumber']);
    for (const name of fields) expect(name).not.toMatch(/phone|idNumber|realName|birth|email|guardian/i);
  });

  it('disappears the moment it is switched off', async () => {
    expect(ok(await server.gql(SWITCH, { input: { public: false } }, adult.headers)).setProfileVisibility.publicProfile).toBe(false);
    expect(await profileOf(adult.number)).toBeNull();
    expect(ok(await server.gql(ME, {}, adult.headers)).me.publicProfile).toBe(false);
  });
});

describe('a minor’s public page', () => {
  it('needs the guardian’s consent at 15, kept with its time and erased when switched off', async () => {
    const teen = await register(15);
    expect(ok(await server.gql(ME, {}, teen.headers)).me.publicProfileNeedsGuardian).toBe(true);
    refused(await server.gql(SWITCH, { input: { public: true } }, teen.headers), 'BAD_USER_INPUT', 'GUARDIAN_CONSENT_REQUIRED', 'guardianConsent');
    refused(
      await server.gql(SWITCH, { input: { public: true, guardianConsent: { guardianAgrees: false, guardianName: '王建国' } } }, teen.headers),
      'BAD_USER_INPUT',
      'GUARDIAN_CONSENT_REQUIRED',
    );
    expect(await profileOf(teen.number)).toBeNull();
    const before = Date.now();
    const on = ok(await server.gql(SWITCH, { input: { public: true, guardianConsent: { guardianAgrees: true, guardianName: '王建国' } } }, teen.headers));
    expect(on.setProfileVisibility.publicProfile).toBe(true);
    expect(new Date(on.setProfileVisibility.guardianConsentAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await profileOf(teen.number)).volunteerNumber).toBe(teen.number);
    const [row] = await sql(`select guardian_consent_at, guardian_consent_name_enc from volunteer where id = ?`, [teen.id]);
    expect(row.guardian_consent_at).not.toBeNull();
    expect(Buffer.from(row.guardian_consent_name_enc).toString('utf8')).not.toContain('王建国');

    ok(await server.gql(SWITCH, { input: { public: false } }, teen.headers));
    expect(await profileOf(teen.number)).toBeNull();
    const [after] = await sql(`select guardian_consent_at, guardian_consent_name_enc from volunteer where id = ?`, [teen.id]);
    expect(after).toEqual({ guardian_consent_at: null, guardian_consent_name_enc: null });
    // Switching on again asks again.
    refused(await server.gql(SWITCH, { input: { public: true } }, teen.headers), 'BAD_USER_INPUT', 'GUARDIAN_CONSENT_REQUIRED');
  });

  it('at 12 needs the guardian named at registration', async () => {
    const child = await register(12, { guardianName: '李秀英', guardianPhone: '19200000000' });
    const consent = (guardianName: string) => ({ input: { public: true, guardianConsent: { guardianAgrees: true, guardianName } } });
    refused(await server.gql(SWITCH, consent('张三丰'), child.headers), 'BAD_USER_INPUT', 'GUARDIAN_NAME_MISMATCH', 'guardianName');
    expect(await profileOf(child.number)).toBeNull();
    expect(ok(await server.gql(SWITCH, consent(' 李秀英 '), child.headers)).setProfileVisibility.publicProfile).toBe(true);
    expect((await profileOf(child.number)).teams).toEqual([]);
  });
});
