// Webhook deliveries on the job queue (docs/jobs.md, docs/webhooks.md). A `webhook.deliver` run
// POSTs every due delivery, many at once (a few per endpoint, so one slow partner does not hold
// up the others), and records each attempt. A run is asked for whenever deliveries are written
// (the database notifies on commit; each process that runs jobs listens), when a retry comes due
// (a `webhook.wake` job for that second) and every minute (in case a notice was missed). The
// queue keeps one run going and one waiting at most, whichever processes ask.
import type { MikroORM } from '@mikro-orm/postgresql';
import { errorLine } from '../../common/error-mapper.js';
import { JobName, type JobQueue } from '../../common/job-queue.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { PgListener } from '../../common/pg-listener.js';
import { resolveWebhookHost, WebhookAddressError, type WebhookSettings } from './webhook-address.js';
import { postWebhook, webhookSignature } from './webhook-post.js';
import { claimDue, recordFailure, recordSuccess, WEBHOOK_CHANNEL, webhookBody, type DisableRule, type DueDelivery } from './webhook.queries.js';

/**
 * Seconds before each retry: attempts at 0, 1 min, 6 min, 21 min, 51 min, 1 h 51, 3 h 51,
 * 7 h 51, 15 h 51 and 25 h 51 after the event, then it is given up (FAILED).
 */
export const RETRY_DELAYS_SECONDS = [60, 300, 900, 1_800, 3_600, 7_200, 14_400, 28_800, 36_000];

/** An endpoint is disabled once 10 attempts in a row have failed over at least a day. */
export const DISABLE_AFTER: DisableRule = { failures: 10, seconds: 24 * 3_600 };

export interface WebhookDeliveryOptions {
  settings: WebhookSettings;
  retryDelaysSeconds?: number[];
  disableAfter?: DisableRule;
  /** POSTs under way at once in a run (default 16), and to one endpoint (default 4). */
  concurrency?: number;
  perEndpoint?: number;
  /** An endpoint must answer within this time (default 10 s). */
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** A run stops after this long and asks for the next (the queue's expiry is 5 minutes). */
const MAX_RUN_MS = 2 * 60_000;
/** A claimed delivery is held this long (well past the answer's time limit). */
const LEASE_SECONDS = 120;

export class WebhookDeliveries {
  private readonly retryDelays: number[];
  private readonly disableAfter: DisableRule;
  private readonly concurrency: number;
  private readonly perEndpoint: number;
  private readonly timeoutMs: number;
  private readonly log: (message: string) => void;
  private listener: PgListener | null = null;
  private kickPending = false;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    private readonly vault: PersonalDataVault,
    private readonly options: WebhookDeliveryOptions,
  ) {
    this.retryDelays = options.retryDelaysSeconds ?? RETRY_DELAYS_SECONDS;
    this.disableAfter = options.disableAfter ?? DISABLE_AFTER;
    this.concurrency = options.concurrency ?? 16;
    this.perEndpoint = options.perEndpoint ?? 4;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.log = options.log ?? (() => undefined);
  }

  /** This process runs deliveries: it takes the queue's runs, listens for new deliveries and asks for a run every minute. */
  async work(): Promise<void> {
    if (!this.jobs.runsJobs) return;
    await this.jobs.work(JobName.WEBHOOK_DELIVER, () => this.run());
    await this.jobs.work(JobName.WEBHOOK_WAKE, () => this.kick());
    await this.jobs.every(JobName.WEBHOOK_DELIVER, '* * * * *');
    this.listener = await new PgListener(this.orm.config.get('clientUrl'), WEBHOOK_CHANNEL, () => this.kickSoon(), this.log).start();
    // Deliveries written while no process listened.
    this.kickSoon();
  }

  /** Asks for a delivery run (the queue keeps one waiting at most). */
  async kick(): Promise<void> {
    await this.jobs.send(JobName.WEBHOOK_DELIVER, {});
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.listener?.stop();
  }

  /** POSTs every due delivery (up to `concurrency` at once); how many attempts it made. */
  async run(): Promise<number> {
    const started = Date.now();
    const inFlight = new Map<string, number>();
    const secrets = new Map<string, string>();
    let attempts = 0;
    let more = false;
    const slot = async () => {
      while (!this.stopped) {
        if (Date.now() - started > MAX_RUN_MS) return void (more = true);
        const busy = [...inFlight].filter(([, n]) => n >= this.perEndpoint).map(([id]) => id);
        const due = await claimDue(this.orm.em.fork(), busy, LEASE_SECONDS);
        if (!due) return;
        inFlight.set(due.webhook_id, (inFlight.get(due.webhook_id) ?? 0) + 1);
        try {
          await this.attempt(due, secrets);
          attempts++;
        } finally {
          inFlight.set(due.webhook_id, inFlight.get(due.webhook_id)! - 1);
        }
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, slot));
    if (more) await this.kick();
    return attempts;
  }

  /** One POST of a claimed delivery, and its record. */
  private async attempt(due: DueDelivery, secrets: Map<string, string>): Promise<void> {
    let outcome: { status: number | null; error: string | null };
    try {
      let secret = secrets.get(due.webhook_id);
      if (!secret) {
        secret = this.vault.decrypt(due.secret_enc);
        secrets.set(due.webhook_id, secret);
      }
      const body = webhookBody(due);
      const headers = { 'X-Aixin-Event': due.event, 'X-Aixin-Delivery': due.id, 'X-Aixin-Signature': webhookSignature(secret, body) };
      const url = new URL(due.url);
      outcome = await postWebhook(url, await resolveWebhookHost(url, this.options.settings), headers, body, this.timeoutMs);
    } catch (error) {
      // A refused address (SSRF), an unreadable URL or secret: a failed attempt like any other.
      outcome = { status: null, error: error instanceof WebhookAddressError ? error.message : errorLine(error) };
    }
    const em = this.orm.em.fork();
    if (outcome.error === null) return recordSuccess(em, due.id, outcome.status!);
    const allowed = due.max_attempts ?? this.retryDelays.length + 1;
    const delay = due.attempts + 1 < allowed ? this.retryDelays[Math.min(due.attempts, this.retryDelays.length - 1)] : null;
    const nextAt = delay === null ? null : new Date(Math.ceil((Date.now() + delay * 1_000) / 1_000) * 1_000);
    const disabled = await recordFailure(
      em,
      { id: due.id, webhookId: due.webhook_id },
      { status: outcome.status, error: outcome.error },
      nextAt,
      this.disableAfter,
    );
    if (disabled) this.log(`Webhook ${due.webhook_id} disabled: its deliveries kept failing (the team's admins are told)`);
    // The retry's own job: one per second with retries due, whichever deliveries and processes send it.
    if (nextAt) await this.jobs.send(JobName.WEBHOOK_WAKE, {}, { after: nextAt, key: nextAt.toISOString() });
  }

  /** One run asked for per burst of notices. */
  private kickSoon(): void {
    if (this.kickPending || this.stopped) return;
    this.kickPending = true;
    setTimeout(() => {
      this.kickPending = false;
      this.kick().catch((error: unknown) => this.log(`webhook run not queued: ${errorLine(error)}`));
    }, 20);
  }
}
