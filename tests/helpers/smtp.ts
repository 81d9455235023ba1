// A real SMTP server on a free loopback port that keeps every message it receives (recipient,
// arrival time, raw text), for tests of what the product emails.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients. */
  to: string[];
  /** When it arrived (ms since the epoch). */
  at: number;
  /** The message as sent, headers and body (latin1: the body is encoded by the sender). */
  raw: string;
}

export interface MailCatcher {
  /** smtp://127.0.0.1:<port>, for AIXIN_SMTP_URL or a Mailer. */
  url: string;
  received: ReceivedMail[];
  /** What came to this address. */
  to: (address: string) => ReceivedMail[];
  close: () => Promise<void>;
}

export async function catchMail(): Promise<MailCatcher> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), at: Date.now(), raw: Buffer.concat(chunks).toString('latin1') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    to: (address) => received.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
