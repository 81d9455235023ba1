// Volunteer stations (志愿服务站): who may open and edit one, the public list and page, and the
// refusals of bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
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
