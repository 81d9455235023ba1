// Partner key scopes: every operation declares what a key needs, the declaration is what is
// enforced (before execution and again in the services), and a department's key with ROSTER or
// RECORD_HOURS reads its own team's rosters and records hours over real HTTP, and nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isObjectType } from 'graphql';
import { keyAccessOf, PEOPLE_ONLY } from '../../api/src/common/key-scope.js';
import { getSchema, printSchemaFile } from '../../api/src/schema.js';
import { errorCode, expectForbidden, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';
import { endedShifts, RECORD, REVERSE } from '../helpers/ledger.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let orgId: string;
let otherOrgId: string;
let crowd: CrowdMember[];
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);

const CREATE_KEY = `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret key { id scopes } } }`;
const ROSTER = `query($id: ID!) { node(id: $id) { ... on Shift { signups(first: 50) { totalCount nodes { id status volunteer { id displayName realName phoneMasked } } } } } }`;
const UNRECORDED = `query($id: ID!) { node(id: $id) { ... on Shift { unrecordedSignups(first: 50) { nodes { id volunteer { id } } } } } }`;
const NO_SHOW = `mutation($id: ID!) { markNoShow(signupId: $id) { id status } }`;

async function keyOf(organizationId: string, scopes: string[]): Promise<{ headers: Record<string, string>; id: string }> {
  const res = await server.gql(CREATE_KEY, { input: { organizationId, name: `区民政局系统${scopes.join('+')}`, scopes } }, admin);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { headers: { authorization: `Bearer ${res.data.createPartnerKey.secret}` }, id: res.data.createPartnerKey.key.id };
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  admin = await signIn(server, DEMO.admin);
  coordinator = await signIn(server, DEMO.coordinator);
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  [{ id: otherOrgId }] = await sql(`select id from organization where status = 'APPROVED' and id <> ? order by id limit 1`, [orgId]);
  crowd = await createCrowd(databaseUrl(), 6);
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('declared scopes', () => {
  it('every mutation declares what a key needs, and the schema says it', async () => {
    const schema = await getSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const undeclared = mutations.filter((f) => keyAccessOf(f) === undefined).map((f) => f.name);
    expect(undeclared).toEqual([]);
    for (const field of mutations)
      expect(field.description ?? '', field.name).toMatch(/Scope: (PUBLISH|ROSTER|RECORD_HOURS|REQUEST) \(API keys\)$|Scope: people only/);
    // What keys may call at all, by scope: a change here is a change of what partners can do.
    const byScope: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const access = keyAccessOf(field);
        if (access && access !== PEOPLE_ONLY) (byScope[access] ??= []).push(`${type.name}.${field.name}`);
      }
    }
    for (const list of Object.values(byScope)) list.sort();
    expect(byScope).toEqual({
      PUBLISH: [
        'Mutation.cancelProject',
        'Mutation.cancelShift',
        'Mutation.copyProject',
        'Mutation.createProject',
        'Mutation.moveShift',
        'Mutation.publishProject',
        'Mutation.setOrganizationLogo',
        'Mutation.setProjectPhotos',
        'Mutation.updateProject',
      ],
      ROSTER: ['Mutation.markAttended', 'Mutation.markNoShow', 'Shift.signups'],
      RECORD_HOURS: ['Mutation.recordHours', 'Mutation.reverseHourEntry', 'Shift.hourEntries', 'Shift.unrecordedSignups'],
      REQUEST: [
        'Mutation.claimServiceRequest',
        'Mutation.closeServiceRequest',
        'Mutation.completeServiceRequest',
        'Mutation.startServiceRequest',
        'Mutation.submitServiceRequest',
        'Mutation.withdrawServiceRequestClaim',
        'Query.claimedServiceRequests',
      ],
    });
    expect(await printSchemaFile()).toContain('Scope: RECORD_HOURS (API keys)');
  });
});

describe('a key with RECORD_HOURS (记录同步)', () => {
  it('records and reverses hours for its own team’s ended shift, named as the recorder', async () => {
    const key = await keyOf(orgId, ['RECORD_HOURS']);
    const [a, b] = crowd;
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [a, b]);
    const awaiting = await server.gql(UNRECORDED, { id: shiftIds[0] }, key.headers);
    expect(awaiting.errors, JSON.stringify(awaiting.errors)).toBeUndefined();
    expect(awaiting.data.node.unrecordedSignups.nodes.map((s: { volunteer: { id: string } }) => s.volunteer.id).sort()).toEqual([a.id, b.id].sort());

    const input = {
      shiftId: shiftIds[0],
      entries: [
        { volunteerId: a.id, minutes: 150 },
        { volunteerId: b.id, minutes: 90 },
      ],
      idempotencyKey: 'sync-1',
    };
    const recorded = await server.gql(RECORD, { input }, key.headers);
    expect(recorded.errors, JSON.stringify(recorded.errors)).toBeUndefined();
    expect(recorded.data.recordHours.map((e: { minutes: number }) => e.minutes)).toEqual([150, 90]);
    expect(recorded.data.recordHours[0].recordedBy).toBeNull();
    const rows = await sql<{ recorded_by_id: string | null; recorded_by_key_id: string | null }>(
      `select recorded_by_id, recorded_by_key_id from hour_entry where shift_id = ? order by id`,
      [shiftIds[0]],
    );
    expect(rows).toEqual([
      { recorded_by_id: null, recorded_by_key_id: key.id },
      { recorded_by_id: null, recorded_by_key_id: key.id },
    ]);
    const shown = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on HourEntry { recordedBy { id } recordedByApp } } }`,
      { id: recorded.data.recordHours[0].id },
      coordinator,
    );
    expect(shown.data.node).toEqual({ recordedBy: null, recordedByApp: '区民政局系统RECORD_HOURS' });
    // A retried sync replays the same entries instead of failing or writing twice.
    const replay = await server.gql(RECORD, { input }, key.headers);
    expect(replay.data.recordHours.map((e: { id: string }) => e.id)).toEqual(recorded.data.recordHours.map((e: { id: string }) => e.id));
    const [{ total }] = await sql(`select total_minutes as total from volunteer where id = ?`, [a.id]);
    expect(total).toBe(150);

    const reversed = await server.gql(REVERSE, { input: { entryId: recorded.data.recordHours[1].id, reason: '部门系统重复推送' } }, key.headers);
    expect(reversed.errors, JSON.stringify(reversed.errors)).toBeUndefined();
    expect(reversed.data.reverseHourEntry.minutes).toBe(-90);
  });

  it('is refused another team’s shift, the roster, and what only people do', async () => {
    const key = await keyOf(orgId, ['RECORD_HOURS']);
    const [, , c] = crowd;
    // Platform staff manage any team: they make the other team's shift.
    const other = await endedShifts(server, orm, admin, otherOrgId, [c]);
    const res = await server.gql(RECORD, { input: { shiftId: other.shiftIds[0], entries: [{ volunteerId: c.id, minutes: 60 }] } }, key.headers);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await sql(`select id from hour_entry where shift_id = ?`, [other.shiftIds[0]])).toEqual([]);

    expectForbidden(await server.gql(ROSTER, { id: other.shiftIds[0] }, key.headers), 'KEY_SCOPE_MISSING', 'ROSTER');
    expectForbidden(await server.gql(`mutation($id: ID!) { markAttended(signupId: $id) { id } }`, { id: 'sgn_x' }, key.headers), 'KEY_SCOPE_MISSING', 'ROSTER');
    expectForbidden(
      await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, { input: { shiftId: other.shiftIds[0] } }, key.headers),
      'PEOPLE_ONLY',
    );
    expectForbidden(
      await server.gql(CREATE_KEY, { input: { organizationId: orgId, name: '自己给自己签发', scopes: ['PUBLISH'] } }, key.headers),
      'PEOPLE_ONLY',
    );
    // A field that declares nothing is a public read; where it reaches a team's data, the service refuses every key.
    const hooks = await server.gql(`query($id: ID!) { webhooks(organizationId: $id, first: 5) { totalCount } }`, { id: orgId }, key.headers);
    expect(errorCode(hooks)).toBe('FORBIDDEN');
    expect(hooks.errors![0].extensions!.reason).toBe('PEOPLE_ONLY');
    // The same operations pass for the team's coordinator.
    expect((await server.gql(ROSTER, { id: other.shiftIds[0] }, admin)).errors).toBeUndefined();
  });
});

describe('a key with ROSTER', () => {
  it('reads its team’s sign-ups with volunteers as the public sees them, and marks absence', async () => {
    const key = await keyOf(orgId, ['ROSTER']);
    const [, , , d, e] = crowd;
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [d, e]);
    const roster = await server.gql(ROSTER, { id: shiftIds[0] }, key.headers);
    expect(roster.errors, JSON.stringify(roster.errors)).toBeUndefined();
    const signups = roster.data.node.signups;
    expect(signups.totalCount).toBe(2);
    expect(signups.nodes.map((s: { volunteer: { id: string } }) => s.volunteer.id).sort()).toEqual([d.id, e.id].sort());
    for (const s of signups.nodes) {
      expect(s.volunteer.realName).toBeNull();
      expect(s.volunteer.phoneMasked).toBeNull();
      expect(s.volunteer.displayName).toContain('*');
    }
    const target = signups.nodes.find((s: { volunteer: { id: string } }) => s.volunteer.id === d.id);
    const marked = await server.gql(NO_SHOW, { id: target.id }, key.headers);
    expect(marked.errors, JSON.stringify(marked.errors)).toBeUndefined();
    expect(marked.data.markNoShow.status).toBe('NO_SHOW');

    expectForbidden(await server.gql(UNRECORDED, { id: shiftIds[0] }, key.headers), 'KEY_SCOPE_MISSING', 'RECORD_HOURS');
    expectForbidden(
      await server.gql(RECORD, { input: { shiftId: shiftIds[0], entries: [{ volunteerId: e.id, minutes: 60 }] } }, key.headers),
      'KEY_SCOPE_MISSING',
      'RECORD_HOURS',
    );
  });

  it('is refused a roster of another team', async () => {
    const key = await keyOf(orgId, ['ROSTER']);
    const [, , , , , f] = crowd;
    const other = await endedShifts(server, orm, admin, otherOrgId, [f]);
    const res = await server.gql(ROSTER, { id: other.shiftIds[0] }, key.headers);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data?.node?.signups ?? null).toBeNull();
  });
});
