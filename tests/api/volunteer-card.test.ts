// The volunteer card (一卡): only its holder gets the card key; a coordinator of the shift's team
// checks a volunteer in by the card's QR code (fresh within a minute, and genuine) or by their
// volunteer number; an old screenshot, a forged code, someone without a place or a stranger's
// attempt are refused with their reasons.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';

const CARD = `{ me { id volunteerNumber card { volunteerNumber key period } } }`;
const CHECK_IN = `mutation($shiftId: ID!, $card: String!) { checkInByCard(shiftId: $shiftId, card: $card) { id status checkedInAt volunteer { id } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id status } }`;

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let coordinator: Record<string, string>;
let crowd: CrowdMember[];
let shiftId: string;
const numbers = new Map<string, string>();

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function refused(res: GraphQLResponse, code: string, reason: string): void {
  expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code, reason });
}

/** What the card draws: the payload of `window` (default now) signed with the key. */
function payload(key: string, number: string, window = Math.floor(Date.now() / 30_000)): string {
  const code = createHmac('sha256', Buffer.from(key, 'base64url')).update(`${number}:${window}`).digest('hex').slice(0, 10);
  return `aixin-card:${number}:${window}:${code}`;
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  coordinator = await signIn(server, DEMO.coordinator);
  const [{ id: orgId }] = await orm.em.fork().getConnection().execute(`select id from organization where name = '龙华区青年志愿者协会'`);
  const startsAt = new Date(Date.now() + 30 * 60_000);
  const created = ok(
    await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgId,
          title: '社区服务站值班',
          summary: '值班',
          shifts: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), capacity: 10 }],
        },
      },
      coordinator,
    ),
  ).createProject;
  shiftId = created.shifts[0].id;
  ok(await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.id }, coordinator));
  crowd = await createCrowd(databaseUrl(), 4);
  for (const m of crowd.slice(0, 3)) ok(await server.gql(SIGN_UP, { input: { shiftId } }, m.headers));
  for (const m of crowd) numbers.set(m.id, ok(await server.gql(`{ me { volunteerNumber } }`, {}, m.headers)).me.volunteerNumber);
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe('the volunteer card', () => {
  it('gives the card key to its holder only', async () => {
    const mine = ok(await server.gql(CARD, {}, crowd[0].headers)).me;
    expect(mine.card).toMatchObject({ volunteerNumber: mine.volunteerNumber, period: 30 });
    expect(Buffer.from(mine.card.key, 'base64url')).toHaveLength(32);
    // Another volunteer's card is nobody else's business.
    const other = ok(await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { card { key } } } }`, { id: crowd[1].id }, coordinator));
    expect(other.node.card).toBeNull();
    // Each volunteer's key is their own.
    const theirs = ok(await server.gql(CARD, {}, crowd[1].headers)).me.card.key;
    expect(theirs).not.toBe(mine.card.key);
  });

  it('checks a volunteer in by a fresh card, and refuses an old screenshot or a forged code', async () => {
    const [a] = crowd;
    const { key } = ok(await server.gql(CARD, {}, a.headers)).me.card;
    const number = numbers.get(a.id)!;
    const now = Math.floor(Date.now() / 30_000);
    refused(await server.gql(CHECK_IN, { shiftId, card: payload(key, number, now - 3) }, coordinator), 'BAD_USER_INPUT', 'CARD_EXPIRED');
    refused(await server.gql(CHECK_IN, { shiftId, card: payload(key, number, now + 5) }, coordinator), 'BAD_USER_INPUT', 'CARD_EXPIRED');
    const forged = payload(Buffer.alloc(32, 7).toString('base64url'), number, now);
    refused(await server.gql(CHECK_IN, { shiftId, card: forged }, coordinator), 'BAD_USER_INPUT', 'CARD_EXPIRED');
    // Another volunteer's key cannot vouch for this number.
    const { key: otherKey } = ok(await server.gql(CARD, {}, crowd[1].headers)).me.card;
    refused(await server.gql(CHECK_IN, { shiftId, card: payload(otherKey, number, now) }, coordinator), 'BAD_USER_INPUT', 'CARD_EXPIRED');
    const [{ status: before }] = await orm.em
      .fork()
      .getConnection()
      .execute(`select status from signup where shift_id = ? and volunteer_id = ?`, [shiftId, a.id]);
    expect(before).toBe('CONFIRMED');
    // A code of the window just gone still counts (read as it turned).
    const signup = ok(await server.gql(CHECK_IN, { shiftId, card: payload(key, number, now - 1) }, coordinator)).checkInByCard;
    expect(signup).toMatchObject({ status: 'ATTENDED', volunteer: { id: a.id } });
    expect(signup.checkedInAt).not.toBeNull();
    // Again: nothing changes.
    expect(ok(await server.gql(CHECK_IN, { shiftId, card: payload(key, number) }, coordinator)).checkInByCard.status).toBe('ATTENDED');
  });

  it('checks a volunteer in by their number, typed by the coordinator', async () => {
    const b = crowd[1];
    const signup = ok(await server.gql(CHECK_IN, { shiftId, card: ` ${numbers.get(b.id)!.toLowerCase()} ` }, coordinator)).checkInByCard;
    expect(signup).toMatchObject({ status: 'ATTENDED', volunteer: { id: b.id } });
  });

  it('refuses what is not a card, someone without a place, and anyone but the team’s managers', async () => {
    const [, , c, d] = crowd;
    refused(await server.gql(CHECK_IN, { shiftId, card: 'https://example.com/?x=1' }, coordinator), 'BAD_USER_INPUT', 'BAD_FORMAT');
    refused(await server.gql(CHECK_IN, { shiftId, card: 'AX9999999999' }, coordinator), 'BAD_USER_INPUT', 'VOLUNTEER_UNKNOWN');
    const { key } = ok(await server.gql(CARD, {}, d.headers)).me.card;
    refused(await server.gql(CHECK_IN, { shiftId, card: payload(key, numbers.get(d.id)!) }, coordinator), 'CONFLICT', 'NOT_SIGNED_UP');
    // A volunteer cannot check themselves or others in with a card.
    const { key: cKey } = ok(await server.gql(CARD, {}, c.headers)).me.card;
    refused(await server.gql(CHECK_IN, { shiftId, card: payload(cKey, numbers.get(c.id)!) }, c.headers), 'FORBIDDEN', 'TEAM_ROLE_REQUIRED');
    refused(await server.gql(CHECK_IN, { shiftId: 'sft_00000000000000000000000000', card: 'AX0000000001' }, coordinator), 'NOT_FOUND', 'NOT_FOUND');
    const [{ status }] = await orm.em.fork().getConnection().execute(`select status from signup where shift_id = ? and volunteer_id = ?`, [shiftId, c.id]);
    expect(status).toBe('CONFIRMED');
  });
});
