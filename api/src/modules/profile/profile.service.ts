// 志愿者风采: a volunteer switches their public page on or off (under 18 only with their guardian's
// consent), and anyone reads the pages that are on. A page that is off answers as if there were no
// such volunteer.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { UnauthenticatedError } from '../../common/errors.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { writeAudit } from '../audit/audit.service.js';
import { checkRealName } from '../identity/registration-rules.js';
import { ageOn } from '../volunteer/resident-id.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { GuardianConsentRequiredError, GuardianNameMismatchError } from './profile.errors.js';
import type { SetProfileVisibilityInput } from './profile.inputs.js';
import { consentFacts, publicVolunteerId, writeVisibility } from './profile.queries.js';
import { VolunteerProfile } from './profile.types.js';

/** From this age a volunteer decides alone whether to show a public page. */
export const ADULT_AGE = 18;

/** Whether a volunteer born on `birthDate` (YYYY-MM-DD; unknown for some imported records) needs a guardian's consent today. */
export function needsGuardian(birthDate: string | null | undefined, today: Date = new Date()): boolean {
  return !!birthDate && ageOn(new Date(`${birthDate}T00:00:00Z`), today) < ADULT_AGE;
}

export class ProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The signed-in volunteer switches their public page on (a minor with their guardian's consent) or off. */
  async setVisibility(viewer: Viewer | null, input: SetProfileVisibilityInput): Promise<Volunteer> {
    const v = requireViewer(viewer);
    const facts = await consentFacts(this.em, v.volunteerId);
    // A session outliving its closed account.
    if (!facts) throw new UnauthenticatedError();
    let consent: { at: Date; nameEnc: Buffer } | null = null;
    if (input.public && needsGuardian(facts.birthDate)) {
      const given = input.guardianConsent;
      if (!given?.guardianAgrees || !given.guardianName?.trim()) throw new GuardianConsentRequiredError(ADULT_AGE);
      const name = checkRealName(given.guardianName, 'guardianName');
      const onFile = facts.guardianNameEnc ? this.vault.decrypt(facts.guardianNameEnc) : null;
      if (onFile && onFile.trim() !== name) throw new GuardianNameMismatchError();
      consent = { at: new Date(), nameEnc: this.vault.encrypt(name) };
    }
    await this.em.transactional(async (tx) => {
      await writeVisibility(tx, v.volunteerId, input.public, consent);
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: 'volunteer.profile-updated',
          subjectId: v.volunteerId,
          detail: { publicProfile: input.public, ...(consent ? { guardianConsent: true } : {}) },
        },
      ]);
    });
    return (await this.em.fork().findOne(Volunteer, { id: v.volunteerId }))!;
  }

  /** A public page by volunteer number; null when it is off, the account is closed or there is no such number. */
  async find(number: string): Promise<VolunteerProfile | null> {
    const normalized = number.trim().toUpperCase();
    if (!normalized || normalized.length > 20) return null;
    const id = await publicVolunteerId(this.em, normalized);
    const volunteer = id ? await this.em.findOne(Volunteer, { id }) : null;
    if (!volunteer) return null;
    return Object.assign(new VolunteerProfile(), {
      volunteerId: volunteer.id,
      volunteerNumber: volunteer.volunteerNumber,
      displayName: volunteer.displayName,
      totalMinutes: volunteer.totalMinutes,
    });
  }
}
