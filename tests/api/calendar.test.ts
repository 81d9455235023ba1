// Calendars: the iCalendar writer (CRLF, folding at 75 octets on character boundaries,
// escaping), a volunteer's secret and revocable feed, and public project feeds, parsed back
// with an independent parser (ical.js).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { escapeText, foldLine, formatUtc, serializeCalendar } from '../../api/src/modules/calendar/ical.js';
import { activitiesStage, type ActivitiesStage } from '../helpers/activities.js';
import { errorCode } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';

let stage: ActivitiesStage;
let server: ActivitiesStage['server'];
let coordinator: ActivitiesStage['coordinator'];
let orgId: string;
let crowd: ActivitiesStage['crowd'];
let sql: ActivitiesStage['sql'];
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

const ADDRESS = '海口市龙华区滨海大道88号，万绿园东门; 近公交站\\候车亭';
const LONG_SUMMARY =
  '为参加海口马拉松的选手提供补给、引导和医疗协助，请提前三十分钟到场签到，领取志愿者马甲与工作证；活动期间注意防晒补水，听从现场协调员安排。';
const FEED = `{ me { calendarFeed { url createdAt } } }`;
const RESET = `mutation { resetCalendarFeed { url createdAt } }`;
const SIGN_UP = `mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }`;

async function createProject(input: Record<string, unknown>, publish = true): Promise<{ id: string; shifts: string[] }> {
  const res = await server.gql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
    { input: { organizationId: orgId, title: '海口马拉松补给站志愿服务', summary: LONG_SUMMARY, district: '龙华区', ...input } },
    coordinator,
  );
  expect(res.errors).toBeUndefined();
  const { id, shifts } = res.data.createProject;
  if (publish) expect((await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id }, coordinator)).errors).toBeUndefined();
  return { id, shifts: shifts.map((s: { id: string }) => s.id) };
}

async function fetchIcs(path: string): Promise<{ status: number; type: string | null; cache: string | null; body: string }> {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), body: await res.text() };
}

// RFC 5545 §3.8.8.2: non-standard properties are TEXT unless said otherwise; ical.js needs telling.
for (const name of ['x-wr-calname', 'x-wr-caldesc']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const text = (vevent: ICAL.Component, name: string) => vevent.getFirstPropertyValue(name) as string | null;
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: text(vevent, 'uid'),
    summary: text(vevent, 'summary'),
    location: text(vevent, 'location'),
    description: text(vevent, 'description'),
    geo: vevent.getFirstPropertyValue('geo') as [number, number] | null,
    url: text(vevent, 'url'),
    status: text(vevent, 'status'),
    start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    end: (vevent.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
    stamp: vevent.getFirstPropertyValue('dtstamp'),
  }));
  return { calendar, events };
}

/** A feed answered 200 as well-formed iCalendar with the given caching, parsed. */
async function fetchFeed(path: string, cache: 'private' | 'public') {
  const res = await fetchIcs(path);
  expect(res.status).toBe(200);
  expect(res.type).toBe('text/calendar; charset=utf-8');
  expect(res.cache).toContain(cache);
  expectWellFormed(res.body);
  return { body: res.body, ...parse(res.body) };
}

/** Every physical line: at most 75 octets, valid UTF-8 on its own (no character split by folding), CRLF-terminated. */
function expectWellFormed(body: string): void {
  const bytes = Buffer.from(body, 'utf8');
  expect(bytes.subarray(-2).toString()).toBe('\r\n');
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
      start = i + 2;
    }
  }
}

beforeAll(async () => {
  stage = await activitiesStage(6);
  ({ server, coordinator, orgId, crowd, sql } = stage);
});
afterAll(() => stage.close());

describe('the iCalendar writer', () => {
  it('escapes backslashes, commas, semicolons and newlines in TEXT, and drops control characters', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf\rg')).toBe('a\\,b\\;c\\\\d\\ne\\nf\\ng');
    expect(escapeText('志愿者，你好；\u0007再见\t')).toBe('志愿者，你好；再见\t');
  });

  it('folds at 75 octets, never inside a character, continuation lines starting with a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(100)).split('\r\n')).toEqual(['x'.repeat(75), ` ${'x'.repeat(25)}`]);
    // Chinese characters are 3 octets: "S:" and 24 of them (74 octets; a 25th would make 77),
    // then 24 after each leading space (73 octets), then the last 12.
    const han = '志'.repeat(60);
    const lines = foldLine(`S:${han}`).split('\r\n');
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([74, 73, 37]);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`S:${han}`);
    // A four-octet character (outside the BMP) is never split either.
    const emoji = foldLine(`S:${'🙂'.repeat(30)}`).split('\r\n');
    expect(emoji.every((l) => Buffer.byteLength(l) <= 75 && !l.includes('\uFFFD'))).toBe(true);
    expect(emoji.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`S:${'🙂'.repeat(30)}`);
  });

  it('writes UTC times and a calendar that an independent parser reads back exactly', () => {
    expect(formatUtc(new Date('2026-11-24T01:30:00.123Z'))).toBe('20261124T013000Z');
    const start = new Date('2026-12-01T00:30:00Z');
    const body = serializeCalendar({
      name: '测试，日历; 名称',
      events: [
        {
          uid: 'sft_1@aixin',
          start,
          end: new Date('2026-12-01T04:00:00Z'),
          summary: LONG_SUMMARY,
          description: `${LONG_SUMMARY}\n第二行`,
          location: ADDRESS,
          geo: { lat: 20.0305, lng: 110.3312 },
          url: 'https://aixin.example/projects/prj_1/',
        },
      ],
      stamp: new Date('2026-11-20T08:00:00Z'),
      refreshMinutes: 60,
    });
    expectWellFormed(body);
    expect(body).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(body).toContain('\r\nDTSTART:20261201T003000Z\r\n');
    expect(body).toContain('\r\nDTSTAMP:20261120T080000Z\r\n');
    expect(body).toContain('\r\nGEO:20.0305;110.3312\r\n');
    const { calendar, events } = parse(body);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('测试，日历; 名称');
    expect(events[0]).toMatchObject({
      uid: 'sft_1@aixin',
      summary: LONG_SUMMARY,
      description: `${LONG_SUMMARY}\n第二行`,
      location: ADDRESS,
      geo: [20.0305, 110.3312],
      start: start.toISOString(),
      status: 'CONFIRMED',
    });
  });
});

describe("a volunteer's calendar feed", () => {
  it('is a secret address only its volunteer sees, with their confirmed and attended shifts, stored hashed, revoked by a reset', async () => {
    const [me, other, filler] = crowd;
    const { id: projectId, shifts } = await createProject({
      address: ADDRESS,
      location: { lat: 20.0305, lng: 110.3312 },
      shifts: [
        { startsAt: hours(48), endsAt: hours(52), capacity: 5 },
        { startsAt: hours(72), endsAt: hours(76), capacity: 1 },
        { startsAt: hours(96), endsAt: hours(100), capacity: 5, allocation: 'LOTTERY', registrationClosesAt: hours(90) },
      ],
    });
    const [confirmedShift, fullShift, lotteryShift] = shifts;
    const past = await createProject({
      title: '上月的净滩活动',
      shifts: [
        { startsAt: hours(24), endsAt: hours(26), capacity: 5 },
        { startsAt: hours(30), endsAt: hours(32), capacity: 5 },
      ],
    });
    const signed = await server.gql(SIGN_UP, { s: confirmedShift }, me.headers);
    expect(signed.data.signUp.status).toBe('CONFIRMED');
    await server.gql(SIGN_UP, { s: fullShift }, filler.headers);
    expect((await server.gql(SIGN_UP, { s: fullShift }, me.headers)).data.signUp.status).toBe('WAITLISTED');
    expect((await server.gql(SIGN_UP, { s: lotteryShift }, me.headers)).data.signUp.status).toBe('PENDING_DRAW');
    // Attended shifts: one ended yesterday (kept), one 40 days ago (dropped).
    for (const s of past.shifts) expect((await server.gql(SIGN_UP, { s }, me.headers)).data.signUp.status).toBe('CONFIRMED');
    await sql(`update signup set status = 'ATTENDED' where volunteer_id = ? and shift_id in (?, ?)`, [me.id, ...past.shifts]);
    await sql(`update shift set starts_at = now() - interval '26 hours', ends_at = now() - interval '24 hours' where id = ?`, [past.shifts[0]]);
    await sql(`update shift set starts_at = now() - interval '40 days', ends_at = now() - interval '40 days' + interval '2 hours' where id = ?`, [
      past.shifts[1],
    ]);

    expect((await server.gql(FEED, undefined, me.headers)).data.me.calendarFeed).toBeNull();
    expect(errorCode(await server.gql(RESET))).toBe('UNAUTHENTICATED');
    const created = (await server.gql(RESET, undefined, me.headers)).data.resetCalendarFeed;
    expect(created.url).toMatch(/^https?:\/\/[^/]+\/calendar\/axc_[A-Za-z0-9_-]{43}\.ics$/);
    expect((await server.gql(FEED, undefined, me.headers)).data.me.calendarFeed.url).toBe(created.url);
    // Nobody else sees it: not another volunteer, not platform staff.
    const seen = `query($id: ID!) { node(id: $id) { ... on Volunteer { calendarFeed { url } } } }`;
    expect((await server.gql(seen, { id: me.id }, other.headers)).data.node.calendarFeed).toBeNull();
    expect((await server.gql(seen, { id: me.id }, await signIn(server, DEMO.admin))).data.node.calendarFeed).toBeNull();

    const path = new URL(created.url).pathname;
    const { calendar, events } = await fetchFeed(path, 'private');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('爱心志愿 · 我的服务时段');
    expect(events.map((e) => e.uid)).toEqual([`${past.shifts[0]}@aixin`, `${confirmedShift}@aixin`]);
    const [{ starts_at, ends_at }] = await sql(`select starts_at, ends_at from shift where id = ?`, [confirmedShift]);
    expect(events[1]).toMatchObject({
      summary: '海口马拉松补给站志愿服务',
      location: `龙华区 ${ADDRESS}`,
      geo: [20.0305, 110.3312],
      // Whole seconds: DATE-TIME has no fractions.
      start: new Date(Math.floor(new Date(starts_at).getTime() / 1000) * 1000).toISOString(),
      end: new Date(Math.floor(new Date(ends_at).getTime() / 1000) * 1000).toISOString(),
      status: 'CONFIRMED',
    });
    expect(events[1].description).toContain('主办：龙华区青年志愿者协会');
    expect(events[1].url).toBe(`${new URL(created.url).origin}/projects/${projectId}/`);

    // Only the token's SHA-256 is stored, not the token.
    const token = path.slice('/calendar/'.length, -'.ics'.length);
    const [row] = await sql(`select token_hash, nonce from calendar_feed where volunteer_id = ?`, [me.id]);
    expect(Buffer.from(row.token_hash).equals(createHash('sha256').update(token).digest())).toBe(true);
    expect(Buffer.from(row.nonce).toString('hex')).not.toContain(Buffer.from(token).toString('hex'));

    // A cancelled sign-up leaves the calendar.
    await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: signed.data.signUp.id }, me.headers);
    expect(parse((await fetchIcs(path)).body).events.map((e) => e.uid)).toEqual([`${past.shifts[0]}@aixin`]);

    // A reset revokes the old address; revoking turns the feed off.
    const reset = (await server.gql(RESET, undefined, me.headers)).data.resetCalendarFeed;
    expect(reset.url).not.toBe(created.url);
    expect((await fetchIcs(path)).status).toBe(404);
    expect((await fetchIcs(new URL(reset.url).pathname)).status).toBe(200);
    expect((await server.gql(`mutation { revokeCalendarFeed }`, undefined, me.headers)).data.revokeCalendarFeed).toBe(true);
    expect((await fetchIcs(new URL(reset.url).pathname)).status).toBe(404);
    expect((await server.gql(`mutation { revokeCalendarFeed }`, undefined, me.headers)).data.revokeCalendarFeed).toBe(false);
    expect((await server.gql(FEED, undefined, me.headers)).data.me.calendarFeed).toBeNull();
  });

  it('answers 404 for unknown, malformed and extension-less addresses', async () => {
    expect((await fetchIcs(`/calendar/axc_${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchIcs('/calendar/not-a-token.ics')).status).toBe(404);
    expect((await fetchIcs(`/calendar/axc_${'A'.repeat(43)}`)).status).toBe(404);
    expect((await fetchIcs('/calendar/%E5%BF%97.ics')).status).toBe(404);
  });
});

describe('project calendars', () => {
  it('serve every shift of a published project, publicly, with stable UIDs and GEO', async () => {
    const { id, shifts } = await createProject({
      address: ADDRESS,
      location: { lat: 19.9924, lng: 110.3461 },
      shifts: [
        { startsAt: hours(48), endsAt: hours(50), capacity: 5 },
        { startsAt: hours(24), endsAt: hours(26), capacity: 5 },
      ],
    });
    const { calendar, events } = await fetchFeed(`/projects/${id}.ics`, 'public');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('海口马拉松补给站志愿服务 · 爱心志愿');
    // In time order (createProject lists shifts in time order too).
    expect(events.map((e) => e.uid)).toEqual([`${shifts[0]}@aixin`, `${shifts[1]}@aixin`]);
    expect(events[0].start < events[1].start).toBe(true);
    expect(events.every((e) => e.geo?.[0] === 19.9924 && e.geo?.[1] === 110.3461 && e.url?.endsWith(`/projects/${id}/`))).toBe(true);
    const again = parse((await fetchIcs(`/projects/${id}.ics`)).body).events;
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));

    // Without a location there is no GEO.
    const plain = await createProject({ title: '社区读书会', shifts: [{ startsAt: hours(30), endsAt: hours(31), capacity: 9 }] });
    const body = (await fetchIcs(`/projects/${plain.id}.ics`)).body;
    expect(body).not.toContain('\r\nGEO:');
    expect(parse(body).events).toHaveLength(1);

    // A cancelled project's events say so, for calendars that subscribed.
    await server.gql(`mutation($id: ID!) { cancelProject(id: $id, reason: "台风预警") { status } }`, { id }, coordinator);
    expect(parse((await fetchIcs(`/projects/${id}.ics`)).body).events.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
  });

  it('answers 404 for drafts, unknown and malformed projects, and leaves other files to the site', async () => {
    const draft = await createProject({ shifts: [{ startsAt: hours(30), endsAt: hours(31), capacity: 9 }] }, false);
    expect((await fetchIcs(`/projects/${draft.id}.ics`)).status).toBe(404);
    expect((await fetchIcs('/projects/prj_00000000000000000000000000.ics')).status).toBe(404);
    expect((await fetchIcs('/projects/nonsense.ics')).status).toBe(404);
    expect((await fetchIcs(`/projects/${orgId}.ics`)).status).toBe(404);
    // Not an .ics: the request passes on (here to the JSON 404; with a site, to the site).
    const other = await fetch(`${server.url}/projects/${draft.id}.txt`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/json');
  });
});
