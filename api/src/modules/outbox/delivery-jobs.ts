// Messages leave the platform on the job queue: a statement that writes messages notifies
// (outbox trigger → LISTEN) every worker process, which asks for a delivery run; the queue
// runs one at a time (stately), however many ask. A run delivers everything waiting, then
// sends a job for the next retry that comes due. Every five minutes a run is asked for anyway,
// in case a notification was missed.
import { JobName, type JobQueue } from '../../common/job-queue.js';
import { errorLine } from '../../common/error-mapper.js';
import { PgListener } from '../../common/pg-listener.js';
import type { OutboxDelivery } from './outbox-delivery.js';

export class MessageDeliveries {
  private listener: PgListener | null = null;

  constructor(
    private readonly jobs: JobQueue,
    private readonly delivery: OutboxDelivery,
    private readonly databaseUrl: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** This process delivers messages: runs delivery jobs, listens for new messages, and asks for a run now. */
  async work(): Promise<void> {
    if (!this.jobs.runsJobs) return;
    await this.jobs.work(JobName.OUTBOX_DELIVER, () => this.run());
    await this.jobs.work(JobName.OUTBOX_RETRY, () => this.jobs.send(JobName.OUTBOX_DELIVER, {}));
    await this.jobs.every(JobName.OUTBOX_DELIVER, '*/5 * * * *');
    this.listener = await new PgListener(this.databaseUrl, 'aixin_outbox', () => this.kick(), this.log).start();
    this.kick();
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
  }

  private kick(): void {
    this.jobs.send(JobName.OUTBOX_DELIVER, {}).catch((error: unknown) => this.log(`message delivery not queued: ${errorLine(error)}`));
  }

  /** Delivers everything waiting, then sends the job for the next retry. */
  private async run(): Promise<void> {
    for (;;) {
      const { more } = await this.delivery.deliverPending();
      if (!more) break;
    }
    const next = await this.delivery.nextDue();
    if (next) await this.jobs.send(JobName.OUTBOX_RETRY, {}, { after: next, key: next.toISOString() });
  }
}
