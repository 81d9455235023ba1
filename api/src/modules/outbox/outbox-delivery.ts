// Delivers outbox messages through the platform's channels (email, SMS: channel.ts): for each
// channel, claims a batch (outbox.queries.ts, safe with any number of deliverers at once), asks
// the channel whether to send, skip or hold back each message, sends, and records the outcome
// per message and channel (outbox_delivery); once every channel is done with a message,
// `deliveredAt`. A refused send is tried again later, a few times, then marked FAILED; the inbox
// has every message whatever happens here. Logs name messages by ID only, never an address.
import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Mailer } from '../../common/mailer.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { smsGateway, type SmsSettings } from '../../common/sms.js';
import type { MessageChannel } from './channel.js';
import { EmailChannel } from './email-channel.js';
import { SmsChannel } from './sms-channel.js';
import { DeliveryStatus } from './message-delivery.entity.js';
import { claimFor, deferClaimed, failClaimed, markDelivered, nextDueFor, renewClaim, settleClaimed, type ClaimedMessage } from './outbox.queries.js';

export interface OutboxDeliveryOptions {
  /** Any EntityManager of the app (each run works on its own fork). */
  em: EntityManager;
  /** The channels the platform runs, every one of them (a message is delivered once each is done with it). */
  channels: MessageChannel[];
  /** Attempts before a send is given up (default 5). */
  maxAttempts?: number;
  /** Wait after the first failure, four times longer after each next (default 60 s: 1, 4, 16, 64 minutes). */
  retryDelayMs?: number;
  /** How long a claim keeps other deliverers off a message before it must be renewed (default 10 minutes). */
  leaseMs?: number;
  /** Where failures are logged (by message ID and the error's first line, without addresses). */
  log?: (message: string) => void;
  /** What time it is, for the channels' plans (quiet hours); the system clock by default. */
  clock?: () => Date;
}

export interface DeliveryCounts {
  /** Messages the mail server or SMS provider took. */
  sent: number;
  /** Sends refused (or that could not reach the server) in this run; each is tried again later unless its attempts ran out. */
  failed: number;
  /** Nothing to send: no address, turned off, too old, or the channel is off. */
  skipped: number;
  /** Held back until quiet hours end. */
  held: number;
  /** A batch was full: more messages may be waiting, so run again. */
  more: boolean;
}

const ADDRESS = /[^\s<>"'()[\]:;,]+@[^\s<>"'()[\]:;,]+/g;
const PHONE = /\+?\d[\d -]{6,}\d/g;

/** A failure's first line without any address or phone number in it, short enough to keep. */
export function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0].replace(ADDRESS, '<address>').replace(PHONE, '<number>') || 'unknown error').slice(0, 200);
}

/** Email always (every message SKIPPED for it while email is off); SMS where a notice template is set. */
export function platformChannels(parts: { mailer: Mailer | null; vault: PersonalDataVault; publicUrl: string; sms: SmsSettings | null }): MessageChannel[] {
  const { mailer, vault, publicUrl, sms } = parts;
  const channels: MessageChannel[] = [new EmailChannel({ mailer, vault, publicUrl })];
  const gateway = smsGateway(sms);
  if (gateway && sms?.noticeTemplate) channels.push(new SmsChannel({ gateway, template: sms.noticeTemplate, vault, quietHours: sms.quietHours }));
  return channels;
}

export class OutboxDelivery {
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly leaseMs: number;
  private readonly channels: MessageChannel[];

  constructor(private readonly options: OutboxDeliveryOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 60_000;
    this.leaseMs = options.leaseMs ?? 600_000;
    this.channels = options.channels;
  }

  /** Delivers up to `limit` messages that are due through each channel; `more` says whether to call again at once. */
  async deliverPending(limit = 100): Promise<DeliveryCounts> {
    const counts: DeliveryCounts = { sent: 0, failed: 0, skipped: 0, held: 0, more: false };
    for (const channel of this.channels) await this.deliverThrough(channel, limit, counts);
    return counts;
  }

  /** When the next message is due through any channel (now, for one never tried), or null when none waits. */
  async nextDue(): Promise<Date | null> {
    const em = this.options.em.fork();
    const dues = (await Promise.all(this.channels.map((c) => nextDueFor(em, c.channel)))).filter((d): d is Date => d !== null);
    return dues.length ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null;
  }

  private async deliverThrough(channel: MessageChannel, limit: number, counts: DeliveryCounts): Promise<void> {
    const em = this.options.em.fork();
    const claim = randomUUID();
    const claimed = await claimFor(em, channel.channel, claim, limit, this.leaseMs);
    if (claimed.length === limit) counts.more = true;
    const now = this.options.clock?.() ?? new Date();
    const toSend: ClaimedMessage[] = [];
    const skipped: ClaimedMessage[] = [];
    for (const message of claimed) {
      const plan = channel.plan(message, now);
      if (plan === 'send') toSend.push(message);
      else if (plan === 'skip') skipped.push(message);
      else {
        await deferClaimed(em, channel.channel, claim, message.id, plan);
        counts.held += 1;
      }
    }
    counts.skipped += await this.settle(em, channel, claim, skipped, DeliveryStatus.SKIPPED);
    // As many at once as the channel keeps connections open (each message still goes once: it is claimed).
    const atOnce = pLimit(channel.connections);
    await Promise.all(
      toSend.map((message) =>
        atOnce(async () => {
          // Renewed before each send: a slow batch must not outlive its claim on the messages it has yet to send.
          if (!(await renewClaim(em, channel.channel, claim, message.id, this.leaseMs))) return;
          try {
            await channel.send(message);
          } catch (error) {
            counts.failed += 1;
            await this.failed(em, channel, claim, message, failureText(error));
            return;
          }
          // Awaited first: `counts.sent += await …` would read the count before the wait, and lose a concurrent send's.
          const settled = await this.settle(em, channel, claim, [message], DeliveryStatus.SENT);
          counts.sent += settled;
        }),
      ),
    );
  }

  /** Marks messages under this claim done through the channel, and delivered where every channel is; how many it marked. */
  private async settle(
    em: EntityManager,
    channel: MessageChannel,
    claim: string,
    messages: ClaimedMessage[],
    status: DeliveryStatus.SENT | DeliveryStatus.SKIPPED,
  ) {
    const ids = await settleClaimed(
      em,
      channel.channel,
      claim,
      messages.map((m) => m.id),
      status,
    );
    await markDelivered(
      em,
      ids,
      this.channels.map((c) => c.channel),
    );
    return ids.length;
  }

  /** An attempt failed: tried again after a while, or, after the last attempt, FAILED (the inbox has it). */
  private async failed(em: EntityManager, channel: MessageChannel, claim: string, message: ClaimedMessage, error: string): Promise<void> {
    const attempts = message.attempts + 1;
    const last = attempts >= this.maxAttempts;
    this.options.log?.(
      `${channel.channel.toLowerCase()} of message ${message.id} failed (attempt ${attempts} of ${this.maxAttempts}${last ? ', giving up' : ''}): ${error}`,
    );
    const recorded = await failClaimed(em, channel.channel, claim, message.id, { attempts, error, retryInMs: this.retryDelayMs * 4 ** (attempts - 1), last });
    if (recorded && last) {
      await markDelivered(
        em,
        [message.id],
        this.channels.map((c) => c.channel),
      );
    }
  }
}
