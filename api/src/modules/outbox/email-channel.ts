// Messages by email: where the volunteer has an address and has not turned email off, worded in
// Chinese and English (message-email.ts), with an unsubscribe link and one-click headers.
import type { Mailer } from '../../common/mailer.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import type { ChannelPlan, MessageChannel } from './channel.js';
import { messageEmail } from './message-email.js';
import { DeliveryChannel } from './message-delivery.entity.js';
import type { ClaimedMessage } from './outbox.queries.js';
import { unsubscribeUrl } from './unsubscribe.js';

export interface EmailChannelOptions {
  /** Null: email is off, and every message is SKIPPED for it. */
  mailer: Mailer | null;
  /** The app's vault, which signs the unsubscribe links the server checks. */
  vault: PersonalDataVault;
  /** The public origin the links point at, e.g. https://volunteer.example. */
  publicUrl: string;
  /** Older messages are not emailed any more (default 7 days): news of a past shift is no use. */
  maxAgeMs?: number;
}

export class EmailChannel implements MessageChannel {
  readonly channel = DeliveryChannel.EMAIL;
  readonly connections: number;
  private readonly publicUrl: string;
  private readonly maxAgeMs: number;

  constructor(private readonly options: EmailChannelOptions) {
    this.connections = options.mailer?.connections ?? 1;
    this.publicUrl = options.publicUrl.replace(/\/+$/, '');
    this.maxAgeMs = options.maxAgeMs ?? 7 * 86_400_000;
  }

  plan(m: ClaimedMessage, now: Date): ChannelPlan {
    const wanted = this.options.mailer && m.email && m.notifyEmail && m.createdAt.getTime() >= now.getTime() - this.maxAgeMs;
    return wanted ? 'send' : 'skip';
  }

  async send(m: ClaimedMessage): Promise<void> {
    const unsubscribe = unsubscribeUrl(this.publicUrl, this.options.vault, m.id);
    const mail = messageEmail(m, this.publicUrl, unsubscribe);
    await this.options.mailer!.send({
      to: m.email!,
      subject: mail.subject,
      text: mail.text,
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  }
}
