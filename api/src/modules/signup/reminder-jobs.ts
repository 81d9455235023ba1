// Reminders before a shift: for each shift of a published activity, one job per reminder time
// (24 h and 2 h before it starts, by default), sent when the activity is published; a daily job
// sends those of the coming week again (the same jobs where they exist), for activities
// published before a worker ran. The job reminds the shift's CONFIRMED volunteers once
// (reminder.queries.ts), whichever process runs it and however often.
import type { MikroORM } from '@mikro-orm/postgresql';
import { JobName, type JobQueue } from '../../common/job-queue.js';
import { remindShift, upcomingShifts } from './reminder.queries.js';

interface ReminderJob {
  shiftId: string;
  hoursBefore: number;
  /** The start the reminder is for (ISO); a shift that no longer starts then is not reminded by this job. */
  startsAt: string;
}

/** How far ahead the daily job plans. */
const PLAN_DAYS = 8;

export class ShiftReminders {
  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    /** Hours before a shift's start at which its volunteers are reminded (e.g. [24, 2]); none: no reminders. */
    private readonly hoursBefore: number[],
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** This process runs reminder jobs, and plans the coming week each day (03:00 China time). */
  async work(): Promise<void> {
    if (!this.hoursBefore.length) return;
    await this.jobs.work<ReminderJob>(JobName.SHIFT_REMINDER, async ({ shiftId, hoursBefore, startsAt }) => {
      const reminded = await remindShift(this.orm.em.fork(), shiftId, hoursBefore, new Date(startsAt));
      if (reminded) this.log(`Reminded ${reminded} volunteer(s) of shift ${shiftId}, ${hoursBefore} h before it starts`);
    });
    await this.jobs.work(JobName.REMINDER_PLAN, () => this.schedule());
    await this.jobs.daily(JobName.REMINDER_PLAN, 3);
  }

  /** Asks for the coming week's reminders now, for activities published while no worker ran (one job however many processes start). */
  async plan(): Promise<void> {
    if (this.hoursBefore.length) await this.jobs.send(JobName.REMINDER_PLAN, {});
  }

  /**
   * Sends the reminder jobs of these projects' shifts (of the shifts of the coming week of every
   * published project when none are named); reminders whose time has passed are not sent.
   * How many jobs it sent or found sent.
   */
  async schedule(projectIds?: string[]): Promise<number> {
    if (!this.hoursBefore.length || projectIds?.length === 0) return 0;
    const until = projectIds ? undefined : new Date(Date.now() + (Math.max(...this.hoursBefore) + PLAN_DAYS * 24) * 3_600_000);
    const shifts = await upcomingShifts(this.orm.em.fork(), { projectIds, until });
    let sent = 0;
    for (const { shiftId, startsAt } of shifts) {
      for (const hoursBefore of this.hoursBefore) {
        const at = new Date(startsAt.getTime() - hoursBefore * 3_600_000);
        if (at.getTime() <= Date.now()) continue;
        const job: ReminderJob = { shiftId, hoursBefore, startsAt: startsAt.toISOString() };
        await this.jobs.send(JobName.SHIFT_REMINDER, job, { after: at, key: `${shiftId}@${hoursBefore}@${job.startsAt}` });
        sent++;
      }
    }
    return sent;
  }
}
