// Background work on a job queue kept in PostgreSQL (pg-boss; docs/jobs.md says why). Jobs are
// rows in the `pgboss` schema of the platform's own database, so the embedded default needs
// nothing more, any number of processes share the work, and a job whose process dies is taken
// up again once its expiry passes. Modules say what a job does (`work`); whoever needs it done
// sends one (`send`).
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { errorLine } from './error-mapper.js';

/** Every kind of job, with how it is queued and retried. */
export enum JobName {
  /** Draws one LOTTERY shift when its registration closes. */
  LOTTERY_DRAW = 'lottery.draw',
  /** Sends the draw jobs of every undrawn lottery shift (the same jobs where they exist), when a worker starts. */
  LOTTERY_PLAN = 'lottery.plan',
  /**
   * Builds the static site and publishes it for every process that serves it (one queued, one
   * running at most). One queue per published site: `queueName(SITE_REBUILD, site key)`.
   */
  SITE_REBUILD = 'site.rebuild',
  /** Scheduled content comes due: asks for a rebuild. */
  SITE_DUE = 'site.due',
  /** Reminds the volunteers of one shift some hours before it starts. */
  SHIFT_REMINDER = 'shift.reminder',
  /** Daily: sends the reminder jobs of the coming week (for activities published before a worker ran). */
  REMINDER_PLAN = 'shift.reminder-plan',
  /** Delivers the outbox's waiting messages through their channels (one queued, one running at most). */
  OUTBOX_DELIVER = 'outbox.deliver',
  /** A delivery to retry comes due: asks for a delivery run. */
  OUTBOX_RETRY = 'outbox.retry',
  /** POSTs the due webhook deliveries (one run at a time, many POSTs at once), after each change and every minute. */
  WEBHOOK_DELIVER = 'webhook.deliver',
  /** A webhook retry comes due: asks for a delivery run (one job per second that has retries). */
  WEBHOOK_WAKE = 'webhook.wake',
  /** Daily: extends every station's duty days to four weeks ahead and tells duty teams of their gaps in the coming week. */
  STATION_DUTIES = 'station.duties',
}

interface QueueSettings {
  /** stately: at most one job waiting and one running (a burst of requests costs one run). */
  policy: 'standard' | 'stately';
  retryLimit: number;
  /** Seconds before the first retry; doubled each time after (retryBackoff). */
  retryDelay: number;
  /** A running job whose process has not finished it in this time is taken up again (kill -9, a lost connection). */
  expireInSeconds: number;
}

const QUEUES: Record<JobName, QueueSettings> = {
  [JobName.LOTTERY_DRAW]: { policy: 'standard', retryLimit: 10, retryDelay: 5, expireInSeconds: 120 },
  [JobName.LOTTERY_PLAN]: { policy: 'stately', retryLimit: 5, retryDelay: 60, expireInSeconds: 15 * 60 },
  [JobName.SITE_REBUILD]: { policy: 'stately', retryLimit: 3, retryDelay: 30, expireInSeconds: 30 * 60 },
  [JobName.SITE_DUE]: { policy: 'standard', retryLimit: 3, retryDelay: 10, expireInSeconds: 60 },
  [JobName.SHIFT_REMINDER]: { policy: 'standard', retryLimit: 10, retryDelay: 30, expireInSeconds: 120 },
  [JobName.REMINDER_PLAN]: { policy: 'stately', retryLimit: 5, retryDelay: 60, expireInSeconds: 15 * 60 },
  [JobName.OUTBOX_DELIVER]: { policy: 'stately', retryLimit: 10, retryDelay: 5, expireInSeconds: 5 * 60 },
  [JobName.OUTBOX_RETRY]: { policy: 'standard', retryLimit: 3, retryDelay: 10, expireInSeconds: 60 },
  [JobName.WEBHOOK_DELIVER]: { policy: 'stately', retryLimit: 5, retryDelay: 10, expireInSeconds: 5 * 60 },
  [JobName.WEBHOOK_WAKE]: { policy: 'standard', retryLimit: 5, retryDelay: 5, expireInSeconds: 60 },
  [JobName.STATION_DUTIES]: { policy: 'stately', retryLimit: 5, retryDelay: 60, expireInSeconds: 15 * 60 },
};

/** The states a job goes through, as the staff page names them. */
export enum JobState {
  CREATED = 'created',
  RETRY = 'retry',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  FAILED = 'failed',
}

export interface JobQueueOptions {
  databaseUrl: string;
  /** Jobs this process runs at once (0: it only sends jobs, others run them). */
  workers: number;
  /** How often an idle worker looks for jobs that others sent (seconds, at least 0.5). */
  pollSeconds: number;
  /** How often expired jobs are taken up again and old ones cleared (seconds). */
  maintenanceSeconds: number;
  log: (message: string) => void;
}

/** A queue's name: the kind of job, and for kinds with one queue per target, the target. */
export function queueName(kind: JobName, target?: string): string {
  return target ? `${kind}/${target}` : kind;
}

function kindOf(queue: string): JobName {
  const kind = queue.split('/')[0];
  if (!isJobName(kind)) throw new Error(`unknown job queue ${queue}`);
  return kind;
}

export type JobHandler<T> = (data: T, job: { id: string; retryCount: number }) => Promise<unknown>;

/** What a job may report when done, in a line (e.g. where a site build was published); kept as its output. */
export interface JobResult {
  result: string;
}

export function isJobResult(value: unknown): value is JobResult {
  return typeof value === 'object' && value !== null && typeof (value as { result?: unknown }).result === 'string';
}

/** The database schema the queue keeps its tables in. */
export const JOB_SCHEMA = 'pgboss';

export class JobQueue {
  private readonly boss: PgBoss;
  private readonly workerIds = new Map<string, string>();
  private readonly queues = new Map<string, Promise<void>>();
  private started = false;

  constructor(private readonly options: JobQueueOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: JOB_SCHEMA,
      application_name: 'aixin-jobs',
      max: 4,
      // Only a process that runs jobs looks after them (expiry, retention).
      supervise: options.workers > 0,
      // Only a process that runs jobs sends the daily ones (pg-boss sends each once, whichever process).
      schedule: options.workers > 0,
      maintenanceIntervalSeconds: options.maintenanceSeconds,
      retentionDays: 7,
      deleteAfterDays: 7,
    });
    this.boss.on('error', (error) => options.log(`job queue: ${errorLine(error)}`));
  }

  get runsJobs(): boolean {
    return this.options.workers > 0;
  }

  /** Installs or upgrades the queue's tables (safe from several processes at once). */
  async start(): Promise<this> {
    await this.boss.start();
    this.started = true;
    return this;
  }

  /** Creates the queue, or brings its settings up to date, once per process. */
  private ensureQueue(name: string): Promise<void> {
    let ready = this.queues.get(name);
    if (!ready) {
      const queue = { name, ...QUEUES[kindOf(name)], retryBackoff: true };
      // Processes starting together create queues together: PostgreSQL may pick one of them as a
      // deadlock's victim, and the other's queue may not be committed yet. Look again.
      ready = tryAgain(
        () => true,
        async () => ((await this.boss.getQueue(name)) ? this.boss.updateQueue(name, queue) : this.boss.createQueue(name, queue)),
      );
      ready.catch(() => this.queues.delete(name));
      this.queues.set(name, ready);
    }
    return ready;
  }

  /**
   * Runs `handler` for each job of `name`, `workers` at a time across all kinds in this process.
   * A handler that throws is retried later (backoff); one that returns has done the job.
   */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    if (!this.runsJobs) return;
    await this.ensureQueue(name);
    for (let i = 0; i < this.workersFor(name); i++) {
      const id = await this.boss.work<T>(name, { pollingIntervalSeconds: this.options.pollSeconds, batchSize: 1, includeMetadata: true }, async ([job]) => {
        try {
          const output = await handler(job.data, { id: job.id, retryCount: job.retryCount });
          // A `{ result }` the handler returns is kept as the job's output, for the staff's jobs page.
          return isJobResult(output) ? { result: output.result } : undefined;
        } catch (error) {
          this.options.log(`job ${name} ${job.id} failed (try ${job.retryCount + 1}): ${errorLine(error)}`);
          throw error;
        }
      });
      if (i === 0) this.workerIds.set(name, id);
    }
  }

  /** A stately queue runs one job at a time anyway; the others take `workers` at once. */
  private workersFor(name: string): number {
    return QUEUES[kindOf(name)].policy === 'stately' ? 1 : this.options.workers;
  }

  /**
   * Sends a job; `after`: not before then (a time, or seconds from now); `retryLimit`: this
   * job's tries after the first, and `expireInSeconds`: how long it may run before it is taken up
   * again, instead of its queue's. With `key`, the job is sent once per key: the same
   * key sent again (by any process) is the same job. Returns the job's ID, or null when the
   * queue already holds one (a stately queue's waiting job, or the job of that key).
   */
  async send(
    name: string,
    data: object,
    options: { after?: Date | number; key?: string; retryLimit?: number; expireInSeconds?: number } = {},
  ): Promise<string | null> {
    await this.ensureQueue(name);
    const id = await tryAgain(partitionNotShown, () =>
      this.boss.send(name, data, {
        ...(options.key ? { id: keyedJobId(name, options.key) } : {}),
        ...(options.after !== undefined ? { startAfter: options.after } : {}),
        ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
        ...(options.expireInSeconds !== undefined ? { expireInSeconds: options.expireInSeconds } : {}),
      }),
    );
    // Jobs due now start at once in this process instead of at its next look.
    const worker = this.workerIds.get(name);
    const dueNow = options.after === undefined || (options.after instanceof Date ? options.after.getTime() <= Date.now() : options.after <= 0);
    if (worker && id && dueNow) this.boss.notifyWorker(worker);
    return id;
  }

  /** Sends a job to `name` every day at `hour` o'clock China time (once, however many processes ask). */
  daily(name: string, hour: number): Promise<void> {
    return this.every(name, `0 ${hour} * * *`);
  }

  /** Sends a job to `name` on a cron schedule in China time (once per tick, however many processes ask). */
  async every(name: string, cron: string): Promise<void> {
    if (!this.runsJobs) return;
    await this.ensureQueue(name);
    await this.boss.schedule(name, cron, {}, { tz: 'Asia/Shanghai' });
  }

  /** Puts failed jobs back in the queue. */
  async retry(name: string, ids: string[]): Promise<void> {
    await this.boss.retry(name, ids);
  }

  /** Stops taking jobs; jobs under way get `timeoutMs` to finish (then they expire and run again elsewhere). */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true }).catch(() => undefined);
  }
}

/**
 * pg-boss keeps each queue's jobs in a partition of its job table, made with the queue. Once, two
 * processes starting together on a new database made their queues together, and a job sent just
 * after found no partition for its queue (check_violation, "no partition of relation job found
 * for row") although the queue's row was there. A moment later the partition shows.
 */
function partitionNotShown(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '23514' && typeof message === 'string' && message.startsWith('no partition of relation');
}

/** Runs `work`, and again a moment later (up to five tries) while it fails in a way `passing` says may pass. */
async function tryAgain<T>(passing: (error: unknown) => boolean, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 5 || !passing(error)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
    }
  }
}

/** A job's ID from its key: the same key always names the same job (a UUID, as pg-boss keeps IDs). */
export function keyedJobId(name: string, key: string): string {
  const hex = createHash('sha256').update(`${name}\n${key}`).digest('hex');
  // RFC 4122 layout (version 5 bits, variant bits) so PostgreSQL's uuid type takes it.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function isJobName(value: string): value is JobName {
  return (Object.values(JobName) as string[]).includes(value);
}
