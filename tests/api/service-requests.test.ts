// 供需对接 over HTTP against the file's own PostgreSQL: needs submitted by residents, teams,
// partner keys and staff; triaged by staff or the federation of their district (accepted,
// declined, merged); the public board without contacts; claims by teams (several for a large need,
// the last places to one team only); activities made of them; done, confirmed and rated.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { errorCode, gql, testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';
import { startProductsOnRunDatabase } from '../helpers/product.js';

type Headers = Record<string, string>;
type Person = { id: string; headers: Headers };
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);

const DISTRICT = `需求测试区${randomInt(1e6)}`;
const OTHER_DISTRICT = `别的测试区${randomInt(1e6)}`;
const anonymous: Headers = {};
let staff: Headers;
let resident: Person;
let fedAdmin: Person;
let otherFedAdmin: Person;
let teamAdmin: Person;
let teamCoordinator: Person;
let member: Person;
let teamA: string;
const others: { id: string; admin: Person }[] = [];

const FIELDS = `id title status district category volunteersNeeded volunteersClaimed reason openedAt score feedbackComment feedbackHidden unclaimedSince stale
  contactNameMasked contactPhoneMasked contactName contactPhone mergedInto { id } requestingOrganization { id } claims { volunteers organization { id } project { id } }`;
const SUBMIT = `mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptServiceRequest(id: $id) { ${FIELDS} } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineServiceRequest(id: $id, reason: $reason) { ${FIELDS} } }`;
const MERGE = `mutation($id: ID!, $intoId: ID!) { mergeServiceRequest(id: $id, intoId: $intoId) { ${FIELDS} } }`;
const CLAIM = `mutation($input: ClaimServiceRequestInput!) { claimServiceRequest(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $org: ID!) { withdrawServiceRequestClaim(id: $id, organizationId: $org) { ${FIELDS} } }`;
const START = `mutation($id: ID!, $org: ID!) { startServiceRequest(id: $id, organizationId: $org) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $org: ID!) { completeServiceRequest(id: $id, organizationId: $org) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $org: ID, $reason: String!) { closeServiceRequest(id: $id, organizationId: $org, reason: $reason) { ${FIELDS} } }`;
const CONFIRM = `mutation($input: ConfirmServiceRequestInput!) { confirmServiceRequest(input: $input) { ${FIELDS} } }`;
const HIDE = `mutation($id: ID!) { hideServiceRequestFeedback(id: $id) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { serviceRequest(id: $id) { ${FIELDS} } node(id: $id) { id } }`;
const BOARD = `query($filter: ServiceRequestFilter, $first: Int) { serviceRequests(filter: $filter, first: $first) { totalCount nodes { ${FIELDS} } } }`;
const QUEUE = `query($stale: Boolean) { serviceRequestQueue(stale: $stale, first: 100) { nodes { id stale } } }`;
const MINE = `{ myServiceRequests(first: 100) { nodes { id status } } }`;
const CLAIMED = `query($org: ID!) { claimedServiceRequests(organizationId: $org, first: 100) { nodes { id status } } }`;
const FIGURES = `{ serviceRequestFigures { district met } }`;
const INBOX = `{ me { notifications(first: 20) { nodes { kind serviceRequest { id } } } } }`;

async function ok<T = any>(query: string, variables: Record<string, unknown>, headers: Headers): Promise<T> {
  const res = await server.gql(query, variables, headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

function expectCode(res: GraphQLResponse, code: string, field?: string): void {
  expect(res.status).toBeLessThan(500);
  expect(errorCode(res), JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0].extensions!.field).toBe(field);
}

async function person(): Promise<Person> {
  const res = await server.gql(REGISTER, { input: fakeRegistration() });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { id: res.data.registerVolunteer.volunteer.id, headers: { authorization: `Bearer ${res.data.registerVolunteer.token}` } };
}

async function organization(owner: Person, input: Record<string, unknown>): Promise<string> {
  const created = await ok(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name: `需求测试队${randomInt(1e9)}`, district: DISTRICT, kind: 'NGO', ...input } },
    owner.headers,
  );
  const id = created.registerOrganization.id as string;
  await ok(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id }, staff);
  return id;
}

async function addMember(orgId: string, who: Person, role: string): Promise<void> {
  await sql(
    `with m as (insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, ?) returning organization_id)
     update organization set member_count = member_count + 1 where id = (select organization_id from m)`,
    [newId('mem'), orgId, who.id, role],
  );
}

const need = (overrides: Record<string, unknown> = {}) => ({
  title: '独居老人助浴',
  description: '社区里三位独居老人需要每周助浴和陪伴聊天',
  category: 'ELDERLY',
  district: DISTRICT,
  address: '海口市龙华区城西镇某小区3栋',
  location: { lat: 20.0035, lng: 110.308 },
  neededFrom: new Date(Date.now() + 2 * 86_400_000).toISOString(),
  neededUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  recurrence: '每周六上午',
  volunteersNeeded: 3,
  contactName: '王秀兰',
  contactPhone: fakePhone(),
  ...overrides,
});

async function submitted(overrides: Record<string, unknown> = {}, by: Headers = resident.headers): Promise<any> {
  return (await ok(SUBMIT, { input: need(overrides) }, by)).submitServiceRequest;
}

async function open(overrides: Record<string, unknown> = {}): Promise<any> {
  const request = await submitted(overrides);
  return (await ok(ACCEPT, { id: request.id }, fedAdmin.headers)).acceptServiceRequest;
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  staff = await signIn(server, DEMO.admin);
  [resident, fedAdmin, otherFedAdmin, teamAdmin, teamCoordinator, member] = await Promise.all([person(), person(), person(), person(), person(), person()]);
  await organization(fedAdmin, { kind: 'FEDERATION' });
  await organization(otherFedAdmin, { kind: 'FEDERATION', district: OTHER_DISTRICT });
  teamA = await organization(teamAdmin, {});
  await addMember(teamA, teamCoordinator, 'COORDINATOR');
  await addMember(teamA, member, 'MEMBER');
  for (let i = 0; i < 3; i++) {
    const admin = await person();
    others.push({ id: await organization(admin, {}), admin });
  }
}, 60_000);

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe('submitting a need', () => {
  it('takes a signed-in resident’s need as SUBMITTED, not public, its contact sealed and masked', async () => {
    expectCode(await server.gql(SUBMIT, { input: need() }, anonymous), 'UNAUTHENTICATED');
    const input = need();
    const request = (await ok(SUBMIT, { input }, resident.headers)).submitServiceRequest;
    expect(request).toMatchObject({
      status: 'SUBMITTED',
      volunteersClaimed: 0,
      contactNameMasked: '王*兰',
      contactName: null,
      contactPhone: null,
      requestingOrganization: null,
    });
    expect(request.contactPhoneMasked).toBe(`${input.contactPhone.slice(0, 3)}****${input.contactPhone.slice(-4)}`);
    const [row] = await sql<{ contact_name_enc: Buffer; contact_phone_enc: Buffer }>(
      `select contact_name_enc, contact_phone_enc from service_request where id = ?`,
      [request.id],
    );
    expect(row.contact_phone_enc.toString('latin1')).not.toContain(input.contactPhone);
    expect(row.contact_name_enc.toString('utf8')).not.toContain('王秀兰');
    expect(await ok(ONE, { id: request.id }, anonymous)).toEqual({ serviceRequest: null, node: null });
    expect((await ok(ONE, { id: request.id }, member.headers)).serviceRequest).toBeNull();
    expect((await ok(MINE, {}, resident.headers)).myServiceRequests.nodes[0]).toEqual({ id: request.id, status: 'SUBMITTED' });
  });

  it('refuses bad input with the field named, never a 5xx', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'title'],
      [{ description: 'x'.repeat(2001) }, 'description'],
      [{ district: '' }, 'district'],
      [{ volunteersNeeded: 0 }, 'volunteersNeeded'],
      [{ volunteersNeeded: 1001 }, 'volunteersNeeded'],
      [{ contactPhone: '12345' }, 'contactPhone'],
      [{ contactName: '' }, 'contactName'],
      [{ neededUntil: new Date(Date.now() + 86_400_000).toISOString() }, 'neededUntil'],
      [{ location: { lat: 91, lng: 110 } }, 'location.lat'],
      [{ recurrence: 'x'.repeat(201) }, 'recurrence'],
      [{ idempotencyKey: '' }, 'idempotencyKey'],
    ];
    for (const [overrides, field] of cases) expectCode(await server.gql(SUBMIT, { input: need(overrides) }, resident.headers), 'BAD_USER_INPUT', field);
    expect((await server.gql(SUBMIT, { input: need({ category: 'PARTY' }) }, resident.headers)).status).toBe(400);
  });

  it('lets a team’s ADMIN or COORDINATOR submit for the team, not a plain member', async () => {
    const byCoordinator = await submitted({ organizationId: teamA }, teamCoordinator.headers);
    expect(byCoordinator.requestingOrganization).toEqual({ id: teamA });
    expectCode(await server.gql(SUBMIT, { input: need({ organizationId: teamA }) }, member.headers), 'FORBIDDEN');
  });

  it('takes needs from a partner key with the REQUEST scope only, for its own organisation', async () => {
    const key = async (scopes: string[]) =>
      (
        await ok(
          `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret } }`,
          { input: { organizationId: teamA, name: '民政局需求系统', scopes } },
          teamAdmin.headers,
        )
      ).createPartnerKey.secret as string;
    const readOnly = { authorization: `Bearer ${await key([])}` };
    const requesting = { authorization: `Bearer ${await key(['REQUEST'])}` };
    expectCode(await server.gql(SUBMIT, { input: need() }, readOnly), 'FORBIDDEN');
    expectCode(await server.gql(SUBMIT, { input: need({ organizationId: others[0].id }) }, requesting), 'FORBIDDEN');
    const request = (await ok(SUBMIT, { input: need() }, requesting)).submitServiceRequest;
    expect(request).toMatchObject({ status: 'SUBMITTED', requestingOrganization: { id: teamA }, contactPhoneMasked: null });
    const [row] = await sql<{ requester_id: string | null }>(`select requester_id from service_request where id = ?`, [request.id]);
    expect(row.requester_id).toBeNull();
  });

  it('replays a retried submission with the same idempotency key, and refuses the key with other input', async () => {
    const input = need({ idempotencyKey: `retry-${randomInt(1e9)}` });
    const first = (await ok(SUBMIT, { input }, resident.headers)).submitServiceRequest;
    const again = (await ok(SUBMIT, { input }, resident.headers)).submitServiceRequest;
    expect(again.id).toBe(first.id);
    const [count] = await sql<{ n: number }>(`select count(*)::int as n from service_request where title = ? and requester_id = ? and id = ?`, [
      input.title,
      resident.id,
      first.id,
    ]);
    expect(count.n).toBe(1);
    expectCode(await server.gql(SUBMIT, { input: { ...input, title: '另一个需求' } }, resident.headers), 'IDEMPOTENCY_KEY_REUSED', 'idempotencyKey');
  });
});

describe('triage', () => {
  it('queues submitted needs for staff and the federation of their district only', async () => {
    const request = await submitted();
    const queued = async (headers: Headers) => (await ok(QUEUE, {}, headers)).serviceRequestQueue.nodes.map((n: { id: string }) => n.id);
    expect(await queued(fedAdmin.headers)).toContain(request.id);
    expect(await queued(staff)).toContain(request.id);
    expect(await queued(otherFedAdmin.headers)).not.toContain(request.id);
    expect(await queued(teamAdmin.headers)).toEqual([]);
    expectCode(await server.gql(QUEUE, {}, anonymous), 'UNAUTHENTICATED');
  });

  it('lets staff or the district’s federation ADMIN accept it onto the board, no one else', async () => {
    const request = await submitted();
    for (const who of [resident.headers, teamAdmin.headers, otherFedAdmin.headers, member.headers])
      expectCode(await server.gql(ACCEPT, { id: request.id }, who), 'FORBIDDEN');
    expectCode(await server.gql(ACCEPT, { id: request.id }, anonymous), 'UNAUTHENTICATED');
    const accepted = (await ok(ACCEPT, { id: request.id }, fedAdmin.headers)).acceptServiceRequest;
    expect(accepted.status).toBe('OPEN');
    expect(accepted.openedAt).not.toBeNull();
    expectCode(await server.gql(ACCEPT, { id: request.id }, staff), 'CONFLICT');
    expect((await ok(ONE, { id: request.id }, anonymous)).node).toEqual({ id: request.id });
    const [audit] = await sql<{ action: string; actor_id: string }>(
      `select action, actor_id from audit_log where subject_id = ? and action like 'service-request.%' order by id desc limit 1`,
      [request.id],
    );
    expect(audit).toEqual({ action: 'service-request.accepted', actor_id: fedAdmin.id });
  });

  it('declines with a reason the requester reads; the public never sees it', async () => {
    const request = await submitted();
    expectCode(await server.gql(DECLINE, { id: request.id, reason: ' ' }, staff), 'BAD_USER_INPUT', 'reason');
    const declined = (await ok(DECLINE, { id: request.id, reason: '不属于志愿服务范围' }, staff)).declineServiceRequest;
    expect(declined).toMatchObject({ status: 'DECLINED', reason: '不属于志愿服务范围' });
    expect((await ok(ONE, { id: request.id }, resident.headers)).serviceRequest.reason).toBe('不属于志愿服务范围');
    expect((await ok(ONE, { id: request.id }, anonymous)).serviceRequest).toBeNull();
    expectCode(await server.gql(ACCEPT, { id: request.id }, staff), 'CONFLICT');
  });

  it('merges a duplicate into the request kept', async () => {
    const kept = await open();
    const duplicate = await submitted();
    expectCode(await server.gql(MERGE, { id: duplicate.id, intoId: duplicate.id }, fedAdmin.headers), 'BAD_USER_INPUT', 'intoId');
    expectCode(await server.gql(MERGE, { id: duplicate.id, intoId: kept.id }, otherFedAdmin.headers), 'FORBIDDEN');
    const merged = (await ok(MERGE, { id: duplicate.id, intoId: kept.id }, fedAdmin.headers)).mergeServiceRequest;
    expect(merged).toMatchObject({ status: 'MERGED', mergedInto: { id: kept.id } });
    expectCode(await server.gql(MERGE, { id: (await submitted()).id, intoId: duplicate.id }, fedAdmin.headers), 'BAD_USER_INPUT', 'intoId');
  });

  it('flags needs left OPEN and unclaimed for the configured days to the federation', async () => {
    const request = await open();
    expect((await ok(ONE, { id: request.id }, anonymous)).serviceRequest).toMatchObject({ stale: false, unclaimedSince: request.openedAt });
    await sql(`update service_request set opened_at = now() - interval '8 days' where id = ?`, [request.id]);
    expect((await ok(ONE, { id: request.id }, anonymous)).serviceRequest.stale).toBe(true);
    const stale = (await ok(QUEUE, { stale: true }, fedAdmin.headers)).serviceRequestQueue.nodes;
    expect(stale).toContainEqual({ id: request.id, stale: true });
    expect((await ok(QUEUE, { stale: true }, otherFedAdmin.headers)).serviceRequestQueue.nodes).toEqual([]);
  });
});

describe('the public board', () => {
  it('lists OPEN needs by district, category, words and distance, without any contact', async () => {
    const input = need({ title: `河道清理${randomInt(1e6)}`, category: 'ENVIRONMENT', contactName: '李建国' });
    const request = (await ok(SUBMIT, { input }, resident.headers)).submitServiceRequest;
    await ok(ACCEPT, { id: request.id }, staff);
    const board = async (filter: Record<string, unknown>) => {
      const res = await server.gql(BOARD, { filter, first: 100 }, anonymous);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toContain(input.contactPhone);
      expect(JSON.stringify(res.data)).not.toContain('李建国');
      return res.data.serviceRequests.nodes as any[];
    };
    const mine = (await board({ district: DISTRICT, category: 'ENVIRONMENT' })).find((n) => n.id === request.id);
    expect(mine).toMatchObject({ status: 'OPEN', contactName: null, contactPhone: null, contactNameMasked: null, contactPhoneMasked: null });
    expect((await board({ district: OTHER_DISTRICT })).map((n) => n.id)).not.toContain(request.id);
    expect((await board({ district: DISTRICT, category: 'HEALTH' })).map((n) => n.id)).not.toContain(request.id);
    expect((await board({ search: input.title })).map((n) => n.id)).toEqual([request.id]);
    expect((await board({ near: { lat: 20.0035, lng: 110.308, radiusKm: 1 } })).map((n) => n.id)).toContain(request.id);
    expect((await board({ near: { lat: 23.18, lng: 114.3, radiusKm: 1 } })).map((n) => n.id)).not.toContain(request.id);
    expectCode(await server.gql(BOARD, { filter: { status: 'SUBMITTED' } }, anonymous), 'BAD_USER_INPUT', 'filter.status');
    expectCode(await server.gql(BOARD, { first: 0 }, anonymous), 'BAD_USER_INPUT', 'first');
    expectCode(await server.gql(BOARD, { filter: { near: { lat: 20, lng: 110, radiusKm: 500 } } }, anonymous), 'BAD_USER_INPUT', 'filter.near.radiusKm');
  });
});

describe('claims', () => {
  it('lets a team’s managers claim part of a need, once per team; the requester is told', async () => {
    const request = await open();
    const claim = (org: string, volunteers: number) => ({ input: { id: request.id, organizationId: org, volunteers } });
    expectCode(await server.gql(CLAIM, claim(teamA, 1), member.headers), 'FORBIDDEN');
    expectCode(await server.gql(CLAIM, claim(teamA, 1), anonymous), 'UNAUTHENTICATED');
    expectCode(await server.gql(CLAIM, claim(teamA, 0), teamCoordinator.headers), 'BAD_USER_INPUT', 'volunteers');
    expectCode(await server.gql(CLAIM, claim(teamA, 4), teamCoordinator.headers), 'BAD_USER_INPUT', 'volunteers');
    const partly = (await ok(CLAIM, claim(teamA, 2), teamCoordinator.headers)).claimServiceRequest;
    expect(partly).toMatchObject({ status: 'OPEN', volunteersClaimed: 2, claims: [{ volunteers: 2, organization: { id: teamA } }], unclaimedSince: null });
    const twice = await server.gql(CLAIM, claim(teamA, 1), teamAdmin.headers);
    expectCode(twice, 'CONFLICT', 'organizationId');
    expect(twice.errors![0].extensions!.reason).toBe('ALREADY_CLAIMED');
    const inbox = (await ok(INBOX, {}, resident.headers)).me.notifications.nodes;
    expect(inbox).toContainEqual({ kind: 'SERVICE_REQUEST_CLAIMED', serviceRequest: { id: request.id } });
    // Still on the board until covered.
    const board = (await ok(BOARD, { filter: { district: DISTRICT }, first: 100 }, anonymous)).serviceRequests.nodes.map((n: { id: string }) => n.id);
    expect(board).toContain(request.id);
  });

  it('gives the last places to exactly one of several teams claiming at once', async () => {
    for (let round = 0; round < 4; round++) {
      const request = await open({ volunteersNeeded: 2 });
      await ok(CLAIM, { input: { id: request.id, organizationId: teamA, volunteers: 1 } }, teamAdmin.headers);
      const results = await Promise.all(
        others.map((o) => server.gql(CLAIM, { input: { id: request.id, organizationId: o.id, volunteers: 1 } }, o.admin.headers)),
      );
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      for (const loser of results.filter((r) => r.errors)) expectCode(loser, 'CAPACITY_REACHED');
      const [row] = await sql<{ status: string; volunteers_claimed: number; claims: number }>(
        `select status, volunteers_claimed, (select count(*)::int from service_request_claim where request_id = r.id) as claims from service_request r where id = ?`,
        [request.id],
      );
      expect(row).toEqual({ status: 'CLAIMED', volunteers_claimed: 2, claims: 2 });
    }
  });

  it('takes a covered need off the board, and puts it back when a team withdraws', async () => {
    const request = await open({ volunteersNeeded: 2 });
    await ok(CLAIM, { input: { id: request.id, organizationId: teamA, volunteers: 1 } }, teamAdmin.headers);
    const covered = (await ok(CLAIM, { input: { id: request.id, organizationId: others[0].id, volunteers: 1 } }, others[0].admin.headers)).claimServiceRequest;
    expect(covered.status).toBe('CLAIMED');
    const onBoard = async () =>
      (await ok(BOARD, { filter: { district: DISTRICT }, first: 100 }, anonymous)).serviceRequests.nodes.map((n: { id: string }) => n.id);
    expect(await onBoard()).not.toContain(request.id);
    const unclaimed = await server.gql(WITHDRAW, { id: request.id, org: others[1].id }, others[1].admin.headers);
    expectCode(unclaimed, 'CONFLICT', 'organizationId');
    expect(unclaimed.errors![0].extensions!.reason).toBe('NOT_CLAIMED');
    expectCode(await server.gql(WITHDRAW, { id: request.id, org: others[0].id }, teamAdmin.headers), 'FORBIDDEN');
    const reopened = (await ok(WITHDRAW, { id: request.id, org: others[0].id }, others[0].admin.headers)).withdrawServiceRequestClaim;
    expect(reopened).toMatchObject({ status: 'OPEN', volunteersClaimed: 1 });
    expect(await onBoard()).toContain(request.id);
  });

  it('shows the contact in full to staff, the federation and ADMINs of a claiming team only, and audits each read', async () => {
    const input = need({ volunteersNeeded: 1 });
    const request = (await ok(SUBMIT, { input }, resident.headers)).submitServiceRequest;
    await ok(ACCEPT, { id: request.id }, staff);
    const contact = async (headers: Headers) => {
      const r = (await ok(ONE, { id: request.id }, headers)).serviceRequest;
      return { name: r.contactName, phone: r.contactPhone, masked: r.contactPhoneMasked };
    };
    const masked = `${input.contactPhone.slice(0, 3)}****${input.contactPhone.slice(-4)}`;
    expect(await contact(teamAdmin.headers)).toEqual({ name: null, phone: null, masked: null });
    await ok(CLAIM, { input: { id: request.id, organizationId: teamA, volunteers: 1 } }, teamCoordinator.headers);
    expect(await contact(teamAdmin.headers)).toEqual({ name: '王秀兰', phone: input.contactPhone, masked });
    expect(await contact(teamCoordinator.headers)).toEqual({ name: null, phone: null, masked });
    expect(await contact(fedAdmin.headers)).toEqual({ name: '王秀兰', phone: input.contactPhone, masked });
    expect(await contact(staff)).toEqual({ name: '王秀兰', phone: input.contactPhone, masked });
    expect(await contact(resident.headers)).toEqual({ name: null, phone: null, masked });
    expect(await contact(otherFedAdmin.headers)).toEqual({ name: null, phone: null, masked: null });
    expect(await contact(anonymous)).toEqual({ name: null, phone: null, masked: null });
    const reads = await sql<{ actor_id: string }>(`select actor_id from audit_log where subject_id = ? and action = 'personal-data.read'`, [request.id]);
    expect(new Set(reads.map((r) => r.actor_id))).toEqual(
      new Set([teamAdmin.id, fedAdmin.id, (await sql<{ id: string }>(`select id from volunteer where is_platform_admin limit 1`))[0].id]),
    );
  });
});

describe('from claim to confirmation', () => {
  it('turns a claim into an activity, marks it done, and lets the requester confirm and rate it', async () => {
    const request = await open({ volunteersNeeded: 2 });
    const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 3 * 86_400_000 + 2 * 3_600_000).toISOString();
    const project = (serviceRequestId: string) => ({
      input: { organizationId: teamA, title: '独居老人助浴服务', summary: '为三位独居老人助浴', serviceRequestId, shifts: [{ startsAt, endsAt, capacity: 2 }] },
    });
    const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
    const drafts = async () =>
      (await sql<{ n: number }>(`select count(*)::int as n from project where organization_id = ? and title = ?`, [teamA, '独居老人助浴服务']))[0].n;
    const before = await drafts();
    expectCode(await server.gql(CREATE, project(request.id), teamCoordinator.headers), 'BAD_USER_INPUT', 'serviceRequestId');
    // The need's refusal (its module acts on the new activity in the same transaction) leaves no draft behind.
    expect(await drafts()).toBe(before);
    await ok(CLAIM, { input: { id: request.id, organizationId: teamA, volunteers: 2 } }, teamCoordinator.headers);
    expectCode(await server.gql(START, { id: request.id, org: others[0].id }, others[0].admin.headers), 'FORBIDDEN');
    const projectId = (await ok(CREATE, project(request.id), teamCoordinator.headers)).createProject.id;
    expect(await drafts()).toBe(before + 1);
    const linked = (await ok(ONE, { id: request.id }, teamCoordinator.headers)).serviceRequest;
    expect(linked.status).toBe('IN_PROGRESS');
    const [claimRow] = await sql<{ project_id: string }>(`select project_id from service_request_claim where request_id = ?`, [request.id]);
    expect(claimRow.project_id).toBe(projectId);

    expectCode(await server.gql(CONFIRM, { input: { id: request.id, score: 5 } }, resident.headers), 'CONFLICT');
    expectCode(await server.gql(COMPLETE, { id: request.id, org: teamA }, member.headers), 'FORBIDDEN');
    const done = (await ok(COMPLETE, { id: request.id, org: teamA }, teamCoordinator.headers)).completeServiceRequest;
    expect(done.status).toBe('DONE');
    expect((await ok(INBOX, {}, resident.headers)).me.notifications.nodes).toContainEqual({ kind: 'SERVICE_REQUEST_DONE', serviceRequest: { id: request.id } });

    expectCode(await server.gql(CONFIRM, { input: { id: request.id, score: 5 } }, teamAdmin.headers), 'FORBIDDEN');
    expectCode(await server.gql(CONFIRM, { input: { id: request.id, score: 6 } }, resident.headers), 'BAD_USER_INPUT', 'score');
    expectCode(await server.gql(CONFIRM, { input: { id: request.id, score: 0 } }, resident.headers), 'BAD_USER_INPUT', 'score');
    // The requester's score counts in the serving team's public rating, beside its activities' ratings.
    const TEAM_RATING = `query($id: ID!) { organization(id: $id) { rating { count } } }`;
    const ratedBefore = (await ok(TEAM_RATING, { id: teamA }, anonymous)).organization.rating.count;
    const confirmed = (await ok(CONFIRM, { input: { id: request.id, score: 4, comment: '志愿者很耐心' } }, resident.headers)).confirmServiceRequest;
    expect((await ok(TEAM_RATING, { id: teamA }, anonymous)).organization.rating.count).toBe(ratedBefore + 1);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', score: 4, feedbackComment: '志愿者很耐心', feedbackHidden: false });
    expectCode(await server.gql(CONFIRM, { input: { id: request.id, score: 4 } }, resident.headers), 'CONFLICT');
    expect((await ok(ONE, { id: request.id }, anonymous)).serviceRequest).toMatchObject({ score: 4, feedbackComment: '志愿者很耐心' });

    expectCode(await server.gql(HIDE, { id: request.id }, fedAdmin.headers), 'FORBIDDEN');
    expect((await ok(HIDE, { id: request.id }, staff)).hideServiceRequestFeedback).toMatchObject({ feedbackHidden: true, feedbackComment: '志愿者很耐心' });
    expect((await ok(ONE, { id: request.id }, anonymous)).serviceRequest).toMatchObject({ score: 4, feedbackComment: null, feedbackHidden: true });
    expect((await ok(CLAIMED, { org: teamA }, teamAdmin.headers)).claimedServiceRequests.nodes).toContainEqual({ id: request.id, status: 'CONFIRMED' });
    expectCode(await server.gql(CLAIMED, { org: teamA }, member.headers), 'FORBIDDEN');
  });

  it('starts a claimed need and records it done directly; closes one with a reason', async () => {
    const request = await open({ volunteersNeeded: 1 });
    await ok(CLAIM, { input: { id: request.id, organizationId: teamA, volunteers: 1 } }, teamAdmin.headers);
    expect((await ok(START, { id: request.id, org: teamA }, teamAdmin.headers)).startServiceRequest.status).toBe('IN_PROGRESS');
    expectCode(await server.gql(START, { id: request.id, org: teamA }, teamAdmin.headers), 'CONFLICT');
    expect((await ok(COMPLETE, { id: request.id, org: teamA }, teamAdmin.headers)).completeServiceRequest.status).toBe('DONE');

    const other = await open();
    await ok(CLAIM, { input: { id: other.id, organizationId: teamA, volunteers: 1 } }, teamAdmin.headers);
    expectCode(await server.gql(CLOSE, { id: other.id, org: null, reason: '老人已搬走' }, teamAdmin.headers), 'FORBIDDEN');
    expectCode(await server.gql(CLOSE, { id: other.id, org: teamA, reason: '' }, teamAdmin.headers), 'BAD_USER_INPUT', 'reason');
    const closed = (await ok(CLOSE, { id: other.id, org: teamA, reason: '老人已搬走' }, teamAdmin.headers)).closeServiceRequest;
    expect(closed).toMatchObject({ status: 'CLOSED', reason: '老人已搬走' });
    expectCode(await server.gql(CLAIM, { input: { id: other.id, organizationId: others[0].id, volunteers: 1 } }, others[0].admin.headers), 'CONFLICT');

    const third = await open();
    expect((await ok(CLOSE, { id: third.id, org: null, reason: '需求已由社区解决' }, fedAdmin.headers)).closeServiceRequest.status).toBe('CLOSED');
  });

  it('counts needs met per district', async () => {
    const figures = (await ok(FIGURES, {}, anonymous)).serviceRequestFigures as { district: string; met: number }[];
    const [row] = await sql<{ n: number }>(`select count(*)::int as n from service_request where district = ? and status in ('DONE', 'CONFIRMED')`, [DISTRICT]);
    expect(row.n).toBeGreaterThanOrEqual(2);
    expect(figures).toContainEqual({ district: DISTRICT, met: row.n });
  });
});

describe('personal data in the logs', () => {
  it('never writes a requester’s contact to the server output', async () => {
    const products = await startProductsOnRunDatabase(1, { NODE_ENV: 'development', AIXIN_LOG_LEVEL: 'trace' });
    try {
      const endpoint = `${products.processes[0].url}/graphql`;
      const login = await gql(endpoint, `mutation($input: LogInInput!) { logIn(input: $input) { token } }`, {
        input: { login: DEMO.volunteer, password: 'demo-password-2026' },
      });
      const headers = { authorization: `Bearer ${login.data.logIn.token}` };
      const input = need({ contactName: '赵德芳', contactPhone: fakePhone() });
      const res = await gql(endpoint, SUBMIT, { input }, headers);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const bad = await gql(endpoint, SUBMIT, { input: { ...input, volunteersNeeded: -1 } }, headers);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      await new Promise((r) => setTimeout(r, 300));
      const output = products.processes[0].output();
      expect(output).toContain('submitServiceRequest');
      expect(output).not.toContain(input.contactPhone);
      expect(output).not.toContain('赵德芳');
    } finally {
      await products.stop();
    }
  }, 120_000);
});
