// The rules of real-name registration, as pure functions: each failure names its field and
// gives the reason the site words next to the field.
import { BadUserInputError } from '../../common/errors.js';
import { checkOptionalText } from '../../common/text-input.js';
import { ageOn, checkResidentId, normalizeResidentId, type ResidentIdProblem } from '../volunteer/resident-id.js';
import type { RegisterVolunteerInput } from './identity.inputs.js';
import { Reason } from '../../common/error-reasons.js';
import { checkPhone } from '../../common/phone.js';

export const GUARDIAN_REQUIRED_UNDER = 14;
export const MIN_AGE = 6;
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;

const ID_PROBLEMS: Record<ResidentIdProblem, [Reason, string]> = {
  LENGTH: [Reason.ID_NUMBER_LENGTH, 'A resident ID number has 18 characters'],
  FORMAT: [Reason.ID_NUMBER_FORMAT, 'A resident ID number is 17 digits and a digit or X'],
  REGION: [Reason.ID_NUMBER_REGION, 'The region code of the ID number does not exist'],
  BIRTH_DATE: [Reason.ID_NUMBER_BIRTH_DATE, 'The date of birth in the ID number is not a date'],
  CHECK_DIGIT: [Reason.ID_NUMBER_CHECK_DIGIT, 'The check digit of the ID number does not match'],
};

// Chinese names, including minority names with the middle dot, and Latin-script names.
const NAME_SHAPE = /^[\p{Script=Han}\p{Script=Latin}][\p{Script=Han}\p{Script=Latin}·•・. ]*[\p{Script=Han}\p{Script=Latin}]$/u;
const EMAIL_SHAPE = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** An email address, lower-cased (a login name). */
export function checkEmail(value: string, field: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_SHAPE.test(email)) throw new BadUserInputError(field, Reason.BAD_EMAIL, 'Not an email address');
  return email;
}

export function checkRealName(value: string, field = 'realName'): string {
  const name = value.trim().replace(/\s+/g, ' ');
  const length = Array.from(name).length;
  if (length < 2 || length > 30) throw new BadUserInputError(field, Reason.NAME_LENGTH, 'A name has 2 to 30 characters', { min: 2, max: 30 });
  if (!NAME_SHAPE.test(name)) throw new BadUserInputError(field, Reason.NAME_CHARACTERS, 'A name has Chinese characters, letters and the middle dot only');
  return name;
}

export function checkPassword(password: string, field: string): string {
  if (Array.from(password).length < PASSWORD_MIN)
    throw new BadUserInputError(field, Reason.PASSWORD_LENGTH, `A password has ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`, {
      min: PASSWORD_MIN,
      max: PASSWORD_MAX,
    });
  if (Array.from(password).length > PASSWORD_MAX)
    throw new BadUserInputError(field, Reason.PASSWORD_LENGTH, `A password has ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`, {
      min: PASSWORD_MIN,
      max: PASSWORD_MAX,
    });
  return password;
}

/** The fields a volunteer gives at registration and may change later. */
export function checkProfileFields(input: { email?: string | null; district?: string | null; skills?: string[] | null }): {
  email: string | null;
  district: string | null;
  skills: string[];
} {
  const email = input.email != null && input.email.trim() !== '' ? checkEmail(input.email, 'email') : null;

  const district = checkOptionalText('district', input.district, 40);

  const skills = [...new Set((input.skills ?? []).map((s) => s.trim()).filter(Boolean))];
  if (skills.length > 20) throw new BadUserInputError('skills', Reason.TOO_MANY_SKILLS, 'At most 20 skills', { max: 20 });
  if (skills.some((s) => Array.from(s).length > 20))
    throw new BadUserInputError('skills', Reason.SKILL_TOO_LONG, 'A skill has at most 20 characters', { max: 20 });
  return { email, district, skills };
}

export interface CheckedRegistration {
  realName: string;
  idNumber: string;
  phone: string;
  password: string;
  email: string | null;
  district: string | null;
  skills: string[];
  birthDate: Date;
  guardian: { name: string; phone: string } | null;
}

export function checkRegistration(input: RegisterVolunteerInput, today: Date = new Date()): CheckedRegistration {
  const realName = checkRealName(input.realName);

  const idNumber = normalizeResidentId(input.idNumber);
  const id = checkResidentId(idNumber, today);
  if (!id.ok) throw new BadUserInputError('idNumber', ...ID_PROBLEMS[id.problem]);

  const phone = checkPhone(input.phone, 'phone');

  const password = checkPassword(input.password, 'password');
  const { email, district, skills } = checkProfileFields(input);

  const age = ageOn(id.birthDate, today);
  if (age < MIN_AGE) throw new BadUserInputError('idNumber', Reason.TOO_YOUNG, `Volunteers are at least ${MIN_AGE}`, { minAge: MIN_AGE });
  let guardian: CheckedRegistration['guardian'] = null;
  if (age < GUARDIAN_REQUIRED_UNDER) {
    if (!input.guardianName?.trim())
      throw new BadUserInputError('guardianName', Reason.GUARDIAN_REQUIRED, `Under ${GUARDIAN_REQUIRED_UNDER}, a guardian's name is required`, {
        age: GUARDIAN_REQUIRED_UNDER,
      });
    if (!input.guardianPhone?.trim())
      throw new BadUserInputError('guardianPhone', Reason.GUARDIAN_REQUIRED, `Under ${GUARDIAN_REQUIRED_UNDER}, a guardian's phone is required`, {
        age: GUARDIAN_REQUIRED_UNDER,
      });
    guardian = { name: checkRealName(input.guardianName, 'guardianName'), phone: checkPhone(input.guardianPhone, 'guardianPhone') };
  }

  return { realName, idNumber, phone, password, email, district, skills, birthDate: id.birthDate, guardian };
}
