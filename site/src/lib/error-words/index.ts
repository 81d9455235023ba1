// What the site says when the API refuses something: a sentence per error reason in each
// language (the reasons are api/src/common/error-reasons.ts; a test holds the two lists equal).
// Islands load this module only when a failure happens, so the code every island shares stays small.
import type { Locale } from '../../i18n/locales.js';
import type { ApiError } from '../graphql-client.js';
import type { ReasonWords } from './words.js';
import { common } from './common.js';
import { identity } from './identity.js';
import { volunteer } from './volunteer.js';
import { organization } from './organization.js';
import { project } from './project.js';
import { signup } from './signup.js';
import { lottery } from './lottery.js';
import { ledger } from './ledger.js';
import { content } from './content.js';
import { image } from './image.js';
import { oauth } from './oauth.js';
import { webhook } from './webhook.js';
import { partner } from './partner.js';
import { serviceRequest } from './service-request.js';
import { rating } from './rating.js';
import { training } from './training.js';
import { story } from './story.js';
import { broadcast } from './broadcast.js';
import { outbox } from './outbox.js';
import { consent } from './consent.js';
import { audit } from './audit.js';
import { jobs } from './jobs.js';
import { stats } from './stats.js';
import { contest } from './contest.js';
import { station } from './station.js';
import { card } from './card.js';

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
  ...training,
  ...story,
  ...broadcast,
  ...outbox,
  ...consent,
  ...audit,
  ...jobs,
  ...stats,
  ...contest,
  ...station,
  ...card,
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
