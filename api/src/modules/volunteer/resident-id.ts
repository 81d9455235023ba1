// PRC 18-character resident identity number (居民身份证号码, GB 11643-1999): validation, generation, age.
import { chinaDay } from '../../common/china-time.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const;

/** Province-level codes (GB/T 2260) that can open a valid number; 71/81/82/83 are Taiwan, HK, Macao residence permits. */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

const EARLIEST_BIRTH = Date.UTC(1900, 0, 1);

export type ResidentIdProblem = 'LENGTH' | 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export type ResidentIdCheck = { ok: true; birthDate: Date; region: string; sex: 'M' | 'F' } | { ok: false; problem: ResidentIdProblem };

/** The 18th character for the given first 17 digits. */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('residentIdCheckDigit needs exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  }
  return CHECK_CHARS[sum % 11];
}

/** Trimmed, with a lowercase check character x turned into X. */
export function normalizeResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Validates a resident ID. Problems are reported in a fixed order (length, format,
 * region, birth date, check digit) so the first thing wrong is what the user sees.
 */
export function checkResidentId(value: string, today: Date = new Date()): ResidentIdCheck {
  const id = normalizeResidentId(value);
  if (id.length !== 18) return { ok: false, problem: 'LENGTH' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'FORMAT' };

  const region = id.slice(0, 6);
  if (!PROVINCE_CODES.has(region.slice(0, 2))) return { ok: false, problem: 'REGION' };

  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  // Checked before Date.UTC, which maps years 0..99 onto 1900..1999.
  if (year < 1900) return { ok: false, problem: 'BIRTH_DATE' };
  const birth = Date.UTC(year, month - 1, day);
  const parsed = new Date(birth);
  const realDate = parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
  // Birth dates on ID cards are Beijing calendar dates, so "today" is read in China time or a
  // server running in UTC would reject babies born this morning in China.
  if (!realDate || birth < EARLIEST_BIRTH || birth > chinaDay(today).getTime()) {
    return { ok: false, problem: 'BIRTH_DATE' };
  }

  if (residentIdCheckDigit(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'CHECK_DIGIT' };

  const sex = Number(id[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, birthDate: parsed, region, sex };
}

/** Age in completed years on `today`'s Beijing calendar date; `birthDate` is a UTC-midnight date. */
export function ageOn(birthDate: Date, today: Date): number {
  const now = chinaDay(today);
  let age = now.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birthDate.getUTCMonth() || (now.getUTCMonth() === birthDate.getUTCMonth() && now.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/**
 * Builds a valid ID. The order sequence's last digit is forced to the parity the standard
 * assigns to `sex` (odd = male), so callers may pass any number 0..999.
 */
export function generateResidentId(region6: string, birthDate: Date, sequence3: number, sex: 'M' | 'F'): string {
  if (!/^\d{6}$/.test(region6)) throw new RangeError('region6 must be 6 digits');
  if (!Number.isInteger(sequence3) || sequence3 < 0 || sequence3 > 999) {
    throw new RangeError('sequence3 must be an integer 0..999');
  }
  if (Number.isNaN(birthDate.getTime())) throw new RangeError('birthDate is not a valid date');
  const year = birthDate.getUTCFullYear();
  if (year < 1000 || year > 9999) throw new RangeError('birthDate year must have 4 digits');

  const sequence = sequence3 - (sequence3 % 2) + (sex === 'M' ? 1 : 0);
  const first17 =
    region6 +
    String(year) +
    String(birthDate.getUTCMonth() + 1).padStart(2, '0') +
    String(birthDate.getUTCDate()).padStart(2, '0') +
    String(sequence).padStart(3, '0');
  return first17 + residentIdCheckDigit(first17);
}
