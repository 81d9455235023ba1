// Why a request failed, in machine terms: every error the API answers carries one of these as
// `extensions.reason` beside its contract code, and clients word it themselves (the site keeps a
// sentence per reason in each language, site/src/lib/error-words/). The names are public and
// stable: add new ones, never rename or reuse one. The error's `message` is a plain English
// description for developers and logs; details a sentence needs (a limit, a time) travel as
// further extensions named in the comment beside the reason.
export enum Reason {
  // Any module
  /** No session or key: sign in first. */
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  /** The API key or access token is unknown, expired or revoked. */
  CREDENTIAL_INVALID = 'CREDENTIAL_INVALID',
  /** The caller may not do this (no more specific reason). */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** The thing asked for does not exist or is not visible (`entity`: its type). */
  NOT_FOUND = 'NOT_FOUND',
  /** A value is required and missing or blank (`field`). */
  REQUIRED = 'REQUIRED',
  /** Text is longer than allowed (`max` characters). */
  TOO_LONG = 'TOO_LONG',
  /** A number or count outside its range (`min`, `max`). */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** A value not in the expected form (`expected`: a description of the form). */
  BAD_FORMAT = 'BAD_FORMAT',
  /** Text with NUL or invalid Unicode, which cannot be stored. */
  UNSTORABLE_TEXT = 'UNSTORABLE_TEXT',
  /** A cursor that does not come from this list. */
  BAD_CURSOR = 'BAD_CURSOR',
  /** A range whose end is not after its start (`field`: the end). */
  END_BEFORE_START = 'END_BEFORE_START',
  /** Too many requests from this caller (`retryAfter` seconds). */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The query is too deep, too costly or too large. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The document does not parse or does not match the schema (GraphQL's own message says where). */
  INVALID_QUERY = 'INVALID_QUERY',
  /** The same idempotency key was sent before with other input. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The thing changed since the caller last read it, so the action no longer applies (no more specific reason). */
  STATE_CHANGED = 'STATE_CHANGED',
  /** Something failed on the server; nothing about it is told. */
  INTERNAL = 'INTERNAL',
  /** API keys cannot call this field: a person signs in. */
  PEOPLE_ONLY = 'PEOPLE_ONLY',
  /** The API key lacks the scope (`requiredScope`). */
  KEY_SCOPE_MISSING = 'KEY_SCOPE_MISSING',
  /** The volunteer did not grant the app the scope (`requiredScope`). */
  APP_SCOPE_MISSING = 'APP_SCOPE_MISSING',
  /** Apps acting for a volunteer cannot call this field. */
  NOT_FOR_APPS = 'NOT_FOR_APPS',

  // identity

  // volunteer

  // organization

  // project
  /** A time that must be in the future has passed (`field`). */
  TIME_IN_PAST = 'TIME_IN_PAST',
  /** A time range longer than allowed (`maxHours` or `maxDays`). */
  SPAN_TOO_LONG = 'SPAN_TOO_LONG',
  /** Only an approved team may do this. */
  TEAM_NOT_APPROVED = 'TEAM_NOT_APPROVED',
  /** The activity is no longer a draft, so it cannot be edited or published. */
  PROJECT_NOT_DRAFT = 'PROJECT_NOT_DRAFT',
  /** The activity is already cancelled or completed. */
  PROJECT_OVER = 'PROJECT_OVER',
  /** Only a lottery shift has a registration window. */
  REGISTRATION_WINDOW_LOTTERY_ONLY = 'REGISTRATION_WINDOW_LOTTERY_ONLY',
  /** A lottery's entries must close before its shift starts. */
  REGISTRATION_CLOSES_TOO_LATE = 'REGISTRATION_CLOSES_TOO_LATE',
  /** A lottery's entries would close before the activity is published. */
  REGISTRATION_ALREADY_CLOSED = 'REGISTRATION_ALREADY_CLOSED',
  /** A lottery shift cannot move to start before its entries close (`registrationClosesAt`). */
  BEFORE_REGISTRATION_CLOSES = 'BEFORE_REGISTRATION_CLOSES',
  /** The shift would move to the times it has already. */
  UNCHANGED = 'UNCHANGED',
  /** Only shifts of a published activity can be moved or cancelled. */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  /** The shift has started or ended. */
  SHIFT_STARTED = 'SHIFT_STARTED',
  /** The shift is cancelled already. */
  SHIFT_CANCELLED = 'SHIFT_CANCELLED',
  /** The activity's last shift cannot be cancelled alone: cancel the activity. */
  LAST_SHIFT = 'LAST_SHIFT',

  // signup
  /** The shift has no place left. */
  CAPACITY_REACHED = 'CAPACITY_REACHED',

  // lottery

  // ledger

  // content
  /** The slug is used by another item already (`field`). */
  SLUG_TAKEN = 'SLUG_TAKEN',
  /** The slug is one of the site's own paths. */
  SLUG_RESERVED = 'SLUG_RESERVED',
  /** A time that cannot be in the future is (`field`). */
  TIME_IN_FUTURE = 'TIME_IN_FUTURE',
  /** A publication time too far ahead (`maxDays`). */
  TOO_FAR_AHEAD = 'TOO_FAR_AHEAD',
  /** Only a published or completed activity can be shown or linked. */
  PROJECT_NOT_PUBLIC = 'PROJECT_NOT_PUBLIC',
  /** The article is published: it is withdrawn before it is edited or submitted again. */
  ARTICLE_PUBLISHED = 'ARTICLE_PUBLISHED',
  /** The article is not awaiting review, so it cannot be returned or published. */
  ARTICLE_NOT_IN_REVIEW = 'ARTICLE_NOT_IN_REVIEW',

  // image
  /** The upload is empty. */
  EMPTY = 'EMPTY',
  /** The upload is larger than allowed (`maxBytes`). */
  TOO_LARGE = 'TOO_LARGE',
  /** The upload is not a picture. */
  NOT_AN_IMAGE = 'NOT_AN_IMAGE',
  /** A picture of a kind not taken (JPEG, PNG, WebP, AVIF are). */
  UNSUPPORTED_TYPE = 'UNSUPPORTED_TYPE',
  /** A picture with more pixels than allowed. */
  TOO_MANY_PIXELS = 'TOO_MANY_PIXELS',
  /** A picture that cannot be decoded. */
  DAMAGED = 'DAMAGED',
  /** The upload request is broken or cut short. */
  UPLOAD_BROKEN = 'UPLOAD_BROKEN',
  /** No image with this ID was uploaded (`imageId`). */
  IMAGE_UNKNOWN = 'IMAGE_UNKNOWN',
  /** The same photo appears twice in a gallery. */
  DUPLICATE_PHOTO = 'DUPLICATE_PHOTO',
  /** A photo without a description of what it shows, or with one too long (`number`: the photo's place, from 1; `max`). */
  PHOTO_DESCRIPTION_REQUIRED = 'PHOTO_DESCRIPTION_REQUIRED',

  // oauth
  /** A redirect URI that is not https, loopback http or the app's own scheme, or that has a fragment. */
  REDIRECT_URI_NOT_ALLOWED = 'REDIRECT_URI_NOT_ALLOWED',
  /** The redirect URI is not one the app registered. */
  REDIRECT_URI_NOT_REGISTERED = 'REDIRECT_URI_NOT_REGISTERED',
  /** No app has this client ID, or it is disabled. */
  APP_UNKNOWN = 'APP_UNKNOWN',
  /** The authorization request lacks PKCE (S256 and a valid code_challenge). */
  PKCE_REQUIRED = 'PKCE_REQUIRED',
  /** The app asks for scopes it did not register, or for none. */
  SCOPE_NOT_REGISTERED = 'SCOPE_NOT_REGISTERED',

  // webhook
  /** An address that must start with https:// does not (`field`). */
  URL_NOT_HTTPS = 'URL_NOT_HTTPS',
  /** An address that carries a user name or password. */
  URL_HAS_CREDENTIALS = 'URL_HAS_CREDENTIALS',
  /** The address's host name does not resolve (`host`). */
  HOST_UNRESOLVED = 'HOST_UNRESOLVED',
  /** The address points at this machine, a private network or a reserved address (`host`). */
  HOST_NOT_PUBLIC = 'HOST_NOT_PUBLIC',
  /** The team has as many endpoints as it may (`max`). */
  WEBHOOK_LIMIT_REACHED = 'WEBHOOK_LIMIT_REACHED',
  /** The endpoint is disabled: enable it first. */
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
  /** The delivery is being sent at this moment. */
  DELIVERY_IN_PROGRESS = 'DELIVERY_IN_PROGRESS',

  // partner
  /** The team has as many live API keys as it may (`max`). */
  KEY_LIMIT_REACHED = 'KEY_LIMIT_REACHED',

  // service-request
  /** A request cannot be merged into itself. */
  MERGE_INTO_SELF = 'MERGE_INTO_SELF',
  /** The request to merge into is merged or declined itself. */
  MERGE_TARGET_CLOSED = 'MERGE_TARGET_CLOSED',
  /** Claims already cover the volunteers the request needs. */
  NEED_COVERED = 'NEED_COVERED',
  /** The team has claimed the request already. */
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
  /** The team has no claim on the request. */
  NOT_CLAIMED = 'NOT_CLAIMED',

  // rating
  /** Only a volunteer who attended the activity, after their shift ended, may rate it. */
  NOT_ATTENDED = 'NOT_ATTENDED',
  /** The volunteer has rated the activity already; a rating cannot be changed. */
  ALREADY_RATED = 'ALREADY_RATED',
  /** The rating has no comment to hide. */
  NO_COMMENT_TO_HIDE = 'NO_COMMENT_TO_HIDE',

  // broadcast
  /** The team has sent as many messages as it may in 24 hours (`max`, `retryAfter` seconds). */
  BROADCAST_LIMIT_REACHED = 'BROADCAST_LIMIT_REACHED',

  // outbox

  // consent

  // audit

  // jobs
  /** Only a failed job can be retried. */
  JOB_NOT_FAILED = 'JOB_NOT_FAILED',

  // stats
}

const REASONS = new Set<string>(Object.values(Reason));

/** Whether `value` is one of the reasons. */
export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && REASONS.has(value);
}
