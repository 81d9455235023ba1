// The rules behind the back office, over HTTP against the run's PostgreSQL: teams registered with
// a masked contact phone and reviewed by their parent federation (approve, return with a reason,
// resubmit), teams near a place, requests to join, removal and the admin handover, residents
// registered with consent and signed up, weekly recurrence and copies, check-in by shift and
// code, marking attendance, walk-ins, imports of earlier records and the roster CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomInt } from 'node:crypto';
import { inject } from 'vitest';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { checkInCode } from '../../api/src/modules/signup/check-in-code.js';
import { activitiesStage, type ActivitiesStage } from '../helpers/activities.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { errorCode } from '../helpers/api.js';
import { endedShifts } from '../helpers/ledger.js';
import { fakeIdNumber, fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';

let stage: ActivitiesStage;
let admin: Record<string, string>;
const vault = () => PersonalDataVault.fromEnvironment(inject('dataDir'), false);
type Person = { id: string; number: string; headers: Record<string, string>; phone: string; password: string; realName: string };

async function person(realName = '测试人员'): Promise<Person> {
  const input = fakeRegistration({ realName });
  const res = await stage.server.gql(REGISTER, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const v = res.data.registerVolunteer;
  return {
    id: v.volunteer.id,
    number: v.volunteer.volunteerNumber,
    headers: { authorization: `Bearer ${v.token}` },
    phone: input.phone,
    password: input.password,
    realName,
  };
}

const REGISTER_ORG = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id status joinPolicy contactName contactPhoneMasked } }`;
const name = (what: string) => `${what}${randomInt(1e9)}`;

async function approvedTeam(owner: Person, extra: Record<string, unknown> = {}) {
  const res = await stage.server.gql(REGISTER_ORG, { input: { name: name('测试队'), kind: 'NGO', district: '测试区', ...extra } }, owner.headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const id = res.data.registerOrganization.id;
  expect((await stage.server.gql(`mutation($id: ID!) { approveOrganization(id: $id) { status } }`, { id }, admin)).data.approveOrganization.status).toBe(
    'APPROVED',
  );
  return id as string;
}

beforeAll(async () => {
  stage = await activitiesStage(0);
  admin = await signIn(stage.server, DEMO.admin);
});
afterAll(async () => stage?.close());

describe('teams and their review by the parent federation', () => {
  it('registers with a contact phone that only the right people see, masked', async () => {
    const [fedAdmin, founder, stranger] = [await person(), await person(), await person()];
    const federation = await approvedTeam(fedAdmin, { kind: 'FEDERATION' });
    const res = await stage.server.gql(
      REGISTER_ORG,
      {
        input: {
          name: name('新社区服务队'),
          kind: 'COMMUNITY',
          district: '龙华区',
          parentId: federation,
          contactName: '王联络',
          contactPhone: '13912345678',
          address: '龙华区滨海大道1号',
          location: { lat: 20.03, lng: 110.33 },
        },
      },
      founder.headers,
    );
    expect(res.errors).toBeUndefined();
    const team = res.data.registerOrganization;
    expect(team).toMatchObject({ status: 'PENDING', joinPolicy: 'APPROVAL', contactName: '王联络', contactPhoneMasked: '139****5678' });
    const [row] = await stage.sql<{ contact_phone_enc: Buffer }>(`select contact_phone_enc from organization where id = ?`, [team.id]);
    expect(row.contact_phone_enc.toString('latin1')).not.toContain('13912345678');
    const seen = async (headers: Record<string, string>) =>
      (await stage.server.gql(`query($id: ID!) { organization(id: $id) { contactPhoneMasked contactName } }`, { id: team.id }, headers)).data.organization;
    expect(await seen(fedAdmin.headers)).toEqual({ contactPhoneMasked: '139****5678', contactName: '王联络' });
    expect(await seen(stranger.headers)).toBeNull();
    expect(
      errorCode(
        await stage.server.gql(REGISTER_ORG, { input: { name: name('坏电话队'), kind: 'NGO', district: '测试区', contactPhone: '12345' } }, founder.headers),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it("lets the parent's ADMIN return a pending team with a reason and approve it once resubmitted; others may not", async () => {
    const [fedAdmin, founder, otherAdmin] = [await person(), await person(), await person()];
    const federation = await approvedTeam(fedAdmin, { kind: 'FEDERATION' });
    await approvedTeam(otherAdmin, { kind: 'FEDERATION' });
    const team = (
      await stage.server.gql(REGISTER_ORG, { input: { name: name('孵化队'), kind: 'NGO', district: '测试区', parentId: federation } }, founder.headers)
    ).data.registerOrganization.id;
    const pending = await stage.server.gql(
      `query($id: ID!) { organization(id: $id) { pendingChildren(first: 10) { nodes { id } } } }`,
      { id: federation },
      fedAdmin.headers,
    );
    expect(pending.data.organization.pendingChildren.nodes.map((n: { id: string }) => n.id)).toEqual([team]);
    expect(errorCode(await stage.server.gql(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id: team }, otherAdmin.headers))).toBe('FORBIDDEN');
    expect(errorCode(await stage.server.gql(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id: team }, founder.headers))).toBe('FORBIDDEN');
    const RETURN = `mutation($id: ID!, $reason: String!) { returnOrganization(id: $id, reason: $reason) { status returnedReason } }`;
    expect((await stage.server.gql(RETURN, { id: team, reason: '短' }, fedAdmin.headers)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await stage.server.gql(RETURN, { id: team, reason: '请补充团队章程和联系人' }, fedAdmin.headers)).data.returnOrganization).toEqual({
      status: 'PENDING',
      returnedReason: '请补充团队章程和联系人',
    });
    expect(
      (await stage.server.gql(`query($id: ID!) { organization(id: $id) { returnedReason } }`, { id: team }, founder.headers)).data.organization.returnedReason,
    ).toBe('请补充团队章程和联系人');
    const updated = await stage.server.gql(
      `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { description returnedReason contactName } }`,
      { id: team, input: { description: '章程：服务社区老人', contactName: '李联络' } },
      founder.headers,
    );
    expect(updated.data.updateOrganization).toEqual({ description: '章程：服务社区老人', returnedReason: null, contactName: '李联络' });
    expect(
      (await stage.server.gql(`mutation($id: ID!) { approveOrganization(id: $id) { status } }`, { id: team }, fedAdmin.headers)).data.approveOrganization
        .status,
    ).toBe('APPROVED');
    const audit = await stage.sql<{ action: string }>(`select action from audit_log where subject_id = ? order by id`, [team]);
    expect(audit.map((a) => a.action)).toEqual(['organization.registered', 'organization.returned', 'organization.resubmitted', 'organization.approved']);
  });

  it('finds teams near a place, nearest first, and refuses a bad radius on its field', async () => {
    const owner = await person();
    const near = await approvedTeam(owner, { location: { lat: 31.2001, lng: 121.4001 } });
    const far = await approvedTeam(owner, { location: { lat: 31.26, lng: 121.46 } });
    const res = await stage.server.gql(`{ organizations(first: 10, filter: { near: { lat: 31.2, lng: 121.4, radiusKm: 20 } }) { nodes { id } } }`);
    expect(res.data.organizations.nodes.map((n: { id: string }) => n.id)).toEqual([near, far]);
    const bad = await stage.server.gql(`{ organizations(filter: { near: { lat: 31.2, lng: 121.4, radiusKm: 500 } }) { nodes { id } } }`);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.near.radiusKm' });
  });
});

describe('members', () => {
  it('makes joining a request the team answers', async () => {
    const [owner, asker, member] = [await person(), await person('申请人'), await person()];
    const team = await approvedTeam(owner);
    const join = await stage.server.gql(`mutation($id: ID!) { joinOrganization(organizationId: $id) { id } }`, { id: team }, asker.headers);
    expect(join.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'JOIN_REQUEST_REQUIRED' });
    const ASK = `mutation($id: ID!) { requestToJoin(organizationId: $id, message: "我住在附近") { id status } }`;
    const asked = (await stage.server.gql(ASK, { id: team }, asker.headers)).data.requestToJoin;
    expect(asked.status).toBe('PENDING');
    expect(errorCode(await stage.server.gql(ASK, { id: team }, asker.headers))).toBe('CONFLICT');
    // A plain member cannot answer it.
    const memberAsk = (await stage.server.gql(ASK, { id: team }, member.headers)).data.requestToJoin.id;
    expect(
      (await stage.server.gql(`mutation($id: ID!) { acceptJoinRequest(id: $id) { role } }`, { id: memberAsk }, owner.headers)).data.acceptJoinRequest.role,
    ).toBe('MEMBER');
    expect(errorCode(await stage.server.gql(`mutation($id: ID!) { acceptJoinRequest(id: $id) { id } }`, { id: asked.id }, member.headers))).toBe('FORBIDDEN');
    const declined = await stage.server.gql(
      `mutation($id: ID!) { declineJoinRequest(id: $id, reason: "本队只招募本社区居民") { status decisionReason } }`,
      { id: asked.id },
      owner.headers,
    );
    expect(declined.data.declineJoinRequest).toEqual({ status: 'DECLINED', decisionReason: '本队只招募本社区居民' });
    const again = (await stage.server.gql(ASK, { id: team }, asker.headers)).data.requestToJoin.id;
    const accepted = await stage.server.gql(
      `mutation($id: ID!) { acceptJoinRequest(id: $id) { role organization { memberCount } volunteer { id } } }`,
      { id: again },
      owner.headers,
    );
    expect(accepted.data.acceptJoinRequest).toEqual({ role: 'MEMBER', organization: { memberCount: 3 }, volunteer: { id: asker.id } });
    const mine = await stage.server.gql(`query($id: ID!) { organization(id: $id) { viewerRole viewerJoinRequest { status } } }`, { id: team }, asker.headers);
    expect(mine.data.organization).toEqual({ viewerRole: 'MEMBER', viewerJoinRequest: { status: 'ACCEPTED' } });
  });

  it('removes members by the rules and hands the admin role over in one step', async () => {
    const [owner, coordinator, member] = [await person(), await person(), await person()];
    const team = await approvedTeam(owner, { joinPolicy: 'OPEN' });
    const JOIN = `mutation($id: ID!) { joinOrganization(organizationId: $id) { id } }`;
    const coordinatorMembership = (await stage.server.gql(JOIN, { id: team }, coordinator.headers)).data.joinOrganization.id;
    const memberMembership = (await stage.server.gql(JOIN, { id: team }, member.headers)).data.joinOrganization.id;
    await stage.server.gql(`mutation($id: ID!) { setMemberRole(membershipId: $id, role: COORDINATOR) { id } }`, { id: coordinatorMembership }, owner.headers);
    const [{ id: ownerMembership }] = await stage.sql<{ id: string }>(`select id from membership where organization_id = ? and volunteer_id = ?`, [
      team,
      owner.id,
    ]);
    const REMOVE = `mutation($id: ID!) { removeMember(membershipId: $id) }`;
    expect(errorCode(await stage.server.gql(REMOVE, { id: ownerMembership }, coordinator.headers))).toBe('FORBIDDEN');
    expect(errorCode(await stage.server.gql(REMOVE, { id: ownerMembership }, owner.headers))).toBe('CONFLICT');
    expect((await stage.server.gql(REMOVE, { id: memberMembership }, coordinator.headers)).data.removeMember).toBe(true);
    const handed = await stage.server.gql(`mutation($id: ID!) { handOverAdmin(membershipId: $id) { role } }`, { id: coordinatorMembership }, owner.headers);
    expect(handed.data.handOverAdmin.role).toBe('ADMIN');
    const roles = await stage.sql<{ volunteer_id: string; role: string }>(`select volunteer_id, role from membership where organization_id = ? order by role`, [
      team,
    ]);
    expect(roles).toEqual(
      expect.arrayContaining([
        { volunteer_id: coordinator.id, role: 'ADMIN' },
        { volunteer_id: owner.id, role: 'COORDINATOR' },
      ]),
    );
    expect(roles).toHaveLength(2);
    const [{ member_count }] = await stage.sql<{ member_count: number }>(`select member_count from organization where id = ?`, [team]);
    expect(member_count).toBe(2);
  });

  it('registers a resident with their consent, who can sign in and be signed up by staff', async () => {
    const owner = await person();
    const team = await approvedTeam(owner);
    const ASSIST = `mutation($input: AssistedRegistrationInput!) { registerVolunteerAssisted(input: $input) { initialPassword volunteer { id realName phoneMasked volunteerNumber } } }`;
    const input = {
      organizationId: team,
      realName: '黄阿婆',
      idNumber: fakeIdNumber(new Date(Date.UTC(1950, 3, 3))),
      phone: fakePhone(),
      district: '测试区',
      consent: false,
    };
    expect((await stage.server.gql(ASSIST, { input }, owner.headers)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consent' });
    const stranger = await person();
    expect(errorCode(await stage.server.gql(ASSIST, { input: { ...input, consent: true } }, stranger.headers))).toBe('FORBIDDEN');
    const res = await stage.server.gql(ASSIST, { input: { ...input, consent: true } }, owner.headers);
    expect(res.errors).toBeUndefined();
    const { volunteer, initialPassword } = res.data.registerVolunteerAssisted;
    expect(volunteer.realName).toBe('黄阿婆');
    expect(volunteer.phoneMasked).toMatch(/^192\*{4}\d{4}$/);
    expect(initialPassword).toMatch(/^[a-z2-9]{10}$/);
    expect(errorCode(await stage.server.gql(ASSIST, { input: { ...input, consent: true } }, owner.headers))).toBe('CONFLICT');
    const resident = await signIn(stage.server, input.phone, initialPassword);
    expect(
      (await stage.server.gql(`{ me { memberships(first: 5) { nodes { organization { id } role } } } }`, undefined, resident)).data.me.memberships.nodes,
    ).toEqual([{ organization: { id: team }, role: 'MEMBER' }]);
    const audit = await stage.sql<{ actor_id: string; detail: { consent: boolean } }>(
      `select actor_id, detail from audit_log where action = 'volunteer.registered-assisted' and subject_id = ?`,
      [volunteer.id],
    );
    expect(audit).toEqual([{ actor_id: owner.id, detail: expect.objectContaining({ consent: true, organizationId: team }) }]);

    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const project = await stage.server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      { input: { organizationId: team, title: '社区读报', summary: '为老人读报', shifts: [{ startsAt: at(30), endsAt: at(32), capacity: 5 }] } },
      owner.headers,
    );
    await stage.server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: project.data.createProject.id }, owner.headers);
    const shiftId = project.data.createProject.shifts[0].id;
    const SIGN = `mutation($s: ID!, $v: ID!) { signUpVolunteer(shiftId: $s, volunteerId: $v) { status volunteer { id } } }`;
    expect((await stage.server.gql(SIGN, { s: shiftId, v: volunteer.id }, owner.headers)).data.signUpVolunteer).toEqual({
      status: 'CONFIRMED',
      volunteer: { id: volunteer.id },
    });
    expect((await stage.server.gql(SIGN, { s: shiftId, v: stranger.id }, owner.headers)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'volunteerId',
    });
  });
});

describe('activities', () => {
  const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id status shifts { startsAt endsAt capacity } } }`;

  it('repeats a shift weekly in China time, and names the recurrence field it refuses', async () => {
    const res = await stage.server.gql(
      CREATE,
      {
        input: {
          organizationId: stage.orgId,
          title: '每周六净滩',
          summary: '海滩清洁',
          shifts: [],
          recurrence: { firstDate: '2027-01-02', weeks: 8, weekdays: [6], startTime: '09:00', endTime: '11:30', capacity: 15 },
        },
      },
      stage.coordinator,
    );
    expect(res.errors).toBeUndefined();
    const shifts = res.data.createProject.shifts;
    expect(shifts).toHaveLength(8);
    expect(shifts[0]).toEqual({ startsAt: '2027-01-02T01:00:00.000Z', endsAt: '2027-01-02T03:30:00.000Z', capacity: 15 });
    expect(shifts[7].startsAt).toBe('2027-02-20T01:00:00.000Z');
    expect(shifts.every((s: { startsAt: string }) => new Date(Date.parse(s.startsAt) + 8 * 3_600_000).getUTCDay() === 6)).toBe(true);
    const bad = await stage.server.gql(
      CREATE,
      {
        input: {
          organizationId: stage.orgId,
          title: '坏',
          summary: '坏',
          shifts: [],
          recurrence: { firstDate: '2027-01-02', weeks: 60, startTime: '09:00', endTime: '11:30', capacity: 5 },
        },
      },
      stage.coordinator,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recurrence.weeks' });
    const shiftError = await stage.server.gql(
      CREATE,
      {
        input: {
          organizationId: stage.orgId,
          title: '坏时段',
          summary: '坏',
          shifts: [
            { startsAt: '2027-01-02T01:00:00Z', endsAt: '2027-01-02T03:00:00Z', capacity: 5 },
            { startsAt: '2027-01-03T03:00:00Z', endsAt: '2027-01-03T01:00:00Z', capacity: 5 },
          ],
        },
      },
      stage.coordinator,
    );
    expect(shiftError.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shifts.1.endsAt' });
  });

  it('copies an activity to a new date as a draft with its shifts moved', async () => {
    const res = await stage.server.gql(
      CREATE,
      {
        input: {
          organizationId: stage.orgId,
          title: '敬老院探访',
          summary: '陪伴老人',
          shifts: [
            { startsAt: '2027-03-06T01:00:00Z', endsAt: '2027-03-06T03:00:00Z', capacity: 6 },
            { startsAt: '2027-03-07T06:00:00Z', endsAt: '2027-03-07T08:00:00Z', capacity: 4 },
          ],
        },
      },
      stage.coordinator,
    );
    const copy = await stage.server.gql(
      `mutation($id: ID!) { copyProject(id: $id, startsOn: "2027-04-10") { id status title shifts { startsAt endsAt capacity } } }`,
      { id: res.data.createProject.id },
      stage.coordinator,
    );
    expect(copy.data.copyProject).toMatchObject({ status: 'DRAFT', title: '敬老院探访' });
    expect(copy.data.copyProject.shifts).toEqual([
      { startsAt: '2027-04-10T01:00:00.000Z', endsAt: '2027-04-10T03:00:00.000Z', capacity: 6 },
      { startsAt: '2027-04-11T06:00:00.000Z', endsAt: '2027-04-11T08:00:00.000Z', capacity: 4 },
    ]);
    const member = await person();
    expect(
      errorCode(
        await stage.server.gql(`mutation($id: ID!) { copyProject(id: $id, startsOn: "2027-04-10") { id } }`, { id: res.data.createProject.id }, member.headers),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('attendance and hours at the station', () => {
  it('checks a volunteer in by shift and code, and lets coordinators mark who came', async () => {
    const [a, b] = [await person(), await person()];
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const created = await stage.server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      { input: { organizationId: stage.orgId, title: '签到测试活动', summary: '测试', shifts: [{ startsAt: at(0.5), endsAt: at(3), capacity: 5 }] } },
      stage.coordinator,
    );
    await stage.server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.data.createProject.id }, stage.coordinator);
    const shiftId = created.data.createProject.shifts[0].id;
    const signupOf = async (p: Person) =>
      (await stage.server.gql(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { id } }`, { s: shiftId }, p.headers)).data.signUp.id;
    const sa = await signupOf(a);
    const sb = await signupOf(b);
    const CHECK = `mutation($s: ID!, $c: String!) { checkInToShift(shiftId: $s, code: $c) { id status } }`;
    const code = checkInCode(vault(), shiftId);
    expect((await stage.server.gql(CHECK, { s: shiftId, c: code === '000000' ? '000001' : '000000' }, a.headers)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    expect((await stage.server.gql(CHECK, { s: shiftId, c: code }, a.headers)).data.checkInToShift).toEqual({ id: sa, status: 'ATTENDED' });
    const outsider = await person();
    expect(errorCode(await stage.server.gql(CHECK, { s: shiftId, c: code }, outsider.headers))).toBe('CONFLICT');
    expect(errorCode(await stage.server.gql(`mutation($id: ID!) { markAttended(signupId: $id) { status } }`, { id: sb }, b.headers))).toBe('FORBIDDEN');
    expect(
      (await stage.server.gql(`mutation($id: ID!) { markAttended(signupId: $id) { status } }`, { id: sb }, stage.coordinator)).data.markAttended.status,
    ).toBe('ATTENDED');
    const qr = await stage.server.gql(
      `query($id: ID!) { node(id: $id) { ... on Shift { checkInCode(origin: "https://aixin.example") { code qrPayload qrSvg } } } }`,
      { id: shiftId },
      stage.coordinator,
    );
    expect(qr.data.node.checkInCode.qrPayload).toBe(`https://aixin.example/checkin/?shift=${shiftId}&code=${qr.data.node.checkInCode.code}`);
    expect(qr.data.node.checkInCode.qrSvg).toMatch(/^<svg/);
    const res = await fetch(`${stage.server.url}/exports/shifts/${shiftId}/roster.csv`, { headers: stage.coordinator });
    expect(res.status).toBe(200);
    const csv = Buffer.from(await res.arrayBuffer());
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = csv.toString('utf8');
    expect(text).toContain('测试人员');
    expect(text).toMatch(/192\*{4}\d{4}/);
    expect(text).not.toMatch(/192\d{8}/);
    expect((await fetch(`${stage.server.url}/exports/shifts/${shiftId}/roster.csv`, { headers: a.headers })).status).toBe(403);
    expect((await fetch(`${stage.server.url}/exports/shifts/${shiftId}/roster.csv`)).status).toBe(401);
  });

  it('records a walk-in found by phone on an ended shift, once, within its length, with a reason', async () => {
    const signedUp = await person();
    const walker = await person('临时到场者');
    const ended = await endedShifts(stage.server, stage.orm, stage.coordinator, stage.orgId, [signedUp], { hours: 2 });
    const WALK = `mutation($input: RecordWalkInInput!) { recordWalkIn(input: $input) { id minutes volunteer { id } shift { id } } }`;
    const base = { shiftId: ended.shiftIds[0], phone: walker.phone, minutes: 100, reason: '现场临时加入' };
    expect((await stage.server.gql(WALK, { input: { ...base, minutes: 121 } }, stage.coordinator)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'minutes',
    });
    expect((await stage.server.gql(WALK, { input: { ...base, phone: signedUp.phone } }, stage.coordinator)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'phone',
    });
    expect(errorCode(await stage.server.gql(WALK, { input: base }, walker.headers))).toBe('FORBIDDEN');
    const recorded = await stage.server.gql(WALK, { input: base }, stage.coordinator);
    expect(recorded.data.recordWalkIn).toMatchObject({ minutes: 100, volunteer: { id: walker.id }, shift: { id: ended.shiftIds[0] } });
    expect(errorCode(await stage.server.gql(WALK, { input: base }, stage.coordinator))).toBe('BAD_USER_INPUT');
    const [signup] = await stage.sql<{ status: string; walk_in: boolean }>(`select status, walk_in from signup where shift_id = ? and volunteer_id = ?`, [
      ended.shiftIds[0],
      walker.id,
    ]);
    expect(signup).toEqual({ status: 'ATTENDED', walk_in: true });
    expect((await stage.server.gql(`{ me { totalMinutes } }`, undefined, walker.headers)).data.me.totalMinutes).toBe(100);
    const [audit] = await stage.sql<{ detail: { reason: string } }>(`select detail from audit_log where action = 'hours.walk-in' and subject_id = ?`, [
      recorded.data.recordWalkIn.id,
    ]);
    expect(audit.detail.reason).toBe('现场临时加入');
  });

  it('imports earlier records once, refusing bad rows by their column', async () => {
    const [a, b] = [await person('张历史'), await person('李历史')];
    const rows = [
      { volunteerNumber: a.number, name: '张历史', serviceDate: '2025-03-05', activity: '学雷锋义诊', minutes: 150, place: '滨海公园' },
      { phone: b.phone, serviceDate: '2025/6/1', activity: '端午敬老', minutes: 90 },
      { volunteerNumber: a.number, name: '王某某', serviceDate: '2025-03-06', activity: '义诊', minutes: 60 },
      { volunteerNumber: 'NOPE', serviceDate: '2025-03-06', activity: '义诊', minutes: 60 },
      { volunteerNumber: a.number, serviceDate: '2099-01-01', activity: '未来', minutes: 60 },
      { volunteerNumber: a.number, serviceDate: '2025-03-05', activity: '学雷锋义诊', minutes: 150 },
      { volunteerNumber: b.number, serviceDate: '2025-07-01', activity: '', minutes: 60 },
      { volunteerNumber: b.number, serviceDate: '2025-07-01', activity: '超时', minutes: 2000 },
    ];
    const input = { organizationId: stage.orgId, source: '2025年台账.xlsx', rows, firstRow: 2 };
    const QUERY = `{ recorded alreadyImported refused ready rows { row status field } }`;
    const before = await stage.sql<{ n: number }>(`select count(*)::int as n from hour_entry where import_key is not null`);
    const preview = (await stage.server.gql(`query($input: HourImportInput!) { previewHourImport(input: $input) ${QUERY} }`, { input }, stage.coordinator)).data
      .previewHourImport;
    expect(preview).toMatchObject({ ready: 2, refused: 6, recorded: 0 });
    expect(preview.rows.map((r: { field: string | null }) => r.field)).toEqual([
      null,
      null,
      'name',
      'volunteer',
      'serviceDate',
      'volunteer',
      'activity',
      'minutes',
    ]);
    expect(await stage.sql(`select count(*)::int as n from hour_entry where import_key is not null`)).toEqual(before);
    const IMPORT = `mutation($input: HourImportInput!) { importHourRecords(input: $input) ${QUERY} }`;
    const first = (await stage.server.gql(IMPORT, { input }, stage.coordinator)).data.importHourRecords;
    expect(first).toMatchObject({ recorded: 2, alreadyImported: 0, refused: 6 });
    const again = (await stage.server.gql(IMPORT, { input: { ...input, source: '再次导入.xlsx' } }, stage.coordinator)).data.importHourRecords;
    // The row that repeated row 2 within the file is now, like it, a record imported before.
    expect(again).toMatchObject({ recorded: 0, alreadyImported: 3, refused: 5 });
    const totals = await stage.sql<{ id: string; total_minutes: number; sum: number }>(
      `select v.id, v.total_minutes, (select coalesce(sum(minutes), 0)::int from hour_entry e where e.volunteer_id = v.id) as sum from volunteer v where v.id in (?, ?) order by v.id`,
      [a.id, b.id],
    );
    expect(totals.map((t) => [t.total_minutes, t.sum])).toEqual(totals.map((t) => [t.id === a.id ? 150 : 90, t.id === a.id ? 150 : 90]));
    const [entry] = await stage.sql<{ import_source: string; shift_id: string | null; service_date: string }>(
      `select import_source, shift_id, to_char(service_date, 'YYYY-MM-DD') as service_date from hour_entry where volunteer_id = ?`,
      [b.id],
    );
    expect(entry).toEqual({ import_source: '2025年台账.xlsx', shift_id: null, service_date: '2025-06-01' });
    const member = await person();
    expect(errorCode(await stage.server.gql(IMPORT, { input }, member.headers))).toBe('FORBIDDEN');
  });
});
