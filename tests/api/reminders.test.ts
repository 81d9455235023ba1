// Reminders before a shift, on the job queue against real PostgreSQL: publishing an activity
// through /graphql sends one job per shift and reminder time; when the time comes each volunteer
// holding a place is reminded once (not those who cancelled), however many processes send or run
// the job, and the reminder is in their inbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobName, JobQueue } from '../../api/src/common/job-queue.js';
import { remindShift } from '../../api/src/modules/signup/reminder.queries.js';
import { ShiftReminders } from '../../api/src/modules/signup/reminder-jobs.js';
import { activitiesStage, type ActivitiesStage } from '../helpers/activities.js';
import type { GraphQLResponse } from '../helpers/api.js';
import { databaseUrl } from '../helpers/database.js';

let stage: ActivitiesStage;
let queues: JobQueue[];
let reminders: ShiftReminders[];
const published: Promise<unknown>[] = [];

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

beforeAll(async () => {
  // Two processes' queues, both running jobs; the server of the first tells its reminders of publications.
  queues = [0, 1].map(() => new JobQueue({ databaseUrl: databaseUrl(), workers: 1, pollSeconds: 0.5, maintenanceSeconds: 30, log: () => undefined }));
  for (const q of queues) await q.start();
  stage = await activitiesStage(3, { onProjectsPublished: (ids) => void published.push(reminders[0].schedule(ids)) });
  reminders = queues.map((q) => new ShiftReminders(stage.orm, q, [24, 2]));
  for (const r of reminders) await r.work();
});

afterAll(async () => {
  for (const q of queues ?? []) await q.stop();
  await stage?.close();
});

describe('reminders before a shift', () => {
  it('go to each volunteer holding a place once, when the time comes', async () => {
    const { server, coordinator, orgId, crowd, sql } = stage;
    // The 24-hour reminder falls due a few seconds from now; the 2-hour one tomorrow.
    const startsAt = new Date(Math.ceil((Date.now() + 24 * 3_600_000 + 8_000) / 1000) * 1000);
    const created = ok(
      await server.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
        {
          input: {
            organizationId: orgId,
            title: '提醒测试：社区义诊',
            summary: '开始前提醒',
            shifts: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(), capacity: 5 }],
          },
        },
        coordinator,
      ),
    ).createProject;
    const shiftId = created.shifts[0].id;
    ok(await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.id }, coordinator));
    await Promise.all(published);
    // The other process plans the coming week too: the same jobs.
    expect(await reminders[1].schedule()).toBeGreaterThanOrEqual(2);
    const jobs = await sql<{ hours: number; start_after: string; state: string }>(
      `select (data->>'hoursBefore')::int as hours, start_after, state from pgboss.job where name = ? and data->>'shiftId' = ? order by 1`,
      [JobName.SHIFT_REMINDER, shiftId],
    );
    expect(jobs.map((j) => [j.hours, new Date(j.start_after).getTime()])).toEqual([
      [2, startsAt.getTime() - 2 * 3_600_000],
      [24, startsAt.getTime() - 24 * 3_600_000],
    ]);

    const signUp = (headers: Record<string, string>) =>
      server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { id status } }`, { input: { shiftId } }, headers);
    const [a, b, c] = crowd;
    for (const m of [a, b, c]) expect(ok(await signUp(m.headers)).signUp.status).toBe('CONFIRMED');
    const cancelled = (await sql<{ id: string }>(`select id from signup where shift_id = ? and volunteer_id = ?`, [shiftId, c.id]))[0].id;
    ok(await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: cancelled }, c.headers));

    const reminded = async () =>
      (
        await sql<{ recipient_id: string }>(
          `select recipient_id from outbox where topic = 'shift.reminder' and payload->>'shiftId' = ? order by recipient_id`,
          [shiftId],
        )
      ).map((r) => r.recipient_id);
    await expect.poll(reminded, { timeout: 20_000, interval: 250 }).toHaveLength(2);
    expect(await reminded()).toEqual([a.id, b.id].sort());
    // Run again (a retry, another process): nobody is reminded twice.
    expect(await remindShift(stage.orm.em.fork(), shiftId, 24, startsAt)).toBe(0);
    // A reminder for a start the shift no longer has does nothing.
    expect(await remindShift(stage.orm.em.fork(), shiftId, 2, new Date(startsAt.getTime() + 60_000))).toBe(0);
    expect(await reminded()).toHaveLength(2);
    expect(await sql(`select hours_before, recipients from shift_reminder where shift_id = ?`, [shiftId])).toEqual([{ hours_before: 24, recipients: 2 }]);

    const inbox = ok(await server.gql(`{ me { notifications(first: 5) { nodes { kind hoursBefore shift { id } project { title } } } } }`, {}, a.headers)).me
      .notifications.nodes;
    expect(inbox[0]).toEqual({ kind: 'SHIFT_REMINDER', hoursBefore: 24, shift: { id: shiftId }, project: { title: '提醒测试：社区义诊' } });
  }, 60_000);
});
