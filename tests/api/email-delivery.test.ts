// Messages leave the platform by email: against a real SMTP server (smtp-server) on a random
// port, a waitlist promotion made through the API is emailed once, in Chinese and English, with
// a signed unsubscribe link and its headers; deliverers running at once send each message once;
// a volunteer who turned email off, or has no address, gets none (SKIPPED); a server that
// refuses leaves the message FAILED after its attempts, still in the inbox; the unsubscribe link
// turns email off. Logs never carry an address.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { Mailer } from '../../api/src/common/mailer.js';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { OutboxDelivery, type OutboxDeliveryOptions } from '../../api/src/modules/outbox/outbox-delivery.js';
import { claimFor } from '../../api/src/modules/outbox/outbox.queries.js';
import { EmailChannel } from '../../api/src/modules/outbox/email-channel.js';
import { DeliveryChannel } from '../../api/src/modules/outbox/message-delivery.entity.js';
import { activitiesStage, promoteFromWaitlist, publishedShift, signUpThrough, type ActivitiesStage } from '../helpers/activities.js';
import { testOrm } from '../helpers/api.js';
import type { CrowdMember } from '../helpers/crowd.js';

interface Received {
  envelopeTo: string[];
  headers: Record<string, string>;
  text: string;
}

let stage: ActivitiesStage;
let smtp: SMTPServer;
let mailer: Mailer;
let vault: PersonalDataVault;
/** A second ORM, as another API process would have. */
let otherOrm: MikroORM;
const received: Received[] = [];
const logged: string[] = [];
const smtpLogins: string[] = [];
let refuse = false;
const tag = String(Date.now()).slice(-6);

/** RFC 2047 words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) in a header value; whitespace between two words goes. */
function decodeWords(value: string): string {
  return value.replace(/(\?=)\s+(=\?)/g, '$1$2').replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** Enough of a single-part message: unfolded headers (names lower-cased) and the decoded text. */
function parseMessage(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { headers, text: text.replace(/\r\n/g, '\n') };
}

/** The email channel alone (with this mailer, or none: email off), as the platform runs it. */
const emailOnly = (em = stage.orm.em, through: Mailer | null = mailer): Pick<OutboxDeliveryOptions, 'em' | 'channels'> => ({
  em,
  channels: [new EmailChannel({ mailer: through, vault, publicUrl: stage.server.url })],
});
const deliverer = ({ mailer: through = mailer, ...overrides }: Partial<Omit<OutboxDeliveryOptions, 'channels'>> & { mailer?: Mailer | null } = {}) =>
  new OutboxDelivery({ ...emailOnly(stage.orm.em, through), retryDelayMs: 0, log: (m) => logged.push(m), ...overrides });

async function giveEmail(member: CrowdMember, local: string): Promise<string> {
  const email = `${local}-${tag}@volunteers.test`;
  await stage.sql(`update volunteer set email = ? where id = ?`, [email, member.id]);
  return email;
}

const signUp = (member: CrowdMember, shiftId: string) => signUpThrough(stage, member, shiftId);
const promote = (holder: CrowdMember, waiting: CrowdMember, title: string, startsInHours: number) =>
  promoteFromWaitlist(stage, holder, waiting, title, startsInHours);

const delivery = async (messageId: string) =>
  (await stage.sql(`select status, attempts, last_error, sent_at from outbox_delivery where message_id = ? and channel = 'EMAIL'`, [messageId]))[0];
const deliveredAt = async (messageId: string) => (await stage.sql(`select delivered_at from outbox where id = ?`, [messageId]))[0].delivered_at;
const mailTo = (address: string) => received.filter((m) => m.envelopeTo.includes(address));

beforeAll(async () => {
  stage = await activitiesStage(14);
  otherOrm = await testOrm();
  vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
  smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      smtpLogins.push(`${auth.username}:${auth.password}`);
      callback(null, { user: auth.username });
    },
    onRcptTo(_address, _session, callback) {
      if (refuse) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), ...parseMessage(Buffer.concat(chunks).toString('latin1')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  mailer = new Mailer({ smtpUrl: `smtp://aixin:p%40ss-word@127.0.0.1:${port}`, from: 'Aixin 爱心 <no-reply@aixin.test>' });
  // Messages the demo data left: email was off then.
  await deliverer({ mailer: null }).deliverPending(1000);
});

afterAll(async () => {
  mailer?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await otherOrm?.close();
  await stage?.close();
});

beforeEach(() => {
  refuse = false;
});

describe('email settings', () => {
  it('are off without AIXIN_SMTP_URL, and a bad URL or From address stops the start with a clear message', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ AIXIN_SMTP_URL: 'smtp://u:p@smtp.example.com:587' }).mail).toEqual({
      smtpUrl: 'smtp://u:p@smtp.example.com:587',
      from: 'Aixin 爱心 <no-reply@localhost>',
    });
    expect(loadConfig({ AIXIN_SMTP_URL: 'smtps://smtp.example.com', AIXIN_PUBLIC_URL: 'https://volunteer.example' }).mail?.from).toBe(
      'Aixin 爱心 <no-reply@volunteer.example>',
    );
    expect(loadConfig({ AIXIN_SMTP_URL: 'smtp://smtp.example.com', AIXIN_MAIL_FROM: 'noreply@volunteer.example' }).mail?.from).toBe(
      'noreply@volunteer.example',
    );
    for (const bad of ['http://u:secretpw@smtp.example.com', 'smtp.example.com:587', 'smtp://u:secretpw@/']) {
      let error: unknown;
      try {
        loadConfig({ AIXIN_SMTP_URL: bad });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/^AIXIN_SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
      expect((error as Error).message).not.toContain('secretpw');
    }
    expect(() => loadConfig({ AIXIN_MAIL_FROM: 'Aixin <not an address>' })).toThrow(/AIXIN_MAIL_FROM must be an email address/);
  });
});

describe('email delivery', () => {
  it('emails a waitlist promotion once, in Chinese and English, with a signed unsubscribe link; the inbox shows it sent', async () => {
    const [holder, waiting] = stage.crowd;
    const address = await giveEmail(waiting, 'promoted');
    const title = `邮件测试：候补转正${tag}`;
    // Two days on, at 10:00 China time: a three-hour shift then ends the same day, as the pattern below says.
    const now = new Date();
    const chinaHour = (now.getUTCHours() + 8 + now.getUTCMinutes() / 60) % 24;
    const messageId = await promote(holder, waiting, title, 48 + ((10 - chinaHour + 24) % 24));

    const counts = await deliverer().deliverPending();
    expect(counts).toEqual({ sent: 1, failed: 0, skipped: 0, held: 0, more: false });
    const [mail] = mailTo(address);
    expect(mailTo(address)).toHaveLength(1);
    expect(mail.envelopeTo).toEqual([address]);
    expect(mail.headers.to).toBe(address);
    expect(mail.headers.from).toMatch(/^"?Aixin 爱心"? <no-reply@aixin\.test>$/);
    expect(mail.headers.subject).toBe(`候补转正：${title} | Off the waitlist`);
    expect(mail.text).toContain(`你已获得“${title}”（`);
    expect(mail.text).toContain(`You have a place at “${title}” (`);
    expect(mail.text).toMatch(/（\d{4}年\d{1,2}月\d{1,2}日周.\s\d\d:\d\d–\d\d:\d\d）/);
    expect(mail.text).toContain(`${stage.server.url}/en/account/#messages`);
    // The URL from settings, with its user and password percent-decoded.
    expect(smtpLogins).toContain('aixin:p@ss-word');

    // The link names the message, signed: never the volunteer.
    const unsubscribe = /^<(.+)>$/.exec(mail.headers['list-unsubscribe'])![1];
    expect(unsubscribe).toMatch(new RegExp(`^${stage.server.url}/unsubscribe\\?token=${messageId}\\.[\\w-]{22}$`));
    expect(unsubscribe).not.toContain(waiting.id);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(`不再接收邮件：${unsubscribe}`);
    expect(mail.text).toContain(`To stop these emails: ${unsubscribe}`);

    expect(await delivery(messageId)).toMatchObject({ status: 'SENT', attempts: 1, last_error: null, sent_at: expect.any(String) });
    expect(await deliveredAt(messageId)).toEqual(expect.any(String));
    // Idempotent: nothing is due any more.
    expect(await deliverer().deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0, held: 0, more: false });
    expect(mailTo(address)).toHaveLength(1);
    expect(await deliverer().nextDue()).toBeNull();

    const inbox = await stage.server.gql(
      `{ me { notifyByEmail notifications(first: 5) { nodes { id kind deliveries { channel status attempts sentAt } } } } }`,
      {},
      waiting.headers,
    );
    expect(inbox.data.me.notifyByEmail).toBe(true);
    expect(inbox.data.me.notifications.nodes[0]).toMatchObject({
      id: messageId,
      kind: 'WAITLIST_PROMOTED',
      deliveries: [{ channel: 'EMAIL', status: 'SENT', attempts: 1, sentAt: expect.any(String) }],
    });
  });

  it('sends each message once when deliverers in two processes run at once', async () => {
    const members = stage.crowd.slice(2, 8);
    const addresses = await Promise.all(members.map((m, i) => giveEmail(m, `crowd${i}`)));
    // A cancelled activity tells all six at once (one statement enqueues a message each).
    const { projectId, shiftId } = await publishedShift(stage, `邮件测试：并发取消${tag}`, { startsInHours: 72, capacity: 10 });
    for (const m of members) expect((await signUp(m, shiftId)).status).toBe('CONFIRMED');
    const cancelled = await stage.server.gql(
      `mutation($id: ID!) { cancelProject(id: $id, reason: "场地检修") { status } }`,
      { id: projectId },
      stage.coordinator,
    );
    expect(cancelled.errors).toBeUndefined();

    const here = deliverer();
    const there = new OutboxDelivery({ ...emailOnly(otherOrm.em), retryDelayMs: 0 });
    const runs = await Promise.all([here.deliverPending(2), there.deliverPending(2), here.deliverPending(3), there.deliverPending()]);
    const after = await there.deliverPending();
    expect([...runs, after].reduce((n, c) => n + c.sent, 0)).toBe(6);
    expect(after.more).toBe(false);
    for (const address of addresses) {
      expect(mailTo(address)).toHaveLength(1);
      const [mail] = mailTo(address);
      expect(mail.headers.subject).toBe(`活动取消：邮件测试：并发取消${tag} | Cancelled`);
      expect(mail.text).toContain('原因：场地检修');
      expect(mail.text).toContain('(reason: 场地检修)');
    }
  });

  it('leaves a message another deliverer holds alone, while its claim is being made and until it runs out', async () => {
    const [, , , , , , , , holder, , , , , waiting] = stage.crowd;
    const address = await giveEmail(waiting, 'held');
    const messageId = await promote(holder, waiting, `邮件测试：别处已认领${tag}`, 170);
    const other = otherOrm.em.fork();
    await other.begin();
    try {
      expect((await claimFor(other, DeliveryChannel.EMAIL, randomUUID(), 10, 600_000)).map((m) => m.id)).toEqual([messageId]);
      // Locked by the claim under way: skipped, not waited for.
      expect(await deliverer().deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0, held: 0, more: false });
    } finally {
      await other.commit();
    }
    // Claimed: the other deliverer's until its lease runs out.
    expect(await deliverer().deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0, held: 0, more: false });
    expect(mailTo(address)).toHaveLength(0);
    await stage.sql(`update outbox_delivery set next_attempt_at = now() where message_id = ?`, [messageId]);
    expect(await deliverer().deliverPending()).toEqual({ sent: 1, failed: 0, skipped: 0, held: 0, more: false });
    expect(mailTo(address)).toHaveLength(1);
  });

  it('sends nothing to a volunteer who turned email off, or has no address: SKIPPED', async () => {
    const [, , , , , , , , holder, optedOut, noAddress] = stage.crowd;
    const address = await giveEmail(optedOut, 'opted-out');
    const off = await stage.server.gql(`mutation { updateMyProfile(input: { notifyByEmail: false }) { notifyByEmail } }`, {}, optedOut.headers);
    expect(off.data.updateMyProfile.notifyByEmail).toBe(false);
    // The volunteer's own choice: nobody else reads it.
    const peek = await stage.server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { notifyByEmail } } }`, { id: optedOut.id }, holder.headers);
    expect(peek.data.node).toEqual({ notifyByEmail: null });
    const first = await promote(holder, optedOut, `邮件测试：已关闭邮件${tag}`, 100);
    const second = await promote(holder, noAddress, `邮件测试：没有邮箱${tag}`, 110);

    expect(await deliverer().deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 2, held: 0, more: false });
    expect(mailTo(address)).toHaveLength(0);
    for (const id of [first, second]) {
      expect(await delivery(id)).toMatchObject({ status: 'SKIPPED', attempts: 0, sent_at: null });
      expect(await deliveredAt(id)).toEqual(expect.any(String));
    }
    // Turned on again, the next message goes out.
    const on = await stage.server.gql(`mutation { updateMyProfile(input: { notifyByEmail: true }) { notifyByEmail } }`, {}, optedOut.headers);
    expect(on.data.updateMyProfile.notifyByEmail).toBe(true);
    await promote(holder, optedOut, `邮件测试：重新开启${tag}`, 120);
    expect((await deliverer().deliverPending()).sent).toBe(1);
    expect(mailTo(address)).toHaveLength(1);
  });

  it('tries a refused email again later, then marks it FAILED; the message stays in the inbox; no address in the log', async () => {
    const [, , , , , , , , holder, , , refused] = stage.crowd;
    const address = await giveEmail(refused, 'refused');
    const messageId = await promote(holder, refused, `邮件测试：退信${tag}`, 130);
    refuse = true;
    const patient = deliverer({ maxAttempts: 3, retryDelayMs: 60_000 });

    expect(await patient.deliverPending()).toEqual({ sent: 0, failed: 1, skipped: 0, held: 0, more: false });
    expect(await delivery(messageId)).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect((await delivery(messageId)).last_error).toMatch(/550 Mailbox unavailable/);
    expect(await deliveredAt(messageId)).toBeNull();
    // Not due before its time.
    expect(await patient.deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0, held: 0, more: false });
    expect((await patient.nextDue())!.getTime()).toBeGreaterThan(Date.now() + 50_000);

    for (const attempts of [2, 3]) {
      await stage.sql(`update outbox_delivery set next_attempt_at = now() where message_id = ?`, [messageId]);
      expect((await patient.deliverPending()).failed).toBe(1);
      expect(await delivery(messageId)).toMatchObject({ status: attempts === 3 ? 'FAILED' : 'QUEUED', attempts });
    }
    expect(await deliveredAt(messageId)).toEqual(expect.any(String));
    const row = await delivery(messageId);
    expect(row.last_error).toMatch(/550 Mailbox unavailable/);
    expect(row.last_error).not.toContain('@');
    expect(mailTo(address)).toHaveLength(0);

    // Given up for good, still in the inbox.
    refuse = false;
    await stage.sql(`update outbox_delivery set next_attempt_at = now() where message_id = ?`, [messageId]);
    expect((await patient.deliverPending()).sent).toBe(0);
    const inbox = await stage.server.gql(`{ me { notifications(first: 1) { nodes { id kind deliveries { status attempts } } } } }`, {}, refused.headers);
    expect(inbox.data.me.notifications.nodes).toEqual([{ id: messageId, kind: 'WAITLIST_PROMOTED', deliveries: [{ status: 'FAILED', attempts: 3 }] }]);
    expect(logged.some((line) => line.includes(`message ${messageId}`) && line.includes('giving up'))).toBe(true);
    expect(logged.filter((line) => line.includes('@'))).toEqual([]);
  });

  it("turns email off with the unsubscribe link: a page and a button, or the mail client's one-click POST", async () => {
    const [holder, promoted] = stage.crowd;
    const address = `promoted-${tag}@volunteers.test`;
    const link = /^<(.+)>$/.exec(mailTo(address)[0].headers['list-unsubscribe'])![1];

    // A page to confirm on: a link scanner fetching it turns nothing off.
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('退订邮件通知');
    expect(html).toContain('Stop email notifications');
    expect(html).toContain(`<form method="post" action="/unsubscribe?token=`);
    expect((await stage.sql(`select notify_email from volunteer where id = ?`, [promoted.id]))[0].notify_email).toBe(true);

    // A token altered by one character opens nothing.
    const forged = link.replace(/\.(.)/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    expect((await fetch(forged)).status).toBe(404);
    expect((await fetch(forged, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${stage.server.url}/unsubscribe?token=${promoted.id}`)).status).toBe(404);

    const done = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    const doneHtml = await done.text();
    expect(doneHtml).toContain('已退订邮件通知');
    expect(doneHtml).toContain('You will get no more emails');
    // Signed-in answers come from the session cache, which hears of the change as it commits.
    await expect
      .poll(async () => (await stage.server.gql(`{ me { notifyByEmail } }`, {}, promoted.headers)).data.me.notifyByEmail, { timeout: 5_000 })
      .toBe(false);
    // Again: still fine.
    expect((await fetch(link, { method: 'POST' })).status).toBe(200);

    const messageId = await promote(holder, promoted, `邮件测试：退订之后${tag}`, 140);
    expect((await deliverer().deliverPending()).skipped).toBe(1);
    expect(await delivery(messageId)).toMatchObject({ status: 'SKIPPED' });
    expect(mailTo(address)).toHaveLength(1);
  });

  it('marks messages SKIPPED when email is off, and never emails news older than a week', async () => {
    const [holder, , , , , , , , , , , , late] = stage.crowd;
    await giveEmail(late, 'late');
    const off = await promote(holder, late, `邮件测试：邮件未开启${tag}`, 150);
    expect(await deliverer({ mailer: null }).deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 1, held: 0, more: false });
    expect(await delivery(off)).toMatchObject({ status: 'SKIPPED' });

    const old = await promote(holder, late, `邮件测试：旧消息${tag}`, 160);
    await stage.sql(`update outbox set created_at = now() - interval '8 days' where id = ?`, [old]);
    expect(await deliverer().deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 1, held: 0, more: false });
    expect(await delivery(old)).toMatchObject({ status: 'SKIPPED' });
  });
});
