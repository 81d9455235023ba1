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
  /** Only platform staff may do this. */
  PLATFORM_STAFF_ONLY = 'PLATFORM_STAFF_ONLY',
  /** The caller may not do this (no more specific reason). */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** The thing asked for does not exist or is not visible (`entity`: its type). */
  NOT_FOUND = 'NOT_FOUND',
  /** A value is required and missing or blank (`field`). */
  REQUIRED = 'REQUIRED',
  /** Text shorter than required (`min`, `max` characters). */
  TOO_SHORT = 'TOO_SHORT',
  /** Text is longer than allowed (`max` characters; `min` where there is one). */
  TOO_LONG = 'TOO_LONG',
  /** A number or count outside its range (`min`, `max`). */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** A value not in the expected form (`expected`: a description of the form). */
  BAD_FORMAT = 'BAD_FORMAT',
  /** Text with control or invisible characters (`field`). */
  CONTROL_CHARACTERS = 'CONTROL_CHARACTERS',
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
  /** Signing in: no account with this phone or email and this password. */
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  /** Too many attempts (sign-ins, passwords); `retryAfter` seconds. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** The current password given is wrong. */
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  /** The new password is the current one. */
  PASSWORD_UNCHANGED = 'PASSWORD_UNCHANGED',
  /** A password of the wrong length (`min`, `max`). */
  PASSWORD_LENGTH = 'PASSWORD_LENGTH',
  /** Another account has this ID number. */
  ID_NUMBER_TAKEN = 'ID_NUMBER_TAKEN',
  /** Another account has this phone. */
  PHONE_TAKEN = 'PHONE_TAKEN',
  /** Another account has this email. */
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  /** The phone given is already the account's. */
  ALREADY_YOUR_PHONE = 'ALREADY_YOUR_PHONE',
  /** Not an email address. */
  BAD_EMAIL = 'BAD_EMAIL',
  /** Not an 11-digit mainland China mobile number. */
  BAD_PHONE = 'BAD_PHONE',
  /** A name of the wrong length (`min`, `max`). */
  NAME_LENGTH = 'NAME_LENGTH',
  /** A name with characters other than Chinese characters, letters and the middle dot. */
  NAME_CHARACTERS = 'NAME_CHARACTERS',
  /** A resident ID number without 18 characters. */
  ID_NUMBER_LENGTH = 'ID_NUMBER_LENGTH',
  /** A resident ID number not of 17 digits and a digit or X. */
  ID_NUMBER_FORMAT = 'ID_NUMBER_FORMAT',
  /** A resident ID number whose region code does not exist. */
  ID_NUMBER_REGION = 'ID_NUMBER_REGION',
  /** A resident ID number whose date of birth is not a date. */
  ID_NUMBER_BIRTH_DATE = 'ID_NUMBER_BIRTH_DATE',
  /** A resident ID number whose check digit does not match. */
  ID_NUMBER_CHECK_DIGIT = 'ID_NUMBER_CHECK_DIGIT',
  /** Younger than volunteers may be (`minAge`). */
  TOO_YOUNG = 'TOO_YOUNG',
  /** Under `age`, a guardian's name and phone are required (`field` says which is missing). */
  GUARDIAN_REQUIRED = 'GUARDIAN_REQUIRED',
  /** More skills than allowed (`max`). */
  TOO_MANY_SKILLS = 'TOO_MANY_SKILLS',
  /** A skill longer than allowed (`max` characters). */
  SKILL_TOO_LONG = 'SKILL_TOO_LONG',
  /** An emergency contact needs both a name and a phone. */
  EMERGENCY_CONTACT_INCOMPLETE = 'EMERGENCY_CONTACT_INCOMPLETE',
  /** The volunteer is the only admin of a team (`organizationName`): hand the role over first. */
  SOLE_ADMIN = 'SOLE_ADMIN',
  /** A team registering someone must have the person's own consent. */
  PERSON_CONSENT_REQUIRED = 'PERSON_CONSENT_REQUIRED',
  /** A code goes to a phone or an email, not both. */
  PHONE_OR_EMAIL = 'PHONE_OR_EMAIL',
  /** Codes by email serve password resets only. */
  EMAIL_CODES_FOR_RESET_ONLY = 'EMAIL_CODES_FOR_RESET_ONLY',
  /** The platform sends no codes by this `channel` (phone or email). */
  CODES_UNAVAILABLE = 'CODES_UNAVAILABLE',
  /** The code could not be sent (`channel`). */
  DELIVERY_FAILED = 'DELIVERY_FAILED',
  /** A code was sent less than a minute ago; `retryAfter` seconds. */
  CODE_SENT_RECENTLY = 'CODE_SENT_RECENTLY',
  /** A code is 6 digits. */
  CODE_FORMAT = 'CODE_FORMAT',
  /** The code has expired or was tried too often. */
  CODE_EXPIRED = 'CODE_EXPIRED',
  /** The code is wrong. */
  CODE_WRONG = 'CODE_WRONG',

  // volunteer

  // organization
  /** Another organization has this name. */
  NAME_TAKEN = 'NAME_TAKEN',
  /** A slug of lower-case letters and digits, words joined by single hyphens (`min`, `max`). */
  BAD_SLUG = 'BAD_SLUG',
  /** A name with no letters or digits. */
  NO_LETTERS = 'NO_LETTERS',
  /** Give either an ID or a slug. */
  ID_OR_SLUG = 'ID_OR_SLUG',
  /** The parent organization does not exist or is not approved. */
  PARENT_NOT_APPROVED = 'PARENT_NOT_APPROVED',
  /** Only a suspended organization is restored. */
  NOT_SUSPENDED = 'NOT_SUSPENDED',
  /** Only a pending organization is returned. */
  NOT_PENDING = 'NOT_PENDING',
  /** Only admins of the parent organization or platform staff review it. */
  PARENT_ADMINS_ONLY = 'PARENT_ADMINS_ONLY',
  /** The volunteer lacks the role this needs in the team. */
  TEAM_ROLE_REQUIRED = 'TEAM_ROLE_REQUIRED',
  /** Only an admin of the team does this. */
  ADMINS_ONLY = 'ADMINS_ONLY',
  /** Coordinators remove members only. */
  COORDINATORS_REMOVE_MEMBERS_ONLY = 'COORDINATORS_REMOVE_MEMBERS_ONLY',
  /** Hand the role to another member. */
  CHOOSE_ANOTHER_MEMBER = 'CHOOSE_ANOTHER_MEMBER',
  /** The API key serves its own organization only. */
  OTHER_TEAM = 'OTHER_TEAM',
  /** The volunteer is a member already. */
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  /** The organization's only admin cannot leave or be demoted (`action`). */
  LAST_ADMIN = 'LAST_ADMIN',
  /** The team is open: join it directly. */
  JOIN_OPEN = 'JOIN_OPEN',
  /** The team reviews who joins: ask to join. */
  JOIN_REQUEST_REQUIRED = 'JOIN_REQUEST_REQUIRED',
  /** The volunteer has asked to join already. */
  JOIN_REQUEST_PENDING = 'JOIN_REQUEST_PENDING',

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
  /** The volunteer holds a place in this shift already. */
  ALREADY_SIGNED_UP = 'ALREADY_SIGNED_UP',
  /** The shift has not started yet. */
  SHIFT_NOT_STARTED = 'SHIFT_NOT_STARTED',
  /** Entries for the shift's draw are not open yet. */
  REGISTRATION_NOT_OPEN = 'REGISTRATION_NOT_OPEN',
  /** Entries have closed and the draw is running (seconds, normally). */
  DRAW_PENDING = 'DRAW_PENDING',
  /** The volunteer holds a place at the same time (`conflictingShiftId`, `conflictingTitle`, `conflictingStartsAt`, `conflictingEndsAt`). */
  OVERLAPPING_SIGNUP = 'OVERLAPPING_SIGNUP',
  /** Only a confirmed or waitlisted sign-up is cancelled. */
  NOT_CANCELLABLE = 'NOT_CANCELLABLE',
  /** Only a confirmed sign-up checks in or is marked. */
  NOT_CONFIRMED = 'NOT_CONFIRMED',
  /** The volunteer holds no place in this shift. */
  NOT_SIGNED_UP = 'NOT_SIGNED_UP',
  /** The check-in code is wrong. */
  CHECK_IN_CODE_WRONG = 'CHECK_IN_CODE_WRONG',
  /** Check-in is not open now. */
  CHECK_IN_CLOSED = 'CHECK_IN_CLOSED',
  /** Only the team's members are signed up by it. */
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  /** Only shifts of published activities take this. */
  PROJECT_NOT_PUBLISHED = 'PROJECT_NOT_PUBLISHED',
  /** The shift has no place left. */
  CAPACITY_REACHED = 'CAPACITY_REACHED',
  /** The shift asks for a valid qualification the volunteer lacks (`qualificationKindId`, `qualificationName`, `courses`: [{ id, title }] of published courses that grant it). */
  QUALIFICATION_REQUIRED = 'QUALIFICATION_REQUIRED',

  // lottery
  /** The shift gives places first come, first served: it has no draw. */
  NOT_A_LOTTERY = 'NOT_A_LOTTERY',
  /** Entries are still open: the draw runs after they close. */
  REGISTRATION_STILL_OPEN = 'REGISTRATION_STILL_OPEN',

  // ledger
  /** Hours are recorded (or corrections asked for) after the shift ends. */
  SHIFT_NOT_ENDED = 'SHIFT_NOT_ENDED',
  /** Minutes outside what the shift allows (`min`, `max`). */
  MINUTES_OUT_OF_RANGE = 'MINUTES_OUT_OF_RANGE',
  /** The volunteer has hours recorded for this shift: reverse them first. */
  ALREADY_RECORDED = 'ALREADY_RECORDED',
  /** The entry has been reversed already. */
  ALREADY_REVERSED = 'ALREADY_REVERSED',
  /** A reversal cannot itself be reversed. */
  NOT_A_SERVICE_ENTRY = 'NOT_A_SERVICE_ENTRY',
  /** The volunteer holds no confirmed or checked-in sign-up for the shift. */
  NO_VALID_SIGNUP = 'NO_VALID_SIGNUP',
  /** The same volunteer appears twice in one batch. */
  DUPLICATE_VOLUNTEER = 'DUPLICATE_VOLUNTEER',
  /** Give a volunteer number or a phone, one of them. */
  VOLUNTEER_NUMBER_OR_PHONE = 'VOLUNTEER_NUMBER_OR_PHONE',
  /** No volunteer has this number or phone. */
  VOLUNTEER_UNKNOWN = 'VOLUNTEER_UNKNOWN',
  /** The volunteer signed up for the shift: record their hours with the sign-ups. */
  WALK_IN_HAS_SIGNUP = 'WALK_IN_HAS_SIGNUP',
  /** The minutes asked for are those recorded. */
  CORRECTION_UNCHANGED = 'CORRECTION_UNCHANGED',
  /** A correction of this shift is open already. */
  CORRECTION_ALREADY_OPEN = 'CORRECTION_ALREADY_OPEN',
  /** The request has been decided already. */
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  /** No service hours are recorded yet, so no certificate. */
  NO_HOURS_YET = 'NO_HOURS_YET',
  /** At most `limit` certificates in 24 hours; `retryAfter` seconds. */
  CERTIFICATE_LIMIT = 'CERTIFICATE_LIMIT',
  /** The account no longer exists. */
  ACCOUNT_CLOSED = 'ACCOUNT_CLOSED',
  /** A period longer than allowed (`max` of `unit`: month or year). */
  PERIOD_TOO_LONG = 'PERIOD_TOO_LONG',
  /** Give a district or an organization, one of them. */
  DISTRICT_OR_ORGANIZATION = 'DISTRICT_OR_ORGANIZATION',

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

  // training
  /** The volunteer is enrolled in this course session already. */
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  /** The course session has started or ended: enrolments are closed. */
  SESSION_STARTED = 'SESSION_STARTED',
  /** The course is not published (yet): nobody enrols. */
  COURSE_NOT_PUBLISHED = 'COURSE_NOT_PUBLISHED',
  /** Only an enrolment that is still live is cancelled or marked. */
  NOT_ENROLLED = 'NOT_ENROLLED',
  /** Attendance is marked from an hour before the session starts. */
  SESSION_NOT_STARTED = 'SESSION_NOT_STARTED',
  // story
  /** Only a volunteer who attended the activity, after their shift ended, may write a story of it. */
  STORY_NOT_ATTENDED = 'STORY_NOT_ATTENDED',

  // broadcast
  /** The team has sent as many messages as it may in 24 hours (`max`, `retryAfter` seconds). */
  BROADCAST_LIMIT_REACHED = 'BROADCAST_LIMIT_REACHED',

  // outbox

  // consent
  /** The user agreement and the privacy policy must be accepted. */
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  /** A newer version of a document (`document`, `version`, `title`) must be accepted. */
  CONSENT_OUTDATED = 'CONSENT_OUTDATED',

  // audit

  // jobs
  /** Only a failed job can be retried. */
  JOB_NOT_FAILED = 'JOB_NOT_FAILED',

  // stats

  // card
  /** The volunteer card's code is too old or not genuine: the card is shown again, live. */
  CARD_EXPIRED = 'CARD_EXPIRED',

  // contest
  /** The contest is not in the phase this needs (`status`: its phase now). */
  CONTEST_PHASE = 'CONTEST_PHASE',
  /** Voting has closed (`votingEndsAt`). */
  VOTING_CLOSED = 'VOTING_CLOSED',
  /** The volunteer has voted in this category already (one vote per category). */
  ALREADY_VOTED = 'ALREADY_VOTED',
  /** This volunteer, activity or essay writer is in the category already. */
  ALREADY_ENTERED = 'ALREADY_ENTERED',
  /** The category takes another kind of entry (`kind`: the kind it takes). */
  WRONG_ENTRY_KIND = 'WRONG_ENTRY_KIND',
  /** Only teams of the federation that runs the contest may nominate. */
  OUTSIDE_FEDERATION = 'OUTSIDE_FEDERATION',
  /** Only the contest's judging panel may score. */
  JUDGES_ONLY = 'JUDGES_ONLY',
  /** Only a winner of published results can become a role model. */
  NOT_A_WINNER = 'NOT_A_WINNER',

  // station
  /** A duty day with volunteers signed up keeps its team: the swap is refused (`dutyId`). */
  DUTY_HAS_SIGNUPS = 'DUTY_HAS_SIGNUPS',
  /** The swap was answered already (`status`). */
  SWAP_NOT_PENDING = 'SWAP_NOT_PENDING',
  /** A swap is between two different teams' days, both still ahead. */
  SWAP_NOT_POSSIBLE = 'SWAP_NOT_POSSIBLE',
}

const REASONS = new Set<string>(Object.values(Reason));

/** Whether `value` is one of the reasons. */
export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && REASONS.has(value);
}
