// The volunteer card (一卡): only its holder gets the card key; a coordinator of the shift's team
// checks a volunteer in by the card's QR code (fresh within a minute, and genuine) or by their
// volunteer number; an old screenshot, a forged code, someone without a place or a stranger's
// attempt are refused with their reasons. The card's photo: uploaded by its holder (POST
// /card/photo), cropped to 3:4, sealed at rest, seen by those who check the volunteer in and
// nobody else, taken off again, and erased with the account.
import { createHmac } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

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

/** Waits, if need be, until the current 30-second window has at least `ms` left. */
async function windowWithTimeLeft(ms: number): Promise<void> {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < ms) await new Promise((r) => setTimeout(r, left + 50));
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
    // The codes below are drawn for windows around this one: start with the window well under way.
    await windowWithTimeLeft(10_000);
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

/** POSTs a file to /card/photo as the card page does. */
async function uploadPhoto(data: Buffer, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'me.jpg');
  const res = await fetch(`${server.url}/card/photo`, { method: 'POST', body: form, headers });
  return { status: res.status, body: await res.json() };
}

/** A landscape photo with a bright square (the "face") right of centre, on a dark ground. */
const portrait = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 30, g: 40, b: 50 } } })
    .composite([{ input: { create: { width: 300, height: 300, channels: 3, background: { r: 250, g: 200, b: 160 } } }, left: 1100, top: 300 }])
    .jpeg()
    .toBuffer();

const PHOTO = `query($id: ID!) { node(id: $id) { ... on Volunteer { cardPhoto } } }`;

describe("the volunteer card's photo", () => {
  let photo = '';

  it('is uploaded by its holder, cropped to a 3:4 WebP around the face, and sealed at rest', async () => {
    const [a] = crowd;
    const answer = await uploadPhoto(await portrait(), a.headers);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    photo = answer.body.photo;
    expect(photo).toMatch(/^data:image\/webp;base64,/);
    const bytes = Buffer.from(photo.split(',')[1], 'base64');
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 240, height: 320 });
    expect(meta.exif).toBeUndefined();
    expect(bytes.length).toBeLessThan(20_000);
    // Cropped around what draws the eye: the bright square is in the photo (a centred crop would miss it).
    const middle = await sharp(bytes).extract({ left: 130, top: 130, width: 60, height: 60 }).removeAlpha().raw().toBuffer();
    expect(middle.reduce((sum, v, i) => (i % 3 === 0 ? sum + v : sum), 0) / (60 * 60)).toBeGreaterThan(200);
    // The holder reads it back; the database holds it sealed, never as the picture.
    expect(ok(await server.gql(`{ me { cardPhoto } }`, {}, a.headers)).me.cardPhoto).toBe(photo);
    const [row] = await orm.em.fork().getConnection().execute(`select card_photo_enc from volunteer where id = ?`, [a.id]);
    expect(Buffer.isBuffer(row.card_photo_enc)).toBe(true);
    expect(row.card_photo_enc.includes(Buffer.from('data:image'))).toBe(false);
    expect(row.card_photo_enc.includes(bytes.subarray(0, 64))).toBe(false);
    const [{ n }] = await orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from audit_log where action = 'volunteer.card-photo-changed' and subject_id = ?`, [a.id]);
    expect(n).toBe(1);
  });

  it('is shown to the coordinator checking the volunteer in, read into the audit trail, and to nobody else', async () => {
    const [a, , , d] = crowd;
    const signup = ok(
      await server.gql(
        `mutation($shiftId: ID!, $card: String!) { checkInByCard(shiftId: $shiftId, card: $card) { volunteer { id cardPhoto } } }`,
        { shiftId, card: numbers.get(a.id)! },
        coordinator,
      ),
    ).checkInByCard;
    expect(signup.volunteer).toEqual({ id: a.id, cardPhoto: photo });
    const [{ n }] = await orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from audit_log where action = 'personal-data.read' and subject_id = ? and detail->>'field' = 'cardPhoto'`, [a.id]);
    expect(n).toBe(1);
    // Another volunteer, the public: nothing.
    expect(ok(await server.gql(PHOTO, { id: a.id }, d.headers)).node.cardPhoto).toBeNull();
    expect(ok(await server.gql(PHOTO, { id: a.id })).node.cardPhoto).toBeNull();
    // Someone without one: null for the coordinator too, and no read recorded.
    expect(ok(await server.gql(PHOTO, { id: crowd[1].id }, coordinator)).node.cardPhoto).toBeNull();
  });

  it('refuses what is not a photo, and anyone signed out, with their reasons', async () => {
    const [a] = crowd;
    const notImage = await uploadPhoto(Buffer.from('just some text, not a picture at all'), a.headers);
    expect(notImage.status).toBe(400);
    expect(notImage.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_AN_IMAGE', field: 'file' });
    const empty = await uploadPhoto(Buffer.alloc(0), a.headers);
    expect(empty.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPTY' });
    const signedOut = await uploadPhoto(await portrait());
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The photo on the card is still the one uploaded.
    expect(ok(await server.gql(`{ me { cardPhoto } }`, {}, a.headers)).me.cardPhoto).toBe(photo);
  });

  it('is taken off by its holder', async () => {
    const [a] = crowd;
    expect(ok(await server.gql(`mutation { removeCardPhoto { id cardPhoto } }`, {}, a.headers)).removeCardPhoto).toEqual({ id: a.id, cardPhoto: null });
    const [row] = await orm.em.fork().getConnection().execute(`select card_photo_enc from volunteer where id = ?`, [a.id]);
    expect(row.card_photo_enc).toBeNull();
    refused(await server.gql(`mutation { removeCardPhoto { id } }`), 'UNAUTHENTICATED', 'SIGN_IN_REQUIRED');
  });

  it('is erased with the account', async () => {
    const input = fakeRegistration();
    const { token } = ok(await server.gql(REGISTER, { input })).registerVolunteer;
    const headers = { authorization: `Bearer ${token}` };
    expect((await uploadPhoto(await portrait(), headers)).status).toBe(200);
    const { me } = ok(await server.gql(`{ me { id cardPhoto } }`, {}, headers));
    expect(me.cardPhoto).toMatch(/^data:image\/webp;base64,/);
    expect(ok(await server.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: input.password }, headers)).deleteMyAccount).toBe(true);
    const [row] = await orm.em.fork().getConnection().execute(`select card_photo_enc, deleted_at from volunteer where id = ?`, [me.id]);
    expect(row.deleted_at).not.toBeNull();
    expect(row.card_photo_enc).toBeNull();
  });
});
