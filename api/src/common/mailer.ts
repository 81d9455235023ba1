// Email out of the platform: one pooled SMTP transport (nodemailer) made from the configured SMTP
// URL, sending as the platform's From address. Without an SMTP URL there is no Mailer and email is
// off (config.ts). Nodemailer's own logging stays off: it would print addresses.
import nodemailer from 'nodemailer';

export interface MailSettings {
  /** e.g. smtp://user:password@smtp.example.com:587 (STARTTLS when offered) or smtps://…:465; options as query parameters. */
  smtpUrl: string;
  /** e.g. `Aixin 爱心 <no-reply@volunteer.example>`. */
  from: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra header lines, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** Timeouts well under the outbox's claim on a message, so a stuck server cannot outlast it. */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

// What the URL says wins over these options (nodemailer merges them so), e.g. ?maxConnections=5.
const pooledTransport = (settings: MailSettings) =>
  nodemailer.createTransport({ url: settings.smtpUrl, pool: true, maxConnections: 2, ...TIMEOUTS }, { from: settings.from });

export class Mailer {
  private readonly transport: ReturnType<typeof pooledTransport>;

  constructor(settings: MailSettings) {
    this.transport = pooledTransport(settings);
  }

  /** How many messages it sends at once (its pool's connections; the URL's ?maxConnections= sets it). */
  get connections(): number {
    return this.transport.options.maxConnections ?? 2;
  }

  /** A Mailer when email is configured; null when it is off. */
  static fromSettings(settings: MailSettings | null): Mailer | null {
    return settings ? new Mailer(settings) : null;
  }

  /** Hands one message to the SMTP server; rejects when it refuses it (the error says why, in the server's words). */
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const info = await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
    return { messageId: String(info.messageId ?? '') };
  }

  /** Closes the pool's connections (at shutdown, or the process would wait for the server to drop them). */
  close(): void {
    this.transport.close();
  }
}
