// Platform administration over HTTP against real PostgreSQL: teams suspended and restored with
// reasons that reach the audit trail, staff finding any team by name, partner keys managed by
// staff and by a team's own ADMIN only, the audit trail's filters and order, and the figures
// (人次, hours, activities by year, district and team) adding up against rows made here.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatsService } from '../../api/src/modules/stats/stats.service.js';
import { activitiesStage, type ActivitiesStage } from '../helpers/activities.js';
import { errorCode, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { endedShifts, RECORD, REVERSE } from '../helpers/ledger.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

let stage: ActivitiesStage;
let admin: Record<string, string>;
let volunteer: Record<string, string>;
let adminNumber: string;
type Person = { id: string; number: string; headers: Record<string, string> };
let owner: Person;
let teamId: string;
let teamName: string;
const district = `统计区${randomInt(1e6)}`;

const gql = (query: string, variables: Record<string, unknown> = {}, headers?: Record<string, string>) => stage.server.gql(query, variables, headers);
function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}
function expectCode(res: GraphQLResponse, code: string, field?: string) {
  expect(res.status).toBeLessThan(500);
  expect(errorCode(res), JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0].extensions!.field).toBe(field);
}

async function person(): Promise<Person> {
  const res = ok(await gql(REGISTER, { input: fakeRegistration() }));
  const v = res.registerVolunteer;
  return { id: v.volunteer.id, number: v.volunteer.volunteerNumber, headers: { authorization: `Bearer ${v.token}` } };
}

async function registerTeam(by: Person, name: string): Promise<string> {
  const res = ok(
    await gql(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
      { input: { name, kind: 'NGO', district } },
      by.headers,
    ),
  );
  return res.registerOrganization.id;
}

const APPROVE = `mutation($id: ID!) { approveOrganization(id: $id) { id status } }`;
const RETURN = `mutation($id: ID!, $reason: String!) { returnOrganization(id: $id, reason: $reason) { id status returnedReason } }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendOrganization(id: $id, reason: $reason) { id status suspendedReason suspendedAt } }`;
const RESTORE = `mutation($id: ID!, $reason: String!) { restoreOrganization(id: $id, reason: $reason) { id status suspendedReason suspendedAt } }`;
const STAFF_ORGS = `query($search: String, $status: OrganizationStatus) { staffOrganizations(search: $search, status: $status, first: 50) { totalCount nodes { id name status suspendedReason } } }`;
const PENDING = `{ pendingOrganizations(first: 100) { nodes { id } } }`;
const AUDIT = `query($action: String, $actorNumber: String, $organizationId: ID, $from: DateTime, $to: DateTime, $order: AuditOrder, $first: Int, $after: String) {
  auditEvents(action: $action, actorNumber: $actorNumber, organizationId: $organizationId, from: $from, to: $to, order: $order, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id action subjectId reason createdAt actor { id displayName } organization { id name } } } }`;
const CREATE_KEY = `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret key { id scopes createdAt lastUsedAt revokedAt } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokePartnerKey(id: $id) { id revokedAt } }`;
const KEYS = `query($id: ID!) { organization(id: $id) { partnerKeys(first: 50) { nodes { id scopes lastUsedAt revokedAt } } } }`;
const FIGURES = `{ stats { personTimes byYear { key label volunteers teams activities minutes hours personTimes }
  byDistrict { key label volunteers teams activities minutes hours personTimes } byTeam(first: 100) { key label volunteers teams activities minutes personTimes } } }`;

beforeAll(async () => {
  stage = await activitiesStage(3);
  admin = await signIn(stage.server, DEMO.admin);
  volunteer = await signIn(stage.server, DEMO.volunteer);
  adminNumber = ok(await gql(`{ me { volunteerNumber } }`, {}, admin)).me.volunteerNumber;
  owner = await person();
  teamName = `平台管理测试队${randomInt(1e9)}`;
  teamId = await registerTeam(owner, teamName);
  ok(await gql(APPROVE, { id: teamId }, admin));
});

afterAll(async () => {
  await stage.close();
});

describe('teams', () => {
  it('approves a pending team or returns it with a reason, from the queue', async () => {
    const applicant = await person();
    const id = await registerTeam(applicant, `待审核测试队${randomInt(1e9)}`);
    expect(ok(await gql(PENDING, {}, admin)).pendingOrganizations.nodes.map((n: { id: string }) => n.id)).toContain(id);
    expectCode(await gql(RETURN, { id, reason: ' ' }, admin), 'BAD_USER_INPUT', 'reason');
    expect(ok(await gql(RETURN, { id, reason: '请补充联系人' }, admin)).returnOrganization).toMatchObject({
      status: 'PENDING',
      returnedReason: '请补充联系人',
    });
    expect(ok(await gql(APPROVE, { id }, admin)).approveOrganization.status).toBe('APPROVED');
    expect(ok(await gql(PENDING, {}, admin)).pendingOrganizations.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
  });

  it('suspends and restores a team with reasons, both audited', async () => {
    expectCode(await gql(SUSPEND, { id: teamId, reason: '短' }, admin), 'BAD_USER_INPUT', 'reason');
    expectCode(await gql(RESTORE, { id: teamId, reason: '已整改完毕' }, admin), 'BAD_USER_INPUT', 'id'); // not suspended
    const suspended = ok(await gql(SUSPEND, { id: teamId, reason: '活动记录不实，暂停待查' }, admin)).suspendOrganization;
    expect(suspended).toMatchObject({ status: 'SUSPENDED', suspendedReason: '活动记录不实，暂停待查' });
    expect(suspended.suspendedAt).toBeTruthy();
    // Out of public view, and found by staff by name whatever its status.
    expect(ok(await gql(`query($s: String) { organizations(filter: { search: $s }) { totalCount } }`, { s: teamName })).organizations.totalCount).toBe(0);
    const found = ok(await gql(STAFF_ORGS, { search: teamName.slice(0, 2), status: 'SUSPENDED' }, admin)).staffOrganizations;
    expect(found.nodes).toContainEqual({ id: teamId, name: teamName, status: 'SUSPENDED', suspendedReason: '活动记录不实，暂停待查' });
    expect(ok(await gql(STAFF_ORGS, { search: teamName }, admin)).staffOrganizations.nodes.map((n: { id: string }) => n.id)).toEqual([teamId]);

    const restored = ok(await gql(RESTORE, { id: teamId, reason: '核查无误，恢复' }, admin)).restoreOrganization;
    expect(restored).toEqual({ id: teamId, status: 'APPROVED', suspendedReason: null, suspendedAt: null });
    expect(ok(await gql(`query($s: String) { organizations(filter: { search: $s }) { totalCount } }`, { s: teamName })).organizations.totalCount).toBe(1);

    const trail = ok(await gql(AUDIT, { organizationId: teamId, order: 'NEWEST_FIRST' }, admin)).auditEvents.nodes;
    expect(trail.slice(0, 2).map((e: { action: string; reason: string }) => [e.action, e.reason])).toEqual([
      ['organization.restored', '核查无误，恢复'],
      ['organization.suspended', '活动记录不实，暂停待查'],
    ]);
    expect(trail[0].organization).toEqual({ id: teamId, name: teamName });
    expect(trail[0].actor.displayName).toBeTruthy();
  });

  it('refuses every staff operation to others', async () => {
    const ops: [string, Record<string, unknown>][] = [
      [SUSPEND, { id: teamId, reason: '活动记录不实' }],
      [RESTORE, { id: teamId, reason: '核查无误' }],
      [STAFF_ORGS, { search: '测试' }],
      [PENDING, {}],
      [AUDIT, {}],
    ];
    for (const [op, vars] of ops) {
      expectCode(await gql(op, vars, volunteer), 'FORBIDDEN');
      expectCode(await gql(op, vars, owner.headers), 'FORBIDDEN'); // a team's own ADMIN is not staff
      expectCode(await gql(op, vars), 'UNAUTHENTICATED');
    }
    const other = await registerTeam(await person(), `他人待审核队${randomInt(1e9)}`);
    expectCode(await gql(APPROVE, { id: other }, owner.headers), 'FORBIDDEN');
    expectCode(await gql(RETURN, { id: other, reason: '请补充材料' }, volunteer), 'FORBIDDEN');
  });
});

describe('partner keys', () => {
  it('lets staff and the team’s ADMIN issue, list and revoke its keys; not another team’s, not a COORDINATOR', async () => {
    const byStaff = ok(await gql(CREATE_KEY, { input: { organizationId: teamId, name: '区民政局系统', scopes: ['PUBLISH'] } }, admin)).createPartnerKey;
    expect(byStaff.key).toMatchObject({ scopes: ['READ', 'PUBLISH'], lastUsedAt: null, revokedAt: null });
    const byOwner = ok(await gql(CREATE_KEY, { input: { organizationId: teamId, name: '队内报表' } }, owner.headers)).createPartnerKey;
    // The key works as a bearer token, and its use is noted.
    expect(ok(await gql(`{ stats { volunteerCount } }`, {}, { authorization: `Bearer ${byStaff.secret}` })).stats.volunteerCount).toBeGreaterThan(0);
    const listed = ok(await gql(KEYS, { id: teamId }, owner.headers)).organization.partnerKeys.nodes;
    expect(listed.map((k: { id: string }) => k.id)).toEqual([byStaff.key.id, byOwner.key.id]);
    expect(listed[0].lastUsedAt).toBeTruthy();

    // Another team's keys: neither listed nor issued nor revoked by this ADMIN.
    const demoOrg = stage.orgId;
    const demoKey = ok(await gql(CREATE_KEY, { input: { organizationId: demoOrg, name: '演示队系统' } }, admin)).createPartnerKey;
    expectCode(await gql(KEYS, { id: demoOrg }, owner.headers), 'FORBIDDEN');
    expectCode(await gql(CREATE_KEY, { input: { organizationId: demoOrg, name: '越权密钥' } }, owner.headers), 'FORBIDDEN');
    expectCode(await gql(REVOKE_KEY, { id: demoKey.key.id }, owner.headers), 'FORBIDDEN');
    // The demo coordinator is a COORDINATOR of that team, not its ADMIN.
    expectCode(await gql(CREATE_KEY, { input: { organizationId: demoOrg, name: '协调员密钥' } }, stage.coordinator), 'FORBIDDEN');
    expectCode(await gql(REVOKE_KEY, { id: demoKey.key.id }, stage.coordinator), 'FORBIDDEN');

    expect(ok(await gql(REVOKE_KEY, { id: byOwner.key.id }, owner.headers)).revokePartnerKey.revokedAt).toBeTruthy();
    expect(ok(await gql(REVOKE_KEY, { id: byStaff.key.id }, admin)).revokePartnerKey.revokedAt).toBeTruthy();
    expectCode(await gql(`{ stats { volunteerCount } }`, {}, { authorization: `Bearer ${byStaff.secret}` }), 'UNAUTHENTICATED');

    const trail = ok(await gql(AUDIT, { organizationId: teamId, action: 'partner-key.revoked' }, admin)).auditEvents.nodes;
    expect(trail.map((e: { subjectId: string }) => e.subjectId)).toEqual([byOwner.key.id, byStaff.key.id]);
    expect(trail.every((e: { organization: { id: string } }) => e.organization.id === teamId)).toBe(true);
  });
});

describe('audit trail', () => {
  it('filters by action, actor number, team and time, in either order, page by page', async () => {
    const actor = await person();
    const [{ now }] = await stage.sql<{ now: Date }>(`select now()`);
    const before = new Date(now).toISOString();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const id = await registerTeam(actor, `审计测试队${n}-${randomInt(1e9)}`);
      ok(await gql(RETURN, { id, reason: `第${n}次退回` }, admin));
      ids.push(id);
    }
    const vars = { action: 'organization.returned', from: before };
    const oldest = ok(await gql(AUDIT, vars, admin)).auditEvents;
    expect(oldest.nodes.map((e: { subjectId: string }) => e.subjectId)).toEqual(ids);
    expect(oldest.totalCount).toBe(3);

    const first = ok(await gql(AUDIT, { ...vars, order: 'NEWEST_FIRST', first: 2 }, admin)).auditEvents;
    expect(first.nodes.map((e: { subjectId: string }) => e.subjectId)).toEqual([ids[2], ids[1]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const more = ok(await gql(AUDIT, { ...vars, order: 'NEWEST_FIRST', first: 2, after: first.pageInfo.endCursor }, admin)).auditEvents;
    expect(more.nodes.map((e: { subjectId: string }) => e.subjectId)).toEqual([ids[0]]);
    expect(more.pageInfo.hasNextPage).toBe(false);

    // By the actor's volunteer number: the applicant registered these teams, staff returned them.
    const byOwner = ok(await gql(AUDIT, { actorNumber: actor.number, action: 'organization.registered', from: before }, admin)).auditEvents.nodes;
    expect(byOwner.map((e: { subjectId: string }) => e.subjectId)).toEqual(ids);
    expect(ok(await gql(AUDIT, { actorNumber: actor.number, ...vars }, admin)).auditEvents.totalCount).toBe(0);
    expect(ok(await gql(AUDIT, { actorNumber: adminNumber, ...vars }, admin)).auditEvents.totalCount).toBe(3);
    expect(ok(await gql(AUDIT, { organizationId: ids[1], from: before }, admin)).auditEvents.nodes.map((e: { action: string }) => e.action)).toEqual([
      'organization.registered',
      'organization.returned',
    ]);
    expect(ok(await gql(AUDIT, { actorNumber: actor.number, action: 'organization.registered', to: before }, admin)).auditEvents.totalCount).toBe(0);
    expectCode(await gql(AUDIT, { from: before, to: before }, admin), 'BAD_USER_INPUT', 'to');
  });
});

describe('figures', () => {
  it('count 人次, hours and activities by year, district and team from the rows behind them', async () => {
    const figures = async () => {
      StatsService.invalidate();
      return ok(await gql(FIGURES)).stats;
    };
    const before = await figures();
    expect(before.byDistrict.find((r: { key: string }) => r.key === district)).toBeUndefined();

    // The team runs an activity: three volunteers sign up; two get hours, one of those entries is
    // reversed; one is checked in without hours yet; the first is also checked in (one attendance).
    const [a, b, c] = stage.crowd;
    const { shiftIds } = await endedShifts(stage.server, stage.orm, owner.headers, teamId, [a, b, c], { hours: 3 });
    const shiftId = shiftIds[0];
    const recorded = ok(
      await gql(
        RECORD,
        {
          input: {
            shiftId,
            entries: [
              { volunteerId: a.id, minutes: 180 },
              { volunteerId: b.id, minutes: 120 },
            ],
          },
        },
        owner.headers,
      ),
    ).recordHours;
    ok(await gql(REVERSE, { input: { entryId: recorded[1].id, reason: '未实际到场' } }, owner.headers));
    for (const v of [a, c]) {
      const [{ id }] = await stage.sql<{ id: string }>(`select id from signup where shift_id = ? and volunteer_id = ?`, [shiftId, v.id]);
      ok(await gql(`mutation($id: ID!) { markAttended(signupId: $id) { status } }`, { id }, owner.headers));
    }

    // Expected, from the rows written: live records plus attended sign-ups without one.
    const entries = await stage.sql<{ volunteer_id: string; minutes: number; kind: string; reversed: boolean; year: number }>(
      `select e.volunteer_id, e.minutes, e.kind, exists (select 1 from hour_entry r where r.reverses_id = e.id) as reversed, extract(year from e.service_date)::int as year
         from hour_entry e where e.organization_id = ?`,
      [teamId],
    );
    const live = entries.filter((e) => e.kind === 'SERVICE' && !e.reversed).map((e) => e.volunteer_id);
    const attended = (await stage.sql<{ volunteer_id: string }>(`select volunteer_id from signup where shift_id = ? and status = 'ATTENDED'`, [shiftId])).map(
      (r) => r.volunteer_id,
    );
    const personTimes = live.length + attended.filter((v) => !live.includes(v)).length;
    const minutes = entries.reduce((sum, e) => sum + e.minutes, 0);
    const volunteers = new Set([...live, ...attended]).size;
    expect([personTimes, minutes, volunteers]).toEqual([2, 180, 2]);
    const [{ year }] = await stage.sql<{ year: number }>(
      `select extract(year from starts_at at time zone 'Asia/Shanghai')::int as year from shift where id = ?`,
      [shiftId],
    );

    const after = await figures();
    const expected = { volunteers, teams: 1, activities: 1, minutes, hours: minutes / 60, personTimes };
    expect(after.byDistrict.find((r: { key: string }) => r.key === district)).toEqual({ key: district, label: district, ...expected });
    expect(after.byTeam.find((r: { key: string }) => r.key === teamId)).toEqual({
      key: teamId,
      label: teamName,
      volunteers,
      teams: 1,
      activities: 1,
      minutes,
      personTimes,
    });
    expect(after.personTimes - before.personTimes).toBe(personTimes);
    const yearRow = (s: typeof before) => s.byYear.find((r: { key: string }) => r.key === String(year)) ?? { personTimes: 0, minutes: 0, activities: 0 };
    expect(yearRow(after).personTimes - yearRow(before).personTimes).toBe(personTimes);
    expect(yearRow(after).minutes - yearRow(before).minutes).toBe(minutes);
    expect(yearRow(after).activities - yearRow(before).activities).toBe(1);
    // The rows add up: every attendance is in exactly one year and one district.
    const sum = (rows: { personTimes: number }[]) => rows.reduce((s, r) => s + r.personTimes, 0);
    expect(sum(after.byYear)).toBe(after.personTimes);
    expect(sum(after.byDistrict)).toBe(after.personTimes);
  });
});
