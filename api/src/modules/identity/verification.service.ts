// One-time codes by SMS (and, for a forgotten password, by email where a mailer is configured): a six-digit code, valid for ten
// minutes and five tries, sent at most once a minute to one destination and five times in 15
// minutes, twenty from one address. Only keyed hashes of the code and its destination are kept.
// Password reset answers the same whether or not an account has that phone or email, so the
// form does not tell who is registered.
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, DomainError } from '../../common/errors.js';
import { maskEmail, maskPhone } from '../../common/masking.js';
import type { Mailer } from '../../common/mailer.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { type SmsGateway, type SmsSettings } from '../../common/sms.js';
import { hashPassword } from '../../common/password.js';
import { writeAudit } from '../audit/audit.service.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { checkEmail, checkPassword } from './registration-rules.js';
import { checkPhone } from '../../common/phone.js';
import { countAttempt, RateLimitedError } from './throttle.js';
import { CodePurpose } from './verification-code.entity.js';
import { deleteCode, insertCode, lastCodeSentAt, lockLiveCode, markCode } from './verification.queries.js';
import { revokeSessions, setPasswordHash } from './identity.queries.js';
import { Reason } from '../../common/error-reasons.js';

const CODE_TTL_MS = 10 * 60_000;
const RESEND_GAP_MS = 60_000;
const MAX_TRIES = 5;
const PER_DESTINATION = 5;
const PER_ADDRESS = 20;

export interface CodeChannels {
  sms: SmsGateway | null;
  smsSettings: SmsSettings | null;
  mail: Mailer | null;
}

/** Where a code goes: a phone (by SMS) or an email address. */
export interface CodeDestination {
  phone?: string | null;
  email?: string | null;
}

type Checked = { kind: 'phone'; value: string; target: Buffer } | { kind: 'email'; value: string; target: Buffer };

export interface SentCode {
  /** Where it went, masked (138****0002). */
  sentTo: string;
  expiresAt: Date;
  /** Seconds before another code may be asked for. */
  resendAfter: number;
}

export class VerificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
    private readonly channels: CodeChannels,
  ) {}

  /** Whether codes go by SMS (registration then asks for one). */
  get bySms(): boolean {
    return !!this.channels.sms;
  }

  get byEmail(): boolean {
    return !!this.channels.mail;
  }

  private targetOf(phone: string): Buffer {
    return this.vault.blindIndex('phone', phone);
  }

  /** One destination, checked: a phone, or (for RESET_PASSWORD) an email address. */
  private destination(purpose: CodePurpose, to: CodeDestination): Checked {
    const phone = to.phone?.trim();
    const given = to.email?.trim();
    if (phone && given) throw new BadUserInputError('email', Reason.PHONE_OR_EMAIL, 'Give a phone or an email, not both');
    if (given) {
      if (purpose !== CodePurpose.RESET_PASSWORD)
        throw new BadUserInputError('email', Reason.EMAIL_CODES_FOR_RESET_ONLY, 'Email codes serve password resets only');
      const email = checkEmail(given, 'email');
      return { kind: 'email', value: email, target: this.vault.mac('code-email', email) };
    }
    const checked = checkPhone(phone ?? '', 'phone');
    return { kind: 'phone', value: checked, target: this.targetOf(checked) };
  }

  private ownerOf(to: Checked, em: EntityManager = this.em): Promise<Volunteer | null> {
    return em.findOne(Volunteer, to.kind === 'phone' ? { phoneIndex: to.target, deletedAt: null } : { email: to.value, deletedAt: null });
  }

  private hash(purpose: CodePurpose, target: Buffer, code: string): Buffer {
    return this.vault.mac('verification-code', `${purpose}:${target.toString('hex')}:${code}`);
  }

  /** Sends a code to the phone (or email) for the purpose (for RESET_PASSWORD only when an account has it, answering the same either way). */
  async send(purpose: CodePurpose, to: CodeDestination, ip: string): Promise<SentCode> {
    const { sms, smsSettings, mail } = this.channels;
    const destination = this.destination(purpose, to);
    if (destination.kind === 'phone' ? !sms || !smsSettings : !mail)
      throw new DomainError('CONFLICT', Reason.CODES_UNAVAILABLE, `The platform sends no codes by ${destination.kind}`, { channel: destination.kind });
    const { target } = destination;
    const last = await lastCodeSentAt(this.em, purpose, target);
    if (last && Date.now() - last.getTime() < RESEND_GAP_MS)
      throw new RateLimitedError(
        Math.ceil((last.getTime() + RESEND_GAP_MS - Date.now()) / 1000),
        Reason.CODE_SENT_RECENTLY,
        'A code was sent less than a minute ago',
      );
    const key = target.toString('hex').slice(0, 40);
    await countAttempt(this.em, [
      { key: `code:t:${key}`, limit: PER_DESTINATION },
      { key: `code:ip:${ip}`, limit: PER_ADDRESS },
    ]);
    const expiresAt = new Date(Date.now() + CODE_TTL_MS);
    const answer = {
      sentTo: destination.kind === 'phone' ? maskPhone(destination.value) : maskEmail(destination.value),
      expiresAt,
      resendAfter: RESEND_GAP_MS / 1000,
    };
    const owner = purpose === CodePurpose.REGISTER ? null : await this.ownerOf(destination);
    // A new phone must be nobody's yet (the volunteer asking is signed in, with a real name).
    if (purpose === CodePurpose.CHANGE_PHONE && owner)
      throw new DomainError('CONFLICT', Reason.PHONE_TAKEN, 'Another account has this phone', { field: 'phone' });
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const id = await insertCode(this.em, purpose, target, this.hash(purpose, target, code), expiresAt);
    // No account with this phone or address: the code is recorded (the limits count it) but goes nowhere.
    if (purpose === CodePurpose.RESET_PASSWORD && !owner) return answer;
    try {
      if (destination.kind === 'phone') await sms!.send(destination.value, smsSettings!.codeTemplate, { code });
      else await mail!.send({ to: destination.value, ...codeEmail(code) });
    } catch {
      await deleteCode(this.em, id);
      throw new DomainError('CONFLICT', Reason.DELIVERY_FAILED, `The code could not be sent by ${destination.kind}`, { channel: destination.kind });
    }
    return answer;
  }

  /**
   * Uses the phone's code for the purpose (its own transaction, so a wrong try stays counted);
   * BAD_USER_INPUT (field `field`) when it is wrong, spent or expired.
   */
  async consume(purpose: CodePurpose, phone: string, code: string | null | undefined, field = 'code'): Promise<void> {
    return this.consumeAt(purpose, this.targetOf(phone), code, field);
  }

  private async consumeAt(purpose: CodePurpose, target: Buffer, code: string | null | undefined, field: string): Promise<void> {
    const given = (code ?? '').trim();
    if (!/^\d{6}$/.test(given)) throw new BadUserInputError(field, Reason.CODE_FORMAT, 'A code has 6 digits');
    const outcome = await this.em.transactional(async (tx) => {
      const live = await lockLiveCode(tx, purpose, target, MAX_TRIES);
      if (!live) return 'expired';
      const right = timingSafeEqual(live.codeHash, this.hash(purpose, target, given));
      await markCode(tx, live.id, right ? 'consumed' : 'missed');
      return right ? 'ok' : 'wrong';
    });
    if (outcome === 'expired') throw new BadUserInputError(field, Reason.CODE_EXPIRED, 'The code has expired or was used up');
    if (outcome === 'wrong') throw new BadUserInputError(field, Reason.CODE_WRONG, 'The code is wrong');
  }

  /** Sets a new password with a code sent to the account's phone or email; every session of the account ends. */
  async resetPassword(to: CodeDestination, code: string, newPassword: string): Promise<void> {
    const destination = this.destination(CodePurpose.RESET_PASSWORD, to);
    const password = checkPassword(newPassword, 'newPassword');
    const hash = await hashPassword(password);
    // A wrong code counts a try whether or not an account has the phone or address.
    await this.consumeAt(CodePurpose.RESET_PASSWORD, destination.target, code, 'code');
    await this.em.transactional(async (tx) => {
      const volunteer = await this.ownerOf(destination, tx);
      if (!volunteer) throw new BadUserInputError('code', Reason.CODE_WRONG, 'The code is wrong');
      await setPasswordHash(tx, volunteer.id, hash);
      await revokeSessions(tx, volunteer.id);
      await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.password-reset', subjectId: volunteer.id }]);
    });
  }
}

/** The email of a code, in Chinese with English below. */
function codeEmail(code: string): { subject: string; text: string } {
  return {
    subject: `爱心志愿服务平台验证码 ${code} | Aixin verification code`,
    text: [
      `你的验证码是 ${code}，10 分钟内有效，用于重设密码。`,
      '如果不是你本人操作，请忽略这封邮件，你的密码不会改变。',
      '',
      '— English —',
      '',
      `Your verification code is ${code}, valid for 10 minutes, to reset your password.`,
      'If you did not ask for it, ignore this email: your password stays as it is.',
      '',
    ].join('\n'),
  };
}
