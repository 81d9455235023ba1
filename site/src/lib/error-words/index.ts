// What the site says when the API refuses something: a sentence per error reason in each
// language (the reasons are api/src/common/error-reasons.ts; a test holds the two lists equal).
// Islands load this module only when a failure happens, so the code every island shares stays small.
import type { Locale } from '../../i18n/locales';
import type { ApiError } from '../graphql-client';
import type { ReasonWords } from './words';
import { common } from './common';
import { identity } from './identity';
import { volunteer } from './volunteer';
import { organization } from './organization';
import { project } from './project';
import { signup } from './signup';
import { lottery } from './lottery';
import { ledger } from './ledger';
import { content } from './content';
import { image } from './image';
import { oauth } from './oauth';
import { webhook } from './webhook';
import { partner } from './partner';
import { serviceRequest } from './service-request';
import { rating } from './rating';
import { broadcast } from './broadcast';
import { outbox } from './outbox';
import { consent } from './consent';
import { audit } from './audit';
import { jobs } from './jobs';
import { stats } from './stats';

export const REASON_WORDS: ReasonWords = {
  ...common,
  ...identity,
  ...volunteer,
  ...organization,
  ...project,
  ...signup,
  ...lottery,
  ...ledger,
  ...content,
  ...image,
  ...oauth,
  ...webhook,
  ...partner,
  ...serviceRequest,
  ...rating,
  ...broadcast,
  ...outbox,
  ...consent,
  ...audit,
  ...jobs,
  ...stats,
};

// For a reason this site does not know yet (an API newer than the site): the sense of its code.
const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'SIGN_IN_REQUIRED',
  FORBIDDEN: 'NOT_ALLOWED',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_FORMAT',
  CONFLICT: 'STATE_CHANGED',
  CAPACITY_REACHED: 'CAPACITY_REACHED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
};

/** The error as one sentence in `locale`, chosen by its reason (or, for an unknown reason, its code). */
export function reasonText(error: ApiError, locale: Locale): string {
  const words = (error.reason && REASON_WORDS[error.reason]) || REASON_WORDS[BY_CODE[error.code] ?? 'INTERNAL'];
  const sentence = words[locale];
  return typeof sentence === 'function' ? sentence(error) : sentence;
}
