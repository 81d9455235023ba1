// A volunteer's own account: their profile, their password, and deletion (PIPL right to
// erasure: personal data is erased, the service record stays under an anonymous name so
// organisations' figures and certificates remain true). Every check of the current password
// counts against the account's own limit (throttle.ts), so a session left open on a shared
// computer cannot be used to guess it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import type { Viewer } from '../../common/auth.js';
import { DomainError, isUniqueViolation } from '../../common/errors.js';
import { hashPassword, verifyPassword } from '../../common/password.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { checkPassword, checkPhone, checkProfileFields, checkRealName } from './registration-rules.js';
import type { UpdateMyProfileInput } from './identity.inputs.js';
import { countAttempt, settleSuccess, type Counter } from './throttle.js';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../../common/settings.js';
import { writeAudit } from '../audit/audit.service.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export const DELETED_DISPLAY_NAME = '已注销志愿者';

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** The volunteer's row after their current password was checked, within the account's limit. */
  private async withPassword(viewer: Viewer, password: string, field: string): Promise<Volunteer> {
    const counters: Counter[] = [{ key: `self:${viewer.volunteerId}`, limit: this.limits.accountFailures }];
    await countAttempt(this.em, counters);
    const volunteer = await this.em.findOne(Volunteer, { id: viewer.volunteerId, deletedAt: null }, { populate: ['passwordHash', 'phoneIndex'] });
    if (!volunteer?.passwordHash || !(await verifyPassword(password, volunteer.passwordHash))) {
      throw new DomainError('BAD_USER_INPUT', '当前密码不正确', { field });
    }
    await settleSuccess(this.em, counters);
    return volunteer;
  }

  /** Changes the password and ends every other session of the account (this one stays signed in). */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    const next = checkPassword(newPassword, 'newPassword');
    const volunteer = await this.withPassword(viewer, currentPassword, 'currentPassword');
    if (await verifyPassword(next, volunteer.passwordHash!)) throw new DomainError('BAD_USER_INPUT', '新密码不能与当前密码相同', { field: 'newPassword' });
    const hash = await hashPassword(next);
    await this.em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = transactionOf(tx);
      await conn.execute(`update volunteer set password_hash = ? where id = ?`, [hash, volunteer.id], 'run', ctx);
      await conn.execute(
        `update session set revoked_at = now() where volunteer_id = ? and id <> ? and revoked_at is null`,
        [volunteer.id, viewer.sessionId],
        'run',
        ctx,
      );
      await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.password-changed', subjectId: volunteer.id }]);
    });
  }

  /**
   * Changes the fields given (a field left out stays as it is; null or empty clears it). The
   * emergency contact's name and phone go together, sealed like other personal data.
   */
  async updateProfile(viewer: Viewer, vault: PersonalDataVault, input: UpdateMyProfileInput): Promise<Volunteer> {
    const sets: string[] = [];
    const params: unknown[] = [];
    const checked = checkProfileFields(input);
    if (input.email !== undefined) {
      sets.push('email = ?');
      params.push(checked.email);
    }
    if (input.district !== undefined) {
      sets.push('district = ?');
      params.push(checked.district);
    }
    if (input.skills !== undefined) {
      sets.push('skills = array(select jsonb_array_elements_text(?::jsonb))');
      params.push(JSON.stringify(checked.skills));
    }
    if (input.notifyByEmail != null) {
      sets.push('notify_email = ?');
      params.push(input.notifyByEmail);
    }
    if (input.notifyBySms != null) {
      sets.push('notify_sms = ?');
      params.push(input.notifyBySms);
    }
    if (input.emergencyContactName !== undefined || input.emergencyContactPhone !== undefined) {
      const name = input.emergencyContactName?.trim() || null;
      const phone = input.emergencyContactPhone?.trim() || null;
      if (!!name !== !!phone)
        throw new DomainError('BAD_USER_INPUT', '紧急联系人需同时填写姓名和手机号', { field: name ? 'emergencyContactPhone' : 'emergencyContactName' });
      const contact = name && phone ? { name: checkRealName(name, 'emergencyContactName'), phone: checkPhone(phone, 'emergencyContactPhone') } : null;
      sets.push('emergency_contact_name_enc = ?', 'emergency_contact_phone_enc = ?');
      params.push(contact ? vault.encrypt(contact.name) : null, contact ? vault.encrypt(contact.phone) : null);
    }
    if (sets.length) {
      try {
        await this.em.getConnection().execute(`update volunteer set ${sets.join(', ')} where id = ? and deleted_at is null`, [...params, viewer.volunteerId]);
      } catch (error) {
        // Emails are unique (volunteer_email_unique): the database decides, even between two requests at once.
        if (isUniqueViolation(error, 'volunteer_email_unique')) throw new DomainError('CONFLICT', '该邮箱已被其他账户使用', { field: 'email' });
        throw error;
      }
      await writeAudit(this.em, [{ actorId: viewer.volunteerId, action: 'volunteer.profile-updated', subjectId: viewer.volunteerId }]);
    }
    return (await this.em.fork().findOne(Volunteer, { id: viewer.volunteerId }))!;
  }

  /**
   * Moves the account to a new phone (also a sign-in name): the current password first, then the
   * code sent to the new phone where the platform sends SMS (`verifyPhone`). The database's unique
   * index decides between two accounts asking for one phone at once.
   */
  async changePhone(
    viewer: Viewer,
    vault: PersonalDataVault,
    input: { phone: string; currentPassword: string },
    verifyPhone?: (phone: string) => Promise<void>,
  ): Promise<{ volunteer: Volunteer; phone: string }> {
    const phone = checkPhone(input.phone ?? '', 'phone');
    const volunteer = await this.withPassword(viewer, input.currentPassword, 'currentPassword');
    const index = vault.blindIndex('phone', phone);
    if (volunteer.phoneIndex && Buffer.compare(volunteer.phoneIndex, index) === 0)
      throw new DomainError('BAD_USER_INPUT', '这已是你的手机号', { field: 'phone' });
    await verifyPhone?.(phone);
    try {
      await this.em.transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            `update volunteer set phone_enc = ?, phone_index = ? where id = ? and deleted_at is null`,
            [vault.encrypt(phone), index, volunteer.id],
            'run',
            transactionOf(tx),
          );
        await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.phone-changed', subjectId: volunteer.id }]);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'volunteer_phone_index_unique'))
        throw new DomainError('CONFLICT', '该手机号已被注册', { field: 'phone', reason: 'PHONE_TAKEN' });
      throw error;
    }
    return { volunteer: (await this.em.fork().findOne(Volunteer, { id: viewer.volunteerId }))!, phone };
  }

  /** The emergency contact, opened (for its owner). */
  async emergencyContact(volunteerId: string, vault: PersonalDataVault): Promise<{ name: string; phone: string } | null> {
    const [row] = await this.em
      .getConnection()
      .execute<{ name: Buffer | null; phone: Buffer | null }[]>(
        `select emergency_contact_name_enc as name, emergency_contact_phone_enc as phone from volunteer where id = ?`,
        [volunteerId],
      );
    return row?.name && row.phone ? { name: vault.decrypt(row.name), phone: vault.decrypt(row.phone) } : null;
  }

  async deleteAccount(viewer: Viewer, password: string): Promise<void> {
    const volunteer = await this.withPassword(viewer, password, 'password');
    await this.em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = transactionOf(tx);
      // An organisation must keep an admin: the last one hands over before leaving for good.
      const sole = await conn.execute<{ name: string }[]>(
        `select o.name from membership m join organization o on o.id = m.organization_id
          where m.volunteer_id = ? and m.role = 'ADMIN'
            and not exists (select 1 from membership x where x.organization_id = m.organization_id and x.role = 'ADMIN' and x.volunteer_id <> m.volunteer_id)
          for update of o`,
        [volunteer.id],
        'all',
        ctx,
      );
      if (sole.length) {
        throw new DomainError('CONFLICT', `你是「${sole[0].name}」唯一的管理员，请先将管理员身份转给其他成员再注销`, { field: 'password' });
      }
      await conn.execute(
        `update volunteer set real_name_enc = null, id_number_enc = null, id_number_index = null, phone_enc = null,
           phone_index = null, guardian_name_enc = null, guardian_phone_enc = null, emergency_contact_name_enc = null, emergency_contact_phone_enc = null, email = null, password_hash = null,
           birth_date = null, district = null, skills = '{}', display_name = ?, deleted_at = now()
         where id = ?`,
        [DELETED_DISPLAY_NAME, volunteer.id],
        'run',
        ctx,
      );
      await conn.execute(`update session set revoked_at = now() where volunteer_id = ? and revoked_at is null`, [volunteer.id], 'run', ctx);
      // Leaving every organisation keeps member counts true.
      await conn.execute(
        `with gone as (delete from membership where volunteer_id = ? returning organization_id)
         update organization o set member_count = o.member_count - g.n
           from (select organization_id, count(*) as n from gone group by organization_id) g
          where o.id = g.organization_id`,
        [volunteer.id],
        'run',
        ctx,
      );
      await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.deleted', subjectId: volunteer.id }]);
    });
  }
}
