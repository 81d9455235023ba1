// Real-name registration, sign-in with throttling, sessions and account deletion.
import { ConsentChannel } from '../consent/consent.entity.js';
import { checkAcceptsCurrent, ConsentService } from '../consent/consent.service.js';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../../common/settings.js';
import { createHash, randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { BadUserInputError, ConflictError, DomainError } from '../../common/errors.js';
import { maskName } from '../../common/masking.js';
import { hashPassword, verifyPassword } from '../../common/password.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { writeAudit } from '../audit/audit.service.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { MemberRole } from '../organization/membership.entity.js';
import { addMember } from '../organization/organization.queries.js';
import { findTakenIdentity, findViewerRow } from './identity.queries.js';
import { nextVolunteerNumbers } from '../volunteer/volunteer-number.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import type { AssistedRegistrationInput, LogInInput, RegisterVolunteerInput } from './identity.inputs.js';
import { checkRegistration, type CheckedRegistration } from './registration-rules.js';
import { normalizePhone } from '../../common/phone.js';
import { Session } from './session.entity.js';
import type { SessionCache, SessionLookup } from './session-cache.js';
import { countAttempt, rememberDevice, settleSuccess, signInCounters, trustedDeviceOf } from './throttle.js';
import { Reason } from '../../common/error-reasons.js';

export const SESSION_DAYS = 30;
const TOKEN_PREFIX = 'axs_';
// Verified against when the login is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = await hashPassword(randomBytes(16).toString('hex'));

export interface IssuedSession {
  sessionId: string;
  token: string;
  expiresAt: Date;
  volunteer: Volunteer;
  /** The device's token: its later sign-ins count against it alone (see throttle.ts). */
  deviceToken: string;
}

const TAKEN: Record<'idNumber' | 'phone' | 'email', Reason> = {
  idNumber: Reason.ID_NUMBER_TAKEN,
  phone: Reason.PHONE_TAKEN,
  email: Reason.EMAIL_TAKEN,
};

export class BadCredentialsError extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', Reason.BAD_CREDENTIALS, 'Wrong phone, email or password');
  }
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** `verifyPhone`: uses the registration's phone code (where the platform sends codes), once the rest of the input is checked. */
  async register(
    input: RegisterVolunteerInput,
    userAgent: string | null,
    deviceToken: string | null = null,
    verifyPhone?: (phone: string) => Promise<void>,
  ): Promise<IssuedSession> {
    const data = checkRegistration(input);
    if (input.accepted) checkAcceptsCurrent(input.accepted);
    await verifyPhone?.(data.phone);
    return this.createVolunteer(data, async (tx, volunteer) => {
      await writeAudit(tx, [{ actorId: volunteer.id, action: 'volunteer.registered', subjectId: volunteer.id }]);
      if (input.accepted) await new ConsentService(tx).recordCurrent(volunteer.id, ConsentChannel.SELF);
      return this.openSession(tx, volunteer, userAgent, deviceToken);
    });
  }

  /**
   * Station staff (a COORDINATOR or ADMIN of the team) register a resident who has no smartphone,
   * with the resident's consent, which the audit trail records with who took it. The resident
   * joins the team as a MEMBER and gets an initial password, shown once to hand over on paper
   * (they sign in with their phone number and it later); no session is opened for anyone.
   */
  async registerAssisted(viewer: Viewer | null, input: AssistedRegistrationInput): Promise<{ volunteer: Volunteer; initialPassword: string }> {
    const v = requireViewer(viewer);
    if (input.consent !== true) throw new BadUserInputError('consent', Reason.PERSON_CONSENT_REQUIRED, 'The person’s own consent is required (consent: true)');
    await requireOrgRole(this.em, v, input.organizationId, MANAGING_ROLES);
    // Easy to read out and type: no 0/O, 1/l.
    const initialPassword = Array.from(randomBytes(10), (b) => 'abcdefghjkmnpqrstuvwxyz23456789'[b % 31]).join('');
    const data = checkRegistration({ ...input, password: initialPassword, email: null, skills: null });
    const volunteer = await this.createVolunteer(data, async (tx, created) => {
      await addMember(tx, input.organizationId, created.id, MemberRole.MEMBER);
      // The staff member took the resident's consent to the documents in force.
      await new ConsentService(tx).recordCurrent(created.id, ConsentChannel.ASSISTED);
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: 'volunteer.registered-assisted',
          subjectId: created.id,
          detail: { organizationId: input.organizationId, consent: true, consentRecordedBy: v.volunteerId },
        },
      ]);
      return created;
    });
    return { volunteer, initialPassword };
  }

  /** Writes a checked registration (identity numbers sealed and indexed) and runs `then` in the same transaction. */
  private async createVolunteer<T>(data: CheckedRegistration, then: (tx: EntityManager, volunteer: Volunteer) => Promise<T>): Promise<T> {
    const idNumberIndex = this.vault.blindIndex('id-number', data.idNumber);
    const phoneIndex = this.vault.blindIndex('phone', data.phone);
    const passwordHash = await hashPassword(data.password);

    try {
      return await this.em.transactional(async (tx) => {
        const taken = await findTakenIdentity(tx, idNumberIndex, phoneIndex, data.email);
        for (const field of ['idNumber', 'phone', 'email'] as const)
          if (taken[field]) throw new ConflictError(TAKEN[field], `Another account has this ${field}`, field);

        const [volunteerNumber] = await nextVolunteerNumbers(tx, 1);
        const volunteer = Object.assign(new Volunteer(), {
          volunteerNumber,
          displayName: maskName(data.realName),
          realNameEnc: this.vault.encrypt(data.realName),
          idNumberEnc: this.vault.encrypt(data.idNumber),
          idNumberIndex,
          phoneEnc: this.vault.encrypt(data.phone),
          phoneIndex,
          guardianNameEnc: data.guardian ? this.vault.encrypt(data.guardian.name) : null,
          guardianPhoneEnc: data.guardian ? this.vault.encrypt(data.guardian.phone) : null,
          email: data.email,
          passwordHash,
          birthDate: data.birthDate.toISOString().slice(0, 10),
          district: data.district,
          skills: data.skills,
        });
        await tx.persist(volunteer).flush();
        return then(tx, volunteer);
      });
    } catch (error) {
      // Two registrations racing past the check: the unique blind indexes decide.
      if (error instanceof UniqueConstraintViolationException) {
        const field = /phone_index/.test(error.message) ? 'phone' : /email/.test(error.message) ? 'email' : 'idNumber';
        throw new ConflictError(TAKEN[field], `Another account has this ${field}`, field);
      }
      throw error;
    }
  }

  /**
   * Signs in, within the limits of throttle.ts: the attempt is counted before the password is
   * checked. `deviceToken` is the browser's device cookie (an app passes it in the input).
   */
  async logIn(input: LogInInput, ip: string, userAgent: string | null, deviceToken: string | null = null): Promise<IssuedSession> {
    const login = input.login.trim();
    const isEmail = login.includes('@');
    const accountKey = isEmail
      ? `acct:e:${createHash('sha256').update(login.toLowerCase()).digest('hex').slice(0, 40)}`
      : `acct:p:${this.vault.blindIndex('phone', normalizePhone(login)).toString('hex').slice(0, 40)}`;
    const volunteer = await this.em.findOne(
      Volunteer,
      isEmail ? { email: login.toLowerCase(), deletedAt: null } : { phoneIndex: this.vault.blindIndex('phone', normalizePhone(login)), deletedAt: null },
      { populate: ['passwordHash'] },
    );
    const device = deviceToken ?? input.deviceToken ?? null;
    const counters = signInCounters(accountKey, ip, await trustedDeviceOf(this.em, device, volunteer?.id ?? null), this.limits);
    await countAttempt(this.em, counters);
    const ok = await verifyPassword(input.password, volunteer?.passwordHash ?? DUMMY_HASH);
    if (!volunteer || !volunteer.passwordHash || !ok) throw new BadCredentialsError();
    await settleSuccess(this.em, counters);
    return this.em.transactional((tx) => this.openSession(tx, volunteer, userAgent, device));
  }

  async logOut(viewer: Viewer | null): Promise<boolean> {
    if (!viewer) return false;
    const affected = await this.em.nativeUpdate(Session, { id: viewer.sessionId, revokedAt: null }, { revokedAt: new Date() });
    return affected > 0;
  }

  /**
   * The viewer behind a token, or null when it is unknown, expired, revoked or its account
   * deleted: one query, or none when the process's session cache holds it.
   */
  async viewerFor(token: string, cache?: SessionCache | null): Promise<Viewer | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
    const tokenHash = hashToken(token);
    if (cache) return cache.viewer(tokenHash, () => this.lookUpSession(tokenHash));
    return (await this.lookUpSession(tokenHash))?.viewer ?? null;
  }

  private async lookUpSession(tokenHash: Buffer): Promise<SessionLookup | null> {
    const row = await findViewerRow(this.em, tokenHash);
    if (!row) return null;
    return {
      viewer: { sessionId: row.session_id, volunteerId: row.id, isPlatformAdmin: row.is_platform_admin, volunteerRow: row },
      expiresAt: new Date(row.session_expires_at),
    };
  }

  private async openSession(em: EntityManager, volunteer: Volunteer, userAgent: string | null, deviceToken: string | null): Promise<IssuedSession> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    const session = Object.assign(new Session(), { volunteer, tokenHash: hashToken(token), expiresAt, userAgent: userAgent?.slice(0, 120) ?? null });
    await em.persist(session).flush();
    const device = await rememberDevice(em, deviceToken, volunteer.id);
    return { sessionId: session.id, token, expiresAt, volunteer, deviceToken: device };
  }
}
