// Fair allocation by lottery: the registration window, entries, a draw that runs once however
// many callers and processes try, reproducible from its public record, the waitlist in draw
// order, notifications through the outbox, and first come for places left after the draw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import { JobQueue } from '../../api/src/common/job-queue.js';
import { LotteryDraws } from '../../api/src/modules/lottery/draw-jobs.js';
import { databaseUrl } from '../helpers/database.js';
import { DRAW_ALGORITHM, drawOrder, seedCommitment, verifyDraw } from '../../api/src/modules/lottery/draw-order.js';
import { LotteryService } from '../../api/src/modules/lottery/lottery.service.js';
import { activitiesStage, type ActivitiesStage } from '../helpers/activities.js';
import { errorCode, testOrm } from '../helpers/api.js';
import type { CrowdMember } from '../helpers/crowd.js';

let stage: ActivitiesStage;
let orm: MikroORM;
let otherOrm: MikroORM; // a second connection pool, as a second API process would have
let server: ActivitiesStage['server'];
let coordinator: ActivitiesStage['coordinator'];
let orgId: string;
let crowd: CrowdMember[];
let sql: ActivitiesStage['sql'];
let next = 0;
const people = (n: number) => crowd.slice(next, (next += n));
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id allocation registrationOpensAt registrationClosesAt } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id status drawPosition waitlistPosition shift { confirmedCount waitlistCount entrantCount } } }`;
const DRAW = `mutation($id: ID!) { drawShift(id: $id) { id confirmedCount waitlistCount entrantCount draw { drawnAt seed entrantCount selectedCount } } }`;
const PUBLIC_DRAW = `query($id: ID!) { node(id: $id) { ... on Shift { capacity allocation registrationClosesAt entrantCount
  draw { algorithm seedCommitment seed drawnAt entrantCount selectedCount entries } } } }`;

function lotteryInput(shift: Record<string, unknown>) {
  return {
    organizationId: orgId,
    title: '测试活动：马拉松补给站（抽签）',
    summary: '名额抽签分配',
    district: '测试区',
    shifts: [{ startsAt: hours(48), endsAt: hours(52), capacity: 5, allocation: 'LOTTERY', registrationClosesAt: hours(24), ...shift }],
  };
}

async function lotteryShift(shift: Record<string, unknown> = {}): Promise<{ projectId: string; shiftId: string }> {
  const created = await server.gql(CREATE, { input: lotteryInput(shift) }, coordinator);
  expect(created.errors).toBeUndefined();
  const published = await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id: created.data.createProject.id }, coordinator);
  expect(published.errors).toBeUndefined();
  return { projectId: created.data.createProject.id, shiftId: created.data.createProject.shifts[0].id };
}

async function enter(shiftId: string, members: CrowdMember[]): Promise<string[]> {
  const replies = await Promise.all(members.map((m) => server.gql(SIGN_UP, { input: { shiftId } }, m.headers)));
  for (const r of replies) expect(r.data?.signUp?.status, JSON.stringify(r.errors)).toBe('PENDING_DRAW');
  return replies.map((r) => r.data.signUp.id);
}

/** Moves the registration window into the past: what the clock would do. */
async function closeRegistration(shiftId: string): Promise<void> {
  await sql(`update shift set registration_opens_at = null, registration_closes_at = now() - interval '1 second' where id = ?`, [shiftId]);
}

async function signupsOf(shiftId: string) {
  return sql<{ id: string; volunteer_id: string; status: string; draw_position: number | null }>(
    `select id, volunteer_id, status, draw_position from signup where shift_id = ? order by draw_position nulls last, created_at`,
    [shiftId],
  );
}

beforeAll(async () => {
  stage = await activitiesStage(160);
  ({ orm, server, coordinator, orgId, crowd, sql } = stage);
  otherOrm = await testOrm();
});
afterAll(async () => {
  await stage.close();
  await otherOrm.close();
});

describe('the registration window', () => {
  it('is required for a lottery, must close before the shift starts, opens before it closes, and belongs to lotteries only', async () => {
    const field = async (shift: Record<string, unknown>) => {
      const res = await server.gql(CREATE, { input: lotteryInput(shift) }, coordinator);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return `${res.errors![0].extensions!.field}:${res.errors![0].extensions!.reason}`;
    };
    expect(await field({ registrationClosesAt: null })).toBe('shifts.0.registrationClosesAt:REQUIRED');
    // Closing when the shift starts, or after: one instant for both, not two calls of the clock.
    const starts = hours(48);
    expect(await field({ startsAt: starts, registrationClosesAt: starts })).toBe('shifts.0.registrationClosesAt:REGISTRATION_CLOSES_TOO_LATE');
    expect(await field({ registrationClosesAt: hours(49) })).toBe('shifts.0.registrationClosesAt:REGISTRATION_CLOSES_TOO_LATE');
    expect(await field({ registrationOpensAt: hours(30), registrationClosesAt: hours(24) })).toBe('shifts.0.registrationOpensAt:END_BEFORE_START');
    expect(await field({ allocation: 'FIRST_COME' })).toBe('shifts.0.registrationClosesAt:REGISTRATION_WINDOW_LOTTERY_ONLY');
    expect(await field({ allocation: 'FIRST_COME', registrationClosesAt: null, registrationOpensAt: hours(1) })).toBe(
      'shifts.0.registrationOpensAt:REGISTRATION_WINDOW_LOTTERY_ONLY',
    );

    // A draft whose window has already closed cannot be published.
    const late = await server.gql(CREATE, { input: lotteryInput({ registrationClosesAt: hours(24) }) }, coordinator);
    await closeRegistration(late.data.createProject.shifts[0].id);
    const publish = await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id: late.data.createProject.id }, coordinator);
    expect(publish.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REGISTRATION_ALREADY_CLOSED' });

    // First come stays the default, with no window and no draw.
    const plain = await server.gql(CREATE, { input: { ...lotteryInput({}), shifts: [{ startsAt: hours(48), endsAt: hours(50), capacity: 3 }] } }, coordinator);
    expect(plain.data.createProject.shifts[0]).toMatchObject({ allocation: 'FIRST_COME', registrationOpensAt: null, registrationClosesAt: null });
  });

  it('is set while editing a draft too; each lottery shift gets its own 256-bit seed, gone with the shift', async () => {
    const created = await server.gql(CREATE, { input: lotteryInput({ allocation: 'FIRST_COME', registrationClosesAt: null }) }, coordinator);
    const id = created.data.createProject.id;
    const UPDATE = `mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { shifts { id allocation registrationOpensAt registrationClosesAt } } }`;
    const shift = (extra: Record<string, unknown>) => ({ startsAt: hours(48), endsAt: hours(50), capacity: 3, allocation: 'LOTTERY', ...extra });
    const bad = await server.gql(UPDATE, { id, input: { shifts: [shift({})] } }, coordinator);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shifts.0.registrationClosesAt' });

    const [opens, closes] = [hours(2), hours(24)];
    const updated = await server.gql(
      UPDATE,
      { id, input: { shifts: [shift({ registrationOpensAt: opens, registrationClosesAt: closes }), shift({ registrationClosesAt: closes })] } },
      coordinator,
    );
    const shifts = updated.data.updateProject.shifts;
    expect(
      shifts.map((s: any) => [
        s.allocation,
        s.registrationOpensAt && new Date(s.registrationOpensAt).toISOString(),
        new Date(s.registrationClosesAt).toISOString(),
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['LOTTERY', opens, closes],
        ['LOTTERY', null, closes],
      ]),
    );
    const draws = await sql(
      `select algorithm, seed from shift_draw where shift_id in (?, ?)`,
      shifts.map((s: any) => s.id),
    );
    expect(draws.map((d) => [d.algorithm, d.seed.length])).toEqual([
      [DRAW_ALGORITHM, 32],
      [DRAW_ALGORITHM, 32],
    ]);
    expect(draws[0].seed.equals(draws[1].seed)).toBe(false);

    // Replacing the shifts replaces their records.
    await server.gql(UPDATE, { id, input: { shifts: [shift({ registrationClosesAt: closes, capacity: 4 })] } }, coordinator);
    expect(
      await sql(
        `select 1 from shift_draw where shift_id in (?, ?)`,
        shifts.map((s: any) => s.id),
      ),
    ).toHaveLength(0);
  });

  it('refuses entries before it opens, takes entries (no places) while open, and refuses them between closing and the draw', async () => {
    const { shiftId } = await lotteryShift({ registrationOpensAt: hours(1), registrationClosesAt: hours(24) });
    const [a, b, c] = people(3);
    const early = await server.gql(SIGN_UP, { input: { shiftId } }, a.headers);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].extensions).toMatchObject({ field: 'shiftId', reason: 'REGISTRATION_NOT_OPEN' });

    await sql(`update shift set registration_opens_at = now() - interval '1 minute' where id = ?`, [shiftId]);
    const ra = await server.gql(SIGN_UP, { input: { shiftId } }, a.headers);
    expect(ra.data.signUp).toMatchObject({
      status: 'PENDING_DRAW',
      drawPosition: null,
      waitlistPosition: null,
      shift: { confirmedCount: 0, waitlistCount: 0, entrantCount: 1 },
    });
    const rb = await server.gql(SIGN_UP, { input: { shiftId } }, b.headers);
    expect(rb.data.signUp.shift.entrantCount).toBe(2);
    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId } }, a.headers))).toBe('CONFLICT');

    // An entry can be withdrawn, and entered again.
    const cancelled = await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status shift { entrantCount } } }`, { id: rb.data.signUp.id }, b.headers);
    expect(cancelled.data.cancelSignup).toEqual({ status: 'CANCELLED', shift: { entrantCount: 1 } });
    expect((await server.gql(SIGN_UP, { input: { shiftId } }, b.headers)).data.signUp.status).toBe('PENDING_DRAW');

    // Not before the window closes, and not by a volunteer.
    expect(errorCode(await server.gql(DRAW, { id: shiftId }, coordinator))).toBe('CONFLICT');
    expect(errorCode(await server.gql(DRAW, { id: shiftId }, a.headers))).toBe('FORBIDDEN');

    await closeRegistration(shiftId);
    const late = await server.gql(SIGN_UP, { input: { shiftId } }, c.headers);
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].extensions!.reason).toBe('DRAW_PENDING');
    const [shift] = await sql(`select entrant_count, confirmed_count, waitlist_count from shift where id = ?`, [shiftId]);
    expect(shift).toEqual({ entrant_count: 2, confirmed_count: 0, waitlist_count: 0 });
  });
});

describe('the draw', () => {
  it('runs once when two callers (and two processes) draw at the same moment; confirms up to capacity and waitlists the rest in draw order', async () => {
    const { shiftId } = await lotteryShift({ capacity: 5 });
    const entrants = people(12);
    const ids = await enter(shiftId, entrants);
    const before = await server.gql(PUBLIC_DRAW, { id: shiftId });
    const commitment = before.data.node.draw.seedCommitment;
    expect(before.data.node.draw).toMatchObject({ algorithm: DRAW_ALGORITHM, seed: null, drawnAt: null, entries: null });
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(before.data.node.entrantCount).toBe(12);

    await closeRegistration(shiftId);
    const [viaApi1, viaApi2, direct1, direct2] = await Promise.all([
      server.gql(DRAW, { id: shiftId }, coordinator),
      server.gql(DRAW, { id: shiftId }, coordinator),
      new LotteryService(orm.em.fork()).runDraw(shiftId),
      new LotteryService(otherOrm.em.fork()).runDraw(shiftId),
    ]);
    expect(viaApi1.errors).toBeUndefined();
    expect(viaApi2.errors).toBeUndefined();
    expect(viaApi1.data.drawShift).toMatchObject({ confirmedCount: 5, waitlistCount: 7, entrantCount: 0, draw: { entrantCount: 12, selectedCount: 5 } });
    expect(viaApi2.data.drawShift.draw).toEqual(viaApi1.data.drawShift.draw);
    // Of the two direct calls, at most one drew (the API calls may have been first).
    expect([direct1, direct2].filter(Boolean).length).toBeLessThanOrEqual(1);
    const notices = await sql(`select recipient_id, payload from outbox where topic = 'signup.drawn' and payload->>'shiftId' = ?`, [shiftId]);
    expect(notices).toHaveLength(12);

    const rows = await signupsOf(shiftId);
    expect(rows.map((r) => r.draw_position)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(rows.map((r) => r.status)).toEqual([...Array(5).fill('CONFIRMED'), ...Array(7).fill('WAITLISTED')]);
    const [shift] = await sql(`select capacity, confirmed_count, waitlist_count, entrant_count from shift where id = ?`, [shiftId]);
    expect(shift).toEqual({ capacity: 5, confirmed_count: 5, waitlist_count: 7, entrant_count: 0 });

    // Each volunteer is told their own result and place in the draw.
    for (const row of rows) {
      const note = notices.find((n) => n.payload.signupId === row.id)!;
      expect(note.recipient_id).toBe(row.volunteer_id);
      expect(note.payload).toMatchObject({ status: row.status, drawPosition: row.draw_position, entrants: 12, selected: 5 });
    }

    // The public record: seed revealed, matching the commitment published before; order = positions.
    const after = (await server.gql(PUBLIC_DRAW, { id: shiftId })).data.node.draw;
    expect(after.seedCommitment).toBe(commitment);
    expect(after.entries).toEqual(rows.map((r) => r.id));
    expect([...after.entries].sort()).toEqual([...ids].sort());

    // Waitlist positions follow the draw, whatever the order of arrival.
    const last = entrants[ids.indexOf(rows[11].id)];
    const mine = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Signup { status drawPosition waitlistPosition } } }`,
      { id: rows[11].id },
      last.headers,
    );
    expect(mine.data.node).toEqual({ status: 'WAITLISTED', drawPosition: 12, waitlistPosition: 7 });
  });

  it('is reproducible from its public record, by our function, by the verify-draw script, and independently in SQL', async () => {
    const { shiftId } = await lotteryShift({ capacity: 3 });
    await enter(shiftId, people(9));
    await closeRegistration(shiftId);
    expect((await server.gql(DRAW, { id: shiftId }, coordinator)).errors).toBeUndefined();
    const draw = (await server.gql(PUBLIC_DRAW, { id: shiftId })).data.node.draw;

    expect(verifyDraw(draw)).toEqual({ ok: true, problems: [] });
    const shuffled = [...draw.entries].reverse();
    expect(drawOrder(Buffer.from(draw.seed, 'hex'), shuffled)).toEqual(draw.entries);
    expect(seedCommitment(Buffer.from(draw.seed, 'hex'))).toBe(draw.seedCommitment);
    // A tampered record fails the check: another order, or another seed.
    const swapped = [draw.entries[1], draw.entries[0], ...draw.entries.slice(2)];
    expect(verifyDraw({ ...draw, entries: swapped }).ok).toBe(false);
    expect(verifyDraw({ ...draw, seed: 'ab'.repeat(32) }).problems).toContain('the seed does not match its commitment');

    // PostgreSQL's own sha256 gives the same order (an implementation that shares no code with ours).
    const inSql = await sql<{ id: string }>(
      `select id from jsonb_array_elements_text(?::jsonb) as id order by sha256(decode(?, 'hex') || convert_to(id, 'UTF8'))`,
      [JSON.stringify(shuffled), draw.seed],
    );
    expect(inSql.map((r) => r.id)).toEqual(draw.entries);

    // The command-line check anyone can run against a running API.
    const script = path.resolve(import.meta.dirname, '../../api/src/scripts/verify-draw.ts');
    const run = promisify(execFile);
    const ok = await run(process.execPath, ['--import', 'tsx', script, `${server.url}/graphql`, shiftId]);
    expect(ok.stdout).toContain('draw verified');
    const unknown = await run(process.execPath, ['--import', 'tsx', script, `${server.url}/graphql`, 'sft_00000000000000000000000000']).catch((e) => e);
    expect(unknown.code).toBe(1);
  });

  it('promotes from the waitlist in draw order when a place is freed', async () => {
    const { shiftId } = await lotteryShift({ capacity: 2 });
    const entrants = people(6);
    const ids = await enter(shiftId, entrants);
    await closeRegistration(shiftId);
    await new LotteryService(orm.em.fork()).runDraw(shiftId);
    const rows = await signupsOf(shiftId);
    // Make the first of the waitlist the newest arrival, so arrival order would pick someone else.
    await sql(`update signup set created_at = now() where id = ?`, [rows[2].id]);

    const first = rows[0];
    const who = entrants[ids.indexOf(first.id)];
    const res = await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: first.id }, who.headers);
    expect(res.data.cancelSignup.status).toBe('CANCELLED');
    const now = await signupsOf(shiftId);
    expect(now.find((r) => r.id === rows[2].id)!.status).toBe('CONFIRMED');
    expect(now.filter((r) => r.status === 'WAITLISTED').map((r) => r.draw_position)).toEqual([4, 5, 6]);
    const [promoted] = await sql(`select recipient_id from outbox where topic = 'signup.promoted' and payload->>'signupId' = ?`, [rows[2].id]);
    expect(promoted.recipient_id).toBe(rows[2].volunteer_id);
  });

  it('without a waitlist, cancels the entries not drawn; places left over after a draw go first come', async () => {
    const noWaitlist = await lotteryShift({ capacity: 2, waitlist: false });
    await enter(noWaitlist.shiftId, people(5));
    await closeRegistration(noWaitlist.shiftId);
    const result = await new LotteryService(orm.em.fork()).runDraw(noWaitlist.shiftId);
    expect(result).toMatchObject({ entrants: 5, confirmed: 2, waitlisted: 0, notSelected: 3 });
    const rows = await signupsOf(noWaitlist.shiftId);
    expect(rows.map((r) => [r.status, r.draw_position])).toEqual([
      ['CONFIRMED', 1],
      ['CONFIRMED', 2],
      ['CANCELLED', 3],
      ['CANCELLED', 4],
      ['CANCELLED', 5],
    ]);
    const statuses = await sql(
      `select payload->>'status' as status from outbox where topic = 'signup.drawn' and payload->>'shiftId' = ? order by (payload->>'drawPosition')::int`,
      [noWaitlist.shiftId],
    );
    expect(statuses.map((s) => s.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect(errorCode(await server.gql(SIGN_UP, { input: { shiftId: noWaitlist.shiftId } }, people(1)[0].headers))).toBe('CAPACITY_REACHED');

    // Fewer entries than places: the rest are taken first come, then the waitlist.
    const spare = await lotteryShift({ capacity: 4 });
    await enter(spare.shiftId, people(2));
    await closeRegistration(spare.shiftId);
    await new LotteryService(orm.em.fork()).runDraw(spare.shiftId);
    const late = await Promise.all(people(3).map((m) => server.gql(SIGN_UP, { input: { shiftId: spare.shiftId } }, m.headers)));
    expect(late.map((r) => r.data.signUp.status).sort()).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    expect(late.every((r) => r.data.signUp.drawPosition === null)).toBe(true);
    const [shift] = await sql(`select confirmed_count, waitlist_count from shift where id = ?`, [spare.shiftId]);
    expect(shift).toEqual({ confirmed_count: 4, waitlist_count: 1 });
  });

  it('shows each volunteer their own entry (viewerDrawEntry) before and after the draw, a not-selected one too', async () => {
    const { shiftId } = await lotteryShift({ capacity: 1, waitlist: false });
    const [a, b, c, d] = people(4);
    await enter(shiftId, [a, b]);
    const VIEW = `query($id: ID!) { node(id: $id) { ... on Shift { viewerSignup { id status } viewerDrawEntry { id status drawPosition } } } }`;
    const view = async (headers?: Record<string, string>) => (await server.gql(VIEW, { id: shiftId }, headers)).data.node;
    const pending = await view(a.headers);
    expect(pending.viewerDrawEntry).toMatchObject({ status: 'PENDING_DRAW', drawPosition: null });
    expect(pending.viewerSignup.id).toBe(pending.viewerDrawEntry.id);
    // A withdrawn entry is no entry; nor is anything for someone who did not enter, or the public.
    const [withdrawn] = await enter(shiftId, [c]);
    await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: withdrawn }, c.headers);
    for (const headers of [c.headers, d.headers, undefined]) expect(await view(headers)).toEqual({ viewerSignup: null, viewerDrawEntry: null });

    await closeRegistration(shiftId);
    await new LotteryService(orm.em.fork()).runDraw(shiftId);
    const [first, second] = (await Promise.all([view(a.headers), view(b.headers)])).sort(
      (x, y) => x.viewerDrawEntry.drawPosition - y.viewerDrawEntry.drawPosition,
    );
    expect(first).toMatchObject({ viewerSignup: { status: 'CONFIRMED' }, viewerDrawEntry: { status: 'CONFIRMED', drawPosition: 1 } });
    // Not selected: no live sign-up any more, but the entry and its place in the draw remain theirs to see.
    expect(second).toEqual({ viewerSignup: null, viewerDrawEntry: { id: expect.stringMatching(/^sgn_/), status: 'CANCELLED', drawPosition: 2 } });
    expect(await view(c.headers)).toEqual({ viewerSignup: null, viewerDrawEntry: null });
  });

  it('lets no entry slip in around the draw: entries racing the closing and the draw are either drawn or refused', async () => {
    const { shiftId } = await lotteryShift({ capacity: 10 });
    await enter(shiftId, people(10));
    const racers = people(40);
    const racing = Promise.all(racers.map((m) => server.gql(SIGN_UP, { input: { shiftId } }, m.headers)));
    await closeRegistration(shiftId);
    const draws = Promise.all([new LotteryService(orm.em.fork()).runDraw(shiftId), new LotteryService(otherOrm.em.fork()).runDraw(shiftId)]);
    const [replies, results] = await Promise.all([racing, draws]);
    expect(results.filter(Boolean)).toHaveLength(1);

    const record = (await server.gql(PUBLIC_DRAW, { id: shiftId })).data.node.draw;
    const rows = await signupsOf(shiftId);
    expect(rows.filter((r) => r.status === 'PENDING_DRAW')).toHaveLength(0);
    // Exactly the sign-ups with a draw position are in the record, in that order.
    expect(rows.filter((r) => r.draw_position !== null).map((r) => r.id)).toEqual(record.entries);
    for (const r of replies) {
      const outcome = r.data?.signUp?.status ?? r.errors?.[0]?.extensions?.reason ?? errorCode(r);
      expect(['PENDING_DRAW', 'DRAW_PENDING', 'CONFIRMED', 'WAITLISTED']).toContain(outcome);
    }
    const [shift] = await sql(`select capacity, confirmed_count, waitlist_count, entrant_count from shift where id = ?`, [shiftId]);
    const [counts] = await sql(
      `select count(*) filter (where status = 'CONFIRMED')::int as c, count(*) filter (where status = 'WAITLISTED')::int as w from signup where shift_id = ?`,
      [shiftId],
    );
    expect(shift.confirmed_count).toBe(counts.c);
    expect(shift.waitlist_count).toBe(counts.w);
    expect(shift.confirmed_count).toBeLessThanOrEqual(shift.capacity);
    expect(shift.entrant_count).toBe(0);
  });

  it('is drawn by the job queues of two processes when registration closes, each shift once', async () => {
    // Two processes' queues (each with its own connection pool), both running jobs.
    const queues = [orm, otherOrm].map(
      () => new JobQueue({ databaseUrl: databaseUrl(), workers: 2, pollSeconds: 0.5, maintenanceSeconds: 30, log: () => undefined }),
    );
    let drawn = 0;
    const draws = [orm, otherOrm].map((o, i) => new LotteryDraws(o, queues[i], undefined, () => drawn++));
    try {
      for (const q of queues) await q.start();
      for (const d of draws) await d.work();
      const closesAt = new Date(Date.now() + 6_000);
      const shifts = await Promise.all([1, 2, 3].map(() => lotteryShift({ capacity: 2, registrationClosesAt: closesAt.toISOString() })));
      // Publishing sends the draws (here: from both processes, as if each had published; the second send is the same job).
      const projectIds = shifts.map((s) => s.projectId);
      expect(await draws[0].schedule(projectIds)).toBe(3);
      expect(await draws[1].schedule(projectIds)).toBe(3);
      const ids = shifts.map((s) => s.shiftId);
      const [{ jobs }] = await sql(`select count(*)::int as jobs from pgboss.job where name = 'lottery.draw' and data->>'shiftId' in (?, ?, ?)`, ids);
      expect(jobs).toBe(3);
      for (const { shiftId } of shifts) await enter(shiftId, people(4));
      expect((await sql(`select count(*)::int as n from shift where id in (?, ?, ?) and drawn_at is not null`, ids))[0].n).toBe(0);

      for (let i = 0; i < 150; i++) {
        const [{ n }] = await sql(`select count(*)::int as n from shift where id in (?, ?, ?) and drawn_at is not null`, ids);
        if (n === 3) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const id of ids) {
        const [draw] = await sql(
          `select jsonb_array_length(entries) as n, selected_count, drawn_at >= ? as on_time from shift_draw where shift_id = ? and drawn_at is not null`,
          [closesAt, id],
        );
        expect(draw).toEqual({ n: 4, selected_count: 2, on_time: true });
        const [{ notes }] = await sql(`select count(*)::int as notes from outbox where topic = 'signup.drawn' and payload->>'shiftId' = ?`, [id]);
        expect(notes).toBe(4);
      }
      // Each draw was made once, by one process or the other, and its job is done.
      expect(drawn).toBe(3);
      // The queue marks a job done once its handler has returned, a moment after the draw is written.
      const states = async () =>
        (await sql(`select state from pgboss.job where name = 'lottery.draw' and data->>'shiftId' in (?, ?, ?)`, ids)).map((r) => r.state);
      await expect.poll(states, { timeout: 10_000, interval: 100 }).toEqual(['completed', 'completed', 'completed']);
    } finally {
      await Promise.all(queues.map((q) => q.stop()));
    }
  });

  it('never draws a cancelled project; its entrants are told of the cancellation', async () => {
    const { projectId, shiftId } = await lotteryShift({ capacity: 2 });
    const entrants = people(3);
    await enter(shiftId, entrants);
    const res = await server.gql(`mutation($id: ID!) { cancelProject(id: $id, reason: "场地临时关闭") { status } }`, { id: projectId }, coordinator);
    expect(res.data.cancelProject.status).toBe('CANCELLED');
    await closeRegistration(shiftId);
    expect((await new LotteryService(orm.em.fork()).undrawn()).map((s) => s.shiftId)).not.toContain(shiftId);
    expect(await new LotteryService(orm.em.fork()).runDraw(shiftId)).toBeNull();
    expect(errorCode(await server.gql(DRAW, { id: shiftId }, coordinator))).toBe('CONFLICT');
    const notes = await sql(`select recipient_id from outbox where topic = 'project.cancelled' and payload->>'projectId' = ?`, [projectId]);
    expect(notes.map((n) => n.recipient_id).sort()).toEqual(entrants.map((m) => m.id).sort());
    const [shift] = await sql(`select entrant_count, drawn_at from shift where id = ?`, [shiftId]);
    expect(shift).toEqual({ entrant_count: 0, drawn_at: null });
  });

  it('refuses drawShift for first-come shifts and unknown IDs', async () => {
    const { shiftId } = await lotteryShift({ allocation: 'FIRST_COME', registrationClosesAt: null });
    expect(errorCode(await server.gql(DRAW, { id: shiftId }, coordinator))).toBe('CONFLICT');
    expect(errorCode(await server.gql(DRAW, { id: 'sft_00000000000000000000000000' }, coordinator))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(DRAW, { id: 'nonsense' }, coordinator))).toBe('NOT_FOUND');
    expect((await server.gql(PUBLIC_DRAW, { id: shiftId })).data.node).toMatchObject({ allocation: 'FIRST_COME', draw: null });
  });
});
