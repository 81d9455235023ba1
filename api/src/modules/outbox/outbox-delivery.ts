// Delivers outbox messages by email: claims a batch (outbox.queries.ts, safe with any number of
// deliverers at once), words each message in Chinese and English (message-email.ts), emails it
// where the volunteer has an address and has not turned email off, and records the outcome per
// message and channel (outbox_delivery) and, once no channel has more to do, `deliveredAt`.
// A refused email is tried again later, a few times, then marked FAILED; the inbox has every
// message whatever happens here. Logs name messages by ID only, never an address.
import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Mailer } from '../../common/mailer.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { messageEmail } from './message-email.js';
import { DeliveryStatus } from './message-delivery.entity.js';
import { claimForEmail, OutboxTopic, type ClaimedEmail } from './outbox.queries.js';
import { unsubscribeUrl } from './unsubscribe.js';

export interface OutboxDeliveryOptions {
  /** Any EntityManager of the app (each run works on its own fork). */
  em: EntityManager;
  /** Null: email is off, and messages are marked SKIPPED for it. */
  mailer: Mailer | null;
  /** The app's vault, which signs the unsubscribe links the server checks. */
  vault: PersonalDataVault;
  /** The public origin the links point at, e.g. https://volunteer.example. */
  publicUrl: string;
  /** Attempts before an email is given up (default 5). */
  maxAttempts?: number;
  /** Wait after the first failure, four times longer after each next (default 60 s: 1, 4, 16, 64 minutes). */
  retryDelayMs?: number;
  /** How long a claim keeps other deliverers off a message before it must be renewed (default 10 minutes). */
  leaseMs?: number;
  /** Older messages are not emailed any more (default 7 days): news of a past shift is no use. */
  maxAgeMs?: number;
  /** Where failures are logged (by message ID and the error's first line, without addresses). */
  log?: (message: string) => void;
}

export interface DeliveryCounts {
  /** Emails the mail server took. */
  sent: number;
  /** Emails the mail server refused (or that could not reach it) in this run; each is tried again later unless its attempts ran out. */
  failed: number;
  /** Messages with nothing to email: no address, turned off, too old, or email is off. */
  skipped: number;
  /** The batch was full: more messages may be waiting, so run again. */
  more: boolean;
}

const ADDRESS = /[^\s<>"'()[\]:;,]+@[^\s<>"'()[\]:;,]+/g;

/** A failure's first line without any address in it, short enough to keep. */
export function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0].replace(ADDRESS, '<address>') || 'unknown error').slice(0, 200);
}

export class OutboxDelivery {
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly leaseMs: number;
  private readonly maxAgeMs: number;
  private readonly publicUrl: string;

  constructor(private readonly options: OutboxDeliveryOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 60_000;
    this.leaseMs = options.leaseMs ?? 600_000;
    this.maxAgeMs = options.maxAgeMs ?? 7 * 86_400_000;
    this.publicUrl = options.publicUrl.replace(/\/+$/, '');
  }

  /** Delivers up to `limit` messages that are due; `more` says whether to call again at once. */
  async deliverPending(limit = 100): Promise<DeliveryCounts> {
    const em = this.options.em.fork();
    const claim = randomUUID();
    const claimed = await claimForEmail(em, claim, limit, this.leaseMs);
    const counts: DeliveryCounts = { sent: 0, failed: 0, skipped: 0, more: claimed.length === limit };
    const mailer = this.options.mailer;
    const oldest = Date.now() - this.maxAgeMs;
    const toSend = claimed.filter((m) => mailer && m.email && m.notifyEmail && m.createdAt.getTime() >= oldest);
    const skipped = claimed.filter((m) => !toSend.includes(m));
    counts.skipped = await this.settle(em, claim, skipped, DeliveryStatus.SKIPPED);
    // As many at once as the mailer keeps connections open (each message still goes once: it is claimed).
    const atOnce = pLimit(this.options.mailer?.connections ?? 1);
    await Promise.all(
      toSend.map((message) =>
        atOnce(async () => {
          // Renewed before each send: a slow batch must not outlive its claim on the messages it has yet to send.
          if (!(await this.renew(em, claim, message.id))) return;
          try {
            const unsubscribe = unsubscribeUrl(this.publicUrl, this.options.vault, message.id);
            const mail = messageEmail(message, this.publicUrl, unsubscribe);
            await mailer!.send({
              to: message.email!,
              subject: mail.subject,
              text: mail.text,
              headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
            });
            // Awaited first: `counts.sent += await …` would read the count before the wait, and lose a concurrent send's.
            const settled = await this.settle(em, claim, [message], DeliveryStatus.SENT);
            counts.sent += settled;
          } catch (error) {
            counts.failed += 1;
            await this.failed(em, claim, message, failureText(error));
          }
        }),
      ),
    );
    return counts;
  }

  /** When the next message is due for email (now, for one never tried), or null when none waits. */
  async nextDue(): Promise<Date | null> {
    const [row] = await this.options.em
      .fork()
      .getConnection()
      .execute<{ due: string | null }[]>(
        `select min(coalesce(d.next_attempt_at, o.created_at)) as due
           from outbox o left join outbox_delivery d on d.message_id = o.id and d.channel = 'EMAIL'
          where o.delivered_at is null and o.recipient_id is not null and o.topic in (select jsonb_array_elements_text(?::jsonb))
            and (d.status is null or d.status = 'QUEUED')`,
        [JSON.stringify(Object.values(OutboxTopic))],
      );
    return row?.due ? new Date(row.due) : null;
  }

  private async renew(em: EntityManager, claim: string, messageId: string): Promise<boolean> {
    const rows = await em.getConnection().execute(
      `update outbox_delivery set next_attempt_at = now() + ? * interval '1 millisecond', updated_at = now()
        where message_id = ? and channel = 'EMAIL' and claim = ?::uuid and status = 'QUEUED' returning message_id`,
      [this.leaseMs, messageId, claim],
    );
    return rows.length > 0;
  }

  /** Marks messages under this claim done through email (SENT or SKIPPED), and delivered; how many it marked. */
  private async settle(em: EntityManager, claim: string, messages: ClaimedEmail[], status: DeliveryStatus.SENT | DeliveryStatus.SKIPPED): Promise<number> {
    if (!messages.length) return 0;
    const sent = status === DeliveryStatus.SENT;
    const rows = await em.getConnection().execute(
      `with done as (
         update outbox_delivery set status = ?::delivery_status, claim = null, last_error = null, updated_at = now(),
                attempts = attempts + ?, sent_at = case when ? then now() end
          where channel = 'EMAIL' and claim = ?::uuid and message_id in (select jsonb_array_elements_text(?::jsonb)::bigint)
          returning message_id)
       update outbox set delivered_at = now() where id in (select message_id from done) returning id`,
      [status, sent ? 1 : 0, sent, claim, JSON.stringify(messages.map((m) => m.id))],
    );
    return rows.length;
  }

  /** An attempt failed: tried again after a while, or, after the last attempt, FAILED and delivered (the inbox has it). */
  private async failed(em: EntityManager, claim: string, message: ClaimedEmail, error: string): Promise<void> {
    const attempts = message.attempts + 1;
    const last = attempts >= this.maxAttempts;
    this.options.log?.(`email of message ${message.id} failed (attempt ${attempts} of ${this.maxAttempts}${last ? ', giving up' : ''}): ${error}`);
    await em.getConnection().execute(
      `with d as (
         update outbox_delivery set status = ?::delivery_status, attempts = ?, last_error = ?, claim = null, updated_at = now(),
                next_attempt_at = now() + ? * interval '1 millisecond'
          where message_id = ? and channel = 'EMAIL' and claim = ?::uuid
          returning message_id)
       update outbox set delivered_at = now() where ?::boolean and id in (select message_id from d)`,
      [last ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED, attempts, error, this.retryDelayMs * 4 ** (attempts - 1), message.id, claim, last],
    );
  }
}
