// Publishing activities and signing up: capacity, waitlist, promotion, idempotency,
// check-in and cancellation, over HTTP against the run's PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { checkInCode } from '../../api/src/modules/signup/check-in-code.js';
import { errorCode, testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let coordinator: Record<string, string>;
let orgId: string;
let crowd: CrowdMember[];
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id status shifts { id capacity remaining } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id status waitlistPosition shift { id confirmedCount waitlistCount remaining } } }`;

async function publishedShift(capacity: number, waitlist = true, startsInHours = 48): Promise<{ projectId: string; shiftId: string }> {
  const created = await server.gql(
    CREATE,
    {
      input: {
        organizationId: orgId,
        title: '测试活动：社区义诊',
        summary: '测试用的志愿活动',
        district: '测试区',
        location: { lat: 20.03, lng: 110.33 },
        shifts: [{ startsAt: hours(startsInHours), endsAt: hours(startsInHours + 3), capacity, waitlist }],
      },
    },
    coordinator,
  );
  expect(created.errors).toBeUndefined();
  const project = created.data.createProject;
  expect(project.status).toBe('DRAFT');
  const published = await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id: project.id }, coordinator);
  expect(published.data.publishProject.status).toBe('PUBLISHED');
  return { projectId: project.id, shiftId: project.shifts[0].id };
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  coordinator = await signIn(server, DEMO.coordinator);
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  crowd = await createCrowd(databaseUrl(), 40);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('publishing', () => {
  it('lets only managers of an approved organisation create, and only drafts with future shifts publish', async () => {
    const input = { organizationId: orgId, title: '测试', summary: '测试', shifts: [{ startsAt: hours(24), endsAt: hours(26), capacity: 5 }] };
    expect(errorCode(await server.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(CREATE, { input }, await signIn(server, DEMO.volunteer)))).toBe('FORBIDDEN');
    const bad = await server.gql(CREATE, { input: { ...input, shifts: [{ startsAt: hours(24), endsAt: hours(23), capacity: 5 }] } }, coordinator);
    expect(bad.errors![0].extensions!.field).toBe('shifts.0.endsAt');
    const none = await server.gql(CREATE, { input: { ...input, shifts: [] } }, coordinator);
    expect(none.errors![0].extensions!.field).toBe('shifts');

    const past = await server.gql(CREATE, { input: { ...input, shifts: [{ startsAt: hours(-2), endsAt: hours(-1), capacity: 5 }] } }, coordinator);
    const publish = await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id: past.data.createProject.id }, coordinator);
    expect(errorCode(publish)).toBe('BAD_USER_INPUT');
    // A draft is invisible to the public.
    expect((await server.gql(`query($id: ID!) { project(id: $id) { id } }`, { id: past.data.createProject.id })).data.project).toBeNull();
  });
});

describe('creating with an idempotency key', () => {
  it('makes one draft from concurrent replays, returns it again, and refuses the key with other input', async () => {
    const key = `create-${Date.now()}`;
    const input = {
      organizationId: orgId,
      title: '测试：重试不重复',
      summary: '同一个键只建一个草稿',
      district: '测试区',
      shifts: [{ startsAt: hours(30), endsAt: hours(32), capacity: 4 }],
      idempotencyKey: key,
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => server.gql(CREATE, { input }, coordinator)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data.createProject.id));
    expect(ids.size).toBe(1);
    const [id] = ids;
    expect(await sql(`select id from project where title = ? and organization_id = ?`, [input.title, orgId])).toEqual([{ id }]);
    expect((await server.gql(CREATE, { input }, coordinator)).data.createProject).toMatchObject({ id, status: 'DRAFT', shifts: [{ capacity: 4 }] });
    expect(errorCode(await server.gql(CREATE, { input: { ...input, title: '测试：换了标题' } }, coordinator))).toBe('IDEMPOTENCY_KEY_REUSED');
    // One key row for all of them.
    const [{ n }] = await sql(`select count(*)::int as n from idempotency_key where operation = 'createProject' and key = ?`, [key]);
    expect(n).toBe(1);
  });
});

describe('signUp', () => {
  it('confirms until the shift is full, then waitlists in order, then promotes on cancel', async () => {
    const { shiftId } = await publishedShift(2);
    const [a, b, c, d] = crowd;
    const ra = await server.gql(SIGN_UP, { input: { shiftId } }, a.headers);
    const rb = await server.gql(SIGN_UP, { input: { shiftId } }, b.headers);
    const rc = await server.gql(SIGN_UP, { input: { shiftId } }, c.headers);
    const rd = await server.gql(SIGN_UP, { input: { shiftId } }, d.headers);
    expect([ra, rb, rc, rd].map((r) => r.data.signUp.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
    expect(rc.data.signUp.waitlistPosition).toBe(1);
    expect(rd.data.signUp.waitlistPosition).toBe(2);
    expect(rd.data.signUp.shift).toMatchObject({ confirmedCount: 2, waitlistCount: 2, remaining: 0 });

    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId } }, a.headers))).toBe('CONFLICT');

    const cancel = await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: ra.data.signUp.id }, a.headers);
    expect(cancel.data.cancelSignup.status).toBe('CANCELLED');
    const statuses = await sql(`select id, status from signup where shift_id = ? order by created_at`, [shiftId]);
    expect(statuses.find((s) => s.id === rc.data.signUp.id)!.status).toBe('CONFIRMED');
    expect(statuses.find((s) => s.id === rd.data.signUp.id)!.status).toBe('WAITLISTED');
    const [shift] = await sql(`select confirmed_count, waitlist_count from shift where id = ?`, [shiftId]);
    expect(shift).toEqual({ confirmed_count: 2, waitlist_count: 1 });
    const [outbox] = await sql(`select topic, recipient_id from outbox where payload->>'signupId' = ?`, [rc.data.signUp.id]);
    expect(outbox).toEqual({ topic: 'signup.promoted', recipient_id: c.id });

    // Someone else cannot cancel another's sign-up.
    expect(errorCode(await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: rb.data.signUp.id }, d.headers))).toBe('FORBIDDEN');
    // Cancelled, the volunteer may sign up again (and waits behind the queue).
    const again = await server.gql(SIGN_UP, { input: { shiftId } }, a.headers);
    expect(again.data.signUp.status).toBe('WAITLISTED');
    expect(again.data.signUp.waitlistPosition).toBe(2);
  });

  it('refuses a place at the same time as a confirmed one, naming the other activity; a waitlisted clash is skipped on promotion', async () => {
    const [first, second] = await Promise.all([publishedShift(1, true, 300), publishedShift(1, true, 301)]);
    const other = await publishedShift(5, true, 304);
    const me = await createCrowd(databaseUrl(), 3);
    expect((await server.gql(SIGN_UP, { input: { shiftId: first.shiftId } }, me[0].headers)).data.signUp.status).toBe('CONFIRMED');
    // 301–304 h overlaps 300–303 h.
    const clash = await server.gql(SIGN_UP, { input: { shiftId: second.shiftId } }, me[0].headers);
    expect(errorCode(clash)).toBe('CONFLICT');
    expect(clash.errors![0].extensions).toMatchObject({
      reason: 'OVERLAPPING_SIGNUP',
      conflictingShiftId: first.shiftId,
      conflictingTitle: '测试活动：社区义诊',
    });
    // The other shift's times, for the client to say when it is (300–303 h from now).
    const { conflictingStartsAt, conflictingEndsAt } = clash.errors![0].extensions as Record<string, string>;
    expect(Date.parse(conflictingEndsAt) - Date.parse(conflictingStartsAt)).toBe(3 * 3_600_000);
    expect(Math.round((Date.parse(conflictingStartsAt) - Date.now()) / 3_600_000)).toBe(300);
    const [{ n }] = await sql(`select count(*)::int as n from signup where shift_id = ?`, [second.shiftId]);
    expect(n).toBe(0);
    // Back to back (ends as the other starts) is fine.
    expect((await server.gql(SIGN_UP, { input: { shiftId: other.shiftId } }, me[0].headers)).data.signUp.status).toBe('CONFIRMED');

    // me[1] holds `second`, so cannot sign up for `first` at all.
    expect((await server.gql(SIGN_UP, { input: { shiftId: second.shiftId } }, me[1].headers)).data.signUp.status).toBe('CONFIRMED');
    expect((await server.gql(SIGN_UP, { input: { shiftId: first.shiftId } }, me[1].headers)).errors![0].extensions!.reason).toBe('OVERLAPPING_SIGNUP');
    // me[2] waits for `first`; me[0] cancels: me[2] gets the place.
    expect((await server.gql(SIGN_UP, { input: { shiftId: first.shiftId } }, me[2].headers)).data.signUp.status).toBe('WAITLISTED');
    const [mine] = await sql(`select id from signup where shift_id = ? and volunteer_id = ?`, [first.shiftId, me[0].id]);
    await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: mine.id }, me[0].headers);
    const [promoted] = await sql(`select volunteer_id from signup where shift_id = ? and status = 'CONFIRMED'`, [first.shiftId]);
    expect(promoted.volunteer_id).toBe(me[2].id);
  });

  it('skips, on promotion, a waitlisted volunteer who took a place at the same time elsewhere', async () => {
    const [first, second] = await Promise.all([publishedShift(1, true, 320), publishedShift(1, true, 321)]);
    const me = await createCrowd(databaseUrl(), 3);
    expect((await server.gql(SIGN_UP, { input: { shiftId: first.shiftId } }, me[0].headers)).data.signUp.status).toBe('CONFIRMED');
    // me[1] joins first's waitlist, then takes a place at second (overlapping): allowed, as waiting holds no place.
    expect((await server.gql(SIGN_UP, { input: { shiftId: first.shiftId } }, me[1].headers)).data.signUp.status).toBe('WAITLISTED');
    expect((await server.gql(SIGN_UP, { input: { shiftId: first.shiftId } }, me[2].headers)).data.signUp.status).toBe('WAITLISTED');
    expect((await server.gql(SIGN_UP, { input: { shiftId: second.shiftId } }, me[1].headers)).data.signUp.status).toBe('CONFIRMED');
    const [mine] = await sql(`select id from signup where shift_id = ? and volunteer_id = ?`, [first.shiftId, me[0].id]);
    await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: mine.id }, me[0].headers);
    const rows = await sql(`select volunteer_id, status from signup where shift_id = ? and status <> 'CANCELLED' order by created_at`, [first.shiftId]);
    expect(rows).toEqual([
      { volunteer_id: me[1].id, status: 'WAITLISTED' },
      { volunteer_id: me[2].id, status: 'CONFIRMED' },
    ]);
  });

  it('answers CAPACITY_REACHED when a full shift has no waitlist', async () => {
    const { shiftId } = await publishedShift(1, false);
    expect((await server.gql(SIGN_UP, { input: { shiftId } }, crowd[5].headers)).data.signUp.status).toBe('CONFIRMED');
    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId } }, crowd[6].headers))).toBe('CAPACITY_REACHED');
  });

  it('closes sign-ups when the shift starts, and refuses unknown shifts', async () => {
    const { shiftId } = await publishedShift(3);
    await sql(`update shift set starts_at = now() - interval '1 minute' where id = ?`, [shiftId]);
    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId } }, crowd[7].headers))).toBe('CONFLICT');
    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId: 'sft_00000000000000000000000000' } }, crowd[7].headers))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId } }))).toBe('UNAUTHENTICATED');
  });

  it('replays an idempotency key, refuses it with other input, and makes one sign-up from 100 concurrent replays', async () => {
    const one = await publishedShift(5);
    const two = await publishedShift(5);
    const who = crowd[8];
    const key = `key-${Date.now()}`;
    const replies = await Promise.all(
      Array.from({ length: 100 }, () => server.gql(SIGN_UP, { input: { shiftId: one.shiftId, idempotencyKey: key } }, who.headers)),
    );
    const ids = new Set(replies.map((r) => r.data?.signUp?.id));
    expect(replies.every((r) => !r.errors)).toBe(true);
    expect(ids.size).toBe(1);
    expect((await sql(`select count(*)::int as n from signup where shift_id = ?`, [one.shiftId]))[0].n).toBe(1);
    const reused = await server.gql(SIGN_UP, { input: { shiftId: two.shiftId, idempotencyKey: key } }, who.headers);
    expect(errorCode(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId: two.shiftId, idempotencyKey: '' } }, who.headers))).toBe('BAD_USER_INPUT');
  });

  it('keeps confirmed within capacity under concurrent cancels and sign-ups', async () => {
    const { shiftId } = await publishedShift(10);
    const first = await Promise.all(crowd.slice(10, 25).map((m) => server.gql(SIGN_UP, { input: { shiftId } }, m.headers)));
    const confirmed = first.filter((r) => r.data.signUp.status === 'CONFIRMED');
    expect(confirmed).toHaveLength(10);
    await Promise.all([
      ...confirmed
        .slice(0, 6)
        .map((r, i) =>
          server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { id } }`, { id: r.data.signUp.id }, crowd[10 + first.indexOf(r)].headers).then(() => i),
        ),
      ...crowd.slice(25, 40).map((m) => server.gql(SIGN_UP, { input: { shiftId } }, m.headers)),
    ]);
    const [shift] = await sql(`select capacity, confirmed_count, waitlist_count from shift where id = ?`, [shiftId]);
    const [counts] = await sql(
      `select count(*) filter (where status = 'CONFIRMED')::int as c, count(*) filter (where status = 'WAITLISTED')::int as w from signup where shift_id = ?`,
      [shiftId],
    );
    expect(shift.confirmed_count).toBe(counts.c);
    expect(shift.waitlist_count).toBe(counts.w);
    expect(shift.confirmed_count).toBe(10);
  });
});

describe('attendance and the coordinator view', () => {
  it('checks in with the rotating code in the shift window; coordinators see code and sign-ups, and mark no-shows', async () => {
    const { shiftId } = await publishedShift(5, true, 0.5);
    const who = crowd[9];
    const { data } = await server.gql(SIGN_UP, { input: { shiftId } }, who.headers);
    const codeView = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Shift { checkInCode { code qrPayload } signups(first: 10) { totalCount nodes { id volunteer { id } } } } } }`,
      { id: shiftId },
      coordinator,
    );
    const code = codeView.data.node.checkInCode.code;
    expect(code).toMatch(/^\d{6}$/);
    expect(code).toBe(checkInCode(PersonalDataVault.fromEnvironment(inject('dataDir'), false), shiftId));
    expect(codeView.data.node.checkInCode.qrPayload).toContain(shiftId);
    expect(codeView.data.node.signups.nodes.map((s: any) => s.volunteer.id)).toContain(who.id);
    const asVolunteer = await server.gql(`query($id: ID!) { node(id: $id) { ... on Shift { checkInCode { code } } } }`, { id: shiftId }, who.headers);
    expect(asVolunteer.errors![0].extensions!.code).toBe('FORBIDDEN');

    const wrong = await server.gql(
      `mutation($i: CheckInInput!) { checkIn(input: $i) { status } }`,
      { i: { signupId: data.signUp.id, code: code === '000000' ? '111111' : '000000' } },
      who.headers,
    );
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const ok = await server.gql(
      `mutation($i: CheckInInput!) { checkIn(input: $i) { status checkedInAt } }`,
      { i: { signupId: data.signUp.id, code } },
      who.headers,
    );
    expect(ok.data.checkIn.status).toBe('ATTENDED');

    const early = await server.gql(`mutation($id: ID!) { markNoShow(signupId: $id) { status } }`, { id: data.signUp.id }, coordinator);
    expect(errorCode(early)).toBe('CONFLICT');
    await sql(`update shift set starts_at = now() - interval '5 minutes' where id = ?`, [shiftId]);
    const noShow = await server.gql(`mutation($id: ID!) { markNoShow(signupId: $id) { status } }`, { id: data.signUp.id }, coordinator);
    expect(noShow.data.markNoShow.status).toBe('NO_SHOW');
  });

  it('shows volunteers their own sign-ups, newest first, and hides them from others', async () => {
    const who = crowd[10];
    const mine = await server.gql(`{ me { signups(first: 50) { totalCount nodes { status shift { project { title } } } } } }`, undefined, who.headers);
    expect(mine.data.me.signups.totalCount).toBeGreaterThan(0);
    const other = await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { signups { totalCount } } } }`, { id: who.id }, crowd[11].headers);
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
    const demo = await server.gql(`{ me { signups(first: 100) { totalCount } } }`, undefined, await signIn(server, DEMO.volunteer));
    expect(demo.data.me.signups.totalCount).toBeGreaterThan(0);
  });

  it('pages a volunteer’s sign-ups newest first with their shifts as the database has them, for them and platform staff', async () => {
    const volunteer = await signIn(server, DEMO.volunteer);
    const { id } = (await server.gql(`{ me { id } }`, undefined, volunteer)).data.me;
    const expected = await sql<{ id: string; status: string; shift_id: string; starts_at: Date; remaining: number; title: string }>(
      `select g.id, g.status, g.shift_id, s.starts_at, greatest(0, s.capacity - s.confirmed_count) as remaining, p.title
         from signup g join shift s on s.id = g.shift_id join project p on p.id = s.project_id
        where g.volunteer_id = ? order by g.id desc`,
      [id],
    );
    expect(expected.length).toBeGreaterThan(3);
    const PAGE = `query($after: String) { me { signups(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id status shift { id startsAt remaining project { title } } volunteer { id } } } } }`;
    type SignupPage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: unknown[] };
    const seen: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<{ me: { signups: SignupPage } }> = await server.gql(PAGE, { after }, volunteer);
      expect(res.errors).toBeUndefined();
      const page = res.data!.me.signups;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(
      expected.map((e) => ({
        id: e.id,
        status: e.status,
        shift: { id: e.shift_id, startsAt: new Date(e.starts_at).toISOString(), remaining: e.remaining, project: { title: e.title } },
        volunteer: { id },
      })),
    );
    // Platform staff read the same list; a cursor from another list is refused.
    const staff = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Volunteer { signups(first: 100) { nodes { id } } } } }`,
      { id },
      await signIn(server, DEMO.admin),
    );
    expect(staff.data.node.signups.nodes.map((n: { id: string }) => n.id)).toEqual(expected.map((e) => e.id));
    expect(errorCode(await server.gql(PAGE, { after: 'bm90IGEgY3Vyc29y' }, volunteer))).toBe('BAD_USER_INPUT');
  });

  it('cancels a project with every sign-up, telling each volunteer through the outbox', async () => {
    // Later than the shift the crowd filled above: whoever got a place there is not refused here for overlapping it.
    const { projectId, shiftId } = await publishedShift(2, true, 400);
    const signed = await Promise.all(crowd.slice(30, 33).map((m) => server.gql(SIGN_UP, { input: { shiftId } }, m.headers)));
    expect(signed.map((r) => r.data.signUp.status).sort()).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    const res = await server.gql(`mutation($id: ID!) { cancelProject(id: $id, reason: "台风预警，活动取消") { status } }`, { id: projectId }, coordinator);
    expect(res.data.cancelProject.status).toBe('CANCELLED');
    const notes = await sql(`select recipient_id from outbox where topic = 'project.cancelled' and payload->>'projectId' = ?`, [projectId]);
    expect(notes.map((n) => n.recipient_id).sort()).toEqual(
      crowd
        .slice(30, 33)
        .map((m) => m.id)
        .sort(),
    );
    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId } }, crowd[34].headers))).toBe('CONFLICT');
  });
});
