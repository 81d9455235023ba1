// Moving and cancelling one shift of a published activity (moveShift, cancelShift) over HTTP
// against PostgreSQL: who may, each refusal with its code and field, who is told (one message per
// volunteer holding or waiting for a place, none to those who cancelled), what a cancellation
// frees (its own sign-ups, nothing else), and the reminders and draws that follow the new times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobName, JobQueue } from '../../api/src/common/job-queue.js';
import { LotteryService } from '../../api/src/modules/lottery/lottery.service.js';
import { messageEmail } from '../../api/src/modules/outbox/message-email.js';
import { OutboxTopic } from '../../api/src/modules/outbox/outbox.queries.js';
import { remindShift } from '../../api/src/modules/signup/reminder.queries.js';
import { ShiftReminders } from '../../api/src/modules/signup/reminder-jobs.js';
import { activitiesStage, type ActivitiesStage } from '../helpers/activities.js';
import { errorCode, type GraphQLResponse } from '../helpers/api.js';
import { databaseUrl } from '../helpers/database.js';

let stage: ActivitiesStage;
let queue: JobQueue;
let reminders: ShiftReminders;
const scheduled: Promise<unknown>[] = [];

// Hours from the file's start, in whole seconds (as the API answers them): the same instant whenever it is asked for.
const base = Math.round(Date.now() / 1000) * 1000;
const at = (h: number) => new Date(base + h * 3_600_000).toISOString();

const MOVE = `mutation($input: MoveShiftInput!) { moveShift(input: $input) { notified shift { id startsAt endsAt cancelledAt } project { id startsAt endsAt status } } }`;
const CANCEL = `mutation($input: CancelShiftInput!) { cancelShift(input: $input) { notified shift { id cancelledAt confirmedCount waitlistCount } project { id status startsAt shifts { id } } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id status } }`;

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** The first error's code, field and reason. */
function refusal(res: GraphQLResponse): { code?: string; field?: string; reason?: string } {
  const { code, field, reason } = res.errors?.[0]?.extensions ?? {};
  return JSON.parse(JSON.stringify({ code, field, reason }));
}

interface ShiftSpec {
  startsInHours: number;
  capacity?: number;
  lotteryClosesInHours?: number;
}

/** An activity of the demo coordinator's team with these shifts (three hours each), published unless `draft`. */
async function activity(title: string, shifts: ShiftSpec[], { draft = false } = {}): Promise<{ projectId: string; shiftIds: string[] }> {
  const { server, coordinator, orgId } = stage;
  const created = ok(
    await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgId,
          title,
          summary: '时段调整测试',
          shifts: shifts.map((s) => ({
            startsAt: at(s.startsInHours),
            endsAt: at(s.startsInHours + 3),
            capacity: s.capacity ?? 1,
            waitlist: true,
            ...(s.lotteryClosesInHours ? { allocation: 'LOTTERY', registrationClosesAt: at(s.lotteryClosesInHours) } : {}),
          })),
        },
      },
      coordinator,
    ),
  ).createProject;
  if (!draft) ok(await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.id }, coordinator));
  return { projectId: created.id, shiftIds: created.shifts.map((s: { id: string }) => s.id) };
}

const move = (shiftId: string, startsAt: string, endsAt: string, reason = '场地临时维修', headers = stage.coordinator) =>
  stage.server.gql(MOVE, { input: { shiftId, startsAt, endsAt, reason } }, headers);
const cancel = (shiftId: string, reason = '天气原因', headers = stage.coordinator) => stage.server.gql(CANCEL, { input: { shiftId, reason } }, headers);
const signUp = (shiftId: string, headers: Record<string, string>) => stage.server.gql(SIGN_UP, { input: { shiftId } }, headers);

beforeAll(async () => {
  // A queue that only sends (no worker), so the jobs a move sends can be read as they are.
  queue = new JobQueue({ databaseUrl: databaseUrl(), workers: 0, pollSeconds: 0.5, maintenanceSeconds: 30, log: () => undefined });
  await queue.start();
  stage = await activitiesStage(8, { onProjectsPublished: (ids) => void scheduled.push(reminders.schedule(ids)) });
  reminders = new ShiftReminders(stage.orm, queue, [24, 2]);
});

afterAll(async () => {
  await queue?.stop();
  await stage?.close();
});

describe('moveShift and cancelShift', () => {
  it('are refused to the signed-out and to a volunteer who does not manage the team', async () => {
    const { shiftIds } = await activity('时段调整：权限', [{ startsInHours: 30 }, { startsInHours: 54 }]);
    const volunteer = stage.crowd[7].headers;
    expect(errorCode(await move(shiftIds[0], at(31), at(33), '改期', {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await move(shiftIds[0], at(31), at(33), '改期', volunteer))).toBe('FORBIDDEN');
    expect(errorCode(await cancel(shiftIds[0], '取消', {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await cancel(shiftIds[0], '取消', volunteer))).toBe('FORBIDDEN');
    // Nothing changed.
    const [shift] = await stage.sql(`select starts_at, cancelled_at from shift where id = ?`, [shiftIds[0]]);
    expect(new Date(shift.starts_at).toISOString()).toBe(at(30));
    expect(shift.cancelled_at).toBeNull();
  });

  it('refuse bad input with its code and field, and shifts that cannot change', async () => {
    const { shiftIds } = await activity('时段调整：校验', [{ startsInHours: 30 }, { startsInHours: 54 }, { startsInHours: 78, lotteryClosesInHours: 60 }]);
    const [first, , lottery] = shiftIds;
    expect(refusal(await move(first, at(31), at(34), ''))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(refusal(await move(first, at(31), at(34), '理'.repeat(201)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(refusal(await cancel(first, '  '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(refusal(await move(first, at(31), at(31)))).toEqual({ code: 'BAD_USER_INPUT', field: 'endsAt', reason: 'END_BEFORE_START' });
    expect(refusal(await move(first, at(31), at(30)))).toEqual({ code: 'BAD_USER_INPUT', field: 'endsAt', reason: 'END_BEFORE_START' });
    expect(refusal(await move(first, at(31), at(56)))).toEqual({ code: 'BAD_USER_INPUT', field: 'endsAt', reason: 'SPAN_TOO_LONG' });
    expect(refusal(await move(first, at(-1), at(2)))).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt', reason: 'TIME_IN_PAST' });
    expect(refusal(await move(first, at(30), at(33)))).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt', reason: 'UNCHANGED' });
    // A lottery's entries close at +60 h: its shift cannot start before then.
    const early = await move(lottery, at(59), at(62));
    expect(refusal(early)).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt', reason: 'BEFORE_REGISTRATION_CLOSES' });
    expect(early.errors![0].extensions).toMatchObject({ registrationClosesAt: at(60) });
    expect(errorCode(await move('sft_00000000000000000000000000', at(31), at(34)))).toBe('NOT_FOUND');
    // A draft's shifts are edited with the draft.
    const draft = await activity('时段调整：草稿', [{ startsInHours: 30 }, { startsInHours: 54 }], { draft: true });
    expect(refusal(await move(draft.shiftIds[0], at(31), at(34)))).toEqual({ code: 'CONFLICT', field: 'shiftId', reason: 'NOT_PUBLISHED' });
    expect(refusal(await cancel(draft.shiftIds[0]))).toEqual({ code: 'CONFLICT', field: 'shiftId', reason: 'NOT_PUBLISHED' });
    // A shift that has started stays as it was.
    await stage.sql(`update shift set starts_at = now() - interval '1 hour' where id = ?`, [first]);
    expect(refusal(await move(first, at(31), at(34)))).toEqual({ code: 'CONFLICT', field: 'shiftId', reason: 'SHIFT_STARTED' });
    expect(refusal(await cancel(first))).toEqual({ code: 'CONFLICT', field: 'shiftId', reason: 'SHIFT_STARTED' });
    // A cancelled shift is not moved or cancelled again.
    ok(await cancel(lottery));
    expect(refusal(await move(lottery, at(90), at(93)))).toEqual({ code: 'CONFLICT', field: 'shiftId', reason: 'SHIFT_CANCELLED' });
    expect(refusal(await cancel(lottery))).toEqual({ code: 'CONFLICT', field: 'shiftId', reason: 'SHIFT_CANCELLED' });
  });

  it('a move tells each volunteer holding or waiting for a place, with the old and new times, and no one who cancelled', async () => {
    const { projectId, shiftIds } = await activity('时段调整：改期', [{ startsInHours: 100 }, { startsInHours: 130 }]);
    const [shiftId] = shiftIds;
    const [a, b, c] = stage.crowd;
    expect(ok(await signUp(shiftId, a.headers)).signUp.status).toBe('CONFIRMED');
    expect(ok(await signUp(shiftId, b.headers)).signUp.status).toBe('WAITLISTED');
    const gone = ok(await signUp(shiftId, c.headers)).signUp;
    ok(await stage.server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: gone.id }, c.headers));

    const moved = ok(await move(shiftId, at(104), at(107), '场地临时维修，推迟四小时')).moveShift;
    expect(moved.notified).toBe(2);
    expect(moved.shift).toEqual({ id: shiftId, startsAt: at(104), endsAt: at(107), cancelledAt: null });
    // The activity's span follows its shifts.
    expect(moved.project).toEqual({ id: projectId, startsAt: at(104), endsAt: at(133), status: 'PUBLISHED' });

    const messages = await stage.sql<{ recipient_id: string; payload: Record<string, string> }>(
      `select recipient_id, payload from outbox where topic = 'shift.moved' and payload->>'shiftId' = ? order by recipient_id`,
      [shiftId],
    );
    expect(messages.map((m) => m.recipient_id)).toEqual([a.id, b.id].sort());
    for (const { payload } of messages) {
      expect(payload).toMatchObject({
        projectId,
        shiftId,
        reason: '场地临时维修，推迟四小时',
        oldStartsAt: at(100),
        oldEndsAt: at(103),
        newStartsAt: at(104),
        newEndsAt: at(107),
      });
    }
    // The sign-ups stand as they were.
    const statuses = await stage.sql<{ volunteer_id: string; status: string }>(
      `select volunteer_id, status from signup where shift_id = ? order by status::text`,
      [shiftId],
    );
    expect(statuses.map((s) => [s.volunteer_id, s.status])).toEqual([
      [c.id, 'CANCELLED'],
      [a.id, 'CONFIRMED'],
      [b.id, 'WAITLISTED'],
    ]);

    const inbox = ok(
      await stage.server.gql(
        `{ me { notifications(first: 1) { nodes { kind reason oldStartsAt oldEndsAt newStartsAt newEndsAt shift { id } project { id } } } } }`,
        {},
        b.headers,
      ),
    ).me.notifications.nodes;
    expect(inbox).toEqual([
      {
        kind: 'SHIFT_MOVED',
        reason: '场地临时维修，推迟四小时',
        oldStartsAt: at(100),
        oldEndsAt: at(103),
        newStartsAt: at(104),
        newEndsAt: at(107),
        shift: { id: shiftId },
        project: { id: projectId },
      },
    ]);
  });

  it('cancelShift cancels that shift’s sign-ups and frees nothing else; the last shift is refused', async () => {
    const { projectId, shiftIds } = await activity('时段调整：取消一次', [
      { startsInHours: 150 },
      { startsInHours: 174 },
      { startsInHours: 198, lotteryClosesInHours: 180 },
    ]);
    const [first, second, lottery] = shiftIds;
    const [a, b, , d] = stage.crowd;
    expect(ok(await signUp(first, a.headers)).signUp.status).toBe('CONFIRMED');
    expect(ok(await signUp(first, b.headers)).signUp.status).toBe('WAITLISTED');
    expect(ok(await signUp(second, d.headers)).signUp.status).toBe('CONFIRMED');

    const done = ok(await cancel(first, '那天台风，这一次取消')).cancelShift;
    expect(done.notified).toBe(2);
    expect(done.shift).toMatchObject({ id: first, confirmedCount: 0, waitlistCount: 0 });
    expect(done.shift.cancelledAt).not.toBeNull();
    // The activity goes on with its other shifts, from the next one.
    expect(done.project).toEqual({ id: projectId, status: 'PUBLISHED', startsAt: at(174), shifts: [{ id: second }, { id: lottery }] });

    const signups = await stage.sql<{ shift_id: string; volunteer_id: string; status: string }>(
      `select shift_id, volunteer_id, status from signup where shift_id in (?, ?) order by shift_id = ? desc, volunteer_id`,
      [first, second, first],
    );
    expect(signups.map((s) => [s.shift_id, s.volunteer_id, s.status])).toEqual([
      ...[a.id, b.id].sort().map((id) => [first, id, 'CANCELLED']),
      [second, d.id, 'CONFIRMED'],
    ]);
    const [other] = await stage.sql(`select confirmed_count, waitlist_count from shift where id = ?`, [second]);
    expect(other).toEqual({ confirmed_count: 1, waitlist_count: 0 });
    const told = await stage.sql<{ topic: string; recipient_id: string; reason: string }>(
      `select topic, recipient_id, payload->>'reason' as reason from outbox where payload->>'shiftId' = ? order by recipient_id`,
      [first],
    );
    // Told once each of the cancellation; the waitlisted volunteer is not promoted into a cancelled shift.
    expect(told).toEqual([a.id, b.id].sort().map((id) => ({ topic: 'shift.cancelled', recipient_id: id, reason: '那天台风，这一次取消' })));
    // Nobody signs up for it any more.
    expect(refusal(await signUp(first, stage.crowd[4].headers))).toMatchObject({ code: 'CONFLICT', field: 'shiftId' });

    // A cancelled lottery is never drawn, even once its entries have closed.
    ok(await cancel(lottery));
    await stage.sql(`update shift set registration_closes_at = now() - interval '1 minute' where id = ?`, [lottery]);
    expect((await new LotteryService(stage.orm.em.fork()).undrawn([projectId])).map((s) => s.shiftId)).toEqual([]);
    expect(await new LotteryService(stage.orm.em.fork()).runDraw(lottery)).toBeNull();

    const last = await cancel(second);
    expect(refusal(last)).toEqual({ code: 'CONFLICT', field: 'shiftId', reason: 'LAST_SHIFT' });
    expect((await stage.sql(`select status from signup where shift_id = ?`, [second]))[0].status).toBe('CONFIRMED');
  });

  it('after a move the reminders are those of the new start; the old start’s do nothing', async () => {
    const { shiftIds } = await activity('时段调整：提醒', [{ startsInHours: 220 }, { startsInHours: 250 }]);
    const [shiftId] = shiftIds;
    const [, , , , , f] = stage.crowd;
    expect(ok(await signUp(shiftId, f.headers)).signUp.status).toBe('CONFIRMED');
    await Promise.all(scheduled);
    const jobsOf = async () =>
      (
        await stage.sql<{ key: string; start_after: string }>(
          `select data->>'hoursBefore' || '@' || (data->>'startsAt') as key, start_after from pgboss.job where name = ? and data->>'shiftId' = ? order by start_after`,
          [JobName.SHIFT_REMINDER, shiftId],
        )
      ).map((j) => [j.key, new Date(j.start_after).toISOString()]);
    const oldStart = new Date(at(220));
    // The 24-hour reminder of the old start went out already (its job ran early, say).
    expect(await remindShift(stage.orm.em.fork(), shiftId, 24, oldStart)).toBe(1);

    ok(await move(shiftId, at(226), at(229), '推迟六小时'));
    await expect.poll(async () => (await Promise.all(scheduled), (await jobsOf()).length), { timeout: 10_000 }).toBe(4);
    const newStart = new Date(at(226));
    expect(await jobsOf()).toEqual(
      [
        [`24@${oldStart.toISOString()}`, new Date(oldStart.getTime() - 24 * 3_600_000).toISOString()],
        [`24@${newStart.toISOString()}`, new Date(newStart.getTime() - 24 * 3_600_000).toISOString()],
        [`2@${oldStart.toISOString()}`, new Date(oldStart.getTime() - 2 * 3_600_000).toISOString()],
        [`2@${newStart.toISOString()}`, new Date(newStart.getTime() - 2 * 3_600_000).toISOString()],
      ].sort((x, y) => x[1].localeCompare(y[1])),
    );
    // The old start's jobs find the shift moved; the new start's remind again, once.
    expect(await remindShift(stage.orm.em.fork(), shiftId, 2, oldStart)).toBe(0);
    expect(await remindShift(stage.orm.em.fork(), shiftId, 24, oldStart)).toBe(0);
    expect(await remindShift(stage.orm.em.fork(), shiftId, 24, newStart)).toBe(1);
    expect(await remindShift(stage.orm.em.fork(), shiftId, 24, newStart)).toBe(0);
    const reminded = await stage.sql(`select count(*)::int as n from outbox where topic = 'shift.reminder' and recipient_id = ? and payload->>'shiftId' = ?`, [
      f.id,
      shiftId,
    ]);
    expect(reminded).toEqual([{ n: 2 }]);
  });

  it('are emailed with the old and new times (China time) and the reason', () => {
    const email = (topic: OutboxTopic, payload: Record<string, unknown>) =>
      messageEmail(
        {
          id: '1',
          topic,
          payload,
          createdAt: new Date(),
          attempts: 0,
          email: 'v@example.cn',
          notifyEmail: true,
          phoneEnc: null,
          notifySms: true,
          projectId: 'prj_1',
          projectTitle: '海滩清洁',
          startsAt: new Date('2026-12-12T03:00:00Z'),
          endsAt: new Date('2026-12-12T06:00:00Z'),
          requestTitle: null,
        },
        'https://aixin.example.cn',
        'https://aixin.example.cn/unsubscribe?t=x',
      );
    const moved = email(OutboxTopic.SHIFT_MOVED, {
      reason: '涨潮',
      oldStartsAt: '2026-12-12T01:00:00.000Z',
      oldEndsAt: '2026-12-12T04:00:00.000Z',
      newStartsAt: '2026-12-12T03:00:00.000Z',
      newEndsAt: '2026-12-12T06:00:00.000Z',
    });
    expect(moved.subject).toBe('时段调整：海滩清洁 | Shift moved');
    expect(moved.text).toContain('由 2026年12月12日周六 09:00–12:00 改为 2026年12月12日周六 11:00–14:00，原因：涨潮');
    expect(moved.text).toContain('has moved from Sat, 12 Dec 2026, 09:00–12:00 to Sat, 12 Dec 2026, 11:00–14:00 (reason: 涨潮)');
    const cancelled = email(OutboxTopic.SHIFT_CANCELLED, { reason: '台风' });
    expect(cancelled.subject).toBe('时段取消：海滩清洁 | Shift cancelled');
    expect(cancelled.text).toContain('“海滩清洁”（2026年12月12日周六 11:00–14:00）这一时段已取消，原因：台风');
  });
});
