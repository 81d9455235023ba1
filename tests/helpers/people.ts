// Fake people for tests: valid, unique resident ID numbers and mobile numbers per run.
import { randomInt } from 'node:crypto';
import { generateResidentId } from '../../api/src/modules/volunteer/resident-id.js';
import { CURRENT_LEGAL_DOCUMENTS } from '../../api/src/modules/consent/legal-document.js';

/** The user agreement and privacy policy in force, as the registration form accepts them. */
export const ACCEPTED_DOCUMENTS = CURRENT_LEGAL_DOCUMENTS.map((d) => ({ document: d.kind, version: d.version }));

let sequence = randomInt(0, 900);

export function fakeIdNumber(birth = new Date(Date.UTC(1990 + randomInt(0, 15), randomInt(0, 12), randomInt(1, 28))), region = '460106'): string {
  sequence = (sequence + 1) % 1000;
  // Random birth date + rolling sequence: unique within a run, and never a demo volunteer's.
  return generateResidentId(region, birth, sequence, randomInt(0, 2) ? 'M' : 'F');
}

export function fakePhone(): string {
  return `192${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

export function fakeRegistration(overrides: Record<string, unknown> = {}) {
  return {
    realName: '测试志愿者',
    idNumber: fakeIdNumber(),
    phone: fakePhone(),
    password: 'correct-horse-9',
    district: '龙华区',
    skills: ['急救'],
    accepted: ACCEPTED_DOCUMENTS,
    ...overrides,
  };
}

export const REGISTER = `mutation($input: RegisterVolunteerInput!) {
  registerVolunteer(input: $input) { token volunteer { id volunteerNumber displayName realName idNumberMasked phoneMasked totalMinutes starLevel } } }`;
