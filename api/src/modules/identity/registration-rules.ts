// The rules of real-name registration, as pure functions: each failure names its field and
// says what is wrong in Chinese, which the site shows next to the field.
import { BadUserInputError } from '../../common/errors.js';
import { checkOptionalText } from '../../common/text-input.js';
import { ageOn, checkResidentId, normalizeResidentId, type ResidentIdProblem } from '../volunteer/resident-id.js';
import type { RegisterVolunteerInput } from './identity.inputs.js';

export const GUARDIAN_REQUIRED_UNDER = 14;
export const MIN_AGE = 6;
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;

const ID_MESSAGES: Record<ResidentIdProblem, string> = {
  LENGTH: '身份证号应为18位',
  FORMAT: '身份证号格式不正确：前17位应为数字，最后一位为数字或X',
  REGION: '身份证号的地区码不正确',
  BIRTH_DATE: '身份证号中的出生日期不正确',
  CHECK_DIGIT: '身份证号校验位不正确，请核对后重新输入',
};

// Chinese names, including minority names with the middle dot, and Latin-script names.
const NAME_SHAPE = /^[\p{Script=Han}\p{Script=Latin}][\p{Script=Han}\p{Script=Latin}·•・. ]*[\p{Script=Han}\p{Script=Latin}]$/u;
const PHONE_SHAPE = /^1[3-9]\d{9}$/;
const EMAIL_SHAPE = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

export function normalizePhone(value: string): string {
  return value.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}

/** An email address, lower-cased (a login name). */
export function checkEmail(value: string, field: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_SHAPE.test(email)) throw new BadUserInputError(field, '邮箱格式不正确');
  return email;
}

export function checkPhone(value: string, field: string): string {
  const phone = normalizePhone(value);
  if (!PHONE_SHAPE.test(phone)) throw new BadUserInputError(field, '请输入11位中国大陆手机号');
  return phone;
}

export function checkRealName(value: string, field = 'realName'): string {
  const name = value.trim().replace(/\s+/g, ' ');
  const length = Array.from(name).length;
  if (length < 2 || length > 30) throw new BadUserInputError(field, '姓名应为2至30个字');
  if (!NAME_SHAPE.test(name)) throw new BadUserInputError(field, '姓名只能包含汉字、字母和间隔号');
  return name;
}

export function checkPassword(password: string, field: string): string {
  if (Array.from(password).length < PASSWORD_MIN) throw new BadUserInputError(field, `密码至少${PASSWORD_MIN}位`);
  if (Array.from(password).length > PASSWORD_MAX) throw new BadUserInputError(field, `密码最多${PASSWORD_MAX}位`);
  return password;
}

/** The fields a volunteer gives at registration and may change later. */
export function checkProfileFields(input: { email?: string | null; district?: string | null; skills?: string[] | null }): {
  email: string | null;
  district: string | null;
  skills: string[];
} {
  const email = input.email != null && input.email.trim() !== '' ? checkEmail(input.email, 'email') : null;

  const district = checkOptionalText('district', input.district, 40, () => '所在区县最多40个字');

  const skills = [...new Set((input.skills ?? []).map((s) => s.trim()).filter(Boolean))];
  if (skills.length > 20) throw new BadUserInputError('skills', '技能最多20项');
  if (skills.some((s) => Array.from(s).length > 20)) throw new BadUserInputError('skills', '每项技能最多20个字');
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
  if (!id.ok) throw new BadUserInputError('idNumber', ID_MESSAGES[id.problem], { reason: id.problem });

  const phone = checkPhone(input.phone, 'phone');

  const password = checkPassword(input.password, 'password');
  const { email, district, skills } = checkProfileFields(input);

  const age = ageOn(id.birthDate, today);
  if (age < MIN_AGE) throw new BadUserInputError('idNumber', `未满${MIN_AGE}周岁不能注册为志愿者`);
  let guardian: CheckedRegistration['guardian'] = null;
  if (age < GUARDIAN_REQUIRED_UNDER) {
    if (!input.guardianName?.trim()) throw new BadUserInputError('guardianName', `未满${GUARDIAN_REQUIRED_UNDER}周岁需填写监护人姓名`);
    if (!input.guardianPhone?.trim()) throw new BadUserInputError('guardianPhone', `未满${GUARDIAN_REQUIRED_UNDER}周岁需填写监护人手机号`);
    guardian = { name: checkRealName(input.guardianName, 'guardianName'), phone: checkPhone(input.guardianPhone, 'guardianPhone') };
  }

  return { realName, idNumber, phone, password, email, district, skills, birthDate: id.birthDate, guardian };
}
