// Lottery draws on the job queue: each LOTTERY shift of a published activity has one job, due
// the moment its registration closes, sent when the activity is published (and, for shifts
// published before a process ran jobs, by a plan job each starting worker asks for). The job's
// ID comes from the shift and its closing time, so sending it again from any process is the
// same job; the draw itself runs once whoever runs the job (LotteryService.runDraw).
import type { MikroORM } from '@mikro-orm/postgresql';
import { JobName, type JobQueue } from '../../common/job-queue.js';
import { LotteryService } from './lottery.service.js';

interface DrawJob {
  shiftId: string;
}

export class LotteryDraws {
  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    private readonly log: (message: string) => void = () => undefined,
    /** After a draw: the activity pages show its results (the site rebuilds). */
    private readonly onDrawn: () => void = () => undefined,
  ) {}

  /** This process runs draw jobs, and the plan job (`plan`). */
  async work(): Promise<void> {
    if (!this.jobs.runsJobs) return;
    await this.jobs.work(JobName.LOTTERY_PLAN, () => this.schedule());
    await this.jobs.work<DrawJob>(JobName.LOTTERY_DRAW, async ({ shiftId }) => {
      const result = await new LotteryService(this.orm.em.fork()).runDraw(shiftId);
      if (!result) return; // drawn already, cancelled, or its closing time moved (that time has its own job)
      this.log(`Lottery drawn for ${shiftId}: ${result.entrants} entries, ${result.confirmed} confirmed, ${result.waitlisted} waitlisted`);
      this.onDrawn();
    });
  }

  /**
   * Asks for the draws of shifts published while no worker ran to be sent: one job however many
   * processes start, run by whichever worker takes it.
   */
  async plan(): Promise<void> {
    await this.jobs.send(JobName.LOTTERY_PLAN, {});
  }

  /** Sends the draw jobs of these projects' lottery shifts (of every published project when none are named); how many shifts. */
  async schedule(projectIds?: string[]): Promise<number> {
    if (projectIds?.length === 0) return 0;
    const shifts = await new LotteryService(this.orm.em.fork()).undrawn(projectIds);
    for (const { shiftId, closesAt } of shifts) {
      await this.jobs.send(JobName.LOTTERY_DRAW, { shiftId } satisfies DrawJob, { after: closesAt, key: `${shiftId}@${closesAt.toISOString()}` });
    }
    return shifts.length;
  }
}
