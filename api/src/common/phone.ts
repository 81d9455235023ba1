// Mobile numbers, wherever one is given (registration, team contacts, needs, walk-ins, imports):
// one shape, one normal form.
import { Reason } from './error-reasons.js';
import { BadUserInputError } from './errors.js';

const PHONE_SHAPE = /^1[3-9]\d{9}$/;

/** Without spaces, dashes or a +86 prefix. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}

/** An 11-digit mainland China mobile number, normalized (BAD_PHONE otherwise). */
export function checkPhone(value: string, field: string): string {
  const phone = normalizePhone(value);
  if (!PHONE_SHAPE.test(phone)) throw new BadUserInputError(field, Reason.BAD_PHONE, 'Not an 11-digit mainland China mobile number');
  return phone;
}
