// The service-hour ledger: who records what and when, append-only entries enforced by
// PostgreSQL, reversals and corrections, totals equal to sums under concurrency, idempotency,
// pending records, leaderboards, visibility and the consistency check.
import { loadConfig } from '../../api/src/config.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { starLevelFor } from '../../api/src/modules/volunteer/star-level.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { endedShifts, RECORD, REVERSE } from '../helpers/ledger.js';
import { databaseUrl } from '../helpers/database.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let coordinator: Record<string, string>;
let admin: Record<string, string>;
let coordinatorId: string;
let orgId: string;
let crowd: CrowdMember[];
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

const totalOf = async (volunteerId: string) => (await sql(`select total_minutes from volunteer where id = ?`, [volunteerId]))[0].total_minutes as number;
const sumOf = async (volunteerId: string) =>
  Number((await sql(`select coalesce(sum(minutes), 0) as s from hour_entry where volunteer_id = ?`, [volunteerId]))[0].s);
const orgTotal = async () => Number((await sql(`select total_minutes from organization where id = ?`, [orgId]))[0].total_minutes);
const orgSum = async () => Number((await sql(`select coalesce(sum(minutes), 0) as s from hour_entry where organization_id = ?`, [orgId]))[0].s);
const liveEntries = async (shiftId: string) =>
  sql<{ volunteer_id: string; n: string }>(
    `select volunteer_id, count(*) as n from hour_entry e
      where shift_id = ? and kind = 'SERVICE' and not exists (select 1 from hour_entry r where r.reverses_id = e.id) group by volunteer_id`,
    [shiftId],
  );

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  coordinator = await signIn(server, DEMO.coordinator);
  admin = await signIn(server, DEMO.admin);
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  coordinatorId = (await server.gql(`{ me { id } }`, {}, coordinator)).data.me.id;
  crowd = await createCrowd(databaseUrl(), 40);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('recordHours', () => {
  it('records after the shift, for signed-up volunteers, with the record fields of the national rules', async () => {
    const [a, b, c] = crowd;
    const { shiftIds, title } = await endedShifts(server, orm, coordinator, orgId, [a, b]);
    const shiftId = shiftIds[0];
    const orgBefore = await orgTotal();
    const input = {
      shiftId,
      entries: [
        { volunteerId: a.id, minutes: 180 },
        { volunteerId: b.id, minutes: 150 },
      ],
    };

    expect(errorCode(await server.gql(RECORD, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(RECORD, { input }, a.headers))).toBe('FORBIDDEN');
    const bad = async (entries: unknown[], field: string) => {
      const res = await server.gql(RECORD, { input: { shiftId, entries } }, coordinator);
      expect(errorCode(res), field).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
    };
    await bad([{ volunteerId: a.id, minutes: 0 }], 'entries.0.minutes');
    await bad([{ volunteerId: a.id, minutes: 181 }], 'entries.0.minutes'); // longer than the 3-hour shift
    await bad(
      [
        { volunteerId: a.id, minutes: 60 },
        { volunteerId: c.id, minutes: 60 },
      ],
      'entries.1.volunteerId',
    ); // no sign-up
    await bad(
      [
        { volunteerId: a.id, minutes: 60 },
        { volunteerId: a.id, minutes: 60 },
      ],
      'entries.1.volunteerId',
    );
    await bad([], 'entries');
    expect(await sumOf(a.id)).toBe(0);

    const res = await server.gql(RECORD, { input }, coordinator);
    expect(res.errors).toBeUndefined();
    const [ea, eb] = res.data.recordHours;
    expect(ea).toMatchObject({
      kind: 'SERVICE',
      minutes: 180,
      hours: 3,
      activity: title,
      place: '测试区 假日海滩东段',
      serviceContent: '清理海滩垃圾并分类回收',
      volunteer: { id: a.id },
      organization: { id: orgId },
      shift: { id: shiftId },
      recordedBy: { id: coordinatorId },
    });
    expect(ea.serviceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(eb.minutes).toBe(150);
    const me = await server.gql(`{ me { totalMinutes starLevel hourEntries(first: 5) { totalCount nodes { id minutes } } } }`, {}, a.headers);
    expect(me.data.me).toMatchObject({ totalMinutes: 180, starLevel: 0, hourEntries: { totalCount: 1, nodes: [{ id: ea.id, minutes: 180 }] } });
    expect(await orgTotal()).toBe(orgBefore + 330);
    const org = await server.gql(`query($id: ID!) { organization(id: $id) { totalMinutes } }`, { id: orgId });
    expect(org.data.organization.totalMinutes).toBe(orgBefore + 330);

    // One live SERVICE entry per volunteer and shift.
    const again = await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: a.id, minutes: 60 }] } }, coordinator);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.field).toBe('entries.0.volunteerId');
    expect(await totalOf(a.id)).toBe(180);
  });

  it('waits for the shift to end and refuses waitlisted or cancelled sign-ups', async () => {
    const created = await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgId,
          title: '测试：未结束的活动',
          summary: '测试',
          shifts: [{ startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString(), capacity: 1 }],
        },
      },
      coordinator,
    );
    const shiftId = created.data.createProject.shifts[0].id;
    await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.data.createProject.id }, coordinator);
    const [x, y] = crowd.slice(3, 5);
    await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { status } }`, { input: { shiftId } }, x.headers);
    const waiting = await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { status } }`, { input: { shiftId } }, y.headers);
    expect(waiting.data.signUp.status).toBe('WAITLISTED');
    const early = await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: x.id, minutes: 30 }] } }, coordinator);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].extensions!.field).toBe('shiftId');
    await sql(`update shift set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where id = ?`, [shiftId]);
    const waitlisted = await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: y.id, minutes: 30 }] } }, coordinator);
    expect(waitlisted.errors![0].extensions!.field).toBe('entries.0.volunteerId');
    expect(
      errorCode(await server.gql(RECORD, { input: { shiftId: 'sft_00000000000000000000000000', entries: [{ volunteerId: x.id, minutes: 30 }] } }, coordinator)),
    ).toBe('NOT_FOUND');
  });

  it('shows coordinators, per shift, who still lacks a record', async () => {
    const members = crowd.slice(5, 9);
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, members);
    const shiftId = shiftIds[0];
    const PENDING = `query($id: ID!) { node(id: $id) { ... on Shift { unrecordedSignups(first: 10) { totalCount nodes { volunteer { id } } } } } }`;
    const pending = async () => (await server.gql(PENDING, { id: shiftId }, coordinator)).data.node.unrecordedSignups;
    expect((await pending()).totalCount).toBe(4);
    const awaiting = async () =>
      (
        await server.gql(`query($id: ID!) { organization(id: $id) { shiftsAwaitingHours(first: 100) { nodes { id } } } }`, { id: orgId }, coordinator)
      ).data.organization.shiftsAwaitingHours.nodes.map((s: { id: string }) => s.id);
    expect(await awaiting()).toContain(shiftId);
    await server.gql(RECORD, { input: { shiftId, entries: members.slice(0, 3).map((m) => ({ volunteerId: m.id, minutes: 120 })) } }, coordinator);
    const left = await pending();
    expect(left.totalCount).toBe(1);
    expect(left.nodes[0].volunteer.id).toBe(members[3].id);
    await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: members[3].id, minutes: 120 }] } }, coordinator);
    expect((await pending()).totalCount).toBe(0);
    expect(await awaiting()).not.toContain(shiftId);
    // Volunteers may not see the list.
    expect(errorCode(await server.gql(PENDING, { id: shiftId }, members[0].headers))).toBe('FORBIDDEN');
  });
});

describe('append-only ledger', () => {
  it('is enforced by PostgreSQL: UPDATE, DELETE and TRUNCATE on entries are refused', async () => {
    const db = new pg.Client({ connectionString: databaseUrl() });
    await db.connect();
    try {
      const { rows } = await db.query(`select id from hour_entry limit 1`);
      expect(rows).toHaveLength(1);
      await expect(db.query(`update hour_entry set minutes = minutes + 60 where id = $1`, [rows[0].id])).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(db.query(`delete from hour_entry where id = $1`, [rows[0].id])).rejects.toThrow(/append-only: DELETE refused/);
      await expect(db.query(`truncate hour_entry cascade`)).rejects.toThrow(/append-only/);
      await expect(db.query(`update volunteer set id = id || 'x' where id = (select volunteer_id from hour_entry limit 1)`)).rejects.toThrow();
      expect((await db.query(`select count(*)::int as n from hour_entry where id = $1`, [rows[0].id])).rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
  });

  it('reverses with a negative entry and a reason, once; a correction is a reversal plus a new entry', async () => {
    const [a] = crowd.slice(10, 11);
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [a]);
    const shiftId = shiftIds[0];
    const [entry] = (await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: a.id, minutes: 170 }] } }, coordinator)).data.recordHours;
    const orgBefore = await orgTotal();

    expect(errorCode(await server.gql(REVERSE, { input: { entryId: entry.id, reason: '录入错误' } }, a.headers))).toBe('FORBIDDEN');
    const short = await server.gql(REVERSE, { input: { entryId: entry.id, reason: ' ' } }, coordinator);
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const reversed = await server.gql(REVERSE, { input: { entryId: entry.id, reason: '时长录入错误，应为 120 分钟' } }, coordinator);
    expect(reversed.errors).toBeUndefined();
    expect(reversed.data.reverseHourEntry).toMatchObject({
      kind: 'REVERSAL',
      minutes: -170,
      reason: '时长录入错误，应为 120 分钟',
      reverses: { id: entry.id },
    });
    expect(reversed.data.reverseHourEntry.reverses.reversedBy.id).toBe(reversed.data.reverseHourEntry.id);
    expect(await totalOf(a.id)).toBe(0);
    expect(await orgTotal()).toBe(orgBefore - 170);

    expect(errorCode(await server.gql(REVERSE, { input: { entryId: entry.id, reason: '再次冲正' } }, coordinator))).toBe('CONFLICT');
    const ofReversal = await server.gql(REVERSE, { input: { entryId: reversed.data.reverseHourEntry.id, reason: '冲正的冲正' } }, coordinator);
    expect(errorCode(ofReversal)).toBe('BAD_USER_INPUT');

    const corrected = await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: a.id, minutes: 120 }] } }, coordinator);
    expect(corrected.errors).toBeUndefined();
    expect(await totalOf(a.id)).toBe(120);
    expect(await sumOf(a.id)).toBe(120);
    const kinds = await sql(`select kind, minutes, revision from hour_entry where volunteer_id = ? order by id`, [a.id]);
    expect(kinds).toEqual([
      { kind: 'SERVICE', minutes: 170, revision: 0 },
      { kind: 'REVERSAL', minutes: -170, revision: null },
      { kind: 'SERVICE', minutes: 120, revision: 1 },
    ]);
  });
});

describe('totals under concurrency', () => {
  it('keeps totals equal to sums and never double-records with 20 concurrent recordHours for overlapping volunteers', async () => {
    const members = crowd.slice(12, 22);
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, members);
    const shiftId = shiftIds[0];
    const orgBefore = await orgTotal();
    // Call k records volunteers k..k+3 (mod 10): every volunteer is in four calls.
    const calls = Array.from({ length: 20 }, (_, k) => Array.from({ length: 4 }, (_, j) => members[(k + j) % members.length]));
    const replies = await Promise.all(
      calls.map((group) => server.gql(RECORD, { input: { shiftId, entries: group.map((m) => ({ volunteerId: m.id, minutes: 100 })) } }, coordinator)),
    );
    const won = replies.filter((r) => !r.errors);
    expect(won.length).toBeGreaterThan(0);
    for (const r of replies.filter((x) => x.errors)) expect(errorCode(r)).toBe('CONFLICT');
    const recorded = won.flatMap((r) => r.data.recordHours.map((e: any) => e.volunteer.id));
    expect(new Set(recorded).size).toBe(recorded.length);
    const live = await liveEntries(shiftId);
    expect(live.every((r) => Number(r.n) === 1)).toBe(true);
    expect(live.map((r) => r.volunteer_id).sort()).toEqual([...recorded].sort());
    for (const m of members) expect(await totalOf(m.id)).toBe(await sumOf(m.id));
    expect(await orgTotal()).toBe(orgBefore + recorded.length * 100);
    expect(await orgTotal()).toBe(await orgSum());
  });

  it('loses no minutes when 20 shifts of the same volunteers are recorded at once', async () => {
    const members = crowd.slice(22, 28);
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, members, { shifts: 20, hours: 2 });
    const replies = await Promise.all(
      shiftIds.map((shiftId, k) =>
        server.gql(RECORD, { input: { shiftId, entries: members.map((m, j) => ({ volunteerId: m.id, minutes: 60 + ((k + j) % 5) * 10 })) } }, coordinator),
      ),
    );
    expect(replies.map((r) => r.errors?.[0]?.message ?? null).filter(Boolean)).toEqual([]);
    for (const [j, m] of members.entries()) {
      const expected = shiftIds.reduce((s, _, k) => s + 60 + ((k + j) % 5) * 10, 0);
      expect(await totalOf(m.id)).toBe(expected);
      expect(await sumOf(m.id)).toBe(expected);
    }
    const check = await server.gql(`{ ledgerConsistency { consistent volunteerMismatches organizationMismatches rollupMismatches entryCount } }`, {}, admin);
    expect(check.data.ledgerConsistency).toMatchObject({ consistent: true, volunteerMismatches: 0, organizationMismatches: 0, rollupMismatches: 0 });
  });
});

describe('idempotency', () => {
  it('replays the first result for the same key, refuses it with other input, and records once under concurrent replays', async () => {
    const members = crowd.slice(28, 31);
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, members);
    const shiftId = shiftIds[0];
    const key = `hours-${Date.now()}`;
    const input = { shiftId, idempotencyKey: key, entries: members.map((m) => ({ volunteerId: m.id, minutes: 90 })) };
    const replies = await Promise.all(Array.from({ length: 10 }, () => server.gql(RECORD, { input }, coordinator)));
    expect(replies.map((r) => r.errors).filter(Boolean)).toEqual([]);
    const ids = replies.map((r) =>
      r.data.recordHours
        .map((e: any) => e.id)
        .sort()
        .join(),
    );
    expect(new Set(ids).size).toBe(1);
    expect((await sql(`select count(*)::int as n from hour_entry where shift_id = ?`, [shiftId]))[0].n).toBe(3);
    for (const m of members) expect(await totalOf(m.id)).toBe(90);
    const other = await server.gql(RECORD, { input: { ...input, entries: [{ volunteerId: members[0].id, minutes: 60 }] } }, coordinator);
    expect(errorCode(other)).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('corrections requested by volunteers', () => {
  it('lets a volunteer ask, and the organisation accept (reversal plus new entry) or reject', async () => {
    const [a, b] = crowd.slice(31, 33);
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [a, b]);
    const shiftId = shiftIds[0];
    await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: a.id, minutes: 60 }] } }, coordinator);
    const ASK = `mutation($input: RequestHourCorrectionInput!) { requestHourCorrection(input: $input) { id status requestedMinutes entry { id minutes } } }`;
    const RESOLVE = `mutation($input: ResolveHourCorrectionInput!) { resolveHourCorrection(input: $input) { id status resolution } }`;

    const asked = await server.gql(ASK, { input: { shiftId, requestedMinutes: 180, message: '我从头到尾都在，服务了三个小时' } }, a.headers);
    expect(asked.errors).toBeUndefined();
    expect(asked.data.requestHourCorrection).toMatchObject({ status: 'OPEN', requestedMinutes: 180, entry: { minutes: 60 } });
    expect(errorCode(await server.gql(ASK, { input: { shiftId, requestedMinutes: 120, message: '再申请一次' } }, a.headers))).toBe('CONFLICT');
    expect(errorCode(await server.gql(ASK, { input: { shiftId, requestedMinutes: 999, message: '太长了' } }, b.headers))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(ASK, { input: { shiftId, requestedMinutes: 60, message: '没报名' } }, crowd[35].headers))).toBe('NOT_FOUND');
    const missing = await server.gql(ASK, { input: { shiftId, requestedMinutes: 150, message: '我参加了但没有记录' } }, b.headers);
    expect(missing.data.requestHourCorrection.entry).toBeNull();

    const list = await server.gql(
      `query($id: ID!) { organization(id: $id) { hourCorrectionRequests(status: OPEN, first: 100) { nodes { id volunteer { id } shift { id } } } } }`,
      { id: orgId },
      coordinator,
    );
    const open = list.data.organization.hourCorrectionRequests.nodes.map((n: any) => n.id);
    expect(open).toEqual(expect.arrayContaining([asked.data.requestHourCorrection.id, missing.data.requestHourCorrection.id]));
    expect(errorCode(await server.gql(RESOLVE, { input: { requestId: asked.data.requestHourCorrection.id, accept: true, note: '同意' } }, a.headers))).toBe(
      'FORBIDDEN',
    );

    const accepted = await server.gql(
      RESOLVE,
      { input: { requestId: asked.data.requestHourCorrection.id, accept: true, note: '经核实签到记录，同意更正' } },
      coordinator,
    );
    expect(accepted.data.resolveHourCorrection).toMatchObject({ status: 'ACCEPTED', resolution: '经核实签到记录，同意更正' });
    expect(await totalOf(a.id)).toBe(180);
    const rows = await sql(`select kind, minutes, reason from hour_entry where volunteer_id = ? order by id`, [a.id]);
    expect(rows.map((r) => [r.kind, r.minutes])).toEqual([
      ['SERVICE', 60],
      ['REVERSAL', -60],
      ['SERVICE', 180],
    ]);
    expect(rows[1].reason).toContain('经核实签到记录');
    expect(
      errorCode(await server.gql(RESOLVE, { input: { requestId: asked.data.requestHourCorrection.id, accept: false, note: '再处理' } }, coordinator)),
    ).toBe('CONFLICT');

    const rejected = await server.gql(
      RESOLVE,
      { input: { requestId: missing.data.requestHourCorrection.id, accept: false, note: '签到表上没有你的名字' } },
      coordinator,
    );
    expect(rejected.data.resolveHourCorrection.status).toBe('REJECTED');
    expect(await totalOf(b.id)).toBe(0);
    const mine = await server.gql(`{ me { hourCorrectionRequests(first: 5) { nodes { status resolution } } } }`, {}, b.headers);
    expect(mine.data.me.hourCorrectionRequests.nodes[0]).toEqual({ status: 'REJECTED', resolution: '签到表上没有你的名字' });
  });
});

describe('visibility', () => {
  it('shows entries to the volunteer, coordinators of the organisation and platform staff only', async () => {
    const [a, other] = crowd.slice(33, 35);
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [a]);
    const [entry] = (await server.gql(RECORD, { input: { shiftId: shiftIds[0], entries: [{ volunteerId: a.id, minutes: 45 }] } }, coordinator)).data
      .recordHours;
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on HourEntry { minutes } } }`;
    for (const headers of [a.headers, coordinator, admin]) {
      expect((await server.gql(NODE, { id: entry.id }, headers)).data.node).toEqual({ __typename: 'HourEntry', id: entry.id, minutes: 45 });
    }
    expect((await server.gql(NODE, { id: entry.id }, other.headers)).data.node).toBeNull();
    expect((await server.gql(NODE, { id: entry.id })).data.node).toBeNull();
    const LIST = `query($id: ID!) { node(id: $id) { ... on Volunteer { totalMinutes hourEntries(first: 5) { totalCount } } } }`;
    expect((await server.gql(LIST, { id: a.id })).data.node).toEqual({ totalMinutes: 45, hourEntries: { totalCount: 0 } });
    expect((await server.gql(LIST, { id: a.id }, other.headers)).data.node.hourEntries.totalCount).toBe(0);
    expect((await server.gql(LIST, { id: a.id }, coordinator)).data.node.hourEntries.totalCount).toBe(1);
  });
});

describe('star levels and leaderboards', () => {
  it('gives 1..5 stars at 100/300/600/1000/1500 hours by default', () => {
    expect([0, 99 * 60 + 59, 100 * 60, 299 * 60, 300 * 60, 600 * 60, 1000 * 60, 1499 * 60, 1500 * 60, 9000 * 60].map((m) => starLevelFor(m))).toEqual([
      0, 0, 1, 1, 2, 3, 4, 4, 5, 5,
    ]);
  });

  it('takes other thresholds from AIXIN_STAR_HOURS, and refuses ones that are not five ascending counts', () => {
    const hours = loadConfig({ AIXIN_STAR_HOURS: '50, 150,300,500,800' }).settings.starHours;
    expect(hours).toEqual([50, 150, 300, 500, 800]);
    expect([49 * 60, 50 * 60, 800 * 60].map((m) => starLevelFor(m, hours))).toEqual([0, 1, 5]);
    expect(() => loadConfig({ AIXIN_STAR_HOURS: '100,50,600,1000,1500' })).toThrow(/five ascending hour counts/);
    expect(() => loadConfig({ AIXIN_STAR_HOURS: '100,300' })).toThrow(/five ascending hour counts/);
  });

  it('gives the demo volunteer recorded hours and a star, and some demo volunteers more', async () => {
    const me = await server.gql(`{ me { totalMinutes starLevel hourEntries(first: 100) { totalCount } } }`, {}, await signIn(server, DEMO.volunteer));
    expect(me.data.me.totalMinutes).toBeGreaterThanOrEqual(100 * 60);
    expect(me.data.me.starLevel).toBeGreaterThanOrEqual(1);
    expect(me.data.me.hourEntries.totalCount).toBeGreaterThan(10);
    const [stars] = await sql(
      `select count(*) filter (where total_minutes >= 6000)::int as starred, count(*) filter (where total_minutes >= 18000)::int as more from volunteer`,
    );
    expect(stars.starred).toBeGreaterThanOrEqual(5);
    expect(stars.more).toBeGreaterThanOrEqual(2);
  });

  it('ranks volunteers of an organisation and of a district, and organisations of a district, for whole months', async () => {
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const from = `${Number(month.slice(0, 4)) - 5}-01`;
    const board = await server.gql(
      `query($org: ID!, $from: String!, $to: String!) {
        byOrg: volunteerLeaderboard(organizationId: $org, from: $from, to: $to, first: 100) { totalCount nodes { rank minutes hours volunteer { id } } pageInfo { hasNextPage endCursor } }
        byDistrict: volunteerLeaderboard(district: "龙华区", from: $from, to: $to, first: 3) { nodes { rank minutes } pageInfo { endCursor } }
        orgs: organizationLeaderboard(district: "龙华区", from: $from, to: $to, first: 50) { nodes { rank minutes volunteerCount organization { id district } } } }`,
      { org: orgId, from, to: month },
    );
    expect(board.errors).toBeUndefined();
    const byOrg = board.data.byOrg.nodes;
    expect(byOrg.length).toBeGreaterThan(5);
    expect(byOrg.map((n: any) => n.rank)).toEqual(byOrg.map((_: unknown, i: number) => i + 1));
    for (let i = 1; i < byOrg.length; i++) expect(byOrg[i - 1].minutes).toBeGreaterThanOrEqual(byOrg[i].minutes);
    // Each volunteer's minutes with the organisation equal the sum of their entries there.
    const top = byOrg[0];
    const [sum] = await sql(`select sum(minutes)::int as s from hour_entry where volunteer_id = ? and organization_id = ? and service_date >= ?`, [
      top.volunteer.id,
      orgId,
      `${from}-01`,
    ]);
    expect(top.minutes).toBe(sum.s);
    const next = await server.gql(
      `query($after: String, $from: String!, $to: String!) { volunteerLeaderboard(district: "龙华区", from: $from, to: $to, first: 3, after: $after) { nodes { rank } } }`,
      { after: board.data.byDistrict.pageInfo.endCursor, from, to: month },
    );
    expect(next.data.volunteerLeaderboard.nodes.map((n: any) => n.rank)).toEqual([4, 5, 6]);
    const orgs = board.data.orgs.nodes;
    expect(orgs.find((o: any) => o.organization.id === orgId)).toBeTruthy();
    expect(orgs.every((o: any) => o.organization.district === '龙华区')).toBe(true);

    // A calendar year reads the yearly rollup; it must rank exactly as the entries say.
    const year = month.slice(0, 4);
    const yearly = await server.gql(
      `query($from: String!, $to: String!) { volunteerLeaderboard(district: "龙华区", from: $from, to: $to, first: 20) { totalCount nodes { rank minutes volunteer { id } } } }`,
      { from: `${year}-01`, to: `${year}-12` },
    );
    const expected = await sql(
      `select e.volunteer_id, sum(e.minutes)::int as minutes from hour_entry e join organization o on o.id = e.organization_id
        where o.district = '龙华区' and extract(year from e.service_date) = ? group by 1 having sum(e.minutes) > 0
        order by 2 desc, 1 limit 20`,
      [Number(year)],
    );
    expect(yearly.data.volunteerLeaderboard.nodes.map((n: any) => [n.volunteer.id, n.minutes])).toEqual(expected.map((r) => [r.volunteer_id, r.minutes]));
    const [{ n }] = await sql(
      `select count(*)::int as n from (select 1 from hour_entry e join organization o on o.id = e.organization_id
        where o.district = '龙华区' and extract(year from e.service_date) = ? group by e.volunteer_id having sum(e.minutes) > 0) x`,
      [Number(year)],
    );
    expect(yearly.data.volunteerLeaderboard.totalCount).toBe(n);

    const q = `query($from: String!, $to: String!, $d: String, $o: ID) { volunteerLeaderboard(from: $from, to: $to, district: $d, organizationId: $o) { nodes { rank } } }`;
    expect((await server.gql(q, { from: '2026-13', to: '2026-12', d: '龙华区' })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect((await server.gql(q, { from: '2026-05', to: '2026-01', d: '龙华区' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorCode(await server.gql(q, { from: '2026-01', to: '2026-02' }))).toBe('BAD_USER_INPUT');
  });
});

describe('consistency check', () => {
  it('is for platform staff and proves totals equal the sums of entries', async () => {
    const Q = `{ ledgerConsistency { consistent entryCount entryMinutes volunteerTotalMinutes volunteerMismatches organizationMismatches rollupMismatches } }`;
    expect(errorCode(await server.gql(Q, {}, coordinator))).toBe('FORBIDDEN');
    const res = await server.gql(Q, {}, admin);
    expect(res.data.ledgerConsistency.consistent).toBe(true);
    expect(res.data.ledgerConsistency.entryCount).toBeGreaterThan(100);
    expect(res.data.ledgerConsistency.entryMinutes).toBe(res.data.ledgerConsistency.volunteerTotalMinutes);
  });
});
