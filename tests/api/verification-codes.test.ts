// Codes by SMS against a local server that checks each request as Aliyun's SMS API documents it
// (SendSms, RPC style, HMAC-SHA1 signature over the sorted, RFC 3986-encoded parameters): where
// the platform sends SMS, registration needs the code sent to the phone, and a forgotten
// password is reset with one; codes expire after five wrong tries, are used once, come at most
// once a minute; a reset tells nobody whether the phone has an account; a provider refusal is a
// clear error. Without SMS settings nothing asks for a code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEFAULT_SETTINGS } from '../../api/src/common/settings.js';
import { errorCode, testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { catchMail, type MailCatcher } from '../helpers/smtp.js';
import { catchTexts, type TextCatcher } from '../helpers/sms.js';
import { Mailer } from '../../api/src/common/mailer.js';
import { fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';

const SECRET = 'test-access-key-secret';
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let plain: Awaited<ReturnType<typeof testServer>>;
let mailing: Awaited<ReturnType<typeof testServer>>;
let mail: MailCatcher;
let mailer: Mailer;
let sms: TextCatcher;

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const SEND = `mutation($input: RequestVerificationCodeInput!) { requestVerificationCode(input: $input) { sentTo expiresAt resendAfter } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const lastCodeTo = (phone: string) => sms.lastCodeTo(phone)!;
const sql = (text: string, params: unknown[] = []) => orm.em.fork().getConnection().execute(text, params);

beforeAll(async () => {
  sms = await catchTexts(SECRET);
  orm = await testOrm();
  server = await testServer(orm, {
    settings: {
      ...DEFAULT_SETTINGS,
      sms: {
        provider: 'aliyun',
        endpoint: sms.endpoint,
        accessKeyId: 'LTAI-test',
        accessKeySecret: SECRET,
        signName: '爱心志愿',
        codeTemplate: 'SMS_000000001',
        noticeTemplate: null,
        quietHours: null,
      },
    },
  });
  plain = await testServer(orm);
  mail = await catchMail();
  mailer = new Mailer({ smtpUrl: mail.url, from: 'Aixin <no-reply@aixin.test>' });
  mailing = await testServer(orm, { mailer });
});

afterAll(async () => {
  await server?.close();
  await plain?.close();
  await mailing?.close();
  mailer?.close();
  await mail?.close();
  await orm?.close();
  await sms?.close();
});

describe('registration with a code sent to the phone', () => {
  it('needs the code, refuses a wrong or spent one, and sends at most one a minute', async () => {
    expect(ok(await server.gql(`{ registrationNeedsPhoneCode }`)).registrationNeedsPhoneCode).toBe(true);
    const input = fakeRegistration();
    const sent = ok(await server.gql(SEND, { input: { purpose: 'REGISTER', phone: input.phone } })).requestVerificationCode;
    expect(sent.sentTo).toBe(`${String(input.phone).slice(0, 3)}****${String(input.phone).slice(-4)}`);
    expect(sent.resendAfter).toBe(60);
    const text = sms.texts.at(-1)!;
    expect(text).toMatchObject({ PhoneNumbers: input.phone, SignName: '爱心志愿', TemplateCode: 'SMS_000000001', AccessKeyId: 'LTAI-test' });
    const code = lastCodeTo(String(input.phone));
    expect(code).toMatch(/^\d{6}$/);
    // Nothing about the code in the database but its keyed hash.
    const [row] = (await sql(`select code_hash from verification_code order by id desc limit 1`)) as { code_hash: Buffer }[];
    expect(row.code_hash.toString('utf8')).not.toContain(code);

    const again = await server.gql(SEND, { input: { purpose: 'REGISTER', phone: input.phone } });
    expect(errorCode(again)).toBe('RATE_LIMITED');
    expect(again.errors![0].extensions!.retryAfter).toBeGreaterThan(50);

    const missing = await server.gql(REGISTER, { input });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions!.field).toBe('phoneCode');
    const wrong = await server.gql(REGISTER, { input: { ...input, phoneCode: code === '000000' ? '111111' : '000000' } });
    expect(wrong.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'CODE_WRONG', field: 'phoneCode' } });
    const registered = ok(await server.gql(REGISTER, { input: { ...input, phoneCode: code } })).registerVolunteer;
    expect(registered.volunteer.phoneMasked).toBe(sent.sentTo);
    // Used once.
    const reused = await server.gql(REGISTER, { input: { ...fakeRegistration(), phone: input.phone, phoneCode: code } });
    expect(reused.errors![0]).toMatchObject({ extensions: { reason: 'CODE_EXPIRED', field: 'phoneCode' } });
  });
});

describe('a forgotten password', () => {
  it('is reset with a code sent to the account’s phone; five wrong tries spend the code; every session ends', async () => {
    const input = fakeRegistration();
    const phone = String(input.phone);
    ok(await server.gql(SEND, { input: { purpose: 'REGISTER', phone } }));
    const session = ok(await server.gql(REGISTER, { input: { ...input, phoneCode: lastCodeTo(phone) } })).registerVolunteer.token;
    const me = () => server.gql(`{ me { id } }`, {}, { authorization: `Bearer ${session}` });
    expect(ok(await me()).me).not.toBeNull();

    ok(await server.gql(SEND, { input: { purpose: 'RESET_PASSWORD', phone } }));
    const code = lastCodeTo(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await server.gql(RESET, { input: { phone, code: wrong, newPassword: 'a-new-password-2026' } });
      expect(res.errors![0].extensions!.reason).toBe('CODE_WRONG');
    }
    const spent = await server.gql(RESET, { input: { phone, code, newPassword: 'a-new-password-2026' } });
    expect(spent.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'CODE_EXPIRED', field: 'code' } });

    // A minute later, a new code.
    await sql(`update verification_code set created_at = created_at - interval '2 minutes'`);
    ok(await server.gql(SEND, { input: { purpose: 'RESET_PASSWORD', phone } }));
    const short = await server.gql(RESET, { input: { phone, code: lastCodeTo(phone), newPassword: 'short' } });
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(ok(await server.gql(RESET, { input: { phone, code: lastCodeTo(phone), newPassword: 'a-new-password-2026' } })).resetPassword).toBe(true);
    expect(ok(await me()).me).toBeNull();
    const login = (password: string) => server.gql(`mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: phone, password } });
    expect(errorCode(await login(String(input.password)))).toBe('UNAUTHENTICATED');
    expect(ok(await login('a-new-password-2026')).logIn.token).toBeTruthy();
    const [audit] = (await sql(`select count(*)::int as n from audit_log where action = 'volunteer.password-reset' and subject_id = ?`, [
      (await sql(`select id from volunteer order by created_at desc limit 1`))[0].id,
    ])) as { n: number }[];
    expect(audit.n).toBe(1);
  });

  it('answers the same for a phone without an account, and sends it nothing', async () => {
    const phone = fakePhone();
    const before = sms.texts.length;
    const sent = ok(await server.gql(SEND, { input: { purpose: 'RESET_PASSWORD', phone } })).requestVerificationCode;
    expect(sent.sentTo).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(sms.texts.length).toBe(before);
    expect(errorCode(await server.gql(RESET, { input: { phone, code: '123456', newPassword: 'a-new-password-2026' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('the provider and the platform without SMS', () => {
  it('a refusal by the provider is a clear error and leaves no code', async () => {
    sms.refuse = true;
    try {
      const phone = fakePhone();
      const codes = async () => ((await sql(`select count(*)::int as n from verification_code`)) as { n: number }[])[0].n;
      const before = await codes();
      const res = await server.gql(SEND, { input: { purpose: 'REGISTER', phone } });
      expect(await codes()).toBe(before);
      expect(res.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'DELIVERY_FAILED', channel: 'phone' } });
      expect(res.status).toBeLessThan(500);
    } finally {
      sms.refuse = false;
    }
  });

  it('without SMS settings registration asks for no code, and codes are unavailable', async () => {
    expect(ok(await plain.gql(`{ registrationNeedsPhoneCode }`)).registrationNeedsPhoneCode).toBe(false);
    const res = await plain.gql(SEND, { input: { purpose: 'REGISTER', phone: fakePhone() } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CODES_UNAVAILABLE' });
    ok(await plain.gql(REGISTER, { input: fakeRegistration() }));
  });
});

describe('a forgotten password by email', () => {
  it('is reset with a code sent to the account’s address, where the platform sends email', async () => {
    expect(ok(await mailing.gql(`{ codeChannels { sms email } }`)).codeChannels).toEqual({ sms: false, email: true });
    expect(ok(await server.gql(`{ codeChannels { sms email } }`)).codeChannels).toEqual({ sms: true, email: false });
    const email = `forgot-${Date.now()}@volunteers.test`;
    const input = fakeRegistration({ email });
    ok(await plain.gql(REGISTER, { input }));

    const sent = ok(await mailing.gql(SEND, { input: { purpose: 'RESET_PASSWORD', email: email.toUpperCase() } })).requestVerificationCode;
    expect(sent.sentTo).toBe(`f***@volunteers.test`);
    const code = /Your verification code is (\d{6})/.exec(mail.to(email).at(-1)!.raw)![1];
    expect(ok(await mailing.gql(RESET, { input: { email, code, newPassword: 'emailed-password-26' } })).resetPassword).toBe(true);
    const login = await mailing.gql(`mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: email, password: 'emailed-password-26' } });
    expect(ok(login).logIn.token).toBeTruthy();

    // Registration proves a phone, never an address; SMS is not this server's.
    expect((await mailing.gql(SEND, { input: { purpose: 'REGISTER', email } })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expect((await mailing.gql(SEND, { input: { purpose: 'RESET_PASSWORD', phone: String(input.phone) } })).errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CODES_UNAVAILABLE',
    });
    // An address without an account: the same answer, no email.
    const before = mail.received.length;
    ok(await mailing.gql(SEND, { input: { purpose: 'RESET_PASSWORD', email: `nobody-${Date.now()}@volunteers.test` } }));
    expect(mail.received.length).toBe(before);
  });
});

describe('a new phone', () => {
  const CHANGE = `mutation($input: ChangePhoneInput!) { changePhone(input: $input) { phoneMasked } }`;
  const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

  /** A volunteer registered on `on` (with a code where it sends SMS), signed in. */
  async function registered(on: typeof server) {
    const input = fakeRegistration();
    const phone = String(input.phone);
    let phoneCode: string | undefined;
    if (on === server) {
      ok(await server.gql(SEND, { input: { purpose: 'REGISTER', phone } }));
      phoneCode = lastCodeTo(phone);
    }
    const { token, volunteer } = ok(await on.gql(REGISTER, { input: { ...input, phoneCode } })).registerVolunteer;
    return { phone, password: String(input.password), id: volunteer.id as string, headers: { authorization: `Bearer ${token}` } };
  }
  const logIn = (on: typeof server, login: string, password: string) =>
    on.gql(`mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login, password } });

  it('is proved with a code sent to it and the current password; then the volunteer logs in with it, not the old one', async () => {
    const someone = await registered(server);
    const other = await registered(server);
    const next = fakePhone();
    // Signed in only, and never another account's phone.
    expect(errorCode(await server.gql(SEND, { input: { purpose: 'CHANGE_PHONE', phone: next } }))).toBe('UNAUTHENTICATED');
    const taken = await server.gql(SEND, { input: { purpose: 'CHANGE_PHONE', phone: other.phone } }, someone.headers);
    expect(taken.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'phone', reason: 'PHONE_TAKEN' } });

    expect(ok(await server.gql(SEND, { input: { purpose: 'CHANGE_PHONE', phone: next } }, someone.headers)).requestVerificationCode.sentTo).toBe(masked(next));
    const code = lastCodeTo(next);
    const noCode = await server.gql(CHANGE, { input: { phone: next, currentPassword: someone.password } }, someone.headers);
    expect(noCode.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const wrongPassword = await server.gql(CHANGE, { input: { phone: next, code, currentPassword: 'not-the-password' } }, someone.headers);
    expect(wrongPassword.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    // A code sent for another purpose, or to another phone, does not do.
    const otherPhone = await server.gql(CHANGE, { input: { phone: fakePhone(), code, currentPassword: someone.password } }, someone.headers);
    expect(otherPhone.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    expect(ok(await server.gql(CHANGE, { input: { phone: next, code, currentPassword: someone.password } }, someone.headers)).changePhone).toEqual({
      phoneMasked: masked(next),
    });
    expect(ok(await server.gql(`{ me { phoneMasked } }`, {}, someone.headers)).me.phoneMasked).toBe(masked(next));
    expect(errorCode(await logIn(server, someone.phone, someone.password))).toBe('UNAUTHENTICATED');
    expect(ok(await logIn(server, next, someone.password)).logIn.token).toBeTruthy();
    // The code is spent; the phone is sealed; the change is audited.
    const again = await server.gql(CHANGE, { input: { phone: next, code, currentPassword: someone.password } }, someone.headers);
    expect(again.errors![0]).toMatchObject({ extensions: { field: 'phone', reason: 'ALREADY_YOUR_PHONE' } });
    const [row] = (await sql(`select phone_enc from volunteer where id = ?`, [someone.id])) as { phone_enc: Buffer }[];
    expect(row.phone_enc.toString('latin1')).not.toContain(next);
    const [audit] = (await sql(`select count(*)::int as n from audit_log where action = 'volunteer.phone-changed' and subject_id = ?`, [someone.id])) as {
      n: number;
    }[];
    expect(audit.n).toBe(1);
  });

  it('needs only the current password where the platform sends no SMS, and is nobody else’s', async () => {
    const someone = await registered(plain);
    const other = await registered(plain);
    const taken = await plain.gql(CHANGE, { input: { phone: other.phone, currentPassword: someone.password } }, someone.headers);
    expect(taken.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'phone', reason: 'PHONE_TAKEN' } });
    const bad = await plain.gql(CHANGE, { input: { phone: '12345', currentPassword: someone.password } }, someone.headers);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    const next = fakePhone();
    expect(ok(await plain.gql(CHANGE, { input: { phone: next, currentPassword: someone.password } }, someone.headers)).changePhone.phoneMasked).toBe(
      masked(next),
    );
    expect(ok(await logIn(plain, next, someone.password)).logIn.token).toBeTruthy();
  });
});
