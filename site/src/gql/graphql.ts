/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A legal document the volunteer read and accepts, at the version shown */
export type AcceptedDocumentInput = {
  document: LegalDocumentKind;
  version: string;
};

/** A category, added before voting opens */
export type AddContestCategoryInput = {
  contestId: string | number;
  kind: ContestEntryKind;
  /** e.g. 优秀志愿者, 1..40 characters */
  name: string;
  /** How many entries win, 1..100 */
  places: number;
};

/** A sitting of a course, in the future */
export type AddCourseSessionInput = {
  /** 1..10000 */
  capacity: number;
  courseId: string | number;
  /** After startsAt, at most 24 hours later */
  endsAt: string;
  /** 1..200 characters */
  place: string;
  startsAt: string;
};

/** Moves a contest one phase on */
export type AdvanceContestInput = {
  id: string | number;
  /** The next phase (one step on from the present one) */
  to: ContestStatus;
  /** When voting ends; required to open VOTING, in the future */
  votingEndsAt?: string | null | undefined;
};

/** The parameters of an authorization request (/oauth/authorize), as the app sent them */
export type AppAuthorizationInput = {
  /** client_id */
  clientId: string;
  /** code_challenge: BASE64URL(SHA-256(code_verifier)) (PKCE) */
  codeChallenge: string;
  /** code_challenge_method: S256 */
  codeChallengeMethod: string;
  /** redirect_uri, one the app registered */
  redirectUri: string;
  /** response_type: code */
  responseType: string;
  /** scope: space-separated, e.g. "profile signups" */
  scope: string;
  /** state, returned to the app unchanged */
  state?: string | null | undefined;
};

/** What an app acting for a volunteer may do (the OAuth scope is the value in lower case: profile, signups, hours) */
export type AppScope =
  | 'HOURS'
  | 'PROFILE'
  | 'SIGNUPS';

/** A resident registered by station staff (a COORDINATOR or ADMIN of the team), with their consent */
export type AssistedRegistrationInput = {
  /** The resident agreed to register and to the processing of their personal data (must be true; recorded with who took it) */
  consent: boolean;
  district?: string | null | undefined;
  /** Guardian's name; required under 14 */
  guardianName?: string | null | undefined;
  /** Guardian's mobile number; required under 14 */
  guardianPhone?: string | null | undefined;
  /** 18-character PRC resident ID number (GB 11643) */
  idNumber: string;
  /** The team the resident joins as a MEMBER */
  organizationId: string | number;
  /** Mainland mobile number (a family member's will do); they sign in with it */
  phone: string;
  /** 2..30 characters, as on the resident ID card */
  realName: string;
};

/** created: waiting (or scheduled); retry: failed, to run again; active: running; completed; cancelled; failed: gave up */
export type BackgroundJobState =
  /** Running (taken up again if its process dies) */
  | 'ACTIVE'
  /** Cancelled */
  | 'CANCELLED'
  /** Done */
  | 'COMPLETED'
  /** Waiting for its time or a worker */
  | 'CREATED'
  /** Failed every try; staff can retry it */
  | 'FAILED'
  /** Failed; runs again after its backoff */
  | 'RETRY';

/** MEMBERS: every member of the team; SHIFT: the volunteers signed up for one of the team's shifts (holding a place, on its waitlist or in its draw) */
export type BroadcastAudience =
  | 'MEMBERS'
  | 'SHIFT';

/** Cancels one shift of a published activity that has not started (not its last one: cancel the activity instead) */
export type CancelShiftInput = {
  /** 1..200 characters, sent to those signed up */
  reason: string;
  shiftId: string | number;
};

export type ChangePhoneInput = {
  /** The code sent to the new phone (purpose CHANGE_PHONE), where the platform sends SMS */
  code?: string | null | undefined;
  /** The account's current password */
  currentPassword: string;
  /** The new mainland mobile number; stored encrypted */
  phone: string;
};

export type ClaimServiceRequestInput = {
  id: string | number;
  /** The claiming team (its ADMIN or COORDINATOR) */
  organizationId: string | number;
  /** Volunteers the team brings, 1..the volunteers needed */
  volunteers: number;
};

/** REGISTER: proves the phone of a registration; RESET_PASSWORD: lets the owner of an account set a new password; CHANGE_PHONE: proves the new phone of a signed-in volunteer (CONFLICT when it is already registered) */
export type CodePurpose =
  | 'CHANGE_PHONE'
  | 'REGISTER'
  | 'RESET_PASSWORD';

export type ConfirmServiceRequestInput = {
  /** At most 500 characters; public unless staff hide it */
  comment?: string | null | undefined;
  id: string | number;
  /** 1..5 */
  score: number;
};

/** DRAFT while written; IN_REVIEW once a team submits its news; RETURNED with a reviewer's reason; PUBLISHED (public once its publishedAt has come). */
export type ContentStatus =
  /** Being written; not public */
  | 'DRAFT'
  /** A team's news awaiting review by platform staff or its parent federation's admins */
  | 'IN_REVIEW'
  /** Public from publishedAt on (a time still to come means scheduled) */
  | 'PUBLISHED'
  /** Sent back to the team with a reason (returnedReason); edit and submit again */
  | 'RETURNED';

/** VOLUNTEER (e.g. 优秀志愿者) and PROJECT (优秀项目) are nominated by teams; ESSAY (征文) is entered by a volunteer */
export type ContestEntryKind =
  | 'ESSAY'
  | 'PROJECT'
  | 'VOLUNTEER';

/** PENDING awaits the organisers; ACCEPTED entries are voted on and judged; REJECTED ones are not */
export type ContestEntryStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type ContestJudgeInput = {
  contestId: string | number;
  /** The judge’s volunteer number (志愿者编号) */
  volunteerNumber: string;
};

/** DRAFT is seen by its organisers only; OPEN takes nominations and entries; VOTING lets the public vote for accepted entries; JUDGING is for the panel; PUBLISHED shows the results */
export type ContestStatus =
  | 'DRAFT'
  | 'JUDGING'
  | 'OPEN'
  | 'PUBLISHED'
  | 'VOTING';

/** DRAFT: seen by its managers only; PUBLISHED: listed, open to enrolment */
export type CourseStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** A new contest, in DRAFT */
export type CreateContestInput = {
  /** 1..5000 characters: what it honours, who may take part, the timetable */
  description: string;
  /** The federation that runs it (its ADMINs); left out: the platform runs it (platform staff) */
  organizerId?: string | number | null | undefined;
  /** 1..120 characters */
  title: string;
  /** The public vote's share of the final score, 0..100 (default 30) */
  voteWeight?: number | null | undefined;
};

/** A DRAFT course: a team’s (organizationId) or, for platform staff, the platform’s (no organizationId) */
export type CreateCourseInput = {
  /** At most 2000 characters */
  description?: string | null | undefined;
  /** The team running it (its ADMINs and COORDINATORs); omitted for a platform course */
  organizationId?: string | number | null | undefined;
  /** The qualification attending it grants */
  qualificationKindId: string | number;
  /** 1..100 characters */
  title: string;
};

export type CreateNewsArticleInput = {
  /** Markdown, at most 50,000 characters */
  body: string;
  /** An uploaded image (POST /media) as the cover, instead of coverImageUrl */
  coverImageId?: string | number | null | undefined;
  /** http(s) URL or a path on the site */
  coverImageUrl?: string | null | undefined;
  /** The organisation this is news of; its ADMIN members may edit it */
  organizationId?: string | number | null | undefined;
  /** The activity this reports on (活动过程): one of the organisation's published activities */
  projectId?: string | number | null | undefined;
  /** Publication date to show (not in the future); default: when published */
  publishedAt?: string | null | undefined;
  /** ASCII kebab-case, unique; generated when left out */
  slug?: string | null | undefined;
  /** 1..300 characters */
  summary: string;
  /** At most 10 tags of at most 20 characters */
  tags?: Array<string> | null | undefined;
  /** 1..120 characters */
  title: string;
};

export type CreatePartnerKeyInput = {
  /** What the key is for, 2..60 characters */
  name: string;
  /** The approved organisation the key acts for */
  organizationId: string | number;
  /** READ is always granted; add PUBLISH to manage the organisation’s activities, REQUEST to submit service requests */
  scopes?: Array<PartnerScope> | null | undefined;
};

export type CreateProjectInput = {
  address?: string | null | undefined;
  category?: string | null | undefined;
  /** Markdown */
  description?: string | null | undefined;
  district?: string | null | undefined;
  /** 1..255 characters; a replay returns the first result */
  idempotencyKey?: string | null | undefined;
  location?: GeoPointInput | null | undefined;
  organizationId: string | number;
  /** More shifts, repeated weekly */
  recurrence?: WeeklyRecurrenceInput | null | undefined;
  /** A service request the organisation claimed: the activity answers it (a CLAIMED request is then IN_PROGRESS) */
  serviceRequestId?: string | number | null | undefined;
  /** At least one, counting those the recurrence makes */
  shifts: Array<ShiftInput>;
  summary: string;
  title: string;
};

/** A qualification courses can grant (platform staff) */
export type CreateQualificationKindInput = {
  /** At most 500 characters */
  description?: string | null | undefined;
  /** 1..60 characters, unique, e.g. 应急救护 */
  name: string;
  /** The English name, 1..60 characters, e.g. First aid */
  nameEn?: string | null | undefined;
  /** Months it stays valid after the session that gave it ends, 1..120 */
  validityMonths: number;
};

export type CreateRoleModelInput = {
  /** Plain text, 1..2000 characters */
  citation: string;
  district?: string | null | undefined;
  /** The honour, e.g. 十佳志愿者 */
  honor?: string | null | undefined;
  /** Full name as in the honour list, 1..60 characters */
  name: string;
  organizationId?: string | number | null | undefined;
  /** An uploaded image (POST /media) as the portrait, instead of photoUrl */
  photoImageId?: string | number | null | undefined;
  /** http(s) URL or a path on the site */
  photoUrl?: string | null | undefined;
  /** The volunteer on the platform, when there is one */
  volunteerId?: string | number | null | undefined;
  year?: number | null | undefined;
};

export type CreateShowcaseInput = {
  /** Markdown, at most 50,000 characters */
  body?: string | null | undefined;
  /** An uploaded image (POST /media) as the cover, instead of coverImageUrl */
  coverImageId?: string | number | null | undefined;
  coverImageUrl?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  /** A published project; its organisation is used unless organizationId is given */
  projectId?: string | number | null | undefined;
  /** 1..300 characters */
  summary: string;
  /** 1..120 characters */
  title: string;
};

/** A new volunteer station (platform staff, or ADMINs of the operator) */
export type CreateStationInput = {
  /** 1..200 characters */
  address: string;
  district?: string | null | undefined;
  /** Map point of the address */
  location?: GeoPointInput | null | undefined;
  /** 1..60 characters */
  name: string;
  /** e.g. 周一至周日 9:00–17:00, 1..200 characters */
  openingHours: string;
  /** The team or federation that runs it */
  operatorId: string | number;
  /** Up to 20 services, each 1..30 characters */
  services?: Array<string> | null | undefined;
  /** 1..80 lower-case letters, digits and single hyphens, unique */
  slug: string;
};

export type CreateWebhookInput = {
  /** Events to receive: activity.published, activity.cancelled, signup.created, signup.cancelled, hours.recorded, service_request.claimed, service_request.done, shift.moved, shift.cancelled */
  events: Array<string>;
  /** The approved team whose events it receives */
  organizationId: string | number;
  /** https URL the events are POSTed to (public addresses only; see docs/webhooks.md) */
  url: string;
};

/** EMAIL: to the address in the account settings; SMS: a text to the account's phone, for messages that change a volunteer's plans */
export type DeliveryChannel =
  | 'EMAIL'
  | 'SMS';

/** QUEUED: being sent, or to be tried again later (a text that can wait is held back at night); SENT: the mail server or SMS provider took it; FAILED: given up after the last attempt; SKIPPED: not sent (no address, turned off by the volunteer, the channel is off on this platform, or the news came too late to be of use) */
export type DeliveryStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT'
  | 'SKIPPED';

export type EnrolInSessionInput = {
  /** 1..255 characters; a replay returns the first result */
  idempotencyKey?: string | null | undefined;
  sessionId: string | number;
};

export type EnrolmentStatus =
  | 'ABSENT'
  | 'ATTENDED'
  | 'CANCELLED'
  | 'ENROLLED';

/** The signed-in volunteer's essay for an ESSAY category: written here, or one of their published stories */
export type EnterContestInput = {
  categoryId: string | number;
  /** The essay, 1..5000 characters; left out with a story: the story's text */
  statement?: string | null | undefined;
  /** One of their own PUBLISHED stories (志愿心得) to enter; the entry links to it (NOT_YOUR_STORY, STORY_NOT_PUBLISHED otherwise) */
  storyId?: string | number | null | undefined;
  /** 1..120 characters; left out with a story: the story's title */
  title?: string | null | undefined;
};

export type GeoPointInput = {
  lat: number;
  lng: number;
};

/** A minor's guardian agrees to the public page. The volunteer ticks that their guardian agrees and types the guardian's name; where a guardian was named at registration (under 14), the name must be that one. The name is kept sealed with the time of consent, and both are erased when the page goes private again */
export type GuardianConsentInput = {
  /** true: the guardian agrees to the public page */
  guardianAgrees: boolean;
  /** The guardian's real name, 2..30 characters */
  guardianName: string;
};

export type HideRatingInput = {
  id: string | number;
  /** 2..500 characters, kept in the audit trail */
  reason: string;
};

export type HideStoryInput = {
  id: string | number;
  /** 2..500 characters, kept in the audit trail and told to the writer */
  reason: string;
};

/** Makes a winning volunteer a role model (志愿榜样), in one step */
export type HonourContestWinnerInput = {
  entryId: string | number;
  /** The name for the honour list; left out: the volunteer’s public name */
  name?: string | null | undefined;
};

export type HourCorrectionStatus =
  | 'ACCEPTED'
  | 'OPEN'
  | 'REJECTED';

/** SERVICE records time served; REVERSAL cancels one SERVICE entry (negative minutes) */
export type HourEntryKind =
  | 'REVERSAL'
  | 'SERVICE';

/** A batch of an organisation's earlier records (1..1000 rows); a file's rows go in several batches */
export type HourImportInput = {
  /** The file's row number of the first row, for the answer's row numbers */
  firstRow?: number | null | undefined;
  organizationId: string | number;
  rows: Array<HourImportRowInput>;
  /** Where the records come from, e.g. the file name (1..120 characters); kept with each entry */
  source: string;
};

/** One earlier service record: the volunteer by number, mobile or ID number (any one), the rest as written down then */
export type HourImportRowInput = {
  /** Activity name, 1..120 characters */
  activity: string;
  /** PRC resident ID number; never stored from the file */
  idNumber?: string | null | undefined;
  /** Minutes served, 1..1440 */
  minutes: number;
  /** The volunteer's real name as written: checked against the volunteer found */
  name?: string | null | undefined;
  phone?: string | null | undefined;
  /** At most 200 characters */
  place?: string | null | undefined;
  /** Service content, at most 300 characters (default: the activity) */
  serviceContent?: string | null | undefined;
  /** Service date, YYYY-MM-DD (YYYY/M/D too), not in the future */
  serviceDate: string;
  volunteerNumber?: string | null | undefined;
};

export type HourLine = {
  /** 1..the shift's length in minutes (travel time excluded) */
  minutes: number;
  volunteerId: string | number;
};

/** APPROVAL: joining is a request the team's coordinators accept or decline; OPEN: volunteers join at once */
export type JoinPolicy =
  | 'APPROVAL'
  | 'OPEN';

/** TERMS: the user agreement (用户协议); PRIVACY: the privacy policy (隐私政策) */
export type LegalDocumentKind =
  | 'PRIVACY'
  | 'TERMS';

export type LogInInput = {
  /** Apps: the deviceToken an earlier sign-in on this device returned; its attempts then count against this device alone, so others' wrong passwords do not lock the owner out here (browsers hold it as a cookie) */
  deviceToken?: string | null | undefined;
  /** Mobile number or email */
  login: string;
  password: string;
};

export type MemberRole =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'MEMBER';

export type MembershipRequestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

/** New times for a shift of a published activity that has not started; those signed up are told */
export type MoveShiftInput = {
  /** After startsAt, at most 24 hours later */
  endsAt: string;
  /** 1..200 characters, sent to those signed up */
  reason: string;
  shiftId: string | number;
  /** In the future; a LOTTERY shift’s after its registration closes */
  startsAt: string;
};

export type NearInput = {
  lat: number;
  lng: number;
  /** 0.1..100 km */
  radiusKm: number;
};

/** A team's nomination of one of its volunteers or activities */
export type NominateForContestInput = {
  categoryId: string | number;
  /** The nominating team (its ADMINs and COORDINATORs) */
  organizationId: string | number;
  /** For a PROJECT category: one of the team's published activities */
  projectId?: string | number | null | undefined;
  /** The reasons (推荐理由), 1..5000 characters */
  statement: string;
  /** 1..120 characters */
  title: string;
  /** For a VOLUNTEER category: a member of the team */
  volunteerId?: string | number | null | undefined;
  /** For a VOLUNTEER category, instead of volunteerId: the member’s volunteer number */
  volunteerNumber?: string | null | undefined;
};

/** WAITLIST_PROMOTED: a place came free and the sign-up is now CONFIRMED; DRAW_RESULT: the lottery drew (see the sign-up status); PROJECT_CANCELLED: the activity was cancelled; SERVICE_REQUEST_CLAIMED: a team claimed your service request; SERVICE_REQUEST_DONE: a team marked it done (confirm and rate it); SHIFT_REMINDER: a shift the volunteer holds starts soon (see hoursBefore); TEAM_MESSAGE: a message from a team (see title, body, organization); WEBHOOK_DISABLED: to a team ADMIN, one of the team’s webhook endpoints kept failing and was disabled (see organization); SHIFT_MOVED: a shift the volunteer holds or waits for moved (see oldStartsAt, newStartsAt, reason); SHIFT_CANCELLED: such a shift was cancelled, and the sign-up with it (see reason); STORY_PUBLISHED: your story is public (see title, reason: the reviewer’s note); STORY_REJECTED: your story was returned (see title, reason); STORY_HIDDEN: platform staff took your story down (see title, reason) */
export type NotificationKind =
  | 'DRAW_RESULT'
  | 'PROJECT_CANCELLED'
  | 'SERVICE_REQUEST_CLAIMED'
  | 'SERVICE_REQUEST_DONE'
  | 'SHIFT_CANCELLED'
  | 'SHIFT_MOVED'
  | 'SHIFT_REMINDER'
  | 'STORY_HIDDEN'
  | 'STORY_PUBLISHED'
  | 'STORY_REJECTED'
  | 'TEAM_MESSAGE'
  | 'WAITLIST_PROMOTED'
  | 'WEBHOOK_DISABLED';

/** What kind of body an organisation is (共青团, government department, federation, NGO, school, company, community). */
export type OrganizationKind =
  | 'COMMUNITY'
  | 'COMPANY'
  | 'FEDERATION'
  | 'GOVERNMENT'
  | 'NGO'
  | 'SCHOOL'
  | 'YOUTH_LEAGUE';

/** PENDING until approved by the platform (incubation); only APPROVED organisations are public. */
export type OrganizationStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'SUSPENDED';

export type PartnerScope =
  | 'PUBLISH'
  | 'READ'
  | 'RECORD_HOURS'
  | 'REQUEST'
  | 'ROSTER';

export type ProjectFilter = {
  category?: string | null | undefined;
  district?: string | null | undefined;
  /** Within radiusKm of a point, nearest first (the 10-minute service circle) */
  near?: NearInput | null | undefined;
  organizationId?: string | number | null | undefined;
  /** Words in the title or summary; Chinese matches by characters (e.g. 植树) */
  search?: string | null | undefined;
  /** Projects with a shift starting at or after this time */
  startsAfter?: string | null | undefined;
  /** Projects with a shift starting before this time */
  startsBefore?: string | null | undefined;
};

/** One photo of a gallery: an uploaded image and what it shows */
export type ProjectPhotoInput = {
  /** What the photo shows, for people who cannot see it (1..200 characters) */
  alt: string;
  /** An Image ID from POST /media */
  imageId: string | number;
};

export type ProjectStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

/** Your team's duty day and the other team's day you would take instead */
export type ProposeStationSwapInput = {
  fromDutyId: string | number;
  toDutyId: string | number;
};

/** A rating of an activity the signed-in volunteer attended; given once */
export type RateProjectInput = {
  /** At most 500 characters; read by the team without the writer's name */
  comment?: string | null | undefined;
  /** 1..255 characters; a replay returns the first result */
  idempotencyKey?: string | null | undefined;
  projectId: string | number;
  /** 1..5 */
  score: number;
};

/** Whether an enrolled volunteer came; attending issues (or extends) the course’s qualification */
export type RecordAttendanceInput = {
  attended: boolean;
  enrolmentId: string | number;
};

export type RecordHoursInput = {
  /** 1..500 volunteers, each holding a CONFIRMED or ATTENDED sign-up for the shift */
  entries: Array<HourLine>;
  /** 1..255 characters; a replay returns the first result */
  idempotencyKey?: string | null | undefined;
  shiftId: string | number;
};

/** Service time for a volunteer who came without signing up, named by volunteer number or mobile number (one of them) */
export type RecordWalkInInput = {
  /** 1..255 characters; a replay returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 1..the shift's length in minutes */
  minutes: number;
  /** Mainland mobile number */
  phone?: string | null | undefined;
  /** Why they were not signed up, 2..200 characters (kept in the audit trail) */
  reason: string;
  /** An ended shift of an organisation the caller coordinates */
  shiftId: string | number;
  volunteerNumber?: string | null | undefined;
};

export type RegisterAppInput = {
  /** The app's web page (https) */
  homepageUrl?: string | null | undefined;
  /** Shown to volunteers on the consent page, 2..60 characters */
  name: string;
  /** Where the consent page may send the volunteer back, 1..5, exact: https URLs, http on localhost, or an app scheme such as com.example.app:/callback */
  redirectUris: Array<string>;
  /** The most the app may ask for */
  scopes: Array<AppScope>;
};

export type RegisterOrganizationInput = {
  /** Where the team is found, at most 200 characters */
  address?: string | null | undefined;
  /** e.g. 海口市 (at most 40 characters) */
  city?: string | null | undefined;
  /** Contact person (联系人), 2..30 characters */
  contactName?: string | null | undefined;
  /** Contact person's mainland mobile number; stored encrypted, shown masked to the team's managers, its parent's admins and platform staff */
  contactPhone?: string | null | undefined;
  /** At most 2000 characters */
  description?: string | null | undefined;
  /** District or county, e.g. 龙华区 (at most 40 characters) */
  district: string;
  /** 1..255 characters: the same key from the same caller replays the first result */
  idempotencyKey?: string | null | undefined;
  /** APPROVAL (the default) or OPEN */
  joinPolicy?: JoinPolicy | null | undefined;
  kind: OrganizationKind;
  /** Map point of the address */
  location?: GeoPointInput | null | undefined;
  /** 2..60 characters, unique on the platform (spaces and letter case do not make a name different) */
  name: string;
  /** An approved organisation this one belongs to (a federation for a team) */
  parentId?: string | number | null | undefined;
  /** Web address name, e.g. longhua-youth (3..61 lower-case letters and digits, words joined by "-"); generated when omitted */
  slug?: string | null | undefined;
};

export type RegisterVolunteerInput = {
  /** The user agreement and privacy policy the volunteer accepted, at the versions shown (legalDocuments); recorded with the registration. Without it the volunteer is asked at sign-in (Volunteer.pendingConsents) */
  accepted?: Array<AcceptedDocumentInput> | null | undefined;
  /** e.g. 龙华区 */
  district?: string | null | undefined;
  email?: string | null | undefined;
  /** Guardian's name; required under 14 */
  guardianName?: string | null | undefined;
  /** Guardian's mobile number; required under 14 */
  guardianPhone?: string | null | undefined;
  /** 18-character PRC resident ID number (GB 11643) */
  idNumber: string;
  /** At least 8 characters */
  password: string;
  /** Mainland mobile number, 11 digits */
  phone: string;
  /** The 6-digit code sent to the phone (requestVerificationCode with purpose REGISTER); required where the platform sends codes (Query.registrationNeedsPhoneCode) */
  phoneCode?: string | null | undefined;
  /** 2..30 characters, as on the resident ID card */
  realName: string;
  skills?: Array<string> | null | undefined;
};

export type ReportStoryInput = {
  id: string | number;
  /** At most 500 characters */
  note?: string | null | undefined;
  reason: StoryReportReason;
};

export type RequestHourCorrectionInput = {
  /** 2..500 characters */
  message: string;
  /** The minutes served, 0..the shift length (0: the record should not exist) */
  requestedMinutes: number;
  /** A shift the volunteer signed up for, after it ended */
  shiftId: string | number;
};

export type RequestVerificationCodeInput = {
  /** Email address the code goes to (RESET_PASSWORD only; this or phone) */
  email?: string | null | undefined;
  /** Mainland mobile number the code goes to by SMS (this or email) */
  phone?: string | null | undefined;
  purpose: CodePurpose;
};

export type ResetPasswordInput = {
  /** The 6-digit code sent to it (purpose RESET_PASSWORD) */
  code: string;
  /** The account's email address (this or phone) */
  email?: string | null | undefined;
  /** At least 8 characters */
  newPassword: string;
  /** The account's mobile number (this or email) */
  phone?: string | null | undefined;
};

export type ResolveHourCorrectionInput = {
  accept: boolean;
  /** When accepting: the minutes to record (default: what the volunteer asked for) */
  minutes?: number | null | undefined;
  /** 2..500 characters: the answer the volunteer sees */
  note: string;
  requestId: string | number;
};

export type ReviewContestEntryInput = {
  /** true accepts it for the vote and the judges, false rejects it */
  accept: boolean;
  id: string | number;
};

/** A reviewer's decision on a pending story */
export type ReviewStoryInput = {
  /** true publishes it, false returns it to its writer */
  approve: boolean;
  id: string | number;
  /** Required to reject (2..500 characters); the writer reads it */
  note?: string | null | undefined;
};

/** A judge's score; scoring again changes it */
export type ScoreContestEntryInput = {
  entryId: string | number;
  /** 1..10 */
  score: number;
};

export type SendBroadcastInput = {
  /** 2..1000 characters */
  body: string;
  /** 1..255 characters; a replay returns the first result (a message is never sent twice) */
  idempotencyKey?: string | null | undefined;
  organizationId: string | number;
  /** One of the team's shifts: its volunteers (holding a place, waiting, in its draw) get it; left out: every member of the team */
  shiftId?: string | number | null | undefined;
  /** 2..60 characters */
  title: string;
};

/** What kind of help is needed (助老, 关爱儿童, 助残, 环保, 社区, 健康, 教育, 防灾救灾, 其他) */
export type ServiceRequestCategory =
  | 'CHILDREN'
  | 'COMMUNITY'
  | 'DISABILITY'
  | 'DISASTER'
  | 'EDUCATION'
  | 'ELDERLY'
  | 'ENVIRONMENT'
  | 'HEALTH'
  | 'OTHER';

/** SUBMITTED awaits triage; OPEN is on the public board; DECLINED (with a reason) and MERGED (into another request) end there; CLAIMED once claims cover the need, IN_PROGRESS, DONE, CONFIRMED by the requester; CLOSED with a reason */
export type ServiceRequestStatus =
  | 'CLAIMED'
  | 'CLOSED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'OPEN'
  | 'SUBMITTED';

/** Switches the public page (志愿者风采) on or off */
export type SetProfileVisibilityInput = {
  /** Required to switch the page on under 18 (GUARDIAN_CONSENT_REQUIRED otherwise); ignored for adults and when switching off */
  guardianConsent?: GuardianConsentInput | null | undefined;
  /** true shows the page; false hides it at once */
  public: boolean;
};

/** Replaces a station's rota and generates its duty days for the coming weeks */
export type SetStationRotaInput = {
  /** Weekly lines (one team per weekday) and dated lines */
  lines: Array<StationRotaLineInput>;
  stationId: string | number;
};

/** How the places of a shift are allocated */
export type ShiftAllocation =
  | 'FIRST_COME'
  | 'LOTTERY';

export type ShiftInput = {
  /** LOTTERY: places are drawn when registration closes */
  allocation?: ShiftAllocation | null | undefined;
  capacity: number;
  endsAt: string;
  /** LOTTERY only, required: entries close and places are drawn; before startsAt */
  registrationClosesAt?: string | null | undefined;
  /** LOTTERY only: entries open at this time (default: on publication) */
  registrationOpensAt?: string | null | undefined;
  /** A qualification kind volunteers must hold, unexpired, to sign up (e.g. 应急救护); null for none */
  requiredQualificationKindId?: string | number | null | undefined;
  startsAt: string;
  waitlist?: boolean | null | undefined;
};

export type SignUpInput = {
  /** 1..255 characters; a replay returns the first result */
  idempotencyKey?: string | null | undefined;
  shiftId: string | number;
};

export type SignupStatus =
  | 'ATTENDED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'NO_SHOW'
  | 'PENDING_DRAW'
  | 'WAITLISTED';

/** A team on duty on a weekday (every week) or on one date, its hours (China time) and places */
export type StationRotaLineInput = {
  /** One China date YYYY-MM-DD (a custom calendar day; wins over its weekday); give this or weekday */
  date?: string | null | undefined;
  /** Duty end HH:MM, China time, after the start */
  endsAt: string;
  /** Volunteers needed, 1..100 */
  places: number;
  /** Duty start HH:MM, China time */
  startsAt: string;
  teamId: string | number;
  /** ISO weekday 1 (Monday)..7 (Sunday); give this or date */
  weekday?: number | null | undefined;
};

/** PENDING awaits the other team; ACCEPTED swapped the two days; DECLINED changed nothing */
export type StationSwapStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/** One photo of a story: an uploaded image (purpose STORY) and what it shows */
export type StoryPhotoInput = {
  /** What the photo shows, for people who cannot see it (1..200 characters) */
  alt: string;
  /** An Image ID from POST /media */
  imageId: string | number;
};

/** SPAM: advertising or spam; ABUSE: insulting or hateful; PRIVACY: shows personal data; FALSE: untrue; OTHER: see the note */
export type StoryReportReason =
  | 'ABUSE'
  | 'FALSE'
  | 'OTHER'
  | 'PRIVACY'
  | 'SPAM';

/** PENDING: waiting for review; PUBLISHED: public; REJECTED: returned with a note; HIDDEN: taken down by platform staff */
export type StoryStatus =
  | 'HIDDEN'
  | 'PENDING'
  | 'PUBLISHED'
  | 'REJECTED';

export type SubmitServiceRequestInput = {
  address: string;
  category: ServiceRequestCategory;
  /** Who the volunteers meet; personal data, never public */
  contactName: string;
  /** Mainland mobile; personal data, never public */
  contactPhone: string;
  /** 1..2000 characters: what help, for whom */
  description: string;
  /** e.g. 龙华区 */
  district: string;
  /** 1..255 characters; a replay returns the first result */
  idempotencyKey?: string | null | undefined;
  location?: GeoPointInput | null | undefined;
  neededFrom: string;
  /** After neededFrom, within a year of it */
  neededUntil: string;
  /** Submit for this team (its ADMIN or COORDINATOR); a partner key submits for its own organisation */
  organizationId?: string | number | null | undefined;
  /** How often, in words (e.g. 每周六上午) */
  recurrence?: string | null | undefined;
  /** 1..120 characters */
  title: string;
  /** 1..1000 */
  volunteersNeeded: number;
};

/** What a volunteer may change about themselves: a field left out stays as it is; null or empty clears it */
export type UpdateMyProfileInput = {
  /** e.g. 龙华区 */
  district?: string | null | undefined;
  /** Also a login name; unique */
  email?: string | null | undefined;
  /** Emergency contact's name (2..30 characters); given (or cleared) together with their phone */
  emergencyContactName?: string | null | undefined;
  /** Emergency contact's mainland mobile number; stored encrypted */
  emergencyContactPhone?: string | null | undefined;
  /** Whether messages are emailed too (Volunteer.notifyByEmail); null or left out: as it is */
  notifyByEmail?: boolean | null | undefined;
  /** Whether news is texted too (Volunteer.notifyBySms); null or left out: as it is */
  notifyBySms?: boolean | null | undefined;
  /** At most 20, each at most 20 characters */
  skills?: Array<string> | null | undefined;
};

/** Fields left out stay as they are */
export type UpdateNewsArticleInput = {
  body?: string | null | undefined;
  /** An uploaded image (POST /media) as the cover, instead of coverImageUrl */
  coverImageId?: string | number | null | undefined;
  /** null removes the cover */
  coverImageUrl?: string | null | undefined;
  /** null removes the link to the activity */
  projectId?: string | number | null | undefined;
  publishedAt?: string | null | undefined;
  slug?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

/** Changes to a team's profile; omitted fields stay as they are (the name stays: it is the registered one) */
export type UpdateOrganizationInput = {
  /** Where the team is found, at most 200 characters */
  address?: string | null | undefined;
  /** At most 40 characters */
  city?: string | null | undefined;
  /** Contact person (联系人), 2..30 characters */
  contactName?: string | null | undefined;
  /** Contact person's mainland mobile number; stored encrypted, shown masked to the team's managers, its parent's admins and platform staff */
  contactPhone?: string | null | undefined;
  /** At most 2000 characters */
  description?: string | null | undefined;
  /** District or county, at most 40 characters */
  district?: string | null | undefined;
  /** APPROVAL (the default) or OPEN */
  joinPolicy?: JoinPolicy | null | undefined;
  /** Map point of the address */
  location?: GeoPointInput | null | undefined;
};

/** Changes to a DRAFT project; omitted fields stay as they are */
export type UpdateProjectInput = {
  address?: string | null | undefined;
  category?: string | null | undefined;
  description?: string | null | undefined;
  district?: string | null | undefined;
  location?: GeoPointInput | null | undefined;
  /** With shifts: more shifts, repeated weekly */
  recurrence?: WeeklyRecurrenceInput | null | undefined;
  /** Replaces all shifts */
  shifts?: Array<ShiftInput> | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out stay as they are; null clears an optional one */
export type UpdateRoleModelInput = {
  citation?: string | null | undefined;
  district?: string | null | undefined;
  honor?: string | null | undefined;
  name?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  /** An uploaded image (POST /media) as the portrait, instead of photoUrl */
  photoImageId?: string | number | null | undefined;
  photoUrl?: string | null | undefined;
  volunteerId?: string | number | null | undefined;
  year?: number | null | undefined;
};

/** Fields left out stay as they are; null clears an optional one */
export type UpdateShowcaseInput = {
  body?: string | null | undefined;
  /** An uploaded image (POST /media) as the cover, instead of coverImageUrl */
  coverImageId?: string | number | null | undefined;
  coverImageUrl?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out stay as they are */
export type UpdateStationInput = {
  address?: string | null | undefined;
  /** An empty string clears it */
  district?: string | null | undefined;
  location?: GeoPointInput | null | undefined;
  name?: string | null | undefined;
  openingHours?: string | null | undefined;
  services?: Array<string> | null | undefined;
  slug?: string | null | undefined;
};

/** PENDING: not yet answered with 2xx, attempts go on (see nextAttemptAt); DELIVERED: answered 2xx; FAILED: given up (redeliver it by hand) */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** Shifts repeated every week in China time, e.g. every Saturday 09:00–11:30 for 8 weeks (first come, first served) */
export type WeeklyRecurrenceInput = {
  capacity: number;
  /** HH:MM, China time, after startTime */
  endTime: string;
  /** The first date, YYYY-MM-DD */
  firstDate: string;
  /** HH:MM, China time */
  startTime: string;
  waitlist?: boolean | null | undefined;
  /** ISO weekdays, 1 (Monday) .. 7 (Sunday); default: the first date’s */
  weekdays?: Array<number> | null | undefined;
  /** 1..52 weeks */
  weeks: number;
};

/** A story of an activity the signed-in volunteer attended; it waits for review */
export type WriteStoryInput = {
  /** 10..5000 characters of plain text */
  body: string;
  /** 1..255 characters; a replay returns the first result */
  idempotencyKey?: string | null | undefined;
  /** At most 9, in this order */
  photos?: Array<StoryPhotoInput>;
  projectId: string | number;
  /** 2..60 characters */
  title: string;
};

export type PictureImageFragment = { url: string, width: number, height: number, alt: string | null, avifSrcset: string, webpSrcset: string };

export type ProjectPagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectPagesQuery = { projects: { nodes: Array<{ id: string, title: string, summary: string, description: string | null, category: string | null, district: string | null, address: string | null, status: ProjectStatus, startsAt: string, endsAt: string, publishedAt: string | null, organization: { id: string, slug: string, name: string }, rating: { average: number | null, count: number }, photos: Array<{ url: string, width: number, height: number, alt: string | null, avifSrcset: string, webpSrcset: string }>, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, remaining: number, waitlist: boolean, waitlistCount: number, allocation: ShiftAllocation, registrationOpensAt: string | null, registrationClosesAt: string | null, entrantCount: number, draw: { algorithm: string, seedCommitment: string, seed: string | null, drawnAt: string | null, entrantCount: number | null, selectedCount: number | null } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { stats: { volunteerCount: number, organizationCount: number, projectCount: number, totalServiceMinutes: number, openShiftCount: number, personTimes: number, byYear: Array<{ label: string, hours: number, personTimes: number }>, byDistrict: Array<{ label: string, hours: number, personTimes: number }> } };

export type SiteDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteDetailsQuery = { siteInfo: { operator: string, supervisor: string | null, hotline: string | null, email: string | null, icpNumber: string | null, publicSecurityFiling: string | null }, legalDocuments: Array<{ kind: LegalDocumentKind, version: string, zh: { title: string, sections: Array<{ heading: string, paragraphs: Array<string> }> }, en: { title: string, sections: Array<{ heading: string, paragraphs: Array<string> }> } }> };

export type OrganizationPagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OrganizationPagesQuery = { organizations: { nodes: Array<{ id: string, slug: string, name: string, kind: string | null, district: string | null, city: string | null, description: string | null, memberCount: number, address: string | null, joinPolicy: JoinPolicy, location: { lat: number, lng: number } | null, rating: { average: number | null, count: number }, logo: { url: string, width: number, height: number, alt: string | null, avifSrcset: string, webpSrcset: string } | null, parent: { id: string, slug: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NewsPagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NewsPagesQuery = { news: { nodes: Array<{ id: string, slug: string, title: string, summary: string, bodyHtml: string, publishedAt: string, updatedAt: string, tags: Array<string>, coverImageUrl: string | null, coverImage: { url: string, width: number, height: number, alt: string | null, avifSrcset: string, webpSrcset: string } | null, organization: { id: string, slug: string, name: string } | null, project: { id: string, title: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RoleModelPagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RoleModelPagesQuery = { roleModels: { nodes: Array<{ id: string, name: string, honor: string | null, citation: string, year: number | null, district: string | null, photoUrl: string | null, publishedAt: string, photo: { url: string, width: number, height: number, alt: string | null, avifSrcset: string, webpSrcset: string } | null, volunteer: { id: string, volunteerNumber: string, starLevel: number } | null, organization: { id: string, slug: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ShowcasePagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ShowcasePagesQuery = { showcases: { nodes: Array<{ id: string, title: string, summary: string, bodyHtml: string | null, coverImageUrl: string | null, publishedAt: string, updatedAt: string, coverImage: { url: string, width: number, height: number, alt: string | null, avifSrcset: string, webpSrcset: string } | null, project: { id: string, title: string, status: ProjectStatus } | null, organization: { id: string, slug: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StoryPagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type StoryPagesQuery = { stories: { nodes: Array<{ id: string, title: string, body: string, publishedAt: string | null, likeCount: number, photos: Array<{ url: string, width: number, height: number, alt: string | null, avifSrcset: string, webpSrcset: string }>, author: { id: string, displayName: string, volunteerNumber: string, publicProfile: boolean }, project: { id: string, title: string }, organization: { id: string, slug: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StationPagesQueryVariables = Exact<{ [key: string]: never; }>;


export type StationPagesQuery = { stations: Array<{ id: string, slug: string, name: string, address: string, district: string | null, openingHours: string, services: Array<string>, location: { lat: number, lng: number } | null, operator: { id: string, slug: string, name: string } }> };

export type DistrictLeaderboardQueryVariables = Exact<{
  district: string;
  from: string;
  to: string;
}>;


export type DistrictLeaderboardQuery = { organizationLeaderboard: { totalCount: number, nodes: Array<{ rank: number, minutes: number, volunteerCount: number, organization: { id: string, slug: string, name: string } }> }, volunteerLeaderboard: { totalCount: number, nodes: Array<{ rank: number, minutes: number, volunteer: { id: string, displayName: string, starLevel: number } }> } };

export type VolunteerRankFragment = { rank: number, minutes: number, volunteer: { id: string, displayName: string, starLevel: number } };

export type ServiceRequestPagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status: ServiceRequestStatus;
}>;


export type ServiceRequestPagesQuery = { serviceRequests: { nodes: Array<{ id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, status: ServiceRequestStatus, openedAt: string | null, score: number | null, createdAt: string, claims: Array<{ volunteers: number, organization: { id: string, slug: string, name: string }, project: { id: string, title: string } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServiceRequestFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceRequestFiguresQuery = { serviceRequestFigures: Array<{ district: string, met: number }> };

export type SettingsOfMeFragment = { id: string, email: string | null, notifyByEmail: boolean | null, notifyBySms: boolean | null, phoneMasked: string | null, district: string | null, skills: Array<string> | null, emergencyContact: { name: string, phoneMasked: string } | null };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { me: { id: string, email: string | null, notifyByEmail: boolean | null, notifyBySms: boolean | null, phoneMasked: string | null, district: string | null, skills: Array<string> | null, emergencyContact: { name: string, phoneMasked: string } | null } | null, messageChannels: { sms: boolean }, codeChannels: { sms: boolean } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, email: string | null, notifyByEmail: boolean | null, notifyBySms: boolean | null, phoneMasked: string | null, district: string | null, skills: Array<string> | null, emergencyContact: { name: string, phoneMasked: string } | null } };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type ChangePhoneMutationVariables = Exact<{
  input: ChangePhoneInput;
}>;


export type ChangePhoneMutation = { changePhone: { id: string, phoneMasked: string | null } };

export type ActivityGalleryFragment = { id: string, photos: Array<{ id: string, url: string, width: number, height: number, alt: string | null }> };

export type ManageActivityPhotosQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageActivityPhotosQuery = { project: { id: string, photos: Array<{ id: string, url: string, width: number, height: number, alt: string | null }> } | null };

export type ManageSetActivityPhotosMutationVariables = Exact<{
  projectId: string | number;
  photos: Array<ProjectPhotoInput> | ProjectPhotoInput;
}>;


export type ManageSetActivityPhotosMutation = { setProjectPhotos: { id: string, photos: Array<{ id: string, url: string, width: number, height: number, alt: string | null }> } };

export type AppRowFragment = { id: string, name: string, homepageUrl: string | null, redirectUris: Array<string>, scopes: Array<AppScope>, createdAt: string, disabledAt: string | null };

export type OAuthAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type OAuthAppsQuery = { oauthApps: { nodes: Array<{ id: string, name: string, homepageUrl: string | null, redirectUris: Array<string>, scopes: Array<AppScope>, createdAt: string, disabledAt: string | null }> } };

export type RegisterAppMutationVariables = Exact<{
  input: RegisterAppInput;
}>;


export type RegisterAppMutation = { registerApp: { id: string, name: string, homepageUrl: string | null, redirectUris: Array<string>, scopes: Array<AppScope>, createdAt: string, disabledAt: string | null } };

export type DisableAppMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableAppMutation = { disableApp: { id: string, name: string, homepageUrl: string | null, redirectUris: Array<string>, scopes: Array<AppScope>, createdAt: string, disabledAt: string | null } };

export type AdminAuditQueryVariables = Exact<{
  action?: string | null | undefined;
  actorNumber?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAuditQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, action: string, subjectId: string | null, reason: string | null, createdAt: string, actor: { id: string, displayName: string, volunteerNumber: string } | null, organization: { id: string, name: string } | null }> } };

export type AdminRoleModelFieldsFragment = { id: string, name: string, honor: string | null, citation: string, year: number | null, district: string | null, photoUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string };

export type AdminShowcaseFieldsFragment = { id: string, title: string, summary: string, body: string | null, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string };

export type AdminNewsDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminNewsDeskQuery = { newsDesk: { nodes: Array<{ id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null }> } };

export type AdminRoleModelDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRoleModelDeskQuery = { roleModelDesk: { nodes: Array<{ id: string, name: string, honor: string | null, citation: string, year: number | null, district: string | null, photoUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string }> } };

export type AdminShowcaseDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminShowcaseDeskQuery = { showcaseDesk: { nodes: Array<{ id: string, title: string, summary: string, body: string | null, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string }> } };

export type AdminSaveRoleModelMutationVariables = Exact<{
  id: string | number;
  create: CreateRoleModelInput;
  update: UpdateRoleModelInput;
  isNew: boolean;
}>;


export type AdminSaveRoleModelMutation = { createRoleModel?: { id: string, name: string, honor: string | null, citation: string, year: number | null, district: string | null, photoUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string }, updateRoleModel?: { id: string, name: string, honor: string | null, citation: string, year: number | null, district: string | null, photoUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string } };

export type AdminSaveShowcaseMutationVariables = Exact<{
  id: string | number;
  create: CreateShowcaseInput;
  update: UpdateShowcaseInput;
  isNew: boolean;
}>;


export type AdminSaveShowcaseMutation = { createShowcase?: { id: string, title: string, summary: string, body: string | null, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string }, updateShowcase?: { id: string, title: string, summary: string, body: string | null, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string } };

export type AdminPublishRoleModelMutationVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type AdminPublishRoleModelMutation = { publishRoleModel: { id: string, name: string, honor: string | null, citation: string, year: number | null, district: string | null, photoUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string } };

export type AdminPublishShowcaseMutationVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type AdminPublishShowcaseMutation = { publishShowcase: { id: string, title: string, summary: string, body: string | null, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string } };

export type AdminWithdrawRoleModelMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminWithdrawRoleModelMutation = { unpublishRoleModel: { id: string, name: string, honor: string | null, citation: string, year: number | null, district: string | null, photoUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string } };

export type AdminWithdrawShowcaseMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminWithdrawShowcaseMutation = { unpublishShowcase: { id: string, title: string, summary: string, body: string | null, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string } };

export type AdminKindFragment = { id: string, name: string, nameEn: string | null, description: string | null, validityMonths: number };

export type AdminQualificationKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminQualificationKindsQuery = { qualificationKinds: { nodes: Array<{ id: string, name: string, nameEn: string | null, description: string | null, validityMonths: number }> } };

export type AdminCreateQualificationKindMutationVariables = Exact<{
  input: CreateQualificationKindInput;
}>;


export type AdminCreateQualificationKindMutation = { createQualificationKind: { id: string, name: string, nameEn: string | null, description: string | null, validityMonths: number } };

export type FigureRowFieldsFragment = { key: string, label: string, volunteers: number, teams: number, activities: number, hours: number, personTimes: number };

export type AdminFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFiguresQuery = { stats: { volunteerCount: number, organizationCount: number, projectCount: number, totalServiceMinutes: number, personTimes: number, byYear: Array<{ key: string, label: string, volunteers: number, teams: number, activities: number, hours: number, personTimes: number }>, byDistrict: Array<{ key: string, label: string, volunteers: number, teams: number, activities: number, hours: number, personTimes: number }>, byTeam: Array<{ key: string, label: string, volunteers: number, teams: number, activities: number, hours: number, personTimes: number }> } };

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { me: { id: string, displayName: string, isPlatformAdmin: boolean | null } | null };

export type BackgroundJobLineFragment = { id: string, queue: string, state: BackgroundJobState, data: string, retryCount: number, retryLimit: number, createdAt: string, startAfter: string, startedAt: string | null, completedAt: string | null, error: string | null, result: string | null };

export type AdminJobsQueryVariables = Exact<{
  state?: BackgroundJobState | null | undefined;
}>;


export type AdminJobsQuery = { backgroundJobCounts: Array<{ queue: string, state: BackgroundJobState, count: number }>, backgroundJobs: Array<{ id: string, queue: string, state: BackgroundJobState, data: string, retryCount: number, retryLimit: number, createdAt: string, startAfter: string, startedAt: string | null, completedAt: string | null, error: string | null, result: string | null }> };

export type AdminRetryJobMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRetryJobMutation = { retryBackgroundJob: { id: string, queue: string, state: BackgroundJobState, data: string, retryCount: number, retryLimit: number, createdAt: string, startAfter: string, startedAt: string | null, completedAt: string | null, error: string | null, result: string | null } };

export type AdminOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOverviewQuery = { pendingOrganizations: { totalCount: number }, staffOrganizations: { totalCount: number }, stats: { personTimes: number } };

export type AdminRatingsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminRatingsQuery = { staffRatings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, score: number, comment: string | null, commentHidden: boolean, createdAt: string, project: { id: string, title: string }, organization: { id: string, name: string } }> } };

export type AdminHideRatingMutationVariables = Exact<{
  input: HideRatingInput;
}>;


export type AdminHideRatingMutation = { hideRating: { id: string, score: number, comment: string | null, commentHidden: boolean, createdAt: string, project: { id: string, title: string }, organization: { id: string, name: string } } };

export type AdminStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStationsQuery = { managedStations: Array<{ id: string, slug: string, name: string, address: string, district: string | null, openingHours: string, services: Array<string>, operator: { id: string, name: string } }>, organizations: { nodes: Array<{ id: string, name: string }> } };

export type AdminStoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStoriesQuery = { storyReports: { nodes: Array<{ id: string, reason: StoryReportReason, note: string | null, createdAt: string, story: { id: string, title: string, body: string, status: StoryStatus, createdAt: string, reviewNote: string | null, reportCount: number | null, author: { id: string, displayName: string }, project: { id: string, title: string }, organization: { id: string, name: string }, photos: Array<{ id: string, url: string, alt: string | null }> } }> }, storiesToReview: { nodes: Array<{ id: string, title: string, body: string, status: StoryStatus, createdAt: string, reviewNote: string | null, reportCount: number | null, author: { id: string, displayName: string }, project: { id: string, title: string }, organization: { id: string, name: string }, photos: Array<{ id: string, url: string, alt: string | null }> }> } };

export type AdminHideStoryMutationVariables = Exact<{
  input: HideStoryInput;
}>;


export type AdminHideStoryMutation = { hideStory: { id: string, title: string, body: string, status: StoryStatus, createdAt: string, reviewNote: string | null, reportCount: number | null, author: { id: string, displayName: string }, project: { id: string, title: string }, organization: { id: string, name: string }, photos: Array<{ id: string, url: string, alt: string | null }> } };

export type AdminTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTeamsQuery = { pendingOrganizations: { totalCount: number, nodes: Array<{ id: string, name: string, status: OrganizationStatus, district: string | null, memberCount: number, createdAt: string, returnedReason: string | null, suspendedReason: string | null, suspendedAt: string | null }> }, staffOrganizations: { totalCount: number, nodes: Array<{ id: string, name: string, status: OrganizationStatus, district: string | null, memberCount: number, createdAt: string, returnedReason: string | null, suspendedReason: string | null, suspendedAt: string | null }> } };

export type AdminApproveTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminApproveTeamMutation = { approveOrganization: { id: string, name: string, status: OrganizationStatus, district: string | null, memberCount: number, createdAt: string, returnedReason: string | null, suspendedReason: string | null, suspendedAt: string | null } };

export type AdminReturnTeamMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminReturnTeamMutation = { returnOrganization: { id: string, name: string, status: OrganizationStatus, district: string | null, memberCount: number, createdAt: string, returnedReason: string | null, suspendedReason: string | null, suspendedAt: string | null } };

export type AdminSuspendTeamMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminSuspendTeamMutation = { suspendOrganization: { id: string, name: string, status: OrganizationStatus, district: string | null, memberCount: number, createdAt: string, returnedReason: string | null, suspendedReason: string | null, suspendedAt: string | null } };

export type AdminRestoreTeamMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminRestoreTeamMutation = { restoreOrganization: { id: string, name: string, status: OrganizationStatus, district: string | null, memberCount: number, createdAt: string, returnedReason: string | null, suspendedReason: string | null, suspendedAt: string | null } };

export type AppConsentQueryVariables = Exact<{
  input: AppAuthorizationInput;
}>;


export type AppConsentQuery = { appAuthorization: { appName: string, homepageUrl: string | null, redirectHost: string, scopes: Array<AppScope> } };

export type AuthorizeAppMutationVariables = Exact<{
  input: AppAuthorizationInput;
  allow: boolean;
}>;


export type AuthorizeAppMutation = { authorizeApp: { redirectTo: string } };

export type ManagePreviewMarkdownQueryVariables = Exact<{
  source: string;
}>;


export type ManagePreviewMarkdownQuery = { previewMarkdown: string };

export type ResetCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type ResetCalendarFeedMutation = { resetCalendarFeed: { url: string, createdAt: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type MyOpenShiftsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOpenShiftsQuery = { me: { id: string, signups: { nodes: Array<{ id: string, status: SignupStatus, shift: { id: string, startsAt: string, endsAt: string, project: { id: string, title: string } } }> } } | null };

export type CheckInShiftMutationVariables = Exact<{
  shiftId: string | number;
  code: string;
}>;


export type CheckInShiftMutation = { checkInToShift: { id: string, status: SignupStatus, shift: { id: string, project: { id: string, title: string } } } };

export type RequestPhoneCodeMutationVariables = Exact<{
  input: RequestVerificationCodeInput;
}>;


export type RequestPhoneCodeMutation = { requestVerificationCode: { sentTo: string, resendAfter: number } };

export type ConnectedAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectedAppsQuery = { me: { id: string, connectedApps: Array<{ id: string, appName: string, homepageUrl: string | null, scopes: Array<AppScope>, createdAt: string, lastUsedAt: string | null }> | null } | null };

export type DisconnectAppMutationVariables = Exact<{
  id: string | number;
}>;


export type DisconnectAppMutation = { disconnectApp: boolean };

export type PendingConsentFragment = { kind: LegalDocumentKind, version: string, zh: { title: string }, en: { title: string } };

export type AcceptLegalDocumentsMutationVariables = Exact<{
  accepted: Array<AcceptedDocumentInput> | AcceptedDocumentInput;
}>;


export type AcceptLegalDocumentsMutation = { acceptLegalDocuments: Array<{ kind: LegalDocumentKind }> };

export type ManagedContestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedContestsQuery = { managedContests: { nodes: Array<{ id: string, title: string, status: ContestStatus, organizer: { id: string, name: string } | null }> } };

export type ContestDeskQueryVariables = Exact<{
  id: string | number;
}>;


export type ContestDeskQuery = { contest: { id: string, title: string, status: ContestStatus, voteWeight: number, judges: Array<{ id: string, displayName: string, volunteerNumber: string }> | null, categories: Array<{ id: string, name: string, kind: ContestEntryKind, places: number, entries: { nodes: Array<{ id: string, title: string, status: ContestEntryStatus, voteCount: number, flaggedVotes: number | null, judgeCount: number | null, judgeScore: number | null, rank: number | null, winner: boolean, volunteer: { displayName: string, volunteerNumber: string } | null, project: { title: string } | null, organization: { name: string } | null, roleModel: { id: string } | null }> } }> } | null };

export type CreateContestMutationVariables = Exact<{
  input: CreateContestInput;
}>;


export type CreateContestMutation = { createContest: { id: string } };

export type AddContestCategoryMutationVariables = Exact<{
  input: AddContestCategoryInput;
}>;


export type AddContestCategoryMutation = { addContestCategory: { id: string } };

export type AddContestJudgeMutationVariables = Exact<{
  input: ContestJudgeInput;
}>;


export type AddContestJudgeMutation = { addContestJudge: { id: string } };

export type AdvanceContestMutationVariables = Exact<{
  input: AdvanceContestInput;
}>;


export type AdvanceContestMutation = { advanceContest: { id: string, status: ContestStatus } };

export type ReviewContestEntryMutationVariables = Exact<{
  input: ReviewContestEntryInput;
}>;


export type ReviewContestEntryMutation = { reviewContestEntry: { id: string } };

export type HonourContestWinnerMutationVariables = Exact<{
  input: HonourContestWinnerInput;
}>;


export type HonourContestWinnerMutation = { honourContestWinner: { id: string } };

export type ContestsListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ContestsListQuery = { contests: { nodes: Array<{ id: string, title: string, status: ContestStatus, votingEndsAt: string | null, organizer: { name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ContestPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ContestPageQuery = { contest: { id: string, title: string, description: string, status: ContestStatus, votingEndsAt: string | null, viewerIsJudge: boolean, organizer: { name: string } | null, categories: Array<{ id: string, name: string, kind: ContestEntryKind, places: number, viewerVote: string | null, entries: { totalCount: number, nodes: Array<{ id: string, title: string, statement: string, status: ContestEntryStatus, voteCount: number, viewerScore: number | null, volunteer: { displayName: string, volunteerNumber: string } | null, project: { title: string } | null, organization: { name: string } | null, story: { id: string } | null }> }, results: Array<{ id: string, rank: number | null, winner: boolean, finalScore: number | null }> }> } | null };

export type VoteForContestEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type VoteForContestEntryMutation = { voteForContestEntry: { id: string, voteCount: number } };

export type EnterContestMutationVariables = Exact<{
  input: EnterContestInput;
}>;


export type EnterContestMutation = { enterContest: { id: string } };

export type MyPublishedStoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPublishedStoriesQuery = { myStories: { nodes: Array<{ id: string, title: string, status: StoryStatus }> } };

export type ScoreContestEntryMutationVariables = Exact<{
  input: ScoreContestEntryInput;
}>;


export type ScoreContestEntryMutation = { scoreContestEntry: { id: string, viewerScore: number | null } };

export type DeskCourseFragment = { id: string, title: string, description: string | null, status: CourseStatus, qualificationKind: { id: string, name: string, nameEn: string | null }, sessions: Array<{ id: string, startsAt: string, endsAt: string, place: string, capacity: number, enrolledCount: number }> };

export type DeskKindsFragment = { qualificationKinds: { nodes: Array<{ id: string, name: string, nameEn: string | null }> } };

export type DeskRosterQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskRosterQuery = { courseSession: { id: string, enrolments: { nodes: Array<{ id: string, status: EnrolmentStatus, volunteer: { id: string, displayName: string, volunteerNumber: string } }> } } | null };

export type DeskTeamCoursesQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type DeskTeamCoursesQuery = { teamCourses: { nodes: Array<{ id: string, title: string, description: string | null, status: CourseStatus, qualificationKind: { id: string, name: string, nameEn: string | null }, sessions: Array<{ id: string, startsAt: string, endsAt: string, place: string, capacity: number, enrolledCount: number }> }> }, qualificationKinds: { nodes: Array<{ id: string, name: string, nameEn: string | null }> } };

export type DeskPlatformCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskPlatformCoursesQuery = { platformCourses: { nodes: Array<{ id: string, title: string, description: string | null, status: CourseStatus, qualificationKind: { id: string, name: string, nameEn: string | null }, sessions: Array<{ id: string, startsAt: string, endsAt: string, place: string, capacity: number, enrolledCount: number }> }> }, qualificationKinds: { nodes: Array<{ id: string, name: string, nameEn: string | null }> } };

export type DeskCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type DeskCreateCourseMutation = { createCourse: { id: string, title: string, description: string | null, status: CourseStatus, qualificationKind: { id: string, name: string, nameEn: string | null }, sessions: Array<{ id: string, startsAt: string, endsAt: string, place: string, capacity: number, enrolledCount: number }> } };

export type DeskPublishCourseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeskPublishCourseMutation = { publishCourse: { id: string, title: string, description: string | null, status: CourseStatus, qualificationKind: { id: string, name: string, nameEn: string | null }, sessions: Array<{ id: string, startsAt: string, endsAt: string, place: string, capacity: number, enrolledCount: number }> } };

export type DeskAddSessionMutationVariables = Exact<{
  input: AddCourseSessionInput;
}>;


export type DeskAddSessionMutation = { addCourseSession: { id: string, course: { id: string, title: string, description: string | null, status: CourseStatus, qualificationKind: { id: string, name: string, nameEn: string | null }, sessions: Array<{ id: string, startsAt: string, endsAt: string, place: string, capacity: number, enrolledCount: number }> } } };

export type DeskAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type DeskAttendanceMutation = { recordAttendance: { id: string, status: EnrolmentStatus } };

export type CourseListQueryVariables = Exact<{ [key: string]: never; }>;


export type CourseListQuery = { me: { id: string } | null, courses: { nodes: Array<{ id: string, title: string, description: string | null, organization: { id: string, name: string } | null, qualificationKind: { id: string, name: string, nameEn: string | null, validityMonths: number }, sessions: Array<{ id: string, startsAt: string, endsAt: string, place: string, capacity: number, remaining: number, viewerEnrolment: { id: string, status: EnrolmentStatus } | null }> }> } };

export type EnrolInSessionMutationVariables = Exact<{
  input: EnrolInSessionInput;
}>;


export type EnrolInSessionMutation = { enrolInSession: { id: string, status: EnrolmentStatus, session: { id: string, remaining: number } } };

export type CancelEnrolmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelEnrolmentMutation = { cancelEnrolment: { id: string, status: EnrolmentStatus, session: { id: string, remaining: number } } };

export type JoinTeamStateQueryVariables = Exact<{
  id: string | number;
}>;


export type JoinTeamStateQuery = { me: { id: string } | null, organization: { id: string, viewerRole: MemberRole | null, viewerJoinRequest: { id: string, status: MembershipRequestStatus, decisionReason: string | null } | null } | null };

export type RequestToJoinMutationVariables = Exact<{
  id: string | number;
  message?: string | null | undefined;
}>;


export type RequestToJoinMutation = { requestToJoin: { id: string, status: MembershipRequestStatus, decisionReason: string | null } };

export type WithdrawJoinRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawJoinRequestMutation = { withdrawJoinRequest: { id: string, status: MembershipRequestStatus, decisionReason: string | null } };

export type JoinTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type JoinTeamMutation = { joinOrganization: { id: string, role: MemberRole } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { volunteer: { id: string, displayName: string, pendingConsents: Array<{ kind: LegalDocumentKind, version: string, zh: { title: string }, en: { title: string } }> | null } } };

export type ActivityRowFragment = { id: string, title: string, status: ProjectStatus, startsAt: string, endsAt: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number, entrantCount: number }> };

export type ManageActivitiesQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageActivitiesQuery = { organization: { id: string, projects: { nodes: Array<{ id: string, title: string, status: ProjectStatus, startsAt: string, endsAt: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number, entrantCount: number }> }> } } | null };

export type ManagePublishActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type ManagePublishActivityMutation = { publishProject: { id: string, title: string, status: ProjectStatus, startsAt: string, endsAt: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number, entrantCount: number }> } };

export type ManageCancelActivityMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ManageCancelActivityMutation = { cancelProject: { id: string, title: string, status: ProjectStatus, startsAt: string, endsAt: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number, entrantCount: number }> } };

export type ManageCopyActivityMutationVariables = Exact<{
  id: string | number;
  startsOn: string;
  key?: string | null | undefined;
}>;


export type ManageCopyActivityMutation = { copyProject: { id: string, title: string, status: ProjectStatus, startsAt: string, endsAt: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number, entrantCount: number }> } };

export type ManageMoveShiftMutationVariables = Exact<{
  input: MoveShiftInput;
}>;


export type ManageMoveShiftMutation = { moveShift: { notified: number, project: { id: string, title: string, status: ProjectStatus, startsAt: string, endsAt: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number, entrantCount: number }> } } };

export type ManageCancelShiftMutationVariables = Exact<{
  input: CancelShiftInput;
}>;


export type ManageCancelShiftMutation = { cancelShift: { notified: number, project: { id: string, title: string, status: ProjectStatus, startsAt: string, endsAt: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number, entrantCount: number }> } } };

export type ManageEditActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageEditActivityQuery = { project: { id: string, title: string, summary: string, description: string | null, category: string | null, district: string | null, address: string | null, status: ProjectStatus, location: { lat: number, lng: number } | null, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, waitlist: boolean, allocation: ShiftAllocation, registrationOpensAt: string | null, registrationClosesAt: string | null, requiredQualification: { id: string } | null }> } | null };

export type ManageQualificationKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageQualificationKindsQuery = { qualificationKinds: { nodes: Array<{ id: string, name: string, nameEn: string | null }> } };

export type ManageActivityFromRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageActivityFromRequestQuery = { serviceRequest: { id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, neededFrom: string, neededUntil: string, location: { lat: number, lng: number } | null, claims: Array<{ volunteers: number, organization: { id: string } }> } | null };

export type ManageCreateActivityMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type ManageCreateActivityMutation = { createProject: { id: string } };

export type ManageUpdateActivityMutationVariables = Exact<{
  id: string | number;
  input: UpdateProjectInput;
}>;


export type ManageUpdateActivityMutation = { updateProject: { id: string } };

export type ManageAssistedRegisterMutationVariables = Exact<{
  input: AssistedRegistrationInput;
}>;


export type ManageAssistedRegisterMutation = { registerVolunteerAssisted: { initialPassword: string, volunteer: { id: string, volunteerNumber: string, realName: string | null, displayName: string } } };

export type ManageOpenShiftsQueryVariables = Exact<{
  filter: ProjectFilter;
}>;


export type ManageOpenShiftsQuery = { projects: { nodes: Array<{ id: string, title: string, status: ProjectStatus, shifts: Array<{ id: string, startsAt: string, endsAt: string, remaining: number }> }> } };

export type ManageSignUpForMutationVariables = Exact<{
  shiftId: string | number;
  volunteerId: string | number;
}>;


export type ManageSignUpForMutation = { signUpVolunteer: { id: string, status: SignupStatus } };

export type RosterRowFragment = { id: string, status: SignupStatus, walkIn: boolean, waitlistPosition: number | null, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string, phoneMasked: string | null } };

export type ManageRosterQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageRosterQuery = { node:
    | { id: string, capacity: number, confirmedCount: number, waitlistCount: number, signups: { nodes: Array<{ id: string, status: SignupStatus, walkIn: boolean, waitlistPosition: number | null, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string, phoneMasked: string | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ManageMarkAttendedMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageMarkAttendedMutation = { markAttended: { id: string, status: SignupStatus, walkIn: boolean, waitlistPosition: number | null, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string, phoneMasked: string | null } } };

export type ManageMarkNoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageMarkNoShowMutation = { markNoShow: { id: string, status: SignupStatus, walkIn: boolean, waitlistPosition: number | null, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string, phoneMasked: string | null } } };

export type ManageBroadcastLineFragment = { id: string, audience: BroadcastAudience, title: string, body: string, recipientCount: number, readCount: number, createdAt: string, shift: { id: string, startsAt: string, endsAt: string, project: { title: string } } | null };

export type ManageBroadcastAudienceQueryVariables = Exact<{
  organizationId: string | number;
  shiftId?: string | number | null | undefined;
}>;


export type ManageBroadcastAudienceQuery = { broadcastAudience: number };

export type ManageBroadcastsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ManageBroadcastsQuery = { node:
    | { broadcasts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, audience: BroadcastAudience, title: string, body: string, recipientCount: number, readCount: number, createdAt: string, shift: { id: string, startsAt: string, endsAt: string, project: { title: string } } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type ManageSendBroadcastMutationVariables = Exact<{
  input: SendBroadcastInput;
}>;


export type ManageSendBroadcastMutation = { sendBroadcast: { id: string, audience: BroadcastAudience, title: string, body: string, recipientCount: number, readCount: number, createdAt: string, shift: { id: string, startsAt: string, endsAt: string, project: { title: string } } | null } };

export type CheckInByCardMutationVariables = Exact<{
  shiftId: string | number;
  card: string;
}>;


export type CheckInByCardMutation = { checkInByCard: { id: string, status: SignupStatus, volunteer: { displayName: string, realName: string | null, volunteerNumber: string, cardPhoto: string | null } } };

export type ManageChildTeamsQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageChildTeamsQuery = { organization: { id: string, pendingChildren: { nodes: Array<{ id: string, name: string, kind: string | null, district: string | null, description: string | null, address: string | null, contactName: string | null, contactPhoneMasked: string | null, returnedReason: string | null, createdAt: string }> } | null } | null, organizations: { nodes: Array<{ id: string, name: string, district: string | null, memberCount: number }> } };

export type ManageApproveTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageApproveTeamMutation = { approveOrganization: { id: string, status: OrganizationStatus } };

export type ManageReturnTeamMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ManageReturnTeamMutation = { returnOrganization: { id: string, returnedReason: string | null } };

export type NominationContestsQueryVariables = Exact<{
  org: string | number;
}>;


export type NominationContestsQuery = { contests: { nodes: Array<{ id: string, title: string, status: ContestStatus, organizer: { id: string, name: string } | null, categories: Array<{ id: string, name: string, kind: ContestEntryKind }> }> }, organization: { id: string, kind: string | null, parent: { id: string } | null, projects: { nodes: Array<{ id: string, title: string }> } } | null };

export type NominateForContestMutationVariables = Exact<{
  input: NominateForContestInput;
}>;


export type NominateForContestMutation = { nominateForContest: { id: string } };

export type ManageCorrectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageCorrectionsQuery = { organization: { id: string, hourCorrectionRequests: { totalCount: number, nodes: Array<{ id: string, requestedMinutes: number, message: string, createdAt: string, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string }, shift: { id: string, startsAt: string, endsAt: string, project: { id: string, title: string } }, entry: { id: string, minutes: number } | null }> } | null } | null };

export type OpenCorrectionFragment = { id: string, requestedMinutes: number, message: string, createdAt: string, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string }, shift: { id: string, startsAt: string, endsAt: string, project: { id: string, title: string } }, entry: { id: string, minutes: number } | null };

export type ResolveCorrectionMutationVariables = Exact<{
  input: ResolveHourCorrectionInput;
}>;


export type ResolveCorrectionMutation = { resolveHourCorrection: { id: string, status: HourCorrectionStatus } };

export type ManageDoorQueryVariables = Exact<{
  id: string | number;
  origin: string;
}>;


export type ManageDoorQuery = { node:
    | { id: string, startsAt: string, endsAt: string, confirmedCount: number, project: { id: string, title: string }, signups: { nodes: Array<{ status: SignupStatus }> }, checkInCode: { code: string, qrSvg: string | null, validUntil: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ManageHoursExportQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type ManageHoursExportQuery = { organization: { id: string, hoursExport: { csvUrl: string, xlsxUrl: string } | null } | null };

export type ManageOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageOrganizationsQuery = { me: { id: string, memberships: { nodes: Array<{ role: MemberRole, organization: { id: string, name: string, slug: string, status: OrganizationStatus } }> } } | null };

export type ManageAwaitingShiftsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ManageAwaitingShiftsQuery = { organization: { id: string, shiftsAwaitingHours: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } | null } | null };

export type ManageAwaitingShiftQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageAwaitingShiftQuery = { node:
    | { id: string, startsAt: string, endsAt: string, project: { id: string, title: string }, unrecordedSignups: { totalCount: number, nodes: Array<{ id: string, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type AwaitingShiftFragment = { id: string, startsAt: string, endsAt: string, project: { id: string, title: string }, unrecordedSignups: { totalCount: number, nodes: Array<{ id: string, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string } }> } | null };

export type RecordShiftHoursMutationVariables = Exact<{
  input: RecordHoursInput;
}>;


export type RecordShiftHoursMutation = { recordHours: Array<{ id: string }> };

export type ImportResultFragment = { recorded: number, alreadyImported: number, refused: number, ready: number, rows: Array<{ row: number, status: string, field: string | null, message: string | null, volunteer: string | null }> };

export type ManagePreviewImportQueryVariables = Exact<{
  input: HourImportInput;
}>;


export type ManagePreviewImportQuery = { previewHourImport: { recorded: number, alreadyImported: number, refused: number, ready: number, rows: Array<{ row: number, status: string, field: string | null, message: string | null, volunteer: string | null }> } };

export type ManageImportHoursMutationVariables = Exact<{
  input: HourImportInput;
}>;


export type ManageImportHoursMutation = { importHourRecords: { recorded: number, alreadyImported: number, refused: number, ready: number, rows: Array<{ row: number, status: string, field: string | null, message: string | null, volunteer: string | null }> } };

export type MemberRowFragment = { id: string, role: MemberRole, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string, phoneMasked: string | null } };

export type ManageMembersQueryVariables = Exact<{
  id: string | number;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ManageMembersQuery = { organization: { id: string, joinRequests: { nodes: Array<{ id: string, message: string | null, createdAt: string, volunteer: { id: string, displayName: string, volunteerNumber: string, totalMinutes: number } }> } | null, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, role: MemberRole, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string, phoneMasked: string | null } }> } | null } | null };

export type ManageAcceptRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageAcceptRequestMutation = { acceptJoinRequest: { id: string, role: MemberRole, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string, phoneMasked: string | null } } };

export type ManageDeclineRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ManageDeclineRequestMutation = { declineJoinRequest: { id: string, status: MembershipRequestStatus } };

export type ManageSetRoleMutationVariables = Exact<{
  id: string | number;
  role: MemberRole;
}>;


export type ManageSetRoleMutation = { setMemberRole: { id: string, role: MemberRole } };

export type ManageRemoveMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageRemoveMemberMutation = { removeMember: boolean };

export type ManageHandOverMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageHandOverMutation = { handOverAdmin: { id: string, role: MemberRole } };

export type ManageNewsDeskQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageNewsDeskQuery = { newsDesk: { nodes: Array<{ id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null }> }, organization: { id: string, projects: { nodes: Array<{ id: string, title: string, status: ProjectStatus }> } } | null };

export type ManageOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageOverviewQuery = { organization: { id: string, shiftsAwaitingHours: { totalCount: number } | null, hourCorrectionRequests: { totalCount: number } | null } | null };

export type ManageRatingsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ManageRatingsQuery = { organization: { id: string, rating: { average: number | null, count: number }, ratings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, score: number, comment: string | null, commentHidden: boolean, createdAt: string, project: { id: string, title: string }, organization: { id: string, name: string } }> } | null } | null };

export type ManageSignedInQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageSignedInQuery = { me: { id: string } | null };

export type ManageParentSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ManageParentSearchQuery = { organizations: { nodes: Array<{ id: string, name: string, district: string | null }> } };

export type ManageRegisterTeamMutationVariables = Exact<{
  input: RegisterOrganizationInput;
}>;


export type ManageRegisterTeamMutation = { registerOrganization: { id: string, name: string, status: OrganizationStatus } };

export type ManagedRequestFragment = { id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, contactNameMasked: string | null, contactPhoneMasked: string | null, contactName: string | null, contactPhone: string | null, claims: Array<{ volunteers: number, organization: { id: string, name: string } }> };

export type ManageRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageRequestsQuery = { serviceRequests: { nodes: Array<{ id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, contactNameMasked: string | null, contactPhoneMasked: string | null, contactName: string | null, contactPhone: string | null, claims: Array<{ volunteers: number, organization: { id: string, name: string } }> }> }, claimedServiceRequests: { nodes: Array<{ id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, contactNameMasked: string | null, contactPhoneMasked: string | null, contactName: string | null, contactPhone: string | null, claims: Array<{ volunteers: number, organization: { id: string, name: string } }> }> } };

export type ManageClaimRequestMutationVariables = Exact<{
  input: ClaimServiceRequestInput;
}>;


export type ManageClaimRequestMutation = { claimServiceRequest: { id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, contactNameMasked: string | null, contactPhoneMasked: string | null, contactName: string | null, contactPhone: string | null, claims: Array<{ volunteers: number, organization: { id: string, name: string } }> } };

export type ManageRequestStepMutationVariables = Exact<{
  id: string | number;
  org: string | number;
  start: boolean;
  done: boolean;
  withdraw: boolean;
}>;


export type ManageRequestStepMutation = { started?: { id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, contactNameMasked: string | null, contactPhoneMasked: string | null, contactName: string | null, contactPhone: string | null, claims: Array<{ volunteers: number, organization: { id: string, name: string } }> }, done?: { id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, contactNameMasked: string | null, contactPhoneMasked: string | null, contactName: string | null, contactPhone: string | null, claims: Array<{ volunteers: number, organization: { id: string, name: string } }> }, withdrawn?: { id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, contactNameMasked: string | null, contactPhoneMasked: string | null, contactName: string | null, contactPhone: string | null, claims: Array<{ volunteers: number, organization: { id: string, name: string } }> } };

export type ManageCloseRequestMutationVariables = Exact<{
  id: string | number;
  org: string | number;
  reason: string;
}>;


export type ManageCloseRequestMutation = { closeServiceRequest: { id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, recurrence: string | null, volunteersNeeded: number, volunteersClaimed: number, contactNameMasked: string | null, contactPhoneMasked: string | null, contactName: string | null, contactPhone: string | null, claims: Array<{ volunteers: number, organization: { id: string, name: string } }> } };

export type StationSwapRowFragment = { id: string, status: StationSwapStatus, station: { id: string, name: string }, fromTeam: { id: string, name: string }, toTeam: { id: string, name: string }, fromDuty: { id: string, date: string }, toDuty: { id: string, date: string } };

export type ManageStationDeskQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ManageStationDeskQuery = { managedStations: Array<{ id: string, slug: string, name: string, address: string, district: string | null, openingHours: string, services: Array<string>, operator: { id: string }, rota: Array<{ weekday: number | null, date: string | null, startsAt: string, endsAt: string, places: number, team: { id: string, name: string } }>, duties: Array<{ id: string, date: string, filled: number, capacity: number, team: { id: string, name: string } }> }>, organizations: { nodes: Array<{ id: string, name: string }> }, stationSwaps: Array<{ id: string, status: StationSwapStatus, station: { id: string, name: string }, fromTeam: { id: string, name: string }, toTeam: { id: string, name: string }, fromDuty: { id: string, date: string }, toDuty: { id: string, date: string } }> };

export type DutyMemberFragment = { id: string, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string } };

export type ManageTeamDutiesQueryVariables = Exact<{
  org: string | number;
  from: string;
  to: string;
}>;


export type ManageTeamDutiesQuery = { teamStationDuties: Array<{ id: string, date: string, filled: number, capacity: number, team: { id: string }, shift: { id: string } | null, station: { id: string, name: string, duties: Array<{ id: string, date: string, team: { id: string, name: string } }> } }>, organization: { id: string, members: { nodes: Array<{ id: string, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string } }> } | null } | null, stationSwaps: Array<{ id: string, status: StationSwapStatus, station: { id: string, name: string }, fromTeam: { id: string, name: string }, toTeam: { id: string, name: string }, fromDuty: { id: string, date: string }, toDuty: { id: string, date: string } }> };

export type FindRotaTeamsQueryVariables = Exact<{
  search: string;
}>;


export type FindRotaTeamsQuery = { organizations: { nodes: Array<{ id: string, name: string }> } };

export type FindDutyMembersQueryVariables = Exact<{
  org: string | number;
  search: string;
}>;


export type FindDutyMembersQuery = { organization: { id: string, members: { nodes: Array<{ id: string, volunteer: { id: string, realName: string | null, displayName: string, volunteerNumber: string } }> } | null } | null };

export type SetStationRotaMutationVariables = Exact<{
  input: SetStationRotaInput;
}>;


export type SetStationRotaMutation = { setStationRota: Array<{ id: string }> };

export type AnswerStationSwapMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type AnswerStationSwapMutation = { answerStationSwap: { id: string, status: StationSwapStatus } };

export type ProposeStationSwapMutationVariables = Exact<{
  input: ProposeStationSwapInput;
}>;


export type ProposeStationSwapMutation = { proposeStationSwap: { id: string } };

export type StationSignUpMemberMutationVariables = Exact<{
  shiftId: string | number;
  volunteerId: string | number;
}>;


export type StationSignUpMemberMutation = { signUpVolunteer: { id: string, status: SignupStatus } };

export type ManageStoriesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ManageStoriesQuery = { storiesToReview: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, body: string, status: StoryStatus, createdAt: string, reviewNote: string | null, reportCount: number | null, author: { id: string, displayName: string }, project: { id: string, title: string }, organization: { id: string, name: string }, photos: Array<{ id: string, url: string, alt: string | null }> }> } };

export type TeamProfileFragment = { id: string, name: string, status: OrganizationStatus, district: string | null, city: string | null, description: string | null, address: string | null, contactName: string | null, contactPhoneMasked: string | null, joinPolicy: JoinPolicy, returnedReason: string | null, suspendedReason: string | null, location: { lat: number, lng: number } | null, parent: { id: string, name: string } | null, logo: { id: string, url: string, width: number, height: number, alt: string | null } | null };

export type ManageTeamProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageTeamProfileQuery = { organization: { id: string, name: string, status: OrganizationStatus, district: string | null, city: string | null, description: string | null, address: string | null, contactName: string | null, contactPhoneMasked: string | null, joinPolicy: JoinPolicy, returnedReason: string | null, suspendedReason: string | null, location: { lat: number, lng: number } | null, parent: { id: string, name: string } | null, logo: { id: string, url: string, width: number, height: number, alt: string | null } | null } | null };

export type ManageUpdateTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganizationInput;
}>;


export type ManageUpdateTeamMutation = { updateOrganization: { id: string, name: string, status: OrganizationStatus, district: string | null, city: string | null, description: string | null, address: string | null, contactName: string | null, contactPhoneMasked: string | null, joinPolicy: JoinPolicy, returnedReason: string | null, suspendedReason: string | null, location: { lat: number, lng: number } | null, parent: { id: string, name: string } | null, logo: { id: string, url: string, width: number, height: number, alt: string | null } | null } };

export type ManageSetTeamLogoMutationVariables = Exact<{
  id: string | number;
  imageId?: string | number | null | undefined;
}>;


export type ManageSetTeamLogoMutation = { setOrganizationLogo: { id: string, name: string, status: OrganizationStatus, district: string | null, city: string | null, description: string | null, address: string | null, contactName: string | null, contactPhoneMasked: string | null, joinPolicy: JoinPolicy, returnedReason: string | null, suspendedReason: string | null, location: { lat: number, lng: number } | null, parent: { id: string, name: string } | null, logo: { id: string, url: string, width: number, height: number, alt: string | null } | null } };

export type TeamWebhookRowFragment = { id: string, url: string, events: Array<string>, active: boolean, disabledAt: string | null, failureCount: number, lastDeliveredAt: string | null, createdAt: string };

export type TeamWebhooksQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type TeamWebhooksQuery = { webhooks: { nodes: Array<{ id: string, url: string, events: Array<string>, active: boolean, disabledAt: string | null, failureCount: number, lastDeliveredAt: string | null, createdAt: string }> } };

export type WebhookDeliveryLogQueryVariables = Exact<{
  webhookId: string | number;
}>;


export type WebhookDeliveryLogQuery = { webhookDeliveries: { nodes: Array<{ id: string, event: string, status: WebhookDeliveryStatus, attempts: number, responseStatus: number | null, error: string | null, createdAt: string, nextAttemptAt: string | null, deliveredAt: string | null }> } };

export type CreateTeamWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateTeamWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, url: string, events: Array<string>, active: boolean, disabledAt: string | null, failureCount: number, lastDeliveredAt: string | null, createdAt: string } } };

export type PingTeamWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type PingTeamWebhookMutation = { pingWebhook: { id: string } };

export type EnableTeamWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableTeamWebhookMutation = { enableWebhook: { id: string, url: string, events: Array<string>, active: boolean, disabledAt: string | null, failureCount: number, lastDeliveredAt: string | null, createdAt: string } };

export type DeleteTeamWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTeamWebhookMutation = { deleteWebhook: string };

export type RedeliverTeamWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverTeamWebhookDeliveryMutation = { redeliverWebhookDelivery: { id: string } };

export type MyAccountQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyAccountQuery = { me: { id: string, volunteerNumber: string, realName: string | null, displayName: string, idNumberMasked: string | null, phoneMasked: string | null, email: string | null, district: string | null, isPlatformAdmin: boolean | null, totalMinutes: number, starLevel: number, pendingConsents: Array<{ kind: LegalDocumentKind, version: string, zh: { title: string }, en: { title: string } }> | null, memberships: { nodes: Array<{ role: MemberRole }> }, calendarFeed: { url: string, createdAt: string } | null, signups: { nodes: Array<{ id: string, status: SignupStatus, waitlistPosition: number | null, drawPosition: number | null, shift: { id: string, startsAt: string, endsAt: string, registrationClosesAt: string | null, draw: { drawnAt: string | null, selectedCount: number | null } | null, project: { id: string, title: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type MyCertificatesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyCertificatesQuery = { me: { id: string, certificates: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, issuedAt: string, totalMinutes: number, recordCount: number, url: string }> } | null } | null };

export type IssueCertificateMutationVariables = Exact<{ [key: string]: never; }>;


export type IssueCertificateMutation = { issueCertificate: { code: string, issuedAt: string, totalMinutes: number, recordCount: number, url: string } };

export type MyHourEntriesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyHourEntriesQuery = { me: { id: string, hourEntries: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: HourEntryKind, minutes: number, activity: string, serviceDate: string, place: string | null, reason: string | null, organization: { id: string, name: string }, shift: { id: string, startsAt: string, endsAt: string } | null, reversedBy: { id: string, reason: string | null } | null, reverses: { id: string, activity: string } | null }> } } | null };

export type RequestHourCorrectionMutationVariables = Exact<{
  input: RequestHourCorrectionInput;
}>;


export type RequestHourCorrectionMutation = { requestHourCorrection: { id: string, status: HourCorrectionStatus, requestedMinutes: number, message: string, resolution: string | null, createdAt: string, organization: { id: string, name: string }, shift: { id: string, startsAt: string, project: { id: string, title: string } }, entry: { id: string, minutes: number } | null } };

export type MyNotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { me: { id: string, unreadNotificationCount: number | null, notifications: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NotificationKind, read: boolean, reason: string | null, hoursBefore: number | null, oldStartsAt: string | null, oldEndsAt: string | null, newStartsAt: string | null, newEndsAt: string | null, title: string | null, body: string | null, createdAt: string, organization: { name: string } | null, project: { id: string, title: string, status: ProjectStatus } | null, shift: { startsAt: string, endsAt: string } | null, signup: { status: SignupStatus, waitlistPosition: number | null } | null, serviceRequest: { id: string, title: string } | null, deliveries: Array<{ channel: DeliveryChannel, status: DeliveryStatus }> }> } } | null };

export type MyNotificationFragment = { id: string, kind: NotificationKind, read: boolean, reason: string | null, hoursBefore: number | null, oldStartsAt: string | null, oldEndsAt: string | null, newStartsAt: string | null, newEndsAt: string | null, title: string | null, body: string | null, createdAt: string, organization: { name: string } | null, project: { id: string, title: string, status: ProjectStatus } | null, shift: { startsAt: string, endsAt: string } | null, signup: { status: SignupStatus, waitlistPosition: number | null } | null, serviceRequest: { id: string, title: string } | null, deliveries: Array<{ channel: DeliveryChannel, status: DeliveryStatus }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  upTo?: string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MyQualificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQualificationsQuery = { myQualifications: Array<{ id: string, valid: boolean, expiresAt: string, kind: { id: string, name: string, nameEn: string | null } }> };

export type MyServiceRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyServiceRequestsQuery = { myServiceRequests: { nodes: Array<{ id: string, title: string, district: string, status: ServiceRequestStatus, reason: string | null, score: number | null, feedbackComment: string | null, claims: Array<{ organization: { id: string, name: string } }> }> } };

export type ConfirmServiceRequestMutationVariables = Exact<{
  input: ConfirmServiceRequestInput;
}>;


export type ConfirmServiceRequestMutation = { confirmServiceRequest: { id: string, status: ServiceRequestStatus, score: number | null, feedbackComment: string | null } };

export type NearbyProjectsQueryVariables = Exact<{
  near: NearInput;
  after: string;
}>;


export type NearbyProjectsQuery = { projects: { nodes: Array<{ id: string, title: string, district: string | null, address: string | null, location: { lat: number, lng: number } | null, organization: { name: string }, shifts: Array<{ id: string, startsAt: string, endsAt: string, remaining: number }> }> }, serviceRequests: { nodes: Array<{ id: string, title: string, district: string, address: string, volunteersNeeded: number, volunteersClaimed: number, location: { lat: number, lng: number } | null }> } };

export type DeskArticleFragment = { id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null };

export type ManageCreateNewsMutationVariables = Exact<{
  input: CreateNewsArticleInput;
}>;


export type ManageCreateNewsMutation = { createNewsArticle: { id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null } };

export type ManageUpdateNewsMutationVariables = Exact<{
  id: string | number;
  input: UpdateNewsArticleInput;
}>;


export type ManageUpdateNewsMutation = { updateNewsArticle: { id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null } };

export type ManageSubmitNewsMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageSubmitNewsMutation = { submitNewsArticle: { id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null } };

export type ManagePublishNewsMutationVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type ManagePublishNewsMutation = { publishNewsArticle: { id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null } };

export type ManageWithdrawNewsMutationVariables = Exact<{
  id: string | number;
}>;


export type ManageWithdrawNewsMutation = { unpublishNewsArticle: { id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null } };

export type KeyRowFragment = { id: string, name: string, prefix: string, scopes: Array<PartnerScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type PartnerKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerKeysQuery = { organization: { id: string, partnerKeys: { nodes: Array<{ id: string, name: string, prefix: string, scopes: Array<PartnerScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } | null } | null };

export type IssuePartnerKeyMutationVariables = Exact<{
  input: CreatePartnerKeyInput;
}>;


export type IssuePartnerKeyMutation = { createPartnerKey: { secret: string, key: { id: string, name: string, prefix: string, scopes: Array<PartnerScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeTeamKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeTeamKeyMutation = { revokePartnerKey: { id: string, name: string, prefix: string, scopes: Array<PartnerScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type PublicProfileSwitchQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicProfileSwitchQuery = { me: { id: string, volunteerNumber: string, publicProfile: boolean, publicProfileNeedsGuardian: boolean | null, guardianConsentAt: string | null } | null };

export type SetProfileVisibilityMutationVariables = Exact<{
  input: SetProfileVisibilityInput;
}>;


export type SetProfileVisibilityMutation = { setProfileVisibility: { id: string, publicProfile: boolean, guardianConsentAt: string | null } };

export type MyAttendedProjectFragment = { id: string, title: string, endsAt: string, organization: { id: string, name: string }, viewerRating: { id: string, score: number, comment: string | null, commentHidden: boolean } | null };

export type MyAttendedProjectsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyAttendedProjectsQuery = { me: { id: string, attendedProjects: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, endsAt: string, organization: { id: string, name: string }, viewerRating: { id: string, score: number, comment: string | null, commentHidden: boolean } | null }> } | null } | null };

export type RateProjectMutationVariables = Exact<{
  input: RateProjectInput;
}>;


export type RateProjectMutation = { rateProject: { id: string, score: number, comment: string | null, commentHidden: boolean } };

export type RatingLineFragment = { id: string, score: number, comment: string | null, commentHidden: boolean, createdAt: string, project: { id: string, title: string }, organization: { id: string, name: string } };

export type RatingPageFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, score: number, comment: string | null, commentHidden: boolean, createdAt: string, project: { id: string, title: string }, organization: { id: string, name: string } }> };

export type RegistrationNeedsPhoneCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationNeedsPhoneCodeQuery = { registrationNeedsPhoneCode: boolean };

export type RegisterVolunteerMutationVariables = Exact<{
  input: RegisterVolunteerInput;
}>;


export type RegisterVolunteerMutation = { registerVolunteer: { volunteer: { id: string, volunteerNumber: string } } };

export type SubmitServiceRequestMutationVariables = Exact<{
  input: SubmitServiceRequestInput;
}>;


export type SubmitServiceRequestMutation = { submitServiceRequest: { id: string, status: ServiceRequestStatus } };

export type TriageRequestsQueryVariables = Exact<{
  staff: boolean;
}>;


export type TriageRequestsQuery = { queue: { nodes: Array<{ id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, volunteersNeeded: number, unclaimedSince: string | null, contactName: string | null, contactPhone: string | null }> }, stale: { nodes: Array<{ id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, volunteersNeeded: number, unclaimedSince: string | null, contactName: string | null, contactPhone: string | null }> }, rated?: { nodes: Array<{ id: string, title: string, score: number | null, feedbackComment: string | null, feedbackHidden: boolean }> } };

export type TriagedRequestFragment = { id: string, title: string, description: string, category: ServiceRequestCategory, district: string, address: string, status: ServiceRequestStatus, neededFrom: string, neededUntil: string, volunteersNeeded: number, unclaimedSince: string | null, contactName: string | null, contactPhone: string | null };

export type TriageDecisionMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  decline: boolean;
  merge: boolean;
  reason: string;
  intoId: string | number;
}>;


export type TriageDecisionMutation = { accepted?: { id: string, status: ServiceRequestStatus }, declined?: { id: string, status: ServiceRequestStatus }, merged?: { id: string, status: ServiceRequestStatus } };

export type HideRequestFeedbackMutationVariables = Exact<{
  id: string | number;
}>;


export type HideRequestFeedbackMutation = { hideServiceRequestFeedback: { id: string, feedbackHidden: boolean } };

export type CodeChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type CodeChannelsQuery = { codeChannels: { sms: boolean, email: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ManageReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageReviewQueueQuery = { newsAwaitingReview: { nodes: Array<{ id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null }> } };

export type ManageReturnNewsMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ManageReturnNewsMutation = { returnNewsArticle: { id: string, slug: string, title: string, summary: string, body: string, bodyHtml: string, tags: Array<string>, coverImageUrl: string | null, status: ContentStatus, isPublic: boolean, publishedAt: string, submittedAt: string | null, returnedReason: string | null, organization: { id: string, name: string } | null, project: { id: string, title: string } | null } };

export type ShiftSignupsQueryVariables = Exact<{
  id: string | number;
}>;


export type ShiftSignupsQuery = { me: { id: string } | null, project: { id: string, status: ProjectStatus, shifts: Array<{ startsAt: string, registrationOpensAt: string | null, registrationClosesAt: string | null, id: string, remaining: number, confirmedCount: number, capacity: number, waitlistCount: number, entrantCount: number, draw: { algorithm: string, seedCommitment: string, seed: string | null, drawnAt: string | null, entrantCount: number | null, selectedCount: number | null } | null, viewerSignup: { id: string, status: SignupStatus, waitlistPosition: number | null, drawPosition: number | null } | null, viewerDrawEntry: { id: string, status: SignupStatus, waitlistPosition: number | null, drawPosition: number | null } | null }> } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { id: string, status: SignupStatus, waitlistPosition: number | null, drawPosition: number | null, shift: { id: string, remaining: number, confirmedCount: number, capacity: number, waitlistCount: number, entrantCount: number } } };

export type StationDutyWeekQueryVariables = Exact<{
  slug: string;
  from: string;
  to: string;
}>;


export type StationDutyWeekQuery = { station: { id: string, dutyToday: { date: string, filled: number, capacity: number, team: { id: string, slug: string, name: string } } | null, duties: Array<{ date: string, filled: number, capacity: number, team: { id: string, slug: string, name: string } }> } | null };

export type CreateStationMutationVariables = Exact<{
  input: CreateStationInput;
}>;


export type CreateStationMutation = { createStation: { id: string, slug: string } };

export type UpdateStationMutationVariables = Exact<{
  id: string | number;
  input: UpdateStationInput;
}>;


export type UpdateStationMutation = { updateStation: { id: string } };

export type StationScreenQueryVariables = Exact<{
  slug: string;
  after: string;
  district?: string | null | undefined;
}>;


export type StationScreenQuery = { station: { id: string, name: string, dutyToday: { date: string, filled: number, capacity: number, team: { id: string, name: string }, shift: { startsAt: string, endsAt: string } | null } | null } | null, projects: { nodes: Array<{ id: string, title: string, address: string | null, organization: { name: string }, shifts: Array<{ id: string, startsAt: string, endsAt: string, capacity: number, remaining: number }> }> }, stats: { volunteerCount: number, organizationCount: number, projectCount: number, totalServiceMinutes: number }, roleModels: { nodes: Array<{ id: string, name: string, honor: string | null, citation: string }> } };

export type StoryViewerStateQueryVariables = Exact<{
  id: string | number;
}>;


export type StoryViewerStateQuery = { story: { id: string, likeCount: number, viewerLikes: boolean } | null };

export type LikeStoryMutationVariables = Exact<{
  id: string | number;
}>;


export type LikeStoryMutation = { likeStory: { id: string, likeCount: number, viewerLikes: boolean } };

export type UnlikeStoryMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlikeStoryMutation = { unlikeStory: { id: string, likeCount: number, viewerLikes: boolean } };

export type ReportStoryMutationVariables = Exact<{
  input: ReportStoryInput;
}>;


export type ReportStoryMutation = { reportStory: boolean };

export type ReviewStoryLineFragment = { id: string, title: string, body: string, status: StoryStatus, createdAt: string, reviewNote: string | null, reportCount: number | null, author: { id: string, displayName: string }, project: { id: string, title: string }, organization: { id: string, name: string }, photos: Array<{ id: string, url: string, alt: string | null }> };

export type ReviewStoryMutationVariables = Exact<{
  input: ReviewStoryInput;
}>;


export type ReviewStoryMutation = { reviewStory: { id: string, title: string, body: string, status: StoryStatus, createdAt: string, reviewNote: string | null, reportCount: number | null, author: { id: string, displayName: string }, project: { id: string, title: string }, organization: { id: string, name: string }, photos: Array<{ id: string, url: string, alt: string | null }> } };

export type StaffTeamFragment = { id: string, name: string, status: OrganizationStatus, district: string | null, memberCount: number, createdAt: string, returnedReason: string | null, suspendedReason: string | null, suspendedAt: string | null };

export type StaffTeamSearchQueryVariables = Exact<{
  search: string;
}>;


export type StaffTeamSearchQuery = { staffOrganizations: { totalCount: number, nodes: Array<{ id: string, name: string, status: OrganizationStatus, district: string | null, memberCount: number, createdAt: string, returnedReason: string | null, suspendedReason: string | null, suspendedAt: string | null }> } };

export type NearestTeamsQueryVariables = Exact<{
  near: NearInput;
}>;


export type NearestTeamsQuery = { organizations: { nodes: Array<{ id: string, slug: string, name: string, district: string | null, location: { lat: number, lng: number } | null }> } };

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;


export type VerifyCertificateQuery = { verifyCertificate: { valid: boolean, currentTotalMinutes: number | null, totalChangedSinceIssue: boolean | null, certificate: { code: string, displayName: string, volunteerNumber: string, totalMinutes: number, recordCount: number, issuedAt: string, issuer: { name: string } } | null } };

export type MyCardQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCardQuery = { me: { id: string, displayName: string, realName: string | null, volunteerNumber: string, starLevel: number, totalMinutes: number, cardPhoto: string | null, card: { key: string, period: number } | null } | null };

export type RemoveCardPhotoMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveCardPhotoMutation = { removeCardPhoto: { id: string, cardPhoto: string | null } };

export type VolunteerProfilePageQueryVariables = Exact<{
  number: string;
}>;


export type VolunteerProfilePageQuery = { volunteerProfile: { volunteerNumber: string, displayName: string, starLevel: number, hours: number, teams: Array<{ id: string, slug: string, name: string }>, stories: { totalCount: number, nodes: Array<{ id: string, title: string, publishedAt: string | null }> } } | null };

export type ManageEndedShiftsQueryVariables = Exact<{
  filter: ProjectFilter;
}>;


export type ManageEndedShiftsQuery = { projects: { nodes: Array<{ id: string, title: string, shifts: Array<{ id: string, startsAt: string, endsAt: string }> }> } };

export type ManageWalkInMutationVariables = Exact<{
  input: RecordWalkInInput;
}>;


export type ManageWalkInMutation = { recordWalkIn: { id: string, minutes: number } };

export type MyStoryFragment = { id: string, title: string, status: StoryStatus, reviewNote: string | null, createdAt: string, project: { id: string, title: string } };

export type MyStoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyStoriesQuery = { me: { id: string, attendedProjects: { nodes: Array<{ id: string, title: string }> } | null } | null, myStories: { nodes: Array<{ id: string, title: string, status: StoryStatus, reviewNote: string | null, createdAt: string, project: { id: string, title: string } }> } };

export type WriteStoryMutationVariables = Exact<{
  input: WriteStoryInput;
}>;


export type WriteStoryMutation = { writeStory: { id: string, title: string, status: StoryStatus, reviewNote: string | null, createdAt: string, project: { id: string, title: string } } };

export type MyHourEntryFragment = { id: string, kind: HourEntryKind, minutes: number, activity: string, serviceDate: string, place: string | null, reason: string | null, organization: { id: string, name: string }, shift: { id: string, startsAt: string, endsAt: string } | null, reversedBy: { id: string, reason: string | null } | null, reverses: { id: string, activity: string } | null };

export type MyCorrectionFragment = { id: string, status: HourCorrectionStatus, requestedMinutes: number, message: string, resolution: string | null, createdAt: string, organization: { id: string, name: string }, shift: { id: string, startsAt: string, project: { id: string, title: string } }, entry: { id: string, minutes: number } | null };

export type MyCertificateFragment = { code: string, issuedAt: string, totalMinutes: number, recordCount: number, url: string };

export type MyLedgerQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLedgerQuery = { me: { id: string, hourEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: HourEntryKind, minutes: number, activity: string, serviceDate: string, place: string | null, reason: string | null, organization: { id: string, name: string }, shift: { id: string, startsAt: string, endsAt: string } | null, reversedBy: { id: string, reason: string | null } | null, reverses: { id: string, activity: string } | null }> }, hourCorrectionRequests: { totalCount: number, nodes: Array<{ id: string, status: HourCorrectionStatus, requestedMinutes: number, message: string, resolution: string | null, createdAt: string, organization: { id: string, name: string }, shift: { id: string, startsAt: string, project: { id: string, title: string } }, entry: { id: string, minutes: number } | null }> } | null, certificates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, issuedAt: string, totalMinutes: number, recordCount: number, url: string }> } | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, displayName: string, realName: string | null } | null };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type ShiftFiguresFragment = { id: string, remaining: number, confirmedCount: number, capacity: number, waitlistCount: number, entrantCount: number };

export type DrawRecordFragment = { algorithm: string, seedCommitment: string, seed: string | null, drawnAt: string | null, entrantCount: number | null, selectedCount: number | null };

export type CancelSignupMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelSignupMutation = { cancelSignup: { id: string, status: SignupStatus, shift: { id: string, remaining: number, confirmedCount: number, capacity: number, waitlistCount: number, entrantCount: number } } };

export type ManageTeamShiftsQueryVariables = Exact<{
  filter: ProjectFilter;
}>;


export type ManageTeamShiftsQuery = { projects: { nodes: Array<{ id: string, title: string, status: ProjectStatus, shifts: Array<{ id: string, startsAt: string, endsAt: string }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PictureImageFragmentDoc = new TypedDocumentString(`
    fragment PictureImage on Image {
  url
  width
  height
  alt
  avifSrcset
  webpSrcset
}
    `, {"fragmentName":"PictureImage"}) as unknown as TypedDocumentString<PictureImageFragment, unknown>;
export const VolunteerRankFragmentDoc = new TypedDocumentString(`
    fragment VolunteerRank on VolunteerRanking {
  rank
  minutes
  volunteer {
    id
    displayName
    starLevel
  }
}
    `, {"fragmentName":"VolunteerRank"}) as unknown as TypedDocumentString<VolunteerRankFragment, unknown>;
export const SettingsOfMeFragmentDoc = new TypedDocumentString(`
    fragment SettingsOfMe on Volunteer {
  id
  email
  notifyByEmail
  notifyBySms
  phoneMasked
  district
  skills
  emergencyContact {
    name
    phoneMasked
  }
}
    `, {"fragmentName":"SettingsOfMe"}) as unknown as TypedDocumentString<SettingsOfMeFragment, unknown>;
export const ActivityGalleryFragmentDoc = new TypedDocumentString(`
    fragment ActivityGallery on Project {
  id
  photos {
    id
    url
    width
    height
    alt
  }
}
    `, {"fragmentName":"ActivityGallery"}) as unknown as TypedDocumentString<ActivityGalleryFragment, unknown>;
export const AppRowFragmentDoc = new TypedDocumentString(`
    fragment AppRow on OAuthApp {
  id
  name
  homepageUrl
  redirectUris
  scopes
  createdAt
  disabledAt
}
    `, {"fragmentName":"AppRow"}) as unknown as TypedDocumentString<AppRowFragment, unknown>;
export const AdminRoleModelFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminRoleModelFields on RoleModel {
  id
  name
  honor
  citation
  year
  district
  photoUrl
  status
  isPublic
  publishedAt
}
    `, {"fragmentName":"AdminRoleModelFields"}) as unknown as TypedDocumentString<AdminRoleModelFieldsFragment, unknown>;
export const AdminShowcaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminShowcaseFields on Showcase {
  id
  title
  summary
  body
  coverImageUrl
  status
  isPublic
  publishedAt
}
    `, {"fragmentName":"AdminShowcaseFields"}) as unknown as TypedDocumentString<AdminShowcaseFieldsFragment, unknown>;
export const AdminKindFragmentDoc = new TypedDocumentString(`
    fragment AdminKind on QualificationKind {
  id
  name
  nameEn
  description
  validityMonths
}
    `, {"fragmentName":"AdminKind"}) as unknown as TypedDocumentString<AdminKindFragment, unknown>;
export const FigureRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment FigureRowFields on FigureRow {
  key
  label
  volunteers
  teams
  activities
  hours
  personTimes
}
    `, {"fragmentName":"FigureRowFields"}) as unknown as TypedDocumentString<FigureRowFieldsFragment, unknown>;
export const BackgroundJobLineFragmentDoc = new TypedDocumentString(`
    fragment BackgroundJobLine on BackgroundJob {
  id
  queue
  state
  data
  retryCount
  retryLimit
  createdAt
  startAfter
  startedAt
  completedAt
  error
  result
}
    `, {"fragmentName":"BackgroundJobLine"}) as unknown as TypedDocumentString<BackgroundJobLineFragment, unknown>;
export const PendingConsentFragmentDoc = new TypedDocumentString(`
    fragment PendingConsent on LegalDocument {
  kind
  version
  zh {
    title
  }
  en {
    title
  }
}
    `, {"fragmentName":"PendingConsent"}) as unknown as TypedDocumentString<PendingConsentFragment, unknown>;
export const DeskCourseFragmentDoc = new TypedDocumentString(`
    fragment DeskCourse on Course {
  id
  title
  description
  status
  qualificationKind {
    id
    name
    nameEn
  }
  sessions {
    id
    startsAt
    endsAt
    place
    capacity
    enrolledCount
  }
}
    `, {"fragmentName":"DeskCourse"}) as unknown as TypedDocumentString<DeskCourseFragment, unknown>;
export const DeskKindsFragmentDoc = new TypedDocumentString(`
    fragment DeskKinds on Query {
  qualificationKinds(first: 100) {
    nodes {
      id
      name
      nameEn
    }
  }
}
    `, {"fragmentName":"DeskKinds"}) as unknown as TypedDocumentString<DeskKindsFragment, unknown>;
export const ActivityRowFragmentDoc = new TypedDocumentString(`
    fragment ActivityRow on Project {
  id
  title
  status
  startsAt
  endsAt
  shifts {
    id
    startsAt
    endsAt
    capacity
    confirmedCount
    waitlistCount
    entrantCount
  }
}
    `, {"fragmentName":"ActivityRow"}) as unknown as TypedDocumentString<ActivityRowFragment, unknown>;
export const RosterRowFragmentDoc = new TypedDocumentString(`
    fragment RosterRow on Signup {
  id
  status
  walkIn
  waitlistPosition
  volunteer {
    id
    realName
    displayName
    volunteerNumber
    phoneMasked
  }
}
    `, {"fragmentName":"RosterRow"}) as unknown as TypedDocumentString<RosterRowFragment, unknown>;
export const ManageBroadcastLineFragmentDoc = new TypedDocumentString(`
    fragment ManageBroadcastLine on Broadcast {
  id
  audience
  title
  body
  recipientCount
  readCount
  createdAt
  shift {
    id
    startsAt
    endsAt
    project {
      title
    }
  }
}
    `, {"fragmentName":"ManageBroadcastLine"}) as unknown as TypedDocumentString<ManageBroadcastLineFragment, unknown>;
export const OpenCorrectionFragmentDoc = new TypedDocumentString(`
    fragment OpenCorrection on HourCorrectionRequest {
  id
  requestedMinutes
  message
  createdAt
  volunteer {
    id
    realName
    displayName
    volunteerNumber
  }
  shift {
    id
    startsAt
    endsAt
    project {
      id
      title
    }
  }
  entry {
    id
    minutes
  }
}
    `, {"fragmentName":"OpenCorrection"}) as unknown as TypedDocumentString<OpenCorrectionFragment, unknown>;
export const AwaitingShiftFragmentDoc = new TypedDocumentString(`
    fragment AwaitingShift on Shift {
  id
  startsAt
  endsAt
  project {
    id
    title
  }
  unrecordedSignups(first: 100) {
    totalCount
    nodes {
      id
      volunteer {
        id
        realName
        displayName
        volunteerNumber
      }
    }
  }
}
    `, {"fragmentName":"AwaitingShift"}) as unknown as TypedDocumentString<AwaitingShiftFragment, unknown>;
export const ImportResultFragmentDoc = new TypedDocumentString(`
    fragment ImportResult on HourImportResult {
  recorded
  alreadyImported
  refused
  ready
  rows {
    row
    status
    field
    message
    volunteer
  }
}
    `, {"fragmentName":"ImportResult"}) as unknown as TypedDocumentString<ImportResultFragment, unknown>;
export const MemberRowFragmentDoc = new TypedDocumentString(`
    fragment MemberRow on Membership {
  id
  role
  volunteer {
    id
    realName
    displayName
    volunteerNumber
    phoneMasked
  }
}
    `, {"fragmentName":"MemberRow"}) as unknown as TypedDocumentString<MemberRowFragment, unknown>;
export const ManagedRequestFragmentDoc = new TypedDocumentString(`
    fragment ManagedRequest on ServiceRequest {
  id
  title
  description
  category
  district
  address
  status
  neededFrom
  neededUntil
  recurrence
  volunteersNeeded
  volunteersClaimed
  contactNameMasked
  contactPhoneMasked
  contactName
  contactPhone
  claims {
    volunteers
    organization {
      id
      name
    }
  }
}
    `, {"fragmentName":"ManagedRequest"}) as unknown as TypedDocumentString<ManagedRequestFragment, unknown>;
export const StationSwapRowFragmentDoc = new TypedDocumentString(`
    fragment StationSwapRow on StationSwap {
  id
  status
  station {
    id
    name
  }
  fromTeam {
    id
    name
  }
  toTeam {
    id
    name
  }
  fromDuty {
    id
    date
  }
  toDuty {
    id
    date
  }
}
    `, {"fragmentName":"StationSwapRow"}) as unknown as TypedDocumentString<StationSwapRowFragment, unknown>;
export const DutyMemberFragmentDoc = new TypedDocumentString(`
    fragment DutyMember on Membership {
  id
  volunteer {
    id
    realName
    displayName
    volunteerNumber
  }
}
    `, {"fragmentName":"DutyMember"}) as unknown as TypedDocumentString<DutyMemberFragment, unknown>;
export const TeamProfileFragmentDoc = new TypedDocumentString(`
    fragment TeamProfile on Organization {
  id
  name
  status
  district
  city
  description
  address
  location {
    lat
    lng
  }
  contactName
  contactPhoneMasked
  joinPolicy
  returnedReason
  suspendedReason
  parent {
    id
    name
  }
  logo {
    id
    url
    width
    height
    alt
  }
}
    `, {"fragmentName":"TeamProfile"}) as unknown as TypedDocumentString<TeamProfileFragment, unknown>;
export const TeamWebhookRowFragmentDoc = new TypedDocumentString(`
    fragment TeamWebhookRow on Webhook {
  id
  url
  events
  active
  disabledAt
  failureCount
  lastDeliveredAt
  createdAt
}
    `, {"fragmentName":"TeamWebhookRow"}) as unknown as TypedDocumentString<TeamWebhookRowFragment, unknown>;
export const MyNotificationFragmentDoc = new TypedDocumentString(`
    fragment MyNotification on Notification {
  id
  kind
  read
  reason
  hoursBefore
  oldStartsAt
  oldEndsAt
  newStartsAt
  newEndsAt
  title
  body
  organization {
    name
  }
  createdAt
  project {
    id
    title
    status
  }
  shift {
    startsAt
    endsAt
  }
  signup {
    status
    waitlistPosition
  }
  serviceRequest {
    id
    title
  }
  deliveries {
    channel
    status
  }
}
    `, {"fragmentName":"MyNotification"}) as unknown as TypedDocumentString<MyNotificationFragment, unknown>;
export const DeskArticleFragmentDoc = new TypedDocumentString(`
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}
    `, {"fragmentName":"DeskArticle"}) as unknown as TypedDocumentString<DeskArticleFragment, unknown>;
export const KeyRowFragmentDoc = new TypedDocumentString(`
    fragment KeyRow on PartnerKey {
  id
  name
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"KeyRow"}) as unknown as TypedDocumentString<KeyRowFragment, unknown>;
export const MyAttendedProjectFragmentDoc = new TypedDocumentString(`
    fragment MyAttendedProject on Project {
  id
  title
  endsAt
  organization {
    id
    name
  }
  viewerRating {
    id
    score
    comment
    commentHidden
  }
}
    `, {"fragmentName":"MyAttendedProject"}) as unknown as TypedDocumentString<MyAttendedProjectFragment, unknown>;
export const RatingLineFragmentDoc = new TypedDocumentString(`
    fragment RatingLine on Rating {
  id
  score
  comment
  commentHidden
  createdAt
  project {
    id
    title
  }
  organization {
    id
    name
  }
}
    `, {"fragmentName":"RatingLine"}) as unknown as TypedDocumentString<RatingLineFragment, unknown>;
export const RatingPageFragmentDoc = new TypedDocumentString(`
    fragment RatingPage on RatingConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    ...RatingLine
  }
}
    fragment RatingLine on Rating {
  id
  score
  comment
  commentHidden
  createdAt
  project {
    id
    title
  }
  organization {
    id
    name
  }
}`, {"fragmentName":"RatingPage"}) as unknown as TypedDocumentString<RatingPageFragment, unknown>;
export const TriagedRequestFragmentDoc = new TypedDocumentString(`
    fragment TriagedRequest on ServiceRequest {
  id
  title
  description
  category
  district
  address
  status
  neededFrom
  neededUntil
  volunteersNeeded
  unclaimedSince
  contactName
  contactPhone
}
    `, {"fragmentName":"TriagedRequest"}) as unknown as TypedDocumentString<TriagedRequestFragment, unknown>;
export const ReviewStoryLineFragmentDoc = new TypedDocumentString(`
    fragment ReviewStoryLine on Story {
  id
  title
  body
  status
  createdAt
  reviewNote
  reportCount
  author {
    id
    displayName
  }
  project {
    id
    title
  }
  organization {
    id
    name
  }
  photos {
    id
    url
    alt
  }
}
    `, {"fragmentName":"ReviewStoryLine"}) as unknown as TypedDocumentString<ReviewStoryLineFragment, unknown>;
export const StaffTeamFragmentDoc = new TypedDocumentString(`
    fragment StaffTeam on Organization {
  id
  name
  status
  district
  memberCount
  createdAt
  returnedReason
  suspendedReason
  suspendedAt
}
    `, {"fragmentName":"StaffTeam"}) as unknown as TypedDocumentString<StaffTeamFragment, unknown>;
export const MyStoryFragmentDoc = new TypedDocumentString(`
    fragment MyStory on Story {
  id
  title
  status
  reviewNote
  createdAt
  project {
    id
    title
  }
}
    `, {"fragmentName":"MyStory"}) as unknown as TypedDocumentString<MyStoryFragment, unknown>;
export const MyHourEntryFragmentDoc = new TypedDocumentString(`
    fragment MyHourEntry on HourEntry {
  id
  kind
  minutes
  activity
  serviceDate
  place
  reason
  organization {
    id
    name
  }
  shift {
    id
    startsAt
    endsAt
  }
  reversedBy {
    id
    reason
  }
  reverses {
    id
    activity
  }
}
    `, {"fragmentName":"MyHourEntry"}) as unknown as TypedDocumentString<MyHourEntryFragment, unknown>;
export const MyCorrectionFragmentDoc = new TypedDocumentString(`
    fragment MyCorrection on HourCorrectionRequest {
  id
  status
  requestedMinutes
  message
  resolution
  createdAt
  organization {
    id
    name
  }
  shift {
    id
    startsAt
    project {
      id
      title
    }
  }
  entry {
    id
    minutes
  }
}
    `, {"fragmentName":"MyCorrection"}) as unknown as TypedDocumentString<MyCorrectionFragment, unknown>;
export const MyCertificateFragmentDoc = new TypedDocumentString(`
    fragment MyCertificate on Certificate {
  code
  issuedAt
  totalMinutes
  recordCount
  url
}
    `, {"fragmentName":"MyCertificate"}) as unknown as TypedDocumentString<MyCertificateFragment, unknown>;
export const ShiftFiguresFragmentDoc = new TypedDocumentString(`
    fragment ShiftFigures on Shift {
  id
  remaining
  confirmedCount
  capacity
  waitlistCount
  entrantCount
}
    `, {"fragmentName":"ShiftFigures"}) as unknown as TypedDocumentString<ShiftFiguresFragment, unknown>;
export const DrawRecordFragmentDoc = new TypedDocumentString(`
    fragment DrawRecord on ShiftDraw {
  algorithm
  seedCommitment
  seed
  drawnAt
  entrantCount
  selectedCount
}
    `, {"fragmentName":"DrawRecord"}) as unknown as TypedDocumentString<DrawRecordFragment, unknown>;
export const ProjectPagesDocument = new TypedDocumentString(`
    query ProjectPages($first: Int!, $after: String) {
  projects(first: $first, after: $after) {
    nodes {
      id
      title
      summary
      description
      category
      district
      address
      status
      startsAt
      endsAt
      publishedAt
      organization {
        id
        slug
        name
      }
      rating {
        average
        count
      }
      photos {
        ...PictureImage
      }
      shifts {
        id
        startsAt
        endsAt
        capacity
        confirmedCount
        remaining
        waitlist
        waitlistCount
        allocation
        registrationOpensAt
        registrationClosesAt
        entrantCount
        draw {
          ...DrawRecord
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PictureImage on Image {
  url
  width
  height
  alt
  avifSrcset
  webpSrcset
}
fragment DrawRecord on ShiftDraw {
  algorithm
  seedCommitment
  seed
  drawnAt
  entrantCount
  selectedCount
}`) as unknown as TypedDocumentString<ProjectPagesQuery, ProjectPagesQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage {
  stats {
    volunteerCount
    organizationCount
    projectCount
    totalServiceMinutes
    openShiftCount
    personTimes
    byYear {
      label
      hours
      personTimes
    }
    byDistrict {
      label
      hours
      personTimes
    }
  }
}
    `) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const SiteDetailsDocument = new TypedDocumentString(`
    query SiteDetails {
  siteInfo {
    operator
    supervisor
    hotline
    email
    icpNumber
    publicSecurityFiling
  }
  legalDocuments {
    kind
    version
    zh {
      title
      sections {
        heading
        paragraphs
      }
    }
    en {
      title
      sections {
        heading
        paragraphs
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SiteDetailsQuery, SiteDetailsQueryVariables>;
export const OrganizationPagesDocument = new TypedDocumentString(`
    query OrganizationPages($first: Int!, $after: String) {
  organizations(first: $first, after: $after) {
    nodes {
      id
      slug
      name
      kind
      district
      city
      description
      memberCount
      address
      location {
        lat
        lng
      }
      joinPolicy
      rating {
        average
        count
      }
      logo {
        ...PictureImage
      }
      parent {
        id
        slug
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PictureImage on Image {
  url
  width
  height
  alt
  avifSrcset
  webpSrcset
}`) as unknown as TypedDocumentString<OrganizationPagesQuery, OrganizationPagesQueryVariables>;
export const NewsPagesDocument = new TypedDocumentString(`
    query NewsPages($first: Int!, $after: String) {
  news(first: $first, after: $after) {
    nodes {
      id
      slug
      title
      summary
      bodyHtml
      publishedAt
      updatedAt
      tags
      coverImageUrl
      coverImage {
        ...PictureImage
      }
      organization {
        id
        slug
        name
      }
      project {
        id
        title
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PictureImage on Image {
  url
  width
  height
  alt
  avifSrcset
  webpSrcset
}`) as unknown as TypedDocumentString<NewsPagesQuery, NewsPagesQueryVariables>;
export const RoleModelPagesDocument = new TypedDocumentString(`
    query RoleModelPages($first: Int!, $after: String) {
  roleModels(first: $first, after: $after) {
    nodes {
      id
      name
      honor
      citation
      year
      district
      photoUrl
      photo {
        ...PictureImage
      }
      publishedAt
      volunteer {
        id
        volunteerNumber
        starLevel
      }
      organization {
        id
        slug
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PictureImage on Image {
  url
  width
  height
  alt
  avifSrcset
  webpSrcset
}`) as unknown as TypedDocumentString<RoleModelPagesQuery, RoleModelPagesQueryVariables>;
export const ShowcasePagesDocument = new TypedDocumentString(`
    query ShowcasePages($first: Int!, $after: String) {
  showcases(first: $first, after: $after) {
    nodes {
      id
      title
      summary
      bodyHtml
      coverImageUrl
      coverImage {
        ...PictureImage
      }
      publishedAt
      updatedAt
      project {
        id
        title
        status
      }
      organization {
        id
        slug
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PictureImage on Image {
  url
  width
  height
  alt
  avifSrcset
  webpSrcset
}`) as unknown as TypedDocumentString<ShowcasePagesQuery, ShowcasePagesQueryVariables>;
export const StoryPagesDocument = new TypedDocumentString(`
    query StoryPages($first: Int!, $after: String) {
  stories(first: $first, after: $after) {
    nodes {
      id
      title
      body
      publishedAt
      likeCount
      photos {
        ...PictureImage
      }
      author {
        id
        displayName
        volunteerNumber
        publicProfile
      }
      project {
        id
        title
      }
      organization {
        id
        slug
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PictureImage on Image {
  url
  width
  height
  alt
  avifSrcset
  webpSrcset
}`) as unknown as TypedDocumentString<StoryPagesQuery, StoryPagesQueryVariables>;
export const StationPagesDocument = new TypedDocumentString(`
    query StationPages {
  stations {
    id
    slug
    name
    address
    district
    location {
      lat
      lng
    }
    openingHours
    services
    operator {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StationPagesQuery, StationPagesQueryVariables>;
export const DistrictLeaderboardDocument = new TypedDocumentString(`
    query DistrictLeaderboard($district: String!, $from: String!, $to: String!) {
  organizationLeaderboard(district: $district, from: $from, to: $to, first: 50) {
    totalCount
    nodes {
      rank
      minutes
      volunteerCount
      organization {
        id
        slug
        name
      }
    }
  }
  volunteerLeaderboard(district: $district, from: $from, to: $to, first: 50) {
    totalCount
    nodes {
      ...VolunteerRank
    }
  }
}
    fragment VolunteerRank on VolunteerRanking {
  rank
  minutes
  volunteer {
    id
    displayName
    starLevel
  }
}`) as unknown as TypedDocumentString<DistrictLeaderboardQuery, DistrictLeaderboardQueryVariables>;
export const ServiceRequestPagesDocument = new TypedDocumentString(`
    query ServiceRequestPages($first: Int!, $after: String, $status: ServiceRequestStatus!) {
  serviceRequests(first: $first, after: $after, filter: {status: $status}) {
    nodes {
      id
      title
      description
      category
      district
      address
      neededFrom
      neededUntil
      recurrence
      volunteersNeeded
      volunteersClaimed
      status
      openedAt
      score
      createdAt
      claims {
        volunteers
        organization {
          id
          slug
          name
        }
        project {
          id
          title
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceRequestPagesQuery, ServiceRequestPagesQueryVariables>;
export const ServiceRequestFiguresDocument = new TypedDocumentString(`
    query ServiceRequestFigures {
  serviceRequestFigures {
    district
    met
  }
}
    `) as unknown as TypedDocumentString<ServiceRequestFiguresQuery, ServiceRequestFiguresQueryVariables>;
export const AccountSettingsDocument = new TypedDocumentString(`
    query AccountSettings {
  me {
    ...SettingsOfMe
  }
  messageChannels {
    sms
  }
  codeChannels {
    sms
  }
}
    fragment SettingsOfMe on Volunteer {
  id
  email
  notifyByEmail
  notifyBySms
  phoneMasked
  district
  skills
  emergencyContact {
    name
    phoneMasked
  }
}`) as unknown as TypedDocumentString<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    ...SettingsOfMe
  }
}
    fragment SettingsOfMe on Volunteer {
  id
  email
  notifyByEmail
  notifyBySms
  phoneMasked
  district
  skills
  emergencyContact {
    name
    phoneMasked
  }
}`) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!) {
  deleteMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const ChangePhoneDocument = new TypedDocumentString(`
    mutation ChangePhone($input: ChangePhoneInput!) {
  changePhone(input: $input) {
    id
    phoneMasked
  }
}
    `) as unknown as TypedDocumentString<ChangePhoneMutation, ChangePhoneMutationVariables>;
export const ManageActivityPhotosDocument = new TypedDocumentString(`
    query ManageActivityPhotos($id: ID!) {
  project(id: $id) {
    ...ActivityGallery
  }
}
    fragment ActivityGallery on Project {
  id
  photos {
    id
    url
    width
    height
    alt
  }
}`) as unknown as TypedDocumentString<ManageActivityPhotosQuery, ManageActivityPhotosQueryVariables>;
export const ManageSetActivityPhotosDocument = new TypedDocumentString(`
    mutation ManageSetActivityPhotos($projectId: ID!, $photos: [ProjectPhotoInput!]!) {
  setProjectPhotos(projectId: $projectId, photos: $photos) {
    ...ActivityGallery
  }
}
    fragment ActivityGallery on Project {
  id
  photos {
    id
    url
    width
    height
    alt
  }
}`) as unknown as TypedDocumentString<ManageSetActivityPhotosMutation, ManageSetActivityPhotosMutationVariables>;
export const OAuthAppsDocument = new TypedDocumentString(`
    query OAuthApps {
  oauthApps(first: 100) {
    nodes {
      ...AppRow
    }
  }
}
    fragment AppRow on OAuthApp {
  id
  name
  homepageUrl
  redirectUris
  scopes
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<OAuthAppsQuery, OAuthAppsQueryVariables>;
export const RegisterAppDocument = new TypedDocumentString(`
    mutation RegisterApp($input: RegisterAppInput!) {
  registerApp(input: $input) {
    ...AppRow
  }
}
    fragment AppRow on OAuthApp {
  id
  name
  homepageUrl
  redirectUris
  scopes
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<RegisterAppMutation, RegisterAppMutationVariables>;
export const DisableAppDocument = new TypedDocumentString(`
    mutation DisableApp($id: ID!) {
  disableApp(id: $id) {
    ...AppRow
  }
}
    fragment AppRow on OAuthApp {
  id
  name
  homepageUrl
  redirectUris
  scopes
  createdAt
  disabledAt
}`) as unknown as TypedDocumentString<DisableAppMutation, DisableAppMutationVariables>;
export const AdminAuditDocument = new TypedDocumentString(`
    query AdminAudit($action: String, $actorNumber: String, $organizationId: ID, $from: DateTime, $to: DateTime, $after: String) {
  auditEvents(
    action: $action
    actorNumber: $actorNumber
    organizationId: $organizationId
    from: $from
    to: $to
    order: NEWEST_FIRST
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      action
      subjectId
      reason
      createdAt
      actor {
        id
        displayName
        volunteerNumber
      }
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditQuery, AdminAuditQueryVariables>;
export const AdminNewsDeskDocument = new TypedDocumentString(`
    query AdminNewsDesk {
  newsDesk(first: 100) {
    nodes {
      ...DeskArticle
    }
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<AdminNewsDeskQuery, AdminNewsDeskQueryVariables>;
export const AdminRoleModelDeskDocument = new TypedDocumentString(`
    query AdminRoleModelDesk {
  roleModelDesk(first: 100) {
    nodes {
      ...AdminRoleModelFields
    }
  }
}
    fragment AdminRoleModelFields on RoleModel {
  id
  name
  honor
  citation
  year
  district
  photoUrl
  status
  isPublic
  publishedAt
}`) as unknown as TypedDocumentString<AdminRoleModelDeskQuery, AdminRoleModelDeskQueryVariables>;
export const AdminShowcaseDeskDocument = new TypedDocumentString(`
    query AdminShowcaseDesk {
  showcaseDesk(first: 100) {
    nodes {
      ...AdminShowcaseFields
    }
  }
}
    fragment AdminShowcaseFields on Showcase {
  id
  title
  summary
  body
  coverImageUrl
  status
  isPublic
  publishedAt
}`) as unknown as TypedDocumentString<AdminShowcaseDeskQuery, AdminShowcaseDeskQueryVariables>;
export const AdminSaveRoleModelDocument = new TypedDocumentString(`
    mutation AdminSaveRoleModel($id: ID!, $create: CreateRoleModelInput!, $update: UpdateRoleModelInput!, $isNew: Boolean!) {
  createRoleModel(input: $create) @include(if: $isNew) {
    ...AdminRoleModelFields
  }
  updateRoleModel(id: $id, input: $update) @skip(if: $isNew) {
    ...AdminRoleModelFields
  }
}
    fragment AdminRoleModelFields on RoleModel {
  id
  name
  honor
  citation
  year
  district
  photoUrl
  status
  isPublic
  publishedAt
}`) as unknown as TypedDocumentString<AdminSaveRoleModelMutation, AdminSaveRoleModelMutationVariables>;
export const AdminSaveShowcaseDocument = new TypedDocumentString(`
    mutation AdminSaveShowcase($id: ID!, $create: CreateShowcaseInput!, $update: UpdateShowcaseInput!, $isNew: Boolean!) {
  createShowcase(input: $create) @include(if: $isNew) {
    ...AdminShowcaseFields
  }
  updateShowcase(id: $id, input: $update) @skip(if: $isNew) {
    ...AdminShowcaseFields
  }
}
    fragment AdminShowcaseFields on Showcase {
  id
  title
  summary
  body
  coverImageUrl
  status
  isPublic
  publishedAt
}`) as unknown as TypedDocumentString<AdminSaveShowcaseMutation, AdminSaveShowcaseMutationVariables>;
export const AdminPublishRoleModelDocument = new TypedDocumentString(`
    mutation AdminPublishRoleModel($id: ID!, $at: DateTime) {
  publishRoleModel(id: $id, publishedAt: $at) {
    ...AdminRoleModelFields
  }
}
    fragment AdminRoleModelFields on RoleModel {
  id
  name
  honor
  citation
  year
  district
  photoUrl
  status
  isPublic
  publishedAt
}`) as unknown as TypedDocumentString<AdminPublishRoleModelMutation, AdminPublishRoleModelMutationVariables>;
export const AdminPublishShowcaseDocument = new TypedDocumentString(`
    mutation AdminPublishShowcase($id: ID!, $at: DateTime) {
  publishShowcase(id: $id, publishedAt: $at) {
    ...AdminShowcaseFields
  }
}
    fragment AdminShowcaseFields on Showcase {
  id
  title
  summary
  body
  coverImageUrl
  status
  isPublic
  publishedAt
}`) as unknown as TypedDocumentString<AdminPublishShowcaseMutation, AdminPublishShowcaseMutationVariables>;
export const AdminWithdrawRoleModelDocument = new TypedDocumentString(`
    mutation AdminWithdrawRoleModel($id: ID!) {
  unpublishRoleModel(id: $id) {
    ...AdminRoleModelFields
  }
}
    fragment AdminRoleModelFields on RoleModel {
  id
  name
  honor
  citation
  year
  district
  photoUrl
  status
  isPublic
  publishedAt
}`) as unknown as TypedDocumentString<AdminWithdrawRoleModelMutation, AdminWithdrawRoleModelMutationVariables>;
export const AdminWithdrawShowcaseDocument = new TypedDocumentString(`
    mutation AdminWithdrawShowcase($id: ID!) {
  unpublishShowcase(id: $id) {
    ...AdminShowcaseFields
  }
}
    fragment AdminShowcaseFields on Showcase {
  id
  title
  summary
  body
  coverImageUrl
  status
  isPublic
  publishedAt
}`) as unknown as TypedDocumentString<AdminWithdrawShowcaseMutation, AdminWithdrawShowcaseMutationVariables>;
export const AdminQualificationKindsDocument = new TypedDocumentString(`
    query AdminQualificationKinds {
  qualificationKinds(first: 100) {
    nodes {
      ...AdminKind
    }
  }
}
    fragment AdminKind on QualificationKind {
  id
  name
  nameEn
  description
  validityMonths
}`) as unknown as TypedDocumentString<AdminQualificationKindsQuery, AdminQualificationKindsQueryVariables>;
export const AdminCreateQualificationKindDocument = new TypedDocumentString(`
    mutation AdminCreateQualificationKind($input: CreateQualificationKindInput!) {
  createQualificationKind(input: $input) {
    ...AdminKind
  }
}
    fragment AdminKind on QualificationKind {
  id
  name
  nameEn
  description
  validityMonths
}`) as unknown as TypedDocumentString<AdminCreateQualificationKindMutation, AdminCreateQualificationKindMutationVariables>;
export const AdminFiguresDocument = new TypedDocumentString(`
    query AdminFigures {
  stats {
    volunteerCount
    organizationCount
    projectCount
    totalServiceMinutes
    personTimes
    byYear {
      ...FigureRowFields
    }
    byDistrict {
      ...FigureRowFields
    }
    byTeam(first: 10) {
      ...FigureRowFields
    }
  }
}
    fragment FigureRowFields on FigureRow {
  key
  label
  volunteers
  teams
  activities
  hours
  personTimes
}`) as unknown as TypedDocumentString<AdminFiguresQuery, AdminFiguresQueryVariables>;
export const AdminViewerDocument = new TypedDocumentString(`
    query AdminViewer {
  me {
    id
    displayName
    isPlatformAdmin
  }
}
    `) as unknown as TypedDocumentString<AdminViewerQuery, AdminViewerQueryVariables>;
export const AdminJobsDocument = new TypedDocumentString(`
    query AdminJobs($state: BackgroundJobState) {
  backgroundJobCounts {
    queue
    state
    count
  }
  backgroundJobs(state: $state, first: 50) {
    ...BackgroundJobLine
  }
}
    fragment BackgroundJobLine on BackgroundJob {
  id
  queue
  state
  data
  retryCount
  retryLimit
  createdAt
  startAfter
  startedAt
  completedAt
  error
  result
}`) as unknown as TypedDocumentString<AdminJobsQuery, AdminJobsQueryVariables>;
export const AdminRetryJobDocument = new TypedDocumentString(`
    mutation AdminRetryJob($id: ID!) {
  retryBackgroundJob(id: $id) {
    ...BackgroundJobLine
  }
}
    fragment BackgroundJobLine on BackgroundJob {
  id
  queue
  state
  data
  retryCount
  retryLimit
  createdAt
  startAfter
  startedAt
  completedAt
  error
  result
}`) as unknown as TypedDocumentString<AdminRetryJobMutation, AdminRetryJobMutationVariables>;
export const AdminOverviewDocument = new TypedDocumentString(`
    query AdminOverview {
  pendingOrganizations(first: 1) {
    totalCount
  }
  staffOrganizations(status: SUSPENDED, first: 1) {
    totalCount
  }
  stats {
    personTimes
  }
}
    `) as unknown as TypedDocumentString<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const AdminRatingsDocument = new TypedDocumentString(`
    query AdminRatings($after: String) {
  staffRatings(first: 20, after: $after) {
    ...RatingPage
  }
}
    fragment RatingLine on Rating {
  id
  score
  comment
  commentHidden
  createdAt
  project {
    id
    title
  }
  organization {
    id
    name
  }
}
fragment RatingPage on RatingConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    ...RatingLine
  }
}`) as unknown as TypedDocumentString<AdminRatingsQuery, AdminRatingsQueryVariables>;
export const AdminHideRatingDocument = new TypedDocumentString(`
    mutation AdminHideRating($input: HideRatingInput!) {
  hideRating(input: $input) {
    ...RatingLine
  }
}
    fragment RatingLine on Rating {
  id
  score
  comment
  commentHidden
  createdAt
  project {
    id
    title
  }
  organization {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminHideRatingMutation, AdminHideRatingMutationVariables>;
export const AdminStationsDocument = new TypedDocumentString(`
    query AdminStations {
  managedStations {
    id
    slug
    name
    address
    district
    openingHours
    services
    operator {
      id
      name
    }
  }
  organizations(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminStationsQuery, AdminStationsQueryVariables>;
export const AdminStoriesDocument = new TypedDocumentString(`
    query AdminStories {
  storyReports(first: 50) {
    nodes {
      id
      reason
      note
      createdAt
      story {
        ...ReviewStoryLine
      }
    }
  }
  storiesToReview(first: 50) {
    nodes {
      ...ReviewStoryLine
    }
  }
}
    fragment ReviewStoryLine on Story {
  id
  title
  body
  status
  createdAt
  reviewNote
  reportCount
  author {
    id
    displayName
  }
  project {
    id
    title
  }
  organization {
    id
    name
  }
  photos {
    id
    url
    alt
  }
}`) as unknown as TypedDocumentString<AdminStoriesQuery, AdminStoriesQueryVariables>;
export const AdminHideStoryDocument = new TypedDocumentString(`
    mutation AdminHideStory($input: HideStoryInput!) {
  hideStory(input: $input) {
    ...ReviewStoryLine
  }
}
    fragment ReviewStoryLine on Story {
  id
  title
  body
  status
  createdAt
  reviewNote
  reportCount
  author {
    id
    displayName
  }
  project {
    id
    title
  }
  organization {
    id
    name
  }
  photos {
    id
    url
    alt
  }
}`) as unknown as TypedDocumentString<AdminHideStoryMutation, AdminHideStoryMutationVariables>;
export const AdminTeamsDocument = new TypedDocumentString(`
    query AdminTeams {
  pendingOrganizations(first: 100) {
    totalCount
    nodes {
      ...StaffTeam
    }
  }
  staffOrganizations(status: SUSPENDED, first: 100) {
    totalCount
    nodes {
      ...StaffTeam
    }
  }
}
    fragment StaffTeam on Organization {
  id
  name
  status
  district
  memberCount
  createdAt
  returnedReason
  suspendedReason
  suspendedAt
}`) as unknown as TypedDocumentString<AdminTeamsQuery, AdminTeamsQueryVariables>;
export const AdminApproveTeamDocument = new TypedDocumentString(`
    mutation AdminApproveTeam($id: ID!) {
  approveOrganization(id: $id) {
    ...StaffTeam
  }
}
    fragment StaffTeam on Organization {
  id
  name
  status
  district
  memberCount
  createdAt
  returnedReason
  suspendedReason
  suspendedAt
}`) as unknown as TypedDocumentString<AdminApproveTeamMutation, AdminApproveTeamMutationVariables>;
export const AdminReturnTeamDocument = new TypedDocumentString(`
    mutation AdminReturnTeam($id: ID!, $reason: String!) {
  returnOrganization(id: $id, reason: $reason) {
    ...StaffTeam
  }
}
    fragment StaffTeam on Organization {
  id
  name
  status
  district
  memberCount
  createdAt
  returnedReason
  suspendedReason
  suspendedAt
}`) as unknown as TypedDocumentString<AdminReturnTeamMutation, AdminReturnTeamMutationVariables>;
export const AdminSuspendTeamDocument = new TypedDocumentString(`
    mutation AdminSuspendTeam($id: ID!, $reason: String!) {
  suspendOrganization(id: $id, reason: $reason) {
    ...StaffTeam
  }
}
    fragment StaffTeam on Organization {
  id
  name
  status
  district
  memberCount
  createdAt
  returnedReason
  suspendedReason
  suspendedAt
}`) as unknown as TypedDocumentString<AdminSuspendTeamMutation, AdminSuspendTeamMutationVariables>;
export const AdminRestoreTeamDocument = new TypedDocumentString(`
    mutation AdminRestoreTeam($id: ID!, $reason: String!) {
  restoreOrganization(id: $id, reason: $reason) {
    ...StaffTeam
  }
}
    fragment StaffTeam on Organization {
  id
  name
  status
  district
  memberCount
  createdAt
  returnedReason
  suspendedReason
  suspendedAt
}`) as unknown as TypedDocumentString<AdminRestoreTeamMutation, AdminRestoreTeamMutationVariables>;
export const AppConsentDocument = new TypedDocumentString(`
    query AppConsent($input: AppAuthorizationInput!) {
  appAuthorization(input: $input) {
    appName
    homepageUrl
    redirectHost
    scopes
  }
}
    `) as unknown as TypedDocumentString<AppConsentQuery, AppConsentQueryVariables>;
export const AuthorizeAppDocument = new TypedDocumentString(`
    mutation AuthorizeApp($input: AppAuthorizationInput!, $allow: Boolean!) {
  authorizeApp(input: $input, allow: $allow) {
    redirectTo
  }
}
    `) as unknown as TypedDocumentString<AuthorizeAppMutation, AuthorizeAppMutationVariables>;
export const ManagePreviewMarkdownDocument = new TypedDocumentString(`
    query ManagePreviewMarkdown($source: String!) {
  previewMarkdown(source: $source)
}
    `) as unknown as TypedDocumentString<ManagePreviewMarkdownQuery, ManagePreviewMarkdownQueryVariables>;
export const ResetCalendarFeedDocument = new TypedDocumentString(`
    mutation ResetCalendarFeed {
  resetCalendarFeed {
    url
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ResetCalendarFeedMutation, ResetCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeed {
  revokeCalendarFeed
}
    `) as unknown as TypedDocumentString<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const MyOpenShiftsDocument = new TypedDocumentString(`
    query MyOpenShifts {
  me {
    id
    signups(first: 50) {
      nodes {
        id
        status
        shift {
          id
          startsAt
          endsAt
          project {
            id
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOpenShiftsQuery, MyOpenShiftsQueryVariables>;
export const CheckInShiftDocument = new TypedDocumentString(`
    mutation CheckInShift($shiftId: ID!, $code: String!) {
  checkInToShift(shiftId: $shiftId, code: $code) {
    id
    status
    shift {
      id
      project {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CheckInShiftMutation, CheckInShiftMutationVariables>;
export const RequestPhoneCodeDocument = new TypedDocumentString(`
    mutation RequestPhoneCode($input: RequestVerificationCodeInput!) {
  requestVerificationCode(input: $input) {
    sentTo
    resendAfter
  }
}
    `) as unknown as TypedDocumentString<RequestPhoneCodeMutation, RequestPhoneCodeMutationVariables>;
export const ConnectedAppsDocument = new TypedDocumentString(`
    query ConnectedApps {
  me {
    id
    connectedApps {
      id
      appName
      homepageUrl
      scopes
      createdAt
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectedAppsQuery, ConnectedAppsQueryVariables>;
export const DisconnectAppDocument = new TypedDocumentString(`
    mutation DisconnectApp($id: ID!) {
  disconnectApp(id: $id)
}
    `) as unknown as TypedDocumentString<DisconnectAppMutation, DisconnectAppMutationVariables>;
export const AcceptLegalDocumentsDocument = new TypedDocumentString(`
    mutation AcceptLegalDocuments($accepted: [AcceptedDocumentInput!]!) {
  acceptLegalDocuments(accepted: $accepted) {
    kind
  }
}
    `) as unknown as TypedDocumentString<AcceptLegalDocumentsMutation, AcceptLegalDocumentsMutationVariables>;
export const ManagedContestsDocument = new TypedDocumentString(`
    query ManagedContests {
  managedContests(first: 50) {
    nodes {
      id
      title
      status
      organizer {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagedContestsQuery, ManagedContestsQueryVariables>;
export const ContestDeskDocument = new TypedDocumentString(`
    query ContestDesk($id: ID!) {
  contest(id: $id) {
    id
    title
    status
    voteWeight
    judges {
      id
      displayName
      volunteerNumber
    }
    categories {
      id
      name
      kind
      places
      entries(first: 100) {
        nodes {
          id
          title
          status
          voteCount
          flaggedVotes
          judgeCount
          judgeScore
          rank
          winner
          volunteer {
            displayName
            volunteerNumber
          }
          project {
            title
          }
          organization {
            name
          }
          roleModel {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContestDeskQuery, ContestDeskQueryVariables>;
export const CreateContestDocument = new TypedDocumentString(`
    mutation CreateContest($input: CreateContestInput!) {
  createContest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateContestMutation, CreateContestMutationVariables>;
export const AddContestCategoryDocument = new TypedDocumentString(`
    mutation AddContestCategory($input: AddContestCategoryInput!) {
  addContestCategory(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddContestCategoryMutation, AddContestCategoryMutationVariables>;
export const AddContestJudgeDocument = new TypedDocumentString(`
    mutation AddContestJudge($input: ContestJudgeInput!) {
  addContestJudge(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddContestJudgeMutation, AddContestJudgeMutationVariables>;
export const AdvanceContestDocument = new TypedDocumentString(`
    mutation AdvanceContest($input: AdvanceContestInput!) {
  advanceContest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdvanceContestMutation, AdvanceContestMutationVariables>;
export const ReviewContestEntryDocument = new TypedDocumentString(`
    mutation ReviewContestEntry($input: ReviewContestEntryInput!) {
  reviewContestEntry(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewContestEntryMutation, ReviewContestEntryMutationVariables>;
export const HonourContestWinnerDocument = new TypedDocumentString(`
    mutation HonourContestWinner($input: HonourContestWinnerInput!) {
  honourContestWinner(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HonourContestWinnerMutation, HonourContestWinnerMutationVariables>;
export const ContestsListDocument = new TypedDocumentString(`
    query ContestsList($after: String) {
  contests(first: 20, after: $after) {
    nodes {
      id
      title
      status
      votingEndsAt
      organizer {
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ContestsListQuery, ContestsListQueryVariables>;
export const ContestPageDocument = new TypedDocumentString(`
    query ContestPage($id: ID!) {
  contest(id: $id) {
    id
    title
    description
    status
    votingEndsAt
    viewerIsJudge
    organizer {
      name
    }
    categories {
      id
      name
      kind
      places
      viewerVote
      entries(first: 100) {
        totalCount
        nodes {
          id
          title
          statement
          status
          voteCount
          viewerScore
          volunteer {
            displayName
            volunteerNumber
          }
          project {
            title
          }
          organization {
            name
          }
          story {
            id
          }
        }
      }
      results {
        id
        rank
        winner
        finalScore
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContestPageQuery, ContestPageQueryVariables>;
export const VoteForContestEntryDocument = new TypedDocumentString(`
    mutation VoteForContestEntry($id: ID!) {
  voteForContestEntry(entryId: $id) {
    id
    voteCount
  }
}
    `) as unknown as TypedDocumentString<VoteForContestEntryMutation, VoteForContestEntryMutationVariables>;
export const EnterContestDocument = new TypedDocumentString(`
    mutation EnterContest($input: EnterContestInput!) {
  enterContest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnterContestMutation, EnterContestMutationVariables>;
export const MyPublishedStoriesDocument = new TypedDocumentString(`
    query MyPublishedStories {
  myStories(first: 100) {
    nodes {
      id
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MyPublishedStoriesQuery, MyPublishedStoriesQueryVariables>;
export const ScoreContestEntryDocument = new TypedDocumentString(`
    mutation ScoreContestEntry($input: ScoreContestEntryInput!) {
  scoreContestEntry(input: $input) {
    id
    viewerScore
  }
}
    `) as unknown as TypedDocumentString<ScoreContestEntryMutation, ScoreContestEntryMutationVariables>;
export const DeskRosterDocument = new TypedDocumentString(`
    query DeskRoster($id: ID!) {
  courseSession(id: $id) {
    id
    enrolments(first: 100) {
      nodes {
        id
        status
        volunteer {
          id
          displayName
          volunteerNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskRosterQuery, DeskRosterQueryVariables>;
export const DeskTeamCoursesDocument = new TypedDocumentString(`
    query DeskTeamCourses($organizationId: ID!) {
  teamCourses(organizationId: $organizationId, first: 50) {
    nodes {
      ...DeskCourse
    }
  }
  ...DeskKinds
}
    fragment DeskCourse on Course {
  id
  title
  description
  status
  qualificationKind {
    id
    name
    nameEn
  }
  sessions {
    id
    startsAt
    endsAt
    place
    capacity
    enrolledCount
  }
}
fragment DeskKinds on Query {
  qualificationKinds(first: 100) {
    nodes {
      id
      name
      nameEn
    }
  }
}`) as unknown as TypedDocumentString<DeskTeamCoursesQuery, DeskTeamCoursesQueryVariables>;
export const DeskPlatformCoursesDocument = new TypedDocumentString(`
    query DeskPlatformCourses {
  platformCourses(first: 50) {
    nodes {
      ...DeskCourse
    }
  }
  ...DeskKinds
}
    fragment DeskCourse on Course {
  id
  title
  description
  status
  qualificationKind {
    id
    name
    nameEn
  }
  sessions {
    id
    startsAt
    endsAt
    place
    capacity
    enrolledCount
  }
}
fragment DeskKinds on Query {
  qualificationKinds(first: 100) {
    nodes {
      id
      name
      nameEn
    }
  }
}`) as unknown as TypedDocumentString<DeskPlatformCoursesQuery, DeskPlatformCoursesQueryVariables>;
export const DeskCreateCourseDocument = new TypedDocumentString(`
    mutation DeskCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    ...DeskCourse
  }
}
    fragment DeskCourse on Course {
  id
  title
  description
  status
  qualificationKind {
    id
    name
    nameEn
  }
  sessions {
    id
    startsAt
    endsAt
    place
    capacity
    enrolledCount
  }
}`) as unknown as TypedDocumentString<DeskCreateCourseMutation, DeskCreateCourseMutationVariables>;
export const DeskPublishCourseDocument = new TypedDocumentString(`
    mutation DeskPublishCourse($id: ID!) {
  publishCourse(id: $id) {
    ...DeskCourse
  }
}
    fragment DeskCourse on Course {
  id
  title
  description
  status
  qualificationKind {
    id
    name
    nameEn
  }
  sessions {
    id
    startsAt
    endsAt
    place
    capacity
    enrolledCount
  }
}`) as unknown as TypedDocumentString<DeskPublishCourseMutation, DeskPublishCourseMutationVariables>;
export const DeskAddSessionDocument = new TypedDocumentString(`
    mutation DeskAddSession($input: AddCourseSessionInput!) {
  addCourseSession(input: $input) {
    id
    course {
      ...DeskCourse
    }
  }
}
    fragment DeskCourse on Course {
  id
  title
  description
  status
  qualificationKind {
    id
    name
    nameEn
  }
  sessions {
    id
    startsAt
    endsAt
    place
    capacity
    enrolledCount
  }
}`) as unknown as TypedDocumentString<DeskAddSessionMutation, DeskAddSessionMutationVariables>;
export const DeskAttendanceDocument = new TypedDocumentString(`
    mutation DeskAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeskAttendanceMutation, DeskAttendanceMutationVariables>;
export const CourseListDocument = new TypedDocumentString(`
    query CourseList {
  me {
    id
  }
  courses(first: 50) {
    nodes {
      id
      title
      description
      organization {
        id
        name
      }
      qualificationKind {
        id
        name
        nameEn
        validityMonths
      }
      sessions {
        id
        startsAt
        endsAt
        place
        capacity
        remaining
        viewerEnrolment {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseListQuery, CourseListQueryVariables>;
export const EnrolInSessionDocument = new TypedDocumentString(`
    mutation EnrolInSession($input: EnrolInSessionInput!) {
  enrolInSession(input: $input) {
    id
    status
    session {
      id
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<EnrolInSessionMutation, EnrolInSessionMutationVariables>;
export const CancelEnrolmentDocument = new TypedDocumentString(`
    mutation CancelEnrolment($id: ID!) {
  cancelEnrolment(id: $id) {
    id
    status
    session {
      id
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<CancelEnrolmentMutation, CancelEnrolmentMutationVariables>;
export const JoinTeamStateDocument = new TypedDocumentString(`
    query JoinTeamState($id: ID!) {
  me {
    id
  }
  organization(id: $id) {
    id
    viewerRole
    viewerJoinRequest {
      id
      status
      decisionReason
    }
  }
}
    `) as unknown as TypedDocumentString<JoinTeamStateQuery, JoinTeamStateQueryVariables>;
export const RequestToJoinDocument = new TypedDocumentString(`
    mutation RequestToJoin($id: ID!, $message: String) {
  requestToJoin(organizationId: $id, message: $message) {
    id
    status
    decisionReason
  }
}
    `) as unknown as TypedDocumentString<RequestToJoinMutation, RequestToJoinMutationVariables>;
export const WithdrawJoinRequestDocument = new TypedDocumentString(`
    mutation WithdrawJoinRequest($id: ID!) {
  withdrawJoinRequest(id: $id) {
    id
    status
    decisionReason
  }
}
    `) as unknown as TypedDocumentString<WithdrawJoinRequestMutation, WithdrawJoinRequestMutationVariables>;
export const JoinTeamDocument = new TypedDocumentString(`
    mutation JoinTeam($id: ID!) {
  joinOrganization(organizationId: $id) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<JoinTeamMutation, JoinTeamMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    volunteer {
      id
      displayName
      pendingConsents {
        ...PendingConsent
      }
    }
  }
}
    fragment PendingConsent on LegalDocument {
  kind
  version
  zh {
    title
  }
  en {
    title
  }
}`) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const ManageActivitiesDocument = new TypedDocumentString(`
    query ManageActivities($id: ID!) {
  organization(id: $id) {
    id
    projects(first: 100) {
      nodes {
        ...ActivityRow
      }
    }
  }
}
    fragment ActivityRow on Project {
  id
  title
  status
  startsAt
  endsAt
  shifts {
    id
    startsAt
    endsAt
    capacity
    confirmedCount
    waitlistCount
    entrantCount
  }
}`) as unknown as TypedDocumentString<ManageActivitiesQuery, ManageActivitiesQueryVariables>;
export const ManagePublishActivityDocument = new TypedDocumentString(`
    mutation ManagePublishActivity($id: ID!) {
  publishProject(id: $id) {
    ...ActivityRow
  }
}
    fragment ActivityRow on Project {
  id
  title
  status
  startsAt
  endsAt
  shifts {
    id
    startsAt
    endsAt
    capacity
    confirmedCount
    waitlistCount
    entrantCount
  }
}`) as unknown as TypedDocumentString<ManagePublishActivityMutation, ManagePublishActivityMutationVariables>;
export const ManageCancelActivityDocument = new TypedDocumentString(`
    mutation ManageCancelActivity($id: ID!, $reason: String!) {
  cancelProject(id: $id, reason: $reason) {
    ...ActivityRow
  }
}
    fragment ActivityRow on Project {
  id
  title
  status
  startsAt
  endsAt
  shifts {
    id
    startsAt
    endsAt
    capacity
    confirmedCount
    waitlistCount
    entrantCount
  }
}`) as unknown as TypedDocumentString<ManageCancelActivityMutation, ManageCancelActivityMutationVariables>;
export const ManageCopyActivityDocument = new TypedDocumentString(`
    mutation ManageCopyActivity($id: ID!, $startsOn: String!, $key: String) {
  copyProject(id: $id, startsOn: $startsOn, idempotencyKey: $key) {
    ...ActivityRow
  }
}
    fragment ActivityRow on Project {
  id
  title
  status
  startsAt
  endsAt
  shifts {
    id
    startsAt
    endsAt
    capacity
    confirmedCount
    waitlistCount
    entrantCount
  }
}`) as unknown as TypedDocumentString<ManageCopyActivityMutation, ManageCopyActivityMutationVariables>;
export const ManageMoveShiftDocument = new TypedDocumentString(`
    mutation ManageMoveShift($input: MoveShiftInput!) {
  moveShift(input: $input) {
    notified
    project {
      ...ActivityRow
    }
  }
}
    fragment ActivityRow on Project {
  id
  title
  status
  startsAt
  endsAt
  shifts {
    id
    startsAt
    endsAt
    capacity
    confirmedCount
    waitlistCount
    entrantCount
  }
}`) as unknown as TypedDocumentString<ManageMoveShiftMutation, ManageMoveShiftMutationVariables>;
export const ManageCancelShiftDocument = new TypedDocumentString(`
    mutation ManageCancelShift($input: CancelShiftInput!) {
  cancelShift(input: $input) {
    notified
    project {
      ...ActivityRow
    }
  }
}
    fragment ActivityRow on Project {
  id
  title
  status
  startsAt
  endsAt
  shifts {
    id
    startsAt
    endsAt
    capacity
    confirmedCount
    waitlistCount
    entrantCount
  }
}`) as unknown as TypedDocumentString<ManageCancelShiftMutation, ManageCancelShiftMutationVariables>;
export const ManageEditActivityDocument = new TypedDocumentString(`
    query ManageEditActivity($id: ID!) {
  project(id: $id) {
    id
    title
    summary
    description
    category
    district
    address
    status
    location {
      lat
      lng
    }
    shifts {
      id
      startsAt
      endsAt
      capacity
      waitlist
      allocation
      registrationOpensAt
      registrationClosesAt
      requiredQualification {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageEditActivityQuery, ManageEditActivityQueryVariables>;
export const ManageQualificationKindsDocument = new TypedDocumentString(`
    query ManageQualificationKinds {
  qualificationKinds(first: 100) {
    nodes {
      id
      name
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<ManageQualificationKindsQuery, ManageQualificationKindsQueryVariables>;
export const ManageActivityFromRequestDocument = new TypedDocumentString(`
    query ManageActivityFromRequest($id: ID!) {
  serviceRequest(id: $id) {
    id
    title
    description
    category
    district
    address
    location {
      lat
      lng
    }
    neededFrom
    neededUntil
    claims {
      organization {
        id
      }
      volunteers
    }
  }
}
    `) as unknown as TypedDocumentString<ManageActivityFromRequestQuery, ManageActivityFromRequestQueryVariables>;
export const ManageCreateActivityDocument = new TypedDocumentString(`
    mutation ManageCreateActivity($input: CreateProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ManageCreateActivityMutation, ManageCreateActivityMutationVariables>;
export const ManageUpdateActivityDocument = new TypedDocumentString(`
    mutation ManageUpdateActivity($id: ID!, $input: UpdateProjectInput!) {
  updateProject(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ManageUpdateActivityMutation, ManageUpdateActivityMutationVariables>;
export const ManageAssistedRegisterDocument = new TypedDocumentString(`
    mutation ManageAssistedRegister($input: AssistedRegistrationInput!) {
  registerVolunteerAssisted(input: $input) {
    initialPassword
    volunteer {
      id
      volunteerNumber
      realName
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ManageAssistedRegisterMutation, ManageAssistedRegisterMutationVariables>;
export const ManageOpenShiftsDocument = new TypedDocumentString(`
    query ManageOpenShifts($filter: ProjectFilter!) {
  projects(first: 50, filter: $filter) {
    nodes {
      id
      title
      status
      shifts {
        id
        startsAt
        endsAt
        remaining
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageOpenShiftsQuery, ManageOpenShiftsQueryVariables>;
export const ManageSignUpForDocument = new TypedDocumentString(`
    mutation ManageSignUpFor($shiftId: ID!, $volunteerId: ID!) {
  signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ManageSignUpForMutation, ManageSignUpForMutationVariables>;
export const ManageRosterDocument = new TypedDocumentString(`
    query ManageRoster($id: ID!) {
  node(id: $id) {
    ... on Shift {
      id
      capacity
      confirmedCount
      waitlistCount
      signups(first: 100) {
        nodes {
          ...RosterRow
        }
      }
    }
  }
}
    fragment RosterRow on Signup {
  id
  status
  walkIn
  waitlistPosition
  volunteer {
    id
    realName
    displayName
    volunteerNumber
    phoneMasked
  }
}`) as unknown as TypedDocumentString<ManageRosterQuery, ManageRosterQueryVariables>;
export const ManageMarkAttendedDocument = new TypedDocumentString(`
    mutation ManageMarkAttended($id: ID!) {
  markAttended(signupId: $id) {
    ...RosterRow
  }
}
    fragment RosterRow on Signup {
  id
  status
  walkIn
  waitlistPosition
  volunteer {
    id
    realName
    displayName
    volunteerNumber
    phoneMasked
  }
}`) as unknown as TypedDocumentString<ManageMarkAttendedMutation, ManageMarkAttendedMutationVariables>;
export const ManageMarkNoShowDocument = new TypedDocumentString(`
    mutation ManageMarkNoShow($id: ID!) {
  markNoShow(signupId: $id) {
    ...RosterRow
  }
}
    fragment RosterRow on Signup {
  id
  status
  walkIn
  waitlistPosition
  volunteer {
    id
    realName
    displayName
    volunteerNumber
    phoneMasked
  }
}`) as unknown as TypedDocumentString<ManageMarkNoShowMutation, ManageMarkNoShowMutationVariables>;
export const ManageBroadcastAudienceDocument = new TypedDocumentString(`
    query ManageBroadcastAudience($organizationId: ID!, $shiftId: ID) {
  broadcastAudience(organizationId: $organizationId, shiftId: $shiftId)
}
    `) as unknown as TypedDocumentString<ManageBroadcastAudienceQuery, ManageBroadcastAudienceQueryVariables>;
export const ManageBroadcastsDocument = new TypedDocumentString(`
    query ManageBroadcasts($id: ID!, $after: String) {
  node(id: $id) {
    ... on Organization {
      broadcasts(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ManageBroadcastLine
        }
      }
    }
  }
}
    fragment ManageBroadcastLine on Broadcast {
  id
  audience
  title
  body
  recipientCount
  readCount
  createdAt
  shift {
    id
    startsAt
    endsAt
    project {
      title
    }
  }
}`) as unknown as TypedDocumentString<ManageBroadcastsQuery, ManageBroadcastsQueryVariables>;
export const ManageSendBroadcastDocument = new TypedDocumentString(`
    mutation ManageSendBroadcast($input: SendBroadcastInput!) {
  sendBroadcast(input: $input) {
    ...ManageBroadcastLine
  }
}
    fragment ManageBroadcastLine on Broadcast {
  id
  audience
  title
  body
  recipientCount
  readCount
  createdAt
  shift {
    id
    startsAt
    endsAt
    project {
      title
    }
  }
}`) as unknown as TypedDocumentString<ManageSendBroadcastMutation, ManageSendBroadcastMutationVariables>;
export const CheckInByCardDocument = new TypedDocumentString(`
    mutation CheckInByCard($shiftId: ID!, $card: String!) {
  checkInByCard(shiftId: $shiftId, card: $card) {
    id
    status
    volunteer {
      displayName
      realName
      volunteerNumber
      cardPhoto
    }
  }
}
    `) as unknown as TypedDocumentString<CheckInByCardMutation, CheckInByCardMutationVariables>;
export const ManageChildTeamsDocument = new TypedDocumentString(`
    query ManageChildTeams($id: ID!) {
  organization(id: $id) {
    id
    pendingChildren(first: 50) {
      nodes {
        id
        name
        kind
        district
        description
        address
        contactName
        contactPhoneMasked
        returnedReason
        createdAt
      }
    }
  }
  organizations(first: 100, filter: {parentId: $id}) {
    nodes {
      id
      name
      district
      memberCount
    }
  }
}
    `) as unknown as TypedDocumentString<ManageChildTeamsQuery, ManageChildTeamsQueryVariables>;
export const ManageApproveTeamDocument = new TypedDocumentString(`
    mutation ManageApproveTeam($id: ID!) {
  approveOrganization(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ManageApproveTeamMutation, ManageApproveTeamMutationVariables>;
export const ManageReturnTeamDocument = new TypedDocumentString(`
    mutation ManageReturnTeam($id: ID!, $reason: String!) {
  returnOrganization(id: $id, reason: $reason) {
    id
    returnedReason
  }
}
    `) as unknown as TypedDocumentString<ManageReturnTeamMutation, ManageReturnTeamMutationVariables>;
export const NominationContestsDocument = new TypedDocumentString(`
    query NominationContests($org: ID!) {
  contests(first: 50) {
    nodes {
      id
      title
      status
      organizer {
        id
        name
      }
      categories {
        id
        name
        kind
      }
    }
  }
  organization(id: $org) {
    id
    kind
    parent {
      id
    }
    projects(first: 50) {
      nodes {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NominationContestsQuery, NominationContestsQueryVariables>;
export const NominateForContestDocument = new TypedDocumentString(`
    mutation NominateForContest($input: NominateForContestInput!) {
  nominateForContest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NominateForContestMutation, NominateForContestMutationVariables>;
export const ManageCorrectionsDocument = new TypedDocumentString(`
    query ManageCorrections($id: ID!) {
  organization(id: $id) {
    id
    hourCorrectionRequests(status: OPEN, first: 50) {
      totalCount
      nodes {
        ...OpenCorrection
      }
    }
  }
}
    fragment OpenCorrection on HourCorrectionRequest {
  id
  requestedMinutes
  message
  createdAt
  volunteer {
    id
    realName
    displayName
    volunteerNumber
  }
  shift {
    id
    startsAt
    endsAt
    project {
      id
      title
    }
  }
  entry {
    id
    minutes
  }
}`) as unknown as TypedDocumentString<ManageCorrectionsQuery, ManageCorrectionsQueryVariables>;
export const ResolveCorrectionDocument = new TypedDocumentString(`
    mutation ResolveCorrection($input: ResolveHourCorrectionInput!) {
  resolveHourCorrection(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveCorrectionMutation, ResolveCorrectionMutationVariables>;
export const ManageDoorDocument = new TypedDocumentString(`
    query ManageDoor($id: ID!, $origin: String!) {
  node(id: $id) {
    ... on Shift {
      id
      startsAt
      endsAt
      confirmedCount
      project {
        id
        title
      }
      signups(first: 100) {
        nodes {
          status
        }
      }
      checkInCode(origin: $origin) {
        code
        qrSvg
        validUntil
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageDoorQuery, ManageDoorQueryVariables>;
export const ManageHoursExportDocument = new TypedDocumentString(`
    query ManageHoursExport($id: ID!, $from: String!, $to: String!) {
  organization(id: $id) {
    id
    hoursExport(from: $from, to: $to) {
      csvUrl
      xlsxUrl
    }
  }
}
    `) as unknown as TypedDocumentString<ManageHoursExportQuery, ManageHoursExportQueryVariables>;
export const ManageOrganizationsDocument = new TypedDocumentString(`
    query ManageOrganizations {
  me {
    id
    memberships(first: 100) {
      nodes {
        role
        organization {
          id
          name
          slug
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageOrganizationsQuery, ManageOrganizationsQueryVariables>;
export const ManageAwaitingShiftsDocument = new TypedDocumentString(`
    query ManageAwaitingShifts($id: ID!, $after: String) {
  organization(id: $id) {
    id
    shiftsAwaitingHours(first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageAwaitingShiftsQuery, ManageAwaitingShiftsQueryVariables>;
export const ManageAwaitingShiftDocument = new TypedDocumentString(`
    query ManageAwaitingShift($id: ID!) {
  node(id: $id) {
    ... on Shift {
      ...AwaitingShift
    }
  }
}
    fragment AwaitingShift on Shift {
  id
  startsAt
  endsAt
  project {
    id
    title
  }
  unrecordedSignups(first: 100) {
    totalCount
    nodes {
      id
      volunteer {
        id
        realName
        displayName
        volunteerNumber
      }
    }
  }
}`) as unknown as TypedDocumentString<ManageAwaitingShiftQuery, ManageAwaitingShiftQueryVariables>;
export const RecordShiftHoursDocument = new TypedDocumentString(`
    mutation RecordShiftHours($input: RecordHoursInput!) {
  recordHours(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordShiftHoursMutation, RecordShiftHoursMutationVariables>;
export const ManagePreviewImportDocument = new TypedDocumentString(`
    query ManagePreviewImport($input: HourImportInput!) {
  previewHourImport(input: $input) {
    ...ImportResult
  }
}
    fragment ImportResult on HourImportResult {
  recorded
  alreadyImported
  refused
  ready
  rows {
    row
    status
    field
    message
    volunteer
  }
}`) as unknown as TypedDocumentString<ManagePreviewImportQuery, ManagePreviewImportQueryVariables>;
export const ManageImportHoursDocument = new TypedDocumentString(`
    mutation ManageImportHours($input: HourImportInput!) {
  importHourRecords(input: $input) {
    ...ImportResult
  }
}
    fragment ImportResult on HourImportResult {
  recorded
  alreadyImported
  refused
  ready
  rows {
    row
    status
    field
    message
    volunteer
  }
}`) as unknown as TypedDocumentString<ManageImportHoursMutation, ManageImportHoursMutationVariables>;
export const ManageMembersDocument = new TypedDocumentString(`
    query ManageMembers($id: ID!, $search: String, $after: String) {
  organization(id: $id) {
    id
    joinRequests(status: PENDING, first: 50) {
      nodes {
        id
        message
        createdAt
        volunteer {
          id
          displayName
          volunteerNumber
          totalMinutes
        }
      }
    }
    members(first: 100, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MemberRow
      }
    }
  }
}
    fragment MemberRow on Membership {
  id
  role
  volunteer {
    id
    realName
    displayName
    volunteerNumber
    phoneMasked
  }
}`) as unknown as TypedDocumentString<ManageMembersQuery, ManageMembersQueryVariables>;
export const ManageAcceptRequestDocument = new TypedDocumentString(`
    mutation ManageAcceptRequest($id: ID!) {
  acceptJoinRequest(id: $id) {
    ...MemberRow
  }
}
    fragment MemberRow on Membership {
  id
  role
  volunteer {
    id
    realName
    displayName
    volunteerNumber
    phoneMasked
  }
}`) as unknown as TypedDocumentString<ManageAcceptRequestMutation, ManageAcceptRequestMutationVariables>;
export const ManageDeclineRequestDocument = new TypedDocumentString(`
    mutation ManageDeclineRequest($id: ID!, $reason: String!) {
  declineJoinRequest(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ManageDeclineRequestMutation, ManageDeclineRequestMutationVariables>;
export const ManageSetRoleDocument = new TypedDocumentString(`
    mutation ManageSetRole($id: ID!, $role: MemberRole!) {
  setMemberRole(membershipId: $id, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ManageSetRoleMutation, ManageSetRoleMutationVariables>;
export const ManageRemoveMemberDocument = new TypedDocumentString(`
    mutation ManageRemoveMember($id: ID!) {
  removeMember(membershipId: $id)
}
    `) as unknown as TypedDocumentString<ManageRemoveMemberMutation, ManageRemoveMemberMutationVariables>;
export const ManageHandOverDocument = new TypedDocumentString(`
    mutation ManageHandOver($id: ID!) {
  handOverAdmin(membershipId: $id) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ManageHandOverMutation, ManageHandOverMutationVariables>;
export const ManageNewsDeskDocument = new TypedDocumentString(`
    query ManageNewsDesk($id: ID!) {
  newsDesk(organizationId: $id, first: 100) {
    nodes {
      ...DeskArticle
    }
  }
  organization(id: $id) {
    id
    projects(first: 100) {
      nodes {
        id
        title
        status
      }
    }
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ManageNewsDeskQuery, ManageNewsDeskQueryVariables>;
export const ManageOverviewDocument = new TypedDocumentString(`
    query ManageOverview($id: ID!) {
  organization(id: $id) {
    id
    shiftsAwaitingHours(first: 1) {
      totalCount
    }
    hourCorrectionRequests(status: OPEN, first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ManageOverviewQuery, ManageOverviewQueryVariables>;
export const ManageRatingsDocument = new TypedDocumentString(`
    query ManageRatings($id: ID!, $after: String) {
  organization(id: $id) {
    id
    rating {
      average
      count
    }
    ratings(first: 20, after: $after) {
      ...RatingPage
    }
  }
}
    fragment RatingLine on Rating {
  id
  score
  comment
  commentHidden
  createdAt
  project {
    id
    title
  }
  organization {
    id
    name
  }
}
fragment RatingPage on RatingConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    ...RatingLine
  }
}`) as unknown as TypedDocumentString<ManageRatingsQuery, ManageRatingsQueryVariables>;
export const ManageSignedInDocument = new TypedDocumentString(`
    query ManageSignedIn {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ManageSignedInQuery, ManageSignedInQueryVariables>;
export const ManageParentSearchDocument = new TypedDocumentString(`
    query ManageParentSearch($search: String) {
  organizations(first: 20, filter: {search: $search}) {
    nodes {
      id
      name
      district
    }
  }
}
    `) as unknown as TypedDocumentString<ManageParentSearchQuery, ManageParentSearchQueryVariables>;
export const ManageRegisterTeamDocument = new TypedDocumentString(`
    mutation ManageRegisterTeam($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<ManageRegisterTeamMutation, ManageRegisterTeamMutationVariables>;
export const ManageRequestsDocument = new TypedDocumentString(`
    query ManageRequests($id: ID!) {
  serviceRequests(first: 20) {
    nodes {
      ...ManagedRequest
    }
  }
  claimedServiceRequests(organizationId: $id, first: 30) {
    nodes {
      ...ManagedRequest
    }
  }
}
    fragment ManagedRequest on ServiceRequest {
  id
  title
  description
  category
  district
  address
  status
  neededFrom
  neededUntil
  recurrence
  volunteersNeeded
  volunteersClaimed
  contactNameMasked
  contactPhoneMasked
  contactName
  contactPhone
  claims {
    volunteers
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ManageRequestsQuery, ManageRequestsQueryVariables>;
export const ManageClaimRequestDocument = new TypedDocumentString(`
    mutation ManageClaimRequest($input: ClaimServiceRequestInput!) {
  claimServiceRequest(input: $input) {
    ...ManagedRequest
  }
}
    fragment ManagedRequest on ServiceRequest {
  id
  title
  description
  category
  district
  address
  status
  neededFrom
  neededUntil
  recurrence
  volunteersNeeded
  volunteersClaimed
  contactNameMasked
  contactPhoneMasked
  contactName
  contactPhone
  claims {
    volunteers
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ManageClaimRequestMutation, ManageClaimRequestMutationVariables>;
export const ManageRequestStepDocument = new TypedDocumentString(`
    mutation ManageRequestStep($id: ID!, $org: ID!, $start: Boolean!, $done: Boolean!, $withdraw: Boolean!) {
  started: startServiceRequest(id: $id, organizationId: $org) @include(if: $start) {
    ...ManagedRequest
  }
  done: completeServiceRequest(id: $id, organizationId: $org) @include(if: $done) {
    ...ManagedRequest
  }
  withdrawn: withdrawServiceRequestClaim(id: $id, organizationId: $org) @include(if: $withdraw) {
    ...ManagedRequest
  }
}
    fragment ManagedRequest on ServiceRequest {
  id
  title
  description
  category
  district
  address
  status
  neededFrom
  neededUntil
  recurrence
  volunteersNeeded
  volunteersClaimed
  contactNameMasked
  contactPhoneMasked
  contactName
  contactPhone
  claims {
    volunteers
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ManageRequestStepMutation, ManageRequestStepMutationVariables>;
export const ManageCloseRequestDocument = new TypedDocumentString(`
    mutation ManageCloseRequest($id: ID!, $org: ID!, $reason: String!) {
  closeServiceRequest(id: $id, organizationId: $org, reason: $reason) {
    ...ManagedRequest
  }
}
    fragment ManagedRequest on ServiceRequest {
  id
  title
  description
  category
  district
  address
  status
  neededFrom
  neededUntil
  recurrence
  volunteersNeeded
  volunteersClaimed
  contactNameMasked
  contactPhoneMasked
  contactName
  contactPhone
  claims {
    volunteers
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ManageCloseRequestMutation, ManageCloseRequestMutationVariables>;
export const ManageStationDeskDocument = new TypedDocumentString(`
    query ManageStationDesk($from: String!, $to: String!) {
  managedStations {
    id
    slug
    name
    address
    district
    openingHours
    services
    operator {
      id
    }
    rota {
      weekday
      date
      startsAt
      endsAt
      places
      team {
        id
        name
      }
    }
    duties(from: $from, to: $to) {
      id
      date
      filled
      capacity
      team {
        id
        name
      }
    }
  }
  organizations(first: 100) {
    nodes {
      id
      name
    }
  }
  stationSwaps {
    ...StationSwapRow
  }
}
    fragment StationSwapRow on StationSwap {
  id
  status
  station {
    id
    name
  }
  fromTeam {
    id
    name
  }
  toTeam {
    id
    name
  }
  fromDuty {
    id
    date
  }
  toDuty {
    id
    date
  }
}`) as unknown as TypedDocumentString<ManageStationDeskQuery, ManageStationDeskQueryVariables>;
export const ManageTeamDutiesDocument = new TypedDocumentString(`
    query ManageTeamDuties($org: ID!, $from: String!, $to: String!) {
  teamStationDuties {
    id
    date
    filled
    capacity
    team {
      id
    }
    shift {
      id
    }
    station {
      id
      name
      duties(from: $from, to: $to) {
        id
        date
        team {
          id
          name
        }
      }
    }
  }
  organization(id: $org) {
    id
    members(first: 100) {
      nodes {
        ...DutyMember
      }
    }
  }
  stationSwaps {
    ...StationSwapRow
  }
}
    fragment StationSwapRow on StationSwap {
  id
  status
  station {
    id
    name
  }
  fromTeam {
    id
    name
  }
  toTeam {
    id
    name
  }
  fromDuty {
    id
    date
  }
  toDuty {
    id
    date
  }
}
fragment DutyMember on Membership {
  id
  volunteer {
    id
    realName
    displayName
    volunteerNumber
  }
}`) as unknown as TypedDocumentString<ManageTeamDutiesQuery, ManageTeamDutiesQueryVariables>;
export const FindRotaTeamsDocument = new TypedDocumentString(`
    query FindRotaTeams($search: String!) {
  organizations(first: 20, filter: {search: $search}) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FindRotaTeamsQuery, FindRotaTeamsQueryVariables>;
export const FindDutyMembersDocument = new TypedDocumentString(`
    query FindDutyMembers($org: ID!, $search: String!) {
  organization(id: $org) {
    id
    members(first: 20, search: $search) {
      nodes {
        ...DutyMember
      }
    }
  }
}
    fragment DutyMember on Membership {
  id
  volunteer {
    id
    realName
    displayName
    volunteerNumber
  }
}`) as unknown as TypedDocumentString<FindDutyMembersQuery, FindDutyMembersQueryVariables>;
export const SetStationRotaDocument = new TypedDocumentString(`
    mutation SetStationRota($input: SetStationRotaInput!) {
  setStationRota(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetStationRotaMutation, SetStationRotaMutationVariables>;
export const AnswerStationSwapDocument = new TypedDocumentString(`
    mutation AnswerStationSwap($id: ID!, $accept: Boolean!) {
  answerStationSwap(id: $id, accept: $accept) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AnswerStationSwapMutation, AnswerStationSwapMutationVariables>;
export const ProposeStationSwapDocument = new TypedDocumentString(`
    mutation ProposeStationSwap($input: ProposeStationSwapInput!) {
  proposeStationSwap(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposeStationSwapMutation, ProposeStationSwapMutationVariables>;
export const StationSignUpMemberDocument = new TypedDocumentString(`
    mutation StationSignUpMember($shiftId: ID!, $volunteerId: ID!) {
  signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StationSignUpMemberMutation, StationSignUpMemberMutationVariables>;
export const ManageStoriesDocument = new TypedDocumentString(`
    query ManageStories($id: ID!, $after: String) {
  storiesToReview(filter: {organizationId: $id}, first: 20, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ReviewStoryLine
    }
  }
}
    fragment ReviewStoryLine on Story {
  id
  title
  body
  status
  createdAt
  reviewNote
  reportCount
  author {
    id
    displayName
  }
  project {
    id
    title
  }
  organization {
    id
    name
  }
  photos {
    id
    url
    alt
  }
}`) as unknown as TypedDocumentString<ManageStoriesQuery, ManageStoriesQueryVariables>;
export const ManageTeamProfileDocument = new TypedDocumentString(`
    query ManageTeamProfile($id: ID!) {
  organization(id: $id) {
    ...TeamProfile
  }
}
    fragment TeamProfile on Organization {
  id
  name
  status
  district
  city
  description
  address
  location {
    lat
    lng
  }
  contactName
  contactPhoneMasked
  joinPolicy
  returnedReason
  suspendedReason
  parent {
    id
    name
  }
  logo {
    id
    url
    width
    height
    alt
  }
}`) as unknown as TypedDocumentString<ManageTeamProfileQuery, ManageTeamProfileQueryVariables>;
export const ManageUpdateTeamDocument = new TypedDocumentString(`
    mutation ManageUpdateTeam($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) {
    ...TeamProfile
  }
}
    fragment TeamProfile on Organization {
  id
  name
  status
  district
  city
  description
  address
  location {
    lat
    lng
  }
  contactName
  contactPhoneMasked
  joinPolicy
  returnedReason
  suspendedReason
  parent {
    id
    name
  }
  logo {
    id
    url
    width
    height
    alt
  }
}`) as unknown as TypedDocumentString<ManageUpdateTeamMutation, ManageUpdateTeamMutationVariables>;
export const ManageSetTeamLogoDocument = new TypedDocumentString(`
    mutation ManageSetTeamLogo($id: ID!, $imageId: ID) {
  setOrganizationLogo(organizationId: $id, imageId: $imageId) {
    ...TeamProfile
  }
}
    fragment TeamProfile on Organization {
  id
  name
  status
  district
  city
  description
  address
  location {
    lat
    lng
  }
  contactName
  contactPhoneMasked
  joinPolicy
  returnedReason
  suspendedReason
  parent {
    id
    name
  }
  logo {
    id
    url
    width
    height
    alt
  }
}`) as unknown as TypedDocumentString<ManageSetTeamLogoMutation, ManageSetTeamLogoMutationVariables>;
export const TeamWebhooksDocument = new TypedDocumentString(`
    query TeamWebhooks($organizationId: ID!) {
  webhooks(organizationId: $organizationId, first: 20) {
    nodes {
      ...TeamWebhookRow
    }
  }
}
    fragment TeamWebhookRow on Webhook {
  id
  url
  events
  active
  disabledAt
  failureCount
  lastDeliveredAt
  createdAt
}`) as unknown as TypedDocumentString<TeamWebhooksQuery, TeamWebhooksQueryVariables>;
export const WebhookDeliveryLogDocument = new TypedDocumentString(`
    query WebhookDeliveryLog($webhookId: ID!) {
  webhookDeliveries(webhookId: $webhookId, first: 10) {
    nodes {
      id
      event
      status
      attempts
      responseStatus
      error
      createdAt
      nextAttemptAt
      deliveredAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveryLogQuery, WebhookDeliveryLogQueryVariables>;
export const CreateTeamWebhookDocument = new TypedDocumentString(`
    mutation CreateTeamWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      ...TeamWebhookRow
    }
  }
}
    fragment TeamWebhookRow on Webhook {
  id
  url
  events
  active
  disabledAt
  failureCount
  lastDeliveredAt
  createdAt
}`) as unknown as TypedDocumentString<CreateTeamWebhookMutation, CreateTeamWebhookMutationVariables>;
export const PingTeamWebhookDocument = new TypedDocumentString(`
    mutation PingTeamWebhook($id: ID!) {
  pingWebhook(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PingTeamWebhookMutation, PingTeamWebhookMutationVariables>;
export const EnableTeamWebhookDocument = new TypedDocumentString(`
    mutation EnableTeamWebhook($id: ID!) {
  enableWebhook(id: $id) {
    ...TeamWebhookRow
  }
}
    fragment TeamWebhookRow on Webhook {
  id
  url
  events
  active
  disabledAt
  failureCount
  lastDeliveredAt
  createdAt
}`) as unknown as TypedDocumentString<EnableTeamWebhookMutation, EnableTeamWebhookMutationVariables>;
export const DeleteTeamWebhookDocument = new TypedDocumentString(`
    mutation DeleteTeamWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTeamWebhookMutation, DeleteTeamWebhookMutationVariables>;
export const RedeliverTeamWebhookDeliveryDocument = new TypedDocumentString(`
    mutation RedeliverTeamWebhookDelivery($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RedeliverTeamWebhookDeliveryMutation, RedeliverTeamWebhookDeliveryMutationVariables>;
export const MyAccountDocument = new TypedDocumentString(`
    query MyAccount($after: String) {
  me {
    id
    volunteerNumber
    realName
    displayName
    idNumberMasked
    phoneMasked
    email
    district
    isPlatformAdmin
    pendingConsents {
      ...PendingConsent
    }
    memberships(first: 100) {
      nodes {
        role
      }
    }
    totalMinutes
    starLevel
    calendarFeed {
      url
      createdAt
    }
    signups(first: 50, after: $after) {
      nodes {
        id
        status
        waitlistPosition
        drawPosition
        shift {
          id
          startsAt
          endsAt
          registrationClosesAt
          draw {
            drawnAt
            selectedCount
          }
          project {
            id
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PendingConsent on LegalDocument {
  kind
  version
  zh {
    title
  }
  en {
    title
  }
}`) as unknown as TypedDocumentString<MyAccountQuery, MyAccountQueryVariables>;
export const MyCertificatesDocument = new TypedDocumentString(`
    query MyCertificates($after: String) {
  me {
    id
    certificates(first: 5, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MyCertificate
      }
    }
  }
}
    fragment MyCertificate on Certificate {
  code
  issuedAt
  totalMinutes
  recordCount
  url
}`) as unknown as TypedDocumentString<MyCertificatesQuery, MyCertificatesQueryVariables>;
export const IssueCertificateDocument = new TypedDocumentString(`
    mutation IssueCertificate {
  issueCertificate {
    ...MyCertificate
  }
}
    fragment MyCertificate on Certificate {
  code
  issuedAt
  totalMinutes
  recordCount
  url
}`) as unknown as TypedDocumentString<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const MyHourEntriesDocument = new TypedDocumentString(`
    query MyHourEntries($after: String) {
  me {
    id
    hourEntries(first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MyHourEntry
      }
    }
  }
}
    fragment MyHourEntry on HourEntry {
  id
  kind
  minutes
  activity
  serviceDate
  place
  reason
  organization {
    id
    name
  }
  shift {
    id
    startsAt
    endsAt
  }
  reversedBy {
    id
    reason
  }
  reverses {
    id
    activity
  }
}`) as unknown as TypedDocumentString<MyHourEntriesQuery, MyHourEntriesQueryVariables>;
export const RequestHourCorrectionDocument = new TypedDocumentString(`
    mutation RequestHourCorrection($input: RequestHourCorrectionInput!) {
  requestHourCorrection(input: $input) {
    ...MyCorrection
  }
}
    fragment MyCorrection on HourCorrectionRequest {
  id
  status
  requestedMinutes
  message
  resolution
  createdAt
  organization {
    id
    name
  }
  shift {
    id
    startsAt
    project {
      id
      title
    }
  }
  entry {
    id
    minutes
  }
}`) as unknown as TypedDocumentString<RequestHourCorrectionMutation, RequestHourCorrectionMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($after: String) {
  me {
    id
    unreadNotificationCount
    notifications(first: 10, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MyNotification
      }
    }
  }
}
    fragment MyNotification on Notification {
  id
  kind
  read
  reason
  hoursBefore
  oldStartsAt
  oldEndsAt
  newStartsAt
  newEndsAt
  title
  body
  organization {
    name
  }
  createdAt
  project {
    id
    title
    status
  }
  shift {
    startsAt
    endsAt
  }
  signup {
    status
    waitlistPosition
  }
  serviceRequest {
    id
    title
  }
  deliveries {
    channel
    status
  }
}`) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($upTo: ID) {
  markNotificationsRead(upTo: $upTo)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyQualificationsDocument = new TypedDocumentString(`
    query MyQualifications {
  myQualifications {
    id
    valid
    expiresAt
    kind {
      id
      name
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<MyQualificationsQuery, MyQualificationsQueryVariables>;
export const MyServiceRequestsDocument = new TypedDocumentString(`
    query MyServiceRequests {
  myServiceRequests(first: 50) {
    nodes {
      id
      title
      district
      status
      reason
      score
      feedbackComment
      claims {
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyServiceRequestsQuery, MyServiceRequestsQueryVariables>;
export const ConfirmServiceRequestDocument = new TypedDocumentString(`
    mutation ConfirmServiceRequest($input: ConfirmServiceRequestInput!) {
  confirmServiceRequest(input: $input) {
    id
    status
    score
    feedbackComment
  }
}
    `) as unknown as TypedDocumentString<ConfirmServiceRequestMutation, ConfirmServiceRequestMutationVariables>;
export const NearbyProjectsDocument = new TypedDocumentString(`
    query NearbyProjects($near: NearInput!, $after: DateTime!) {
  projects(first: 30, filter: {near: $near, startsAfter: $after}) {
    nodes {
      id
      title
      district
      address
      location {
        lat
        lng
      }
      organization {
        name
      }
      shifts {
        id
        startsAt
        endsAt
        remaining
      }
    }
  }
  serviceRequests(first: 30, filter: {near: $near}) {
    nodes {
      id
      title
      district
      address
      volunteersNeeded
      volunteersClaimed
      location {
        lat
        lng
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NearbyProjectsQuery, NearbyProjectsQueryVariables>;
export const ManageCreateNewsDocument = new TypedDocumentString(`
    mutation ManageCreateNews($input: CreateNewsArticleInput!) {
  createNewsArticle(input: $input) {
    ...DeskArticle
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ManageCreateNewsMutation, ManageCreateNewsMutationVariables>;
export const ManageUpdateNewsDocument = new TypedDocumentString(`
    mutation ManageUpdateNews($id: ID!, $input: UpdateNewsArticleInput!) {
  updateNewsArticle(id: $id, input: $input) {
    ...DeskArticle
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ManageUpdateNewsMutation, ManageUpdateNewsMutationVariables>;
export const ManageSubmitNewsDocument = new TypedDocumentString(`
    mutation ManageSubmitNews($id: ID!) {
  submitNewsArticle(id: $id) {
    ...DeskArticle
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ManageSubmitNewsMutation, ManageSubmitNewsMutationVariables>;
export const ManagePublishNewsDocument = new TypedDocumentString(`
    mutation ManagePublishNews($id: ID!, $at: DateTime) {
  publishNewsArticle(id: $id, publishedAt: $at) {
    ...DeskArticle
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ManagePublishNewsMutation, ManagePublishNewsMutationVariables>;
export const ManageWithdrawNewsDocument = new TypedDocumentString(`
    mutation ManageWithdrawNews($id: ID!) {
  unpublishNewsArticle(id: $id) {
    ...DeskArticle
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ManageWithdrawNewsMutation, ManageWithdrawNewsMutationVariables>;
export const PartnerKeysDocument = new TypedDocumentString(`
    query PartnerKeys($id: ID!) {
  organization(id: $id) {
    id
    partnerKeys(first: 100) {
      nodes {
        ...KeyRow
      }
    }
  }
}
    fragment KeyRow on PartnerKey {
  id
  name
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<PartnerKeysQuery, PartnerKeysQueryVariables>;
export const IssuePartnerKeyDocument = new TypedDocumentString(`
    mutation IssuePartnerKey($input: CreatePartnerKeyInput!) {
  createPartnerKey(input: $input) {
    secret
    key {
      ...KeyRow
    }
  }
}
    fragment KeyRow on PartnerKey {
  id
  name
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<IssuePartnerKeyMutation, IssuePartnerKeyMutationVariables>;
export const RevokeTeamKeyDocument = new TypedDocumentString(`
    mutation RevokeTeamKey($id: ID!) {
  revokePartnerKey(id: $id) {
    ...KeyRow
  }
}
    fragment KeyRow on PartnerKey {
  id
  name
  prefix
  scopes
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeTeamKeyMutation, RevokeTeamKeyMutationVariables>;
export const PublicProfileSwitchDocument = new TypedDocumentString(`
    query PublicProfileSwitch {
  me {
    id
    volunteerNumber
    publicProfile
    publicProfileNeedsGuardian
    guardianConsentAt
  }
}
    `) as unknown as TypedDocumentString<PublicProfileSwitchQuery, PublicProfileSwitchQueryVariables>;
export const SetProfileVisibilityDocument = new TypedDocumentString(`
    mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {
  setProfileVisibility(input: $input) {
    id
    publicProfile
    guardianConsentAt
  }
}
    `) as unknown as TypedDocumentString<SetProfileVisibilityMutation, SetProfileVisibilityMutationVariables>;
export const MyAttendedProjectsDocument = new TypedDocumentString(`
    query MyAttendedProjects($after: String) {
  me {
    id
    attendedProjects(first: 10, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MyAttendedProject
      }
    }
  }
}
    fragment MyAttendedProject on Project {
  id
  title
  endsAt
  organization {
    id
    name
  }
  viewerRating {
    id
    score
    comment
    commentHidden
  }
}`) as unknown as TypedDocumentString<MyAttendedProjectsQuery, MyAttendedProjectsQueryVariables>;
export const RateProjectDocument = new TypedDocumentString(`
    mutation RateProject($input: RateProjectInput!) {
  rateProject(input: $input) {
    id
    score
    comment
    commentHidden
  }
}
    `) as unknown as TypedDocumentString<RateProjectMutation, RateProjectMutationVariables>;
export const RegistrationNeedsPhoneCodeDocument = new TypedDocumentString(`
    query RegistrationNeedsPhoneCode {
  registrationNeedsPhoneCode
}
    `) as unknown as TypedDocumentString<RegistrationNeedsPhoneCodeQuery, RegistrationNeedsPhoneCodeQueryVariables>;
export const RegisterVolunteerDocument = new TypedDocumentString(`
    mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
  registerVolunteer(input: $input) {
    volunteer {
      id
      volunteerNumber
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterVolunteerMutation, RegisterVolunteerMutationVariables>;
export const SubmitServiceRequestDocument = new TypedDocumentString(`
    mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {
  submitServiceRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitServiceRequestMutation, SubmitServiceRequestMutationVariables>;
export const TriageRequestsDocument = new TypedDocumentString(`
    query TriageRequests($staff: Boolean!) {
  queue: serviceRequestQueue(first: 30) {
    nodes {
      ...TriagedRequest
    }
  }
  stale: serviceRequestQueue(stale: true, first: 30) {
    nodes {
      ...TriagedRequest
    }
  }
  rated: serviceRequests(filter: {status: CONFIRMED}, first: 30) @include(if: $staff) {
    nodes {
      id
      title
      score
      feedbackComment
      feedbackHidden
    }
  }
}
    fragment TriagedRequest on ServiceRequest {
  id
  title
  description
  category
  district
  address
  status
  neededFrom
  neededUntil
  volunteersNeeded
  unclaimedSince
  contactName
  contactPhone
}`) as unknown as TypedDocumentString<TriageRequestsQuery, TriageRequestsQueryVariables>;
export const TriageDecisionDocument = new TypedDocumentString(`
    mutation TriageDecision($id: ID!, $accept: Boolean!, $decline: Boolean!, $merge: Boolean!, $reason: String!, $intoId: ID!) {
  accepted: acceptServiceRequest(id: $id) @include(if: $accept) {
    id
    status
  }
  declined: declineServiceRequest(id: $id, reason: $reason) @include(if: $decline) {
    id
    status
  }
  merged: mergeServiceRequest(id: $id, intoId: $intoId) @include(if: $merge) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TriageDecisionMutation, TriageDecisionMutationVariables>;
export const HideRequestFeedbackDocument = new TypedDocumentString(`
    mutation HideRequestFeedback($id: ID!) {
  hideServiceRequestFeedback(id: $id) {
    id
    feedbackHidden
  }
}
    `) as unknown as TypedDocumentString<HideRequestFeedbackMutation, HideRequestFeedbackMutationVariables>;
export const CodeChannelsDocument = new TypedDocumentString(`
    query CodeChannels {
  codeChannels {
    sms
    email
  }
}
    `) as unknown as TypedDocumentString<CodeChannelsQuery, CodeChannelsQueryVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ManageReviewQueueDocument = new TypedDocumentString(`
    query ManageReviewQueue {
  newsAwaitingReview(first: 100) {
    nodes {
      ...DeskArticle
    }
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ManageReviewQueueQuery, ManageReviewQueueQueryVariables>;
export const ManageReturnNewsDocument = new TypedDocumentString(`
    mutation ManageReturnNews($id: ID!, $reason: String!) {
  returnNewsArticle(id: $id, reason: $reason) {
    ...DeskArticle
  }
}
    fragment DeskArticle on NewsArticle {
  id
  slug
  title
  summary
  body
  bodyHtml
  tags
  coverImageUrl
  status
  isPublic
  publishedAt
  submittedAt
  returnedReason
  organization {
    id
    name
  }
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<ManageReturnNewsMutation, ManageReturnNewsMutationVariables>;
export const ShiftSignupsDocument = new TypedDocumentString(`
    query ShiftSignups($id: ID!) {
  me {
    id
  }
  project(id: $id) {
    id
    status
    shifts {
      ...ShiftFigures
      startsAt
      registrationOpensAt
      registrationClosesAt
      draw {
        ...DrawRecord
      }
      viewerSignup {
        id
        status
        waitlistPosition
        drawPosition
      }
      viewerDrawEntry {
        id
        status
        waitlistPosition
        drawPosition
      }
    }
  }
}
    fragment ShiftFigures on Shift {
  id
  remaining
  confirmedCount
  capacity
  waitlistCount
  entrantCount
}
fragment DrawRecord on ShiftDraw {
  algorithm
  seedCommitment
  seed
  drawnAt
  entrantCount
  selectedCount
}`) as unknown as TypedDocumentString<ShiftSignupsQuery, ShiftSignupsQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    id
    status
    waitlistPosition
    drawPosition
    shift {
      ...ShiftFigures
    }
  }
}
    fragment ShiftFigures on Shift {
  id
  remaining
  confirmedCount
  capacity
  waitlistCount
  entrantCount
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const StationDutyWeekDocument = new TypedDocumentString(`
    query StationDutyWeek($slug: String!, $from: String!, $to: String!) {
  station(slug: $slug) {
    id
    dutyToday {
      date
      filled
      capacity
      team {
        id
        slug
        name
      }
    }
    duties(from: $from, to: $to) {
      date
      filled
      capacity
      team {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StationDutyWeekQuery, StationDutyWeekQueryVariables>;
export const CreateStationDocument = new TypedDocumentString(`
    mutation CreateStation($input: CreateStationInput!) {
  createStation(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<CreateStationMutation, CreateStationMutationVariables>;
export const UpdateStationDocument = new TypedDocumentString(`
    mutation UpdateStation($id: ID!, $input: UpdateStationInput!) {
  updateStation(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateStationMutation, UpdateStationMutationVariables>;
export const StationScreenDocument = new TypedDocumentString(`
    query StationScreen($slug: String!, $after: DateTime!, $district: String) {
  station(slug: $slug) {
    id
    name
    dutyToday {
      date
      filled
      capacity
      team {
        id
        name
      }
      shift {
        startsAt
        endsAt
      }
    }
  }
  projects(first: 6, filter: {startsAfter: $after, district: $district}) {
    nodes {
      id
      title
      address
      organization {
        name
      }
      shifts {
        id
        startsAt
        endsAt
        capacity
        remaining
      }
    }
  }
  stats {
    volunteerCount
    organizationCount
    projectCount
    totalServiceMinutes
  }
  roleModels(first: 4) {
    nodes {
      id
      name
      honor
      citation
    }
  }
}
    `) as unknown as TypedDocumentString<StationScreenQuery, StationScreenQueryVariables>;
export const StoryViewerStateDocument = new TypedDocumentString(`
    query StoryViewerState($id: ID!) {
  story(id: $id) {
    id
    likeCount
    viewerLikes
  }
}
    `) as unknown as TypedDocumentString<StoryViewerStateQuery, StoryViewerStateQueryVariables>;
export const LikeStoryDocument = new TypedDocumentString(`
    mutation LikeStory($id: ID!) {
  likeStory(id: $id) {
    id
    likeCount
    viewerLikes
  }
}
    `) as unknown as TypedDocumentString<LikeStoryMutation, LikeStoryMutationVariables>;
export const UnlikeStoryDocument = new TypedDocumentString(`
    mutation UnlikeStory($id: ID!) {
  unlikeStory(id: $id) {
    id
    likeCount
    viewerLikes
  }
}
    `) as unknown as TypedDocumentString<UnlikeStoryMutation, UnlikeStoryMutationVariables>;
export const ReportStoryDocument = new TypedDocumentString(`
    mutation ReportStory($input: ReportStoryInput!) {
  reportStory(input: $input)
}
    `) as unknown as TypedDocumentString<ReportStoryMutation, ReportStoryMutationVariables>;
export const ReviewStoryDocument = new TypedDocumentString(`
    mutation ReviewStory($input: ReviewStoryInput!) {
  reviewStory(input: $input) {
    ...ReviewStoryLine
  }
}
    fragment ReviewStoryLine on Story {
  id
  title
  body
  status
  createdAt
  reviewNote
  reportCount
  author {
    id
    displayName
  }
  project {
    id
    title
  }
  organization {
    id
    name
  }
  photos {
    id
    url
    alt
  }
}`) as unknown as TypedDocumentString<ReviewStoryMutation, ReviewStoryMutationVariables>;
export const StaffTeamSearchDocument = new TypedDocumentString(`
    query StaffTeamSearch($search: String!) {
  staffOrganizations(search: $search, first: 20) {
    totalCount
    nodes {
      ...StaffTeam
    }
  }
}
    fragment StaffTeam on Organization {
  id
  name
  status
  district
  memberCount
  createdAt
  returnedReason
  suspendedReason
  suspendedAt
}`) as unknown as TypedDocumentString<StaffTeamSearchQuery, StaffTeamSearchQueryVariables>;
export const NearestTeamsDocument = new TypedDocumentString(`
    query NearestTeams($near: NearInput!) {
  organizations(first: 5, filter: {near: $near}) {
    nodes {
      id
      slug
      name
      district
      location {
        lat
        lng
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NearestTeamsQuery, NearestTeamsQueryVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    query VerifyCertificate($code: String!) {
  verifyCertificate(code: $code) {
    valid
    currentTotalMinutes
    totalChangedSinceIssue
    certificate {
      code
      displayName
      volunteerNumber
      totalMinutes
      recordCount
      issuedAt
      issuer {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const MyCardDocument = new TypedDocumentString(`
    query MyCard {
  me {
    id
    displayName
    realName
    volunteerNumber
    starLevel
    totalMinutes
    cardPhoto
    card {
      key
      period
    }
  }
}
    `) as unknown as TypedDocumentString<MyCardQuery, MyCardQueryVariables>;
export const RemoveCardPhotoDocument = new TypedDocumentString(`
    mutation RemoveCardPhoto {
  removeCardPhoto {
    id
    cardPhoto
  }
}
    `) as unknown as TypedDocumentString<RemoveCardPhotoMutation, RemoveCardPhotoMutationVariables>;
export const VolunteerProfilePageDocument = new TypedDocumentString(`
    query VolunteerProfilePage($number: String!) {
  volunteerProfile(number: $number) {
    volunteerNumber
    displayName
    starLevel
    hours
    teams {
      id
      slug
      name
    }
    stories(first: 50) {
      totalCount
      nodes {
        id
        title
        publishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerProfilePageQuery, VolunteerProfilePageQueryVariables>;
export const ManageEndedShiftsDocument = new TypedDocumentString(`
    query ManageEndedShifts($filter: ProjectFilter!) {
  projects(first: 50, filter: $filter) {
    nodes {
      id
      title
      shifts {
        id
        startsAt
        endsAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageEndedShiftsQuery, ManageEndedShiftsQueryVariables>;
export const ManageWalkInDocument = new TypedDocumentString(`
    mutation ManageWalkIn($input: RecordWalkInInput!) {
  recordWalkIn(input: $input) {
    id
    minutes
  }
}
    `) as unknown as TypedDocumentString<ManageWalkInMutation, ManageWalkInMutationVariables>;
export const MyStoriesDocument = new TypedDocumentString(`
    query MyStories {
  me {
    id
    attendedProjects(first: 50) {
      nodes {
        id
        title
      }
    }
  }
  myStories(first: 20) {
    nodes {
      ...MyStory
    }
  }
}
    fragment MyStory on Story {
  id
  title
  status
  reviewNote
  createdAt
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<MyStoriesQuery, MyStoriesQueryVariables>;
export const WriteStoryDocument = new TypedDocumentString(`
    mutation WriteStory($input: WriteStoryInput!) {
  writeStory(input: $input) {
    ...MyStory
  }
}
    fragment MyStory on Story {
  id
  title
  status
  reviewNote
  createdAt
  project {
    id
    title
  }
}`) as unknown as TypedDocumentString<WriteStoryMutation, WriteStoryMutationVariables>;
export const MyLedgerDocument = new TypedDocumentString(`
    query MyLedger {
  me {
    id
    hourEntries(first: 20) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MyHourEntry
      }
    }
    hourCorrectionRequests(first: 20) {
      totalCount
      nodes {
        ...MyCorrection
      }
    }
    certificates(first: 5) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MyCertificate
      }
    }
  }
}
    fragment MyHourEntry on HourEntry {
  id
  kind
  minutes
  activity
  serviceDate
  place
  reason
  organization {
    id
    name
  }
  shift {
    id
    startsAt
    endsAt
  }
  reversedBy {
    id
    reason
  }
  reverses {
    id
    activity
  }
}
fragment MyCorrection on HourCorrectionRequest {
  id
  status
  requestedMinutes
  message
  resolution
  createdAt
  organization {
    id
    name
  }
  shift {
    id
    startsAt
    project {
      id
      title
    }
  }
  entry {
    id
    minutes
  }
}
fragment MyCertificate on Certificate {
  code
  issuedAt
  totalMinutes
  recordCount
  url
}`) as unknown as TypedDocumentString<MyLedgerQuery, MyLedgerQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
    realName
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const CancelSignupDocument = new TypedDocumentString(`
    mutation CancelSignup($id: ID!) {
  cancelSignup(id: $id) {
    id
    status
    shift {
      ...ShiftFigures
    }
  }
}
    fragment ShiftFigures on Shift {
  id
  remaining
  confirmedCount
  capacity
  waitlistCount
  entrantCount
}`) as unknown as TypedDocumentString<CancelSignupMutation, CancelSignupMutationVariables>;
export const ManageTeamShiftsDocument = new TypedDocumentString(`
    query ManageTeamShifts($filter: ProjectFilter!) {
  projects(first: 50, filter: $filter) {
    nodes {
      id
      title
      status
      shifts {
        id
        startsAt
        endsAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageTeamShiftsQuery, ManageTeamShiftsQueryVariables>;