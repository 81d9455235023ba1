// Messages by SMS: the news that changes a volunteer's plans (a place, a draw, a cancellation, a
// reminder, a moved or cancelled shift, a service request taken up or done) is texted to the account's phone through the
// provider's notice template, where the platform has one (AIXIN_SMS_NOTICE_TEMPLATE) and the
// volunteer has not turned texts off. Team messages and staff notices stay in the inbox and email.
// No text that can wait goes out in quiet hours (22:00–08:00 China time unless configured): it is
// held back until they end. An urgent change (a cancellation, a move, a place from the waitlist)
// for a shift within a day goes at once. News of a shift that has started is not texted.
import type { PersonalDataVault } from '../../common/personal-data.js';
import { CHINA_OFFSET_MS } from '../../common/china-time.js';
import type { QuietHours, SmsGateway } from '../../common/sms.js';
import type { ChannelPlan, MessageChannel } from './channel.js';
import { messageHeadline } from './message-email.js';
import { DeliveryChannel } from './message-delivery.entity.js';
import { OutboxTopic, type ClaimedMessage } from './outbox.queries.js';

/** The topics that are texted. */
export const SMS_TOPICS: ReadonlySet<OutboxTopic> = new Set([
  OutboxTopic.SIGNUP_PROMOTED,
  OutboxTopic.SIGNUP_DRAWN,
  OutboxTopic.PROJECT_CANCELLED,
  OutboxTopic.SHIFT_MOVED,
  OutboxTopic.SHIFT_CANCELLED,
  OutboxTopic.SHIFT_REMINDER,
  OutboxTopic.SERVICE_REQUEST_CLAIMED,
  OutboxTopic.SERVICE_REQUEST_DONE,
]);

/** Changes that go out at night too when their shift starts within URGENT_WITHIN_MS. */
const URGENT_TOPICS: ReadonlySet<OutboxTopic> = new Set([
  OutboxTopic.PROJECT_CANCELLED,
  OutboxTopic.SHIFT_MOVED,
  OutboxTopic.SHIFT_CANCELLED,
  OutboxTopic.SIGNUP_PROMOTED,
]);
const URGENT_WITHIN_MS = 24 * 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
/** Template variables are short (providers cap them near 20–35 characters). */
const TITLE_LENGTH = 20;

export interface SmsChannelOptions {
  gateway: SmsGateway;
  /** The provider's code of the notice template: `${headline}：“${title}”${time}，详情请登录平台查看。` */
  template: string;
  vault: PersonalDataVault;
  quietHours: QuietHours | null;
  /** Older messages are not texted any more (default 2 days). */
  maxAgeMs?: number;
}

/** The end of the quiet hours `now` falls in, or null when it falls in none. */
export function quietUntil(now: Date, quiet: QuietHours | null): Date | null {
  if (!quiet) return null;
  const local = Math.floor((now.getTime() + CHINA_OFFSET_MS) / MINUTE_MS);
  const minute = ((local % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const wraps = quiet.from > quiet.to;
  const inside = wraps ? minute >= quiet.from || minute < quiet.to : minute >= quiet.from && minute < quiet.to;
  if (!inside) return null;
  const ahead = (quiet.to - minute + DAY_MINUTES) % DAY_MINUTES;
  return new Date((local + ahead) * MINUTE_MS - CHINA_OFFSET_MS);
}

const chinaClock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The notice template's variables for a message. */
export function smsParams(m: ClaimedMessage): Record<string, string> {
  const title = m.projectTitle ?? m.requestTitle ?? '';
  return {
    headline: messageHeadline(m),
    title: title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1)}…` : title,
    time: m.startsAt ? `（${chinaClock.format(m.startsAt)}）` : '',
  };
}

export class SmsChannel implements MessageChannel {
  readonly channel = DeliveryChannel.SMS;
  readonly connections = 4;
  private readonly maxAgeMs: number;

  constructor(private readonly options: SmsChannelOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 2 * 86_400_000;
  }

  plan(m: ClaimedMessage, now: Date): ChannelPlan {
    if (!SMS_TOPICS.has(m.topic) || !m.phoneEnc || !m.notifySms) return 'skip';
    if (m.createdAt.getTime() < now.getTime() - this.maxAgeMs) return 'skip';
    if (m.startsAt && m.startsAt.getTime() <= now.getTime()) return 'skip';
    const until = quietUntil(now, this.options.quietHours);
    if (!until) return 'send';
    const urgent = URGENT_TOPICS.has(m.topic) && (!m.startsAt || m.startsAt.getTime() - now.getTime() <= URGENT_WITHIN_MS);
    if (urgent) return 'send';
    // Held back: news of a shift that starts before the quiet hours end is no use then.
    return m.startsAt && m.startsAt.getTime() <= until.getTime() ? 'skip' : until;
  }

  async send(m: ClaimedMessage): Promise<void> {
    await this.options.gateway.send(this.options.vault.decrypt(m.phoneEnc!), this.options.template, smsParams(m));
  }
}
