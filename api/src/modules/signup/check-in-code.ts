// Check-in codes: six digits that rotate every ten minutes, derived from the shift and the
// platform's key, so coordinators can show them (or a QR code) without anything stored.
import { BadUserInputError } from '../../common/errors.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { Reason } from '../../common/error-reasons.js';

export const CODE_PERIOD_MS = 10 * 60_000;
/** Check-in opens this long before a shift starts and closes when it ends. */
export const CHECK_IN_OPENS_BEFORE_MS = 60 * 60_000;

export function checkInCode(vault: PersonalDataVault, shiftId: string, at: number = Date.now()): string {
  const period = Math.floor(at / CODE_PERIOD_MS);
  const mac = vault.mac('check-in', `${shiftId}:${period}`);
  return String(mac.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** The current code or the one just before it (a code read off a screen may be a minute old). */
export function isValidCheckInCode(vault: PersonalDataVault, shiftId: string, code: string, at: number = Date.now()): boolean {
  const clean = code.replace(/\s/g, '');
  return clean === checkInCode(vault, shiftId, at) || clean === checkInCode(vault, shiftId, at - CODE_PERIOD_MS);
}

export function checkInQrPayload(shiftId: string, code: string): string {
  return `aixin:check-in:${shiftId}:${code}`;
}

/** The check-in page's address for a QR code at the door: a phone's camera opens it and the volunteer is checked in. */
export function checkInPageUrl(origin: string, shiftId: string, code: string): string {
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    throw new BadUserInputError('origin', Reason.BAD_FORMAT, 'origin must be an http(s) origin', { expected: 'https://host' });
  }
  if ((base.protocol !== 'https:' && base.protocol !== 'http:') || base.pathname !== '/' || base.search || base.hash) {
    throw new BadUserInputError('origin', Reason.BAD_FORMAT, 'origin must be an http(s) origin', { expected: 'https://host' });
  }
  const url = new URL('/checkin/', base);
  url.searchParams.set('shift', shiftId);
  url.searchParams.set('code', code);
  return url.toString();
}
