// Volunteer stations (志愿服务站): who may open and edit one, the public list and page, the
// refusals of bad input, and the duty rota (值班制): seven teams a week, filled by the teams'
// coordinators with the ordinary sign-up and hours tools, swaps between teams, gaps and their notices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { chinaDate } from '../../api/src/common/china-time.js';
import { newId } from '../../api/src/common/ids.js';
import { StationRotaService } from '../../api/src/modules/station/station-rota.service.js';
import { testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';

const STATION = `id slug name address district location { lat lng } openingHours services operator { id name } dutyToday { date } duties(from: "2026-12-01", to: "2026-12-07") { date }`;
const CREATE = `mutation($input: CreateStationInput!) { createStation(input: $input) { ${STATION} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStationInput!) { updateStation(id: $id, input: $input) { ${STATION} } }`;

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let volunteer: Record<string, string>;
let leagueId: string;
let stationAdmin: CrowdMember;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function refused(res: GraphQLResponse, code: string, reason?: string): void {
  expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject(reason ? { code, reason } : { code });
  expect(res.status).toBeLessThan(500);
}

async function addMember(orgId: string, volunteerId: string, role: string): Promise<void> {
  await sql(
    `with m as (insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, ?) returning organization_id)
     update organization set member_count = member_count + 1 where id = (select organization_id from m)`,
    [newId('mem'), orgId, volunteerId, role],
  );
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  admin = await signIn(server, DEMO.admin);
  coordinator = await signIn(server, DEMO.coordinator);
  volunteer = await signIn(server, DEMO.volunteer);
  [{ id: leagueId }] = await sql(`select id from organization where name = '共青团龙华区委'`);
  [stationAdmin] = await createCrowd(databaseUrl(), 1);
  await addMember(leagueId, stationAdmin.id, 'ADMIN');
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

const input = (overrides: Record<string, unknown> = {}) => ({
  operatorId: leagueId,
  slug: 'longhua-center',
  name: '龙华区志愿服务中心站',
  address: '深圳市龙华区人民路 100 号',
  district: '龙华区',
  location: { lat: 22.6567, lng: 114.0297 },
  openingHours: '周一至周日 9:00–17:00',
  services: ['志愿者注册', '活动咨询'],
  ...overrides,
});

describe('stations', () => {
  let stationId: string;

  it('platform staff open a station for an operator; the public reads it by slug and in the list', async () => {
    const { createStation } = ok(await server.gql(CREATE, { input: input() }, admin));
    stationId = createStation.id;
    expect(createStation).toMatchObject({
      slug: 'longhua-center',
      district: '龙华区',
      location: { lat: 22.6567, lng: 114.0297 },
      services: ['志愿者注册', '活动咨询'],
      operator: { id: leagueId, name: '共青团龙华区委' },
      dutyToday: null,
      duties: [],
    });
    const { station } = ok(await server.gql(`{ station(slug: "longhua-center") { id name openingHours operator { id } } }`));
    expect(station).toEqual({ id: stationId, name: '龙华区志愿服务中心站', openingHours: '周一至周日 9:00–17:00', operator: { id: leagueId } });
    const { stations } = ok(await server.gql(`{ stations { id slug } }`));
    expect(stations).toContainEqual({ id: stationId, slug: 'longhua-center' });
    const { node } = ok(await server.gql(`query($id: ID!) { node(id: $id) { ... on Station { slug } } }`, { id: stationId }));
    expect(node).toEqual({ slug: 'longhua-center' });
    expect(ok(await server.gql(`{ station(slug: "no-such-station") { id } }`)).station).toBeNull();
  });

  it("the operator's ADMINs edit it and open others; its own managed list shows them", async () => {
    const { updateStation } = ok(
      await server.gql(UPDATE, { id: stationId, input: { openingHours: '周一至周五 9:00–18:00', services: ['志愿者注册'] } }, stationAdmin.headers),
    );
    expect(updateStation).toMatchObject({ openingHours: '周一至周五 9:00–18:00', services: ['志愿者注册'] });
    ok(await server.gql(CREATE, { input: input({ slug: 'minzhi', name: '民治街道志愿服务站', location: null }) }, stationAdmin.headers));
    const { managedStations } = ok(await server.gql(`{ managedStations { slug } }`, {}, stationAdmin.headers));
    expect(managedStations.map((s: { slug: string }) => s.slug).sort()).toEqual(['longhua-center', 'minzhi']);
  });

  it('others are refused: a coordinator of another team, a volunteer, the signed-out', async () => {
    refused(await server.gql(UPDATE, { id: stationId, input: { name: '改名' } }, coordinator), 'FORBIDDEN');
    refused(await server.gql(CREATE, { input: input({ slug: 'other' }) }, volunteer), 'FORBIDDEN');
    refused(await server.gql(CREATE, { input: input({ slug: 'other' }) }), 'UNAUTHENTICATED');
    expect(ok(await server.gql(`{ managedStations { id } }`, {}, volunteer)).managedStations).toEqual([]);
  });

  it('bad input is refused with the field named; a taken slug is CONFLICT', async () => {
    refused(await server.gql(CREATE, { input: input({ slug: 'Bad Slug' }) }, admin), 'BAD_USER_INPUT', 'BAD_FORMAT');
    refused(await server.gql(CREATE, { input: input({ slug: 'x2', name: '' }) }, admin), 'BAD_USER_INPUT');
    refused(await server.gql(CREATE, { input: input({ slug: 'x3', location: { lat: 95, lng: 0 } }) }, admin), 'BAD_USER_INPUT', 'OUT_OF_RANGE');
    refused(await server.gql(CREATE, { input: input() }, admin), 'CONFLICT', 'SLUG_TAKEN');
    refused(await server.gql(UPDATE, { id: 'stn_nope', input: { name: 'x' } }, admin), 'NOT_FOUND');
  });
});

const DUTY = `id date capacity filled team { id } shift { id project { id organization { id } } }`;
const SET_ROTA = `mutation($input: SetStationRotaInput!) { setStationRota(input: $input) { ${DUTY} } }`;
const PROPOSE = `mutation($input: ProposeStationSwapInput!) { proposeStationSwap(input: $input) { id status fromTeam { id } toTeam { id } } }`;
const ANSWER = `mutation($id: ID!, $accept: Boolean!) { answerStationSwap(id: $id, accept: $accept) { id status fromDuty { id team { id } } toDuty { id team { id } } } }`;
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

describe('a seven-team weekly duty rota', () => {
  type Duty = {
    id: string;
    date: string;
    capacity: number;
    filled: number;
    team: { id: string };
    shift: { id: string; project: { id: string; organization: { id: string } } };
  };
  let stationId: string;
  let teams: string[];
  let coords: CrowdMember[];
  let member: CrowdMember;
  let duties: Duty[];
  const today = chinaDate(new Date());
  const dutyOf = (team: number, after = today) => duties.find((d) => d.team.id === teams[team] && d.date > after)!;

  beforeAll(async () => {
    ({
      createStation: { id: stationId },
    } = ok(await server.gql(CREATE, { input: input({ slug: 'rota-station', name: '观澜志愿服务站' }) }, stationAdmin.headers)));
    const rows = await sql<{ id: string }>(`select id from organization where status = 'APPROVED' and id <> ? order by name limit 7`, [leagueId]);
    teams = rows.map((r) => r.id);
    expect(teams).toHaveLength(7);
    coords = await createCrowd(databaseUrl(), 7);
    for (const [i, c] of coords.entries()) await addMember(teams[i], c.id, 'COORDINATOR');
    [member] = await createCrowd(databaseUrl(), 1);
    await addMember(teams[0], member.id, 'MEMBER');
  });

  it("generates one duty a day for four weeks, each a published activity owned by that weekday's team", async () => {
    const lines = teams.map((teamId, i) => ({ teamId, weekday: i + 1, startsAt: '09:00', endsAt: '17:00', places: 2 }));
    duties = ok(await server.gql(SET_ROTA, { input: { stationId, lines } }, stationAdmin.headers)).setStationRota;
    expect(duties.map((d) => d.date)).toEqual(Array.from({ length: 28 }, (_, i) => addDays(today, i)));
    for (const d of duties) {
      expect(d.team.id).toBe(teams[weekday(d.date) - 1]);
      expect(d.shift.project.organization.id).toBe(d.team.id);
      expect(d).toMatchObject({ capacity: 2, filled: 0 });
    }
    const projects = await sql<{ status: string; category: string; address: string; starts_at: Date }>(
      `select p.status, p.category, p.address, s.starts_at from station_duty d join project p on p.id = d.project_id join shift s on s.id = d.shift_id where d.station_id = ? order by d.date`,
      [stationId],
    );
    expect(projects).toHaveLength(28);
    expect(new Set(projects.map((p) => `${p.status} ${p.category} ${p.address}`))).toEqual(new Set(['PUBLISHED 站点值班 深圳市龙华区人民路 100 号']));
    // 09:00 China time is 01:00 UTC.
    expect(new Date(projects[1].starts_at).toISOString()).toBe(`${addDays(today, 1)}T01:00:00.000Z`);
    const { station } = ok(await server.gql(`{ station(slug: "rota-station") { dutyToday { date team { id } } } }`));
    expect(station.dutyToday).toEqual({ date: today, team: { id: teams[weekday(today) - 1] } });
    // Setting the same rota again makes nothing twice.
    ok(await server.gql(SET_ROTA, { input: { stationId, lines } }, stationAdmin.headers));
    expect((await sql(`select count(*)::int as n from station_duty where station_id = ?`, [stationId]))[0].n).toBe(28);
    duties = ok(await server.gql(`{ station(slug: "rota-station") { duties(from: "${today}", to: "${addDays(today, 27)}") { ${DUTY} } } }`)).station.duties;
  });

  it("the duty team's coordinator signs a member up and records the hours with the ordinary tools", async () => {
    const day = dutyOf(0);
    const { signUpVolunteer } = ok(
      await server.gql(
        `mutation($s: ID!, $v: ID!) { signUpVolunteer(shiftId: $s, volunteerId: $v) { status } }`,
        { s: day.shift.id, v: member.id },
        coords[0].headers,
      ),
    );
    expect(signUpVolunteer.status).toBe('CONFIRMED');
    const { station } = ok(await server.gql(`{ station(slug: "rota-station") { duties(from: "${day.date}", to: "${day.date}") { filled capacity } } }`));
    expect(station.duties).toEqual([{ filled: 1, capacity: 2 }]);
    // A later day of the team, once it took place: its hours are recorded on its shift like any other.
    const later = duties.filter((d) => d.team.id === teams[0] && d.date > today)[2];
    ok(
      await server.gql(
        `mutation($s: ID!, $v: ID!) { signUpVolunteer(shiftId: $s, volunteerId: $v) { status } }`,
        { s: later.shift.id, v: member.id },
        coords[0].headers,
      ),
    );
    await sql(`update shift set starts_at = now() - interval '9 hours', ends_at = now() - interval '1 hour' where id = ?`, [later.shift.id]);
    const { recordHours } = ok(
      await server.gql(
        `mutation($input: RecordHoursInput!) { recordHours(input: $input) { minutes volunteer { id } organization { id } shift { id } } }`,
        { input: { shiftId: later.shift.id, entries: [{ volunteerId: member.id, minutes: 480 }] } },
        coords[0].headers,
      ),
    );
    expect(recordHours).toEqual([{ minutes: 480, volunteer: { id: member.id }, organization: { id: teams[0] }, shift: { id: later.shift.id } }]);
    // Another team's coordinator cannot sign people up for it.
    refused(
      await server.gql(
        `mutation($s: ID!, $v: ID!) { signUpVolunteer(shiftId: $s, volunteerId: $v) { status } }`,
        { s: day.shift.id, v: member.id },
        coords[1].headers,
      ),
      'FORBIDDEN',
    );
  });

  it('a swap the other team accepts gives each day the other team, activities included; a declined one changes nothing', async () => {
    const a = dutyOf(1);
    const b = dutyOf(2);
    const { proposeStationSwap } = ok(await server.gql(PROPOSE, { input: { fromDutyId: a.id, toDutyId: b.id } }, coords[1].headers));
    expect(proposeStationSwap).toMatchObject({ status: 'PENDING', fromTeam: { id: teams[1] }, toTeam: { id: teams[2] } });
    // The proposing team cannot answer its own request.
    refused(await server.gql(ANSWER, { id: proposeStationSwap.id, accept: true }, coords[1].headers), 'FORBIDDEN');
    const { answerStationSwap } = ok(await server.gql(ANSWER, { id: proposeStationSwap.id, accept: true }, coords[2].headers));
    expect(answerStationSwap).toMatchObject({
      status: 'ACCEPTED',
      fromDuty: { id: a.id, team: { id: teams[2] } },
      toDuty: { id: b.id, team: { id: teams[1] } },
    });
    const owners = await sql<{ id: string; organization_id: string }>(`select id, organization_id from project where id in (?, ?)`, [
      a.shift.project.id,
      b.shift.project.id,
    ]);
    expect(Object.fromEntries(owners.map((o) => [o.id, o.organization_id]))).toEqual({ [a.shift.project.id]: teams[2], [b.shift.project.id]: teams[1] });
    refused(await server.gql(ANSWER, { id: proposeStationSwap.id, accept: false }, coords[2].headers), 'CONFLICT', 'SWAP_NOT_PENDING');

    const c = dutyOf(3);
    const d = dutyOf(4);
    const declined = ok(await server.gql(PROPOSE, { input: { fromDutyId: c.id, toDutyId: d.id } }, coords[3].headers)).proposeStationSwap;
    expect(ok(await server.gql(ANSWER, { id: declined.id, accept: false }, coords[4].headers)).answerStationSwap).toMatchObject({
      status: 'DECLINED',
      fromDuty: { team: { id: teams[3] } },
      toDuty: { team: { id: teams[4] } },
    });
    const { stationSwaps } = ok(await server.gql(`{ stationSwaps { id status } }`, {}, stationAdmin.headers));
    expect(stationSwaps).toEqual([
      { id: declined.id, status: 'DECLINED' },
      { id: proposeStationSwap.id, status: 'ACCEPTED' },
    ]);
  });

  it('a day with volunteers signed up is not swapped; days of one team are not swapped with each other', async () => {
    const filled = dutyOf(0);
    refused(await server.gql(PROPOSE, { input: { fromDutyId: filled.id, toDutyId: dutyOf(5).id } }, coords[0].headers), 'CONFLICT', 'DUTY_HAS_SIGNUPS');
    // Proposed while empty, then filled before the answer: refused at acceptance, nothing changes.
    const e = dutyOf(5);
    const swap = ok(await server.gql(PROPOSE, { input: { fromDutyId: e.id, toDutyId: dutyOf(0, filled.date).id } }, coords[5].headers)).proposeStationSwap;
    ok(
      await server.gql(
        `mutation($s: ID!, $v: ID!) { signUpVolunteer(shiftId: $s, volunteerId: $v) { status } }`,
        { s: dutyOf(0, filled.date).shift.id, v: member.id },
        coords[0].headers,
      ),
    );
    refused(await server.gql(ANSWER, { id: swap.id, accept: true }, coords[0].headers), 'CONFLICT', 'DUTY_HAS_SIGNUPS');
    expect((await sql(`select team_id from station_duty where id = ?`, [e.id]))[0].team_id).toBe(teams[5]);
    const later = duties.filter((d) => d.team.id === teams[6] && d.date > today);
    refused(await server.gql(PROPOSE, { input: { fromDutyId: later[0].id, toDutyId: later[1].id } }, coords[6].headers), 'BAD_USER_INPUT', 'SWAP_NOT_POSSIBLE');
  });

  it("lists the coming week's days short of volunteers to the managers, and the daily job tells each duty team once a day", async () => {
    const { stationGaps } = ok(
      await server.gql(`query($id: ID!) { stationGaps(stationId: $id) { date filled capacity team { id } } }`, { id: stationId }, stationAdmin.headers),
    );
    expect(stationGaps.map((g: { date: string }) => g.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(today, i)));
    expect(stationGaps.every((g: { filled: number; capacity: number }) => g.filled < g.capacity)).toBe(true);
    const before = (await sql(`select count(*)::int as n from outbox where topic = 'team.message' and payload->>'stationId' = ?`, [stationId]))[0].n;
    expect(before).toBe(0);
    const first = await new StationRotaService(orm.em.fork()).daily();
    expect(first.notified).toBe(7);
    const sent = await sql<{ recipient_id: string; team: string }>(
      `select recipient_id, payload->>'organizationId' as team from outbox where topic = 'team.message' and payload->>'stationId' = ?`,
      [stationId],
    );
    // Each of the seven days is another team's: all their ADMINs and COORDINATORs hear of it, once.
    const managers = await sql<{ volunteer_id: string }>(
      `select volunteer_id from membership where organization_id in (${teams.map(() => '?').join(', ')}) and role in ('ADMIN', 'COORDINATOR')`,
      teams,
    );
    expect(sent.map((m) => m.recipient_id).sort()).toEqual(managers.map((m) => m.volunteer_id).sort());
    for (const c of coords) expect(sent.map((m) => m.recipient_id)).toContain(c.id);
    const { notifications } = ok(await server.gql(`{ me { notifications(first: 5) { nodes { kind title } } } }`, {}, coords[0].headers)).me;
    expect(notifications.nodes[0]).toMatchObject({ kind: 'TEAM_MESSAGE', title: expect.stringContaining('值班缺人') });
    const again = await new StationRotaService(orm.em.fork()).daily();
    expect(again.notified).toBe(0);
    expect((await sql(`select count(*)::int as n from outbox where topic = 'team.message' and payload->>'stationId' = ?`, [stationId]))[0].n).toBe(sent.length);
  });

  it('only its managers set the rota or see its gaps; bad lines are refused with the field named', async () => {
    const lines = [{ teamId: teams[0], weekday: 1, startsAt: '09:00', endsAt: '17:00', places: 2 }];
    refused(await server.gql(SET_ROTA, { input: { stationId, lines } }, coords[0].headers), 'FORBIDDEN');
    refused(await server.gql(SET_ROTA, { input: { stationId, lines } }, volunteer), 'FORBIDDEN');
    refused(await server.gql(`query($id: ID!) { stationGaps(stationId: $id) { date } }`, { id: stationId }, coords[0].headers), 'FORBIDDEN');
    refused(await server.gql(SET_ROTA, { input: { stationId, lines: [{ ...lines[0], weekday: 8 }] } }, stationAdmin.headers), 'BAD_USER_INPUT', 'OUT_OF_RANGE');
    refused(
      await server.gql(SET_ROTA, { input: { stationId, lines: [{ ...lines[0], endsAt: '08:00' }] } }, stationAdmin.headers),
      'BAD_USER_INPUT',
      'OUT_OF_RANGE',
    );
    refused(await server.gql(`{ station(slug: "rota-station") { duties(from: "2026-13-01", to: "2026-12-31") { date } } }`), 'BAD_USER_INPUT', 'BAD_FORMAT');
  });
});
