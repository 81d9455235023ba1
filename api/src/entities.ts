// Every entity the ORM knows, listed once (no folder discovery: it breaks under esbuild).
import { Organization } from './modules/organization/organization.entity.js';
import { Membership } from './modules/organization/membership.entity.js';
import { Volunteer } from './modules/volunteer/volunteer.entity.js';
import { Project } from './modules/project/project.entity.js';
import { Shift } from './modules/project/shift.entity.js';
import { Session } from './modules/identity/session.entity.js';
import { AuthThrottle } from './modules/identity/auth-throttle.entity.js';
import { TrustedDevice } from './modules/identity/trusted-device.entity.js';
import { DataKey } from './modules/data-key/data-key.entity.js';
import { MembershipRequest } from './modules/organization/membership-request.entity.js';
import { AuditLog } from './modules/audit/audit-log.entity.js';
import { NewsArticle } from './modules/content/news-article.entity.js';
import { RoleModel } from './modules/content/role-model.entity.js';
import { Showcase } from './modules/content/showcase.entity.js';

import { Signup } from './modules/signup/signup.entity.js';
import { ShiftReminder } from './modules/signup/shift-reminder.entity.js';
import { Broadcast } from './modules/broadcast/broadcast.entity.js';
import { VerificationCode } from './modules/identity/verification-code.entity.js';
import { OutboxMessage } from './modules/outbox/outbox.entity.js';
import { MessageDelivery } from './modules/outbox/message-delivery.entity.js';
import { IdempotencyKey } from './common/idempotency.entity.js';
import { PartnerKey } from './modules/partner/partner-key.entity.js';
import { Webhook, WebhookDelivery } from './modules/webhook/webhook.entity.js';
import { ShiftDraw } from './modules/lottery/shift-draw.entity.js';
import { CalendarFeed } from './modules/calendar/calendar-feed.entity.js';
import { HourEntry } from './modules/ledger/hour-entry.entity.js';
import { HourRollup } from './modules/ledger/hour-rollup.entity.js';
import { HourCorrectionRequest } from './modules/ledger/hour-correction-request.entity.js';
import { Certificate } from './modules/ledger/certificate.entity.js';
import { DistrictYearRollup } from './modules/ledger/district-year-rollup.entity.js';
import { Consent } from './modules/consent/consent.entity.js';
import { OrganizationLogo, ProjectPhoto, StoredImage } from './modules/image/image.entity.js';
import { Rating } from './modules/rating/rating.entity.js';
import { Course, CourseSession, Enrolment, Qualification, QualificationKind } from './modules/training/training.entity.js';
import { Story, StoryImage, StoryLike, StoryReport } from './modules/story/story.entity.js';
import { OAuthApp, OAuthCode, OAuthGrant, OAuthToken } from './modules/oauth/oauth.entity.js';
import { ServiceRequest, ServiceRequestClaim } from './modules/service-request/service-request.entity.js';
import { Station, StationDuty, StationRotaEntry, StationSwap } from './modules/station/station.entity.js';
import { Contest, ContestCategory, ContestEntry, ContestJudge, ContestScore, ContestVote } from './modules/contest/contest.entity.js';

export const entities = [
  Organization,
  Volunteer,
  Membership,
  Project,
  Shift,
  Session,
  AuthThrottle,
  TrustedDevice,
  DataKey,
  MembershipRequest,
  AuditLog,
  NewsArticle,
  RoleModel,
  Showcase,
  Signup,
  ShiftReminder,
  Broadcast,
  VerificationCode,
  OutboxMessage,
  MessageDelivery,
  IdempotencyKey,
  PartnerKey,
  Webhook,
  WebhookDelivery,
  ShiftDraw,
  CalendarFeed,
  HourEntry,
  HourRollup,
  DistrictYearRollup,
  HourCorrectionRequest,
  Certificate,
  Consent,
  StoredImage,
  OrganizationLogo,
  ProjectPhoto,
  ServiceRequest,
  ServiceRequestClaim,
  Rating,
  Contest,
  ContestCategory,
  ContestEntry,
  ContestJudge,
  ContestScore,
  ContestVote,
  Station,
  StationDuty,
  StationRotaEntry,
  StationSwap,
  QualificationKind,
  Course,
  CourseSession,
  Enrolment,
  Qualification,
  Story,
  StoryImage,
  StoryLike,
  StoryReport,
  OAuthApp,
  OAuthGrant,
  OAuthCode,
  OAuthToken,
];
