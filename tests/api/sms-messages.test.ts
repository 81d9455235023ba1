// Messages by SMS, against a local server that checks each request as Aliyun documents SendSms
// (tests/helpers/sms.ts): a place from the waitlist is texted once through the notice template
// to the volunteer's phone; at night a text that can wait is held back until the quiet hours
// end, an urgent change for a shift within a day goes at once, and news that would come too
// late is not texted; a volunteer who turned texts off, a team message or an account without a
// phone get none (SKIPPED); a provider that refuses leaves the text FAILED, the log without the
// number. The volunteer turns texts on and off in their settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig, ConfigError } from '../../api/src/config.js';
import { DEFAULT_SETTINGS } from '../../api/src/common/settings.js';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { AliyunSms, type QuietHours, type SmsSettings } from '../../api/src/common/sms.js';
import { CHINA_OFFSET_MS } from '../../api/src/common/china-time.js';
import { EmailChannel } from '../../api/src/modules/outbox/email-channel.js';
import { OutboxDelivery } from '../../api/src/modules/outbox/outbox-delivery.js';
import { quietUntil, SmsChannel } from '../../api/src/modules/outbox/sms-channel.js';
import { testServer } from '../helpers/api.js';
import { activitiesStage, promoteFromWaitlist, type ActivitiesStage } from '../helpers/activities.js';
import type { CrowdMember } from '../helpers/crowd.js';
import { fakePhone } from '../helpers/people.js';
import { catchTexts, type TextCatcher } from '../helpers/sms.js';

const SECRET = 'sms-messages-secret';
const NOTICE = 'SMS_000000002';
const NIGHT: QuietHours = { from: 22 * 60, to: 8 * 60 };
const HOUR = 3_600_000;

let stage: ActivitiesStage;
let texts: TextCatcher;
let vault: PersonalDataVault;
let settings: SmsSettings;
const logged: string[] = [];
const phones = new Map<string, string>();
const tag = String(Date.now()).slice(-6);

/** The first instant after an hour from now at which it is `hour`:00 in China. */
function nextChinaHour(hour: number): Date {
  const start = Date.now() + HOUR;
  const local = new Date(start + CHINA_OFFSET_MS);
  let at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour) - CHINA_OFFSET_MS;
  if (at < start) at += 24 * HOUR;
  return new Date(at);
}

const hoursFromNow = (at: Date) => (at.getTime() - Date.now()) / HOUR;

/** Email off, SMS through the local provider, at the time `clock` says. */
const deliverer = (clock: Date, maxAttempts = 5) =>
  new OutboxDelivery({
    em: stage.orm.em,
    channels: [
      new EmailChannel({ mailer: null, vault, publicUrl: stage.server.url }),
      new SmsChannel({ gateway: new AliyunSms(settings), template: NOTICE, vault, quietHours: NIGHT }),
    ],
    clock: () => clock,
    maxAttempts,
    retryDelayMs: 0,
    log: (m) => logged.push(m),
  });

/** Gives a crowd member a phone, sealed as registration seals it. */
async function givePhone(member: CrowdMember): Promise<string> {
  const phone = fakePhone();
  await stage.sql(`update volunteer set phone_enc = ? where id = ?`, [vault.encrypt(phone), member.id]);
  phones.set(member.id, phone);
  return phone;
}

const textsTo = (phone: string) => texts.texts.filter((t) => t.PhoneNumbers === phone);
const smsDelivery = async (messageId: string) =>
  (
    await stage.sql(`select status, attempts, last_error, next_attempt_at, sent_at from outbox_delivery where message_id = ? and channel = 'SMS'`, [messageId])
  )[0];
const deliveredAt = async (messageId: string) => (await stage.sql(`select delivered_at from outbox where id = ?`, [messageId]))[0].delivered_at;

/** A message written straight to the outbox, as the reminder job or a team message writes it. */
async function message(topic: string, recipient: CrowdMember, payload: Record<string, unknown>): Promise<string> {
  const [row] = await stage.sql<{ id: string }>(`insert into outbox (topic, recipient_id, payload) values (?, ?, ?::jsonb) returning id`, [
    topic,
    recipient.id,
    JSON.stringify(payload),
  ]);
  return String(row.id);
}

beforeAll(async () => {
  texts = await catchTexts(SECRET);
  settings = {
    provider: 'aliyun',
    endpoint: texts.endpoint,
    accessKeyId: 'LTAI-test',
    accessKeySecret: SECRET,
    signName: '爱心志愿',
    codeTemplate: 'SMS_000000001',
    noticeTemplate: NOTICE,
    quietHours: NIGHT,
  };
  stage = await activitiesStage(11, { settings: { ...DEFAULT_SETTINGS, sms: settings } });
  vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
  // What the demo data left is not this test's to text.
  await stage.sql(`update outbox set delivered_at = now() where delivered_at is null`);
});

afterAll(async () => {
  await stage?.close();
  await texts?.close();
});

describe('SMS settings', () => {
  it('hold texts back from 22:00 to 08:00 unless told otherwise, and refuse a window that is not one', () => {
    const aliyun = {
      AIXIN_SMS_PROVIDER: 'aliyun',
      AIXIN_SMS_ACCESS_KEY_ID: 'id',
      AIXIN_SMS_ACCESS_KEY_SECRET: 'secret',
      AIXIN_SMS_SIGN_NAME: '爱心志愿',
      AIXIN_SMS_CODE_TEMPLATE: 'SMS_1',
    };
    expect(loadConfig(aliyun).settings.sms).toMatchObject({ noticeTemplate: null, quietHours: { from: 1320, to: 480 } });
    expect(loadConfig({ ...aliyun, AIXIN_SMS_NOTICE_TEMPLATE: 'SMS_2', AIXIN_SMS_QUIET_HOURS: '21:30-07:15' }).settings.sms).toMatchObject({
      noticeTemplate: 'SMS_2',
      quietHours: { from: 21 * 60 + 30, to: 7 * 60 + 15 },
    });
    expect(loadConfig({ ...aliyun, AIXIN_SMS_QUIET_HOURS: 'off' }).settings.sms?.quietHours).toBeNull();
    for (const bad of ['22-08', '24:00-08:00', '08:00-08:00', '22:00–08:00']) {
      expect(() => loadConfig({ ...aliyun, AIXIN_SMS_QUIET_HOURS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ ...aliyun, AIXIN_SMS_QUIET_HOURS: bad })).toThrow(/AIXIN_SMS_QUIET_HOURS must be two different China times/);
    }
  });

  it('know when the quiet hours end, China time, across midnight and within a day', () => {
    const china = (iso: string) => new Date(Date.parse(`${iso}Z`) - CHINA_OFFSET_MS);
    expect(quietUntil(china('2026-12-04T23:10:00'), NIGHT)).toEqual(china('2026-12-05T08:00:00'));
    expect(quietUntil(china('2026-12-05T02:00:00'), NIGHT)).toEqual(china('2026-12-05T08:00:00'));
    expect(quietUntil(china('2026-12-05T08:00:00'), NIGHT)).toBeNull();
    expect(quietUntil(china('2026-12-05T21:59:00'), NIGHT)).toBeNull();
    expect(quietUntil(china('2026-12-05T13:00:00'), { from: 12 * 60, to: 14 * 60 })).toEqual(china('2026-12-05T14:00:00'));
    expect(quietUntil(china('2026-12-05T02:00:00'), null)).toBeNull();
  });
});

describe('messages by SMS', () => {
  it('text a place from the waitlist once, through the notice template, to the volunteer’s phone; the inbox shows it sent', async () => {
    const [holder, waiting] = stage.crowd;
    const phone = await givePhone(waiting);
    const title = `短信测试：候补转正的一个很长很长的活动名称${tag}`;
    const day = nextChinaHour(14);
    const messageId = await promoteFromWaitlist(stage, holder, waiting, title, hoursFromNow(day) + 48);

    expect(await deliverer(day).deliverPending()).toEqual({ sent: 1, failed: 0, skipped: 1, held: 0, more: false });
    const [text] = textsTo(phone);
    expect(textsTo(phone)).toHaveLength(1);
    expect(text).toMatchObject({ PhoneNumbers: phone, SignName: '爱心志愿', TemplateCode: NOTICE });
    const params = JSON.parse(text.TemplateParam);
    expect(params.headline).toBe('候补转正');
    expect(params.title).toBe(`${title.slice(0, 19)}…`);
    expect(params.time).toMatch(/^（\d{1,2}月\d{1,2}日 \d\d:\d\d）$/);
    expect(await smsDelivery(messageId)).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
    expect(await deliveredAt(messageId)).toEqual(expect.any(String));

    // Once: nothing more to text.
    expect(await deliverer(day).deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0, held: 0, more: false });
    expect(textsTo(phone)).toHaveLength(1);
    const inbox = await stage.server.gql(`{ me { notifications(first: 1) { nodes { id deliveries { channel status } } } } }`, undefined, waiting.headers);
    expect(inbox.data.me.notifications.nodes[0]).toEqual({
      id: messageId,
      deliveries: expect.arrayContaining([
        { channel: 'SMS', status: 'SENT' },
        { channel: 'EMAIL', status: 'SKIPPED' },
      ]),
    });
  });

  it('hold back at night what can wait until 08:00, send an urgent change at once, and drop news that would come too late', async () => {
    const [holder, urgent, patient, early, late] = stage.crowd.slice(2, 7);
    for (const m of [urgent, patient, early, late]) await givePhone(m);
    const night = nextChinaHour(23);
    const morning = new Date(night.getTime() + 9 * HOUR);
    // A place on a shift that starts at 09:00 tomorrow: urgent, texted now.
    const soon = await promoteFromWaitlist(stage, holder, urgent, `短信测试：明早的活动${tag}`, hoursFromNow(night) + 10);
    // A place on a shift two days away: it can wait for the morning.
    const later = await promoteFromWaitlist(stage, holder, patient, `短信测试：后天的活动${tag}`, hoursFromNow(night) + 48);
    // Reminders: of a shift at 04:00 (of no use at 08:00), and of one at 11:00 (waits for 08:00).
    const [{ shift_id: laterShift }] = await stage.sql<{ shift_id: string }>(`select payload->>'shiftId' as shift_id from outbox where id = ?`, [later]);
    const [{ id: earlyShift }] = await stage.sql<{ id: string }>(
      `insert into shift (id, project_id, starts_at, ends_at, capacity)
       select 'sft_sms_early_' || ?::text, project_id, ?::timestamptz, ?::timestamptz, 5 from shift where id = ? returning id`,
      [tag, new Date(night.getTime() + 5 * HOUR), new Date(night.getTime() + 7 * HOUR), laterShift],
    );
    const [{ id: lateShift }] = await stage.sql<{ id: string }>(
      `insert into shift (id, project_id, starts_at, ends_at, capacity)
       select 'sft_sms_late_' || ?::text, project_id, ?::timestamptz, ?::timestamptz, 5 from shift where id = ? returning id`,
      [tag, new Date(night.getTime() + 12 * HOUR), new Date(night.getTime() + 14 * HOUR), laterShift],
    );
    const tooLate = await message('shift.reminder', early, { shiftId: earlyShift, hoursBefore: 2 });
    const waits = await message('shift.reminder', late, { shiftId: lateShift, hoursBefore: 12 });
    // The 04:00 shift is moved: urgent, texted now.
    const moved = await message('shift.moved', early, { shiftId: earlyShift, reason: '场地调整' });

    const before = texts.texts.length;
    expect(await deliverer(night).deliverPending()).toEqual({ sent: 2, failed: 0, skipped: 6, held: 2, more: false });
    const sentNow = texts.texts.slice(before).map((t) => [t.PhoneNumbers, JSON.parse(t.TemplateParam).headline]);
    expect(sentNow).toHaveLength(2);
    expect(sentNow).toEqual(
      expect.arrayContaining([
        [phones.get(urgent.id), '候补转正'],
        [phones.get(early.id), '时段调整'],
      ]),
    );
    expect(await smsDelivery(soon)).toMatchObject({ status: 'SENT' });
    expect(await smsDelivery(moved)).toMatchObject({ status: 'SENT' });
    expect(await smsDelivery(tooLate)).toMatchObject({ status: 'SKIPPED', attempts: 0 });
    for (const held of [later, waits]) {
      const row = await smsDelivery(held);
      expect(row).toMatchObject({ status: 'QUEUED', attempts: 0 });
      expect(new Date(row.next_attempt_at)).toEqual(morning);
      expect(await deliveredAt(held)).toBeNull();
    }
    // Not before the morning: a run in the night texts nothing more.
    expect(await deliverer(night).deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0, held: 0, more: false });

    // The morning comes (the rows fall due as the clock passes 08:00).
    await stage.sql(`update outbox_delivery set next_attempt_at = now() where message_id in (?, ?) and channel = 'SMS'`, [later, waits]);
    expect(await deliverer(new Date(morning.getTime() + 60_000)).deliverPending()).toEqual({ sent: 2, failed: 0, skipped: 0, held: 0, more: false });
    // Sent side by side: in either order.
    const morningTexts = texts.texts.slice(before + 2).map((t) => [t.PhoneNumbers, JSON.parse(t.TemplateParam).headline]);
    expect(morningTexts).toHaveLength(2);
    expect(morningTexts).toEqual(
      expect.arrayContaining([
        [phones.get(patient.id), '候补转正'],
        [phones.get(late.id), '活动提醒'],
      ]),
    );
    expect(await deliveredAt(waits)).toEqual(expect.any(String));
  });

  it('text nobody who turned texts off, has no phone, or is sent a team message: SKIPPED', async () => {
    const [holder, optedOut, noPhone, member] = stage.crowd.slice(7, 11);
    const day = nextChinaHour(14);
    await givePhone(optedOut);
    await givePhone(member);
    const off = await stage.server.gql(
      `mutation { updateMyProfile(input: { notifyBySms: false }) { notifyBySms notifyByEmail } }`,
      undefined,
      optedOut.headers,
    );
    expect(off.data.updateMyProfile).toEqual({ notifyBySms: false, notifyByEmail: true });
    const first = await promoteFromWaitlist(stage, holder, optedOut, `短信测试：已关闭短信${tag}`, hoursFromNow(day) + 30);
    const second = await promoteFromWaitlist(stage, holder, noPhone, `短信测试：没有手机号${tag}`, hoursFromNow(day) + 34);
    const team = await message('team.message', member, { organizationId: stage.orgId, title: '周六集合', body: '8 点在门口集合' });

    const before = texts.texts.length;
    expect(await deliverer(day).deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 6, held: 0, more: false });
    expect(texts.texts).toHaveLength(before);
    for (const id of [first, second, team]) {
      expect(await smsDelivery(id)).toMatchObject({ status: 'SKIPPED', attempts: 0 });
      expect(await deliveredAt(id)).toEqual(expect.any(String));
    }
    // Turned on again: the next place is texted.
    await stage.server.gql(`mutation { updateMyProfile(input: { notifyBySms: true }) { notifyBySms } }`, undefined, optedOut.headers);
    await promoteFromWaitlist(stage, holder, optedOut, `短信测试：重新开启${tag}`, hoursFromNow(day) + 38);
    expect((await deliverer(day).deliverPending()).sent).toBe(1);
    expect(textsTo(phones.get(optedOut.id)!)).toHaveLength(1);
  });

  it('try a refused text again, then mark it FAILED; the message stays in the inbox; no number in the log', async () => {
    const [holder, refused] = stage.crowd;
    const phone = phones.get(refused.id)!;
    const day = nextChinaHour(14);
    const messageId = await promoteFromWaitlist(stage, holder, refused, `短信测试：被拒${tag}`, hoursFromNow(day) + 40);
    texts.refuse = true;
    try {
      for (let attempt = 1; attempt <= 3; attempt++) expect((await deliverer(day, 3).deliverPending()).failed).toBe(1);
    } finally {
      texts.refuse = false;
    }
    expect(await smsDelivery(messageId)).toMatchObject({ status: 'FAILED', attempts: 3, last_error: 'SMS provider refused: isv.BUSINESS_LIMIT_CONTROL' });
    expect(await deliveredAt(messageId)).toEqual(expect.any(String));
    expect(await deliverer(day, 3).deliverPending()).toEqual({ sent: 0, failed: 0, skipped: 0, held: 0, more: false });
    expect(logged.filter((l) => l.startsWith(`sms of message ${messageId} failed`))).toHaveLength(3);
    expect(logged.join('\n')).not.toContain(phone);
    const inbox = await stage.server.gql(`{ me { notifications(first: 1) { nodes { id } } } }`, undefined, refused.headers);
    expect(inbox.data.me.notifications.nodes[0].id).toBe(messageId);
  });

  it('are offered where the platform has a notice template; a volunteer reads their own choice', async () => {
    expect((await stage.server.gql(`{ messageChannels { sms email } }`)).data.messageChannels).toEqual({ sms: true, email: false });
    const mine = await stage.server.gql(`{ me { notifyBySms } }`, undefined, stage.crowd[0].headers);
    expect(mine.data.me.notifyBySms).toBe(true);
    const withoutTemplate = loadConfig({
      AIXIN_SMS_PROVIDER: 'aliyun',
      AIXIN_SMS_ACCESS_KEY_ID: 'id',
      AIXIN_SMS_ACCESS_KEY_SECRET: 'secret',
      AIXIN_SMS_SIGN_NAME: '爱心志愿',
      AIXIN_SMS_CODE_TEMPLATE: 'SMS_1',
    }).settings.sms;
    const codesOnly = await testServer(stage.orm, { settings: { ...DEFAULT_SETTINGS, sms: withoutTemplate } });
    try {
      expect((await codesOnly.gql(`{ messageChannels { sms } codeChannels { sms } }`)).data).toEqual({
        messageChannels: { sms: false },
        codeChannels: { sms: true },
      });
    } finally {
      await codesOnly.close();
    }
  });
});
