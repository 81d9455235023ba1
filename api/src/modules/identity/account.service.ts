// A volunteer's own account: their profile, their password, and deletion (PIPL right to
// erasure: personal data is erased, the service record stays under an anonymous name so
// organisations' figures and certificates remain true). Every check of the current password
// counts against the account's own limit (throttle.ts), so a session left open on a shared
// computer cannot be used to guess it.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth.js';
import { DomainError, isUniqueViolation } from '../../common/errors.js';
import { hashPassword, verifyPassword } from '../../common/password.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { checkPassword, checkProfileFields, checkRealName } from './registration-rules.js';
import { checkPhone } from '../../common/phone.js';
import type { UpdateMyProfileInput } from './identity.inputs.js';
import { countAttempt, settleSuccess, type Counter } from './throttle.js';
import {
  eraseVolunteer,
  findEmergencyContact,
  revokeSessions,
  setPasswordHash,
  setPhone,
  updateProfileColumns,
  type ProfileColumns,
} from './identity.queries.js';
import { leaveEveryOrganization, lockTeamsOfSoleAdmin } from '../organization/organization.queries.js';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../../common/settings.js';
import { writeAudit } from '../audit/audit.service.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { Reason } from '../../common/error-reasons.js';

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
      throw new DomainError('BAD_USER_INPUT', Reason.WRONG_PASSWORD, 'The current password is wrong', { field });
    }
    await settleSuccess(this.em, counters);
    return volunteer;
  }

  /** Changes the password and ends every other session of the account (this one stays signed in). */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    const next = checkPassword(newPassword, 'newPassword');
    const volunteer = await this.withPassword(viewer, currentPassword, 'currentPassword');
    if (await verifyPassword(next, volunteer.passwordHash!))
      throw new DomainError('BAD_USER_INPUT', Reason.PASSWORD_UNCHANGED, 'The new password is the current one', { field: 'newPassword' });
    const hash = await hashPassword(next);
    await this.em.transactional(async (tx) => {
      await setPasswordHash(tx, volunteer.id, hash);
      await revokeSessions(tx, volunteer.id, viewer.sessionId);
      await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.password-changed', subjectId: volunteer.id }]);
    });
  }

  /**
   * Changes the fields given (a field left out stays as it is; null or empty clears it). The
   * emergency contact's name and phone go together, sealed like other personal data.
   */
  async updateProfile(viewer: Viewer, vault: PersonalDataVault, input: UpdateMyProfileInput): Promise<Volunteer> {
    const columns: ProfileColumns = {};
    const checked = checkProfileFields(input);
    if (input.email !== undefined) columns.email = checked.email;
    if (input.district !== undefined) columns.district = checked.district;
    if (input.skills !== undefined) columns.skills = checked.skills;
    if (input.notifyByEmail != null) columns.notifyEmail = input.notifyByEmail;
    if (input.notifyBySms != null) columns.notifySms = input.notifyBySms;
    if (input.emergencyContactName !== undefined || input.emergencyContactPhone !== undefined) {
      const name = input.emergencyContactName?.trim() || null;
      const phone = input.emergencyContactPhone?.trim() || null;
      if (!!name !== !!phone)
        throw new DomainError('BAD_USER_INPUT', Reason.EMERGENCY_CONTACT_INCOMPLETE, 'An emergency contact needs both a name and a phone', {
          field: name ? 'emergencyContactPhone' : 'emergencyContactName',
        });
      const contact = name && phone ? { name: checkRealName(name, 'emergencyContactName'), phone: checkPhone(phone, 'emergencyContactPhone') } : null;
      columns.emergencyContact = { nameEnc: contact ? vault.encrypt(contact.name) : null, phoneEnc: contact ? vault.encrypt(contact.phone) : null };
    }
    let updated: boolean;
    try {
      updated = await updateProfileColumns(this.em, viewer.volunteerId, columns);
    } catch (error) {
      // Emails are unique (volunteer_email_unique): the database decides, even between two requests at once.
      if (isUniqueViolation(error, 'volunteer_email_unique'))
        throw new DomainError('CONFLICT', Reason.EMAIL_TAKEN, 'Another account has this email', { field: 'email' });
      throw error;
    }
    if (updated) {
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
      throw new DomainError('BAD_USER_INPUT', Reason.ALREADY_YOUR_PHONE, 'This is already the account’s phone', { field: 'phone' });
    await verifyPhone?.(phone);
    try {
      await this.em.transactional(async (tx) => {
        await setPhone(tx, volunteer.id, vault.encrypt(phone), index);
        await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.phone-changed', subjectId: volunteer.id }]);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'volunteer_phone_index_unique'))
        throw new DomainError('CONFLICT', Reason.PHONE_TAKEN, 'Another account has this phone', { field: 'phone' });
      throw error;
    }
    return { volunteer: (await this.em.fork().findOne(Volunteer, { id: viewer.volunteerId }))!, phone };
  }

  /** The emergency contact, opened (for its owner). */
  async emergencyContact(volunteerId: string, vault: PersonalDataVault): Promise<{ name: string; phone: string } | null> {
    const sealed = await findEmergencyContact(this.em, volunteerId);
    return sealed ? { name: vault.decrypt(sealed.nameEnc), phone: vault.decrypt(sealed.phoneEnc) } : null;
  }

  async deleteAccount(viewer: Viewer, password: string): Promise<void> {
    const volunteer = await this.withPassword(viewer, password, 'password');
    await this.em.transactional(async (tx) => {
      // An organisation must keep an admin: the last one hands over before leaving for good.
      const sole = await lockTeamsOfSoleAdmin(tx, volunteer.id);
      if (sole.length) {
        throw new DomainError('CONFLICT', Reason.SOLE_ADMIN, `The volunteer is the only admin of ${sole[0]}`, { field: 'password', organizationName: sole[0] });
      }
      await eraseVolunteer(tx, volunteer.id, DELETED_DISPLAY_NAME);
      await revokeSessions(tx, volunteer.id);
      // Leaving every organisation keeps member counts true.
      await leaveEveryOrganization(tx, volunteer.id);
      await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.deleted', subjectId: volunteer.id }]);
    });
  }
}
