// English sentences for the API's failures, for English pages (lib/api-messages loads this
// module when a failure happens there). The API's rule errors carry a Chinese message, so a
// sentence is chosen by what the error says in machine terms: its reason, the field it is about
// (the island passes its own fields' sentences), then its code.
import type { ApiError } from './graphql-client';

/**
 * English sentences of an island's own rule errors, looked up as `CODE.field:reason`,
 * `field:reason`, `CODE.field`, then `field` (e.g. `idNumber:CHECK_DIGIT`, `CONFLICT.phone`).
 */
export type FieldSentences = Record<string, string>;

const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'You are no longer logged in. Please log in again.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'This no longer exists or has been taken down. Please reload the page.',
  CAPACITY_REACHED: 'This shift is full.',
  QUERY_TOO_COMPLEX: 'The request was too complex. Please reload the page and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Please try again later.',
  // The API's Chinese message says which rule; these give the sense of each code.
  BAD_USER_INPUT: 'Something you entered is not valid. Please check it and try again.',
  CONFLICT: 'This cannot be done now: things have changed since the page loaded. Please reload it and check.',
  IDEMPOTENCY_KEY_REUSED: 'This request was already sent with other details. Please reload the page and try again.',
};

// CONFLICTs whose reason says more than the code (the lottery's registration window).
const BY_REASON: Record<string, string> = {
  REGISTRATION_NOT_OPEN: 'Entries for this lottery are not open yet. Please enter while they are open.',
  DRAW_PENDING: 'Entries have closed and the draw is under way. Reload the page in a moment to see the result.',
  OVERLAPPING_SIGNUP: 'You already hold a place at the same time in another activity (see My account). Cancel that sign-up first to take this one.',
  CODES_UNAVAILABLE: 'This platform does not send SMS codes yet: ask the platform staff for help.',
  DELIVERY_FAILED: 'The text message could not be sent. Please try again in a moment.',
};

/** "15 minutes" or "24 hours", from RATE_LIMITED's retryAfter in seconds. */
export function retryAfterEnglish(seconds: number): string {
  const [n, unit] =
    seconds < 60 ? [Math.max(1, Math.ceil(seconds)), 'second'] : seconds < 3600 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

export function englishErrorText(error: ApiError, own: FieldSentences): string {
  if (error.code === 'RATE_LIMITED' && error.retryAfter) return `That is the limit for now. Please try again in ${retryAfterEnglish(error.retryAfter)}.`;
  if (error.reason && BY_REASON[error.reason]) return BY_REASON[error.reason];
  const { code, field, reason } = error;
  if (field) {
    for (const key of [reason && `${code}.${field}:${reason}`, reason && `${field}:${reason}`, `${code}.${field}`, field]) if (key && own[key]) return own[key];
  }
  return BY_CODE[code] ?? BY_CODE.INTERNAL_SERVER_ERROR;
}
