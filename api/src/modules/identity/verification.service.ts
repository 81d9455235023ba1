// One-time codes by SMS (and email where a mailer is configured): a six-digit code, valid for ten
// minutes and five tries, sent at most once a minute to one destination and five times in 15
// minutes, twenty from one address. Only keyed hashes of the code and its destination are kept.
// Password reset answers the same whether or not an account has that phone or email, so the
// form does not tell who is registered.
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, DomainError } from '../../common/errors.js';
import { maskPhone } from '../../common/masking.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { transactionOf } from '../../common/transaction.js';
import { type SmsGateway, type SmsSettings } from '../../common/sms.js';
import { hashPassword } from '../../common/password.js';
import { writeAudit } from '../audit/audit.service.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { checkPassword, checkPhone } from './registration-rules.js';
import { countAttempt, RateLimitedError } from './throttle.js';
import { CodePurpose } from './verification-code.entity.js';
import { deleteCode, insertCode, lastCodeSentAt, lockLiveCode, markCode } from './verification.queries.js';

const CODE_TTL_MS = 10 * 60_000;
const RESEND_GAP_MS = 60_000;
const MAX_TRIES = 5;
const PER_DESTINATION = 5;
const PER_ADDRESS = 20;

export interface CodeChannels {
  sms: SmsGateway | null;
  smsSettings: SmsSettings | null;
}

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

  /** Whether codes can be sent at all (registration asks for one only then). */
  get available(): boolean {
    return !!this.channels.sms;
  }

  private targetOf(phone: string): Buffer {
    return this.vault.blindIndex('phone', phone);
  }

  private hash(purpose: CodePurpose, target: Buffer, code: string): Buffer {
    return this.vault.mac('verification-code', `${purpose}:${target.toString('hex')}:${code}`);
  }

  /** Sends a code to the phone for the purpose (for RESET_PASSWORD only when an account has it, answering the same either way). */
  async send(purpose: CodePurpose, rawPhone: string, ip: string): Promise<SentCode> {
    const { sms, smsSettings } = this.channels;
    if (!sms || !smsSettings) throw new DomainError('CONFLICT', '平台尚未开通短信验证码，请联系平台工作人员', { reason: 'CODES_UNAVAILABLE' });
    const phone = checkPhone(rawPhone, 'phone');
    const target = this.targetOf(phone);
    const last = await lastCodeSentAt(this.em, purpose, target);
    if (last && Date.now() - last.getTime() < RESEND_GAP_MS)
      throw new RateLimitedError(Math.ceil((last.getTime() + RESEND_GAP_MS - Date.now()) / 1000), '验证码发送过于频繁');
    const key = target.toString('hex').slice(0, 40);
    await countAttempt(this.em, [
      { key: `code:t:${key}`, limit: PER_DESTINATION },
      { key: `code:ip:${ip}`, limit: PER_ADDRESS },
    ]);
    const expiresAt = new Date(Date.now() + CODE_TTL_MS);
    const answer = { sentTo: maskPhone(phone), expiresAt, resendAfter: RESEND_GAP_MS / 1000 };
    const owner = purpose === CodePurpose.RESET_PASSWORD ? await this.em.findOne(Volunteer, { phoneIndex: target, deletedAt: null }) : null;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const id = await insertCode(this.em, purpose, target, this.hash(purpose, target, code), expiresAt);
    // No account with this phone: the code is recorded (the limits count it) but goes nowhere.
    if (purpose === CodePurpose.RESET_PASSWORD && !owner) return answer;
    try {
      await sms.send(phone, smsSettings.codeTemplate, { code });
    } catch {
      await deleteCode(this.em, id);
      throw new DomainError('CONFLICT', '验证码短信发送失败，请稍后再试', { reason: 'DELIVERY_FAILED' });
    }
    return answer;
  }

  /**
   * Uses the phone's code for the purpose (its own transaction, so a wrong try stays counted);
   * BAD_USER_INPUT (field `field`) when it is wrong, spent or expired.
   */
  async consume(purpose: CodePurpose, phone: string, code: string | null | undefined, field = 'code'): Promise<void> {
    const given = (code ?? '').trim();
    if (!/^\d{6}$/.test(given)) throw new BadUserInputError(field, '请输入短信中的 6 位验证码');
    const target = this.targetOf(phone);
    const outcome = await this.em.transactional(async (tx) => {
      const live = await lockLiveCode(tx, purpose, target, MAX_TRIES);
      if (!live) return 'expired';
      const right = timingSafeEqual(live.codeHash, this.hash(purpose, target, given));
      await markCode(tx, live.id, right ? 'consumed' : 'missed');
      return right ? 'ok' : 'wrong';
    });
    if (outcome === 'expired') throw new BadUserInputError(field, '验证码已失效，请重新获取');
    if (outcome === 'wrong') throw new BadUserInputError(field, '验证码不正确');
  }

  /** Sets a new password with a code sent to the account's phone; every session of the account ends. */
  async resetPassword(rawPhone: string, code: string, newPassword: string): Promise<void> {
    const phone = checkPhone(rawPhone, 'phone');
    const password = checkPassword(newPassword, 'newPassword');
    const hash = await hashPassword(password);
    // A wrong code counts a try whether or not an account has the phone.
    await this.consume(CodePurpose.RESET_PASSWORD, phone, code);
    await this.em.transactional(async (tx) => {
      const volunteer = await tx.findOne(Volunteer, { phoneIndex: this.targetOf(phone), deletedAt: null });
      if (!volunteer) throw new BadUserInputError('code', '验证码不正确');
      const conn = tx.getConnection();
      const ctx = transactionOf(tx);
      await conn.execute(`update volunteer set password_hash = ? where id = ?`, [hash, volunteer.id], 'run', ctx);
      await conn.execute(`update session set revoked_at = now() where volunteer_id = ? and revoked_at is null`, [volunteer.id], 'run', ctx);
      await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.password-reset', subjectId: volunteer.id }]);
    });
  }
}
