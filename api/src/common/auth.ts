// Who is asking: the signed-in volunteer (from the session cookie or a bearer token), or a
// partner app (an API key as bearer token), and the checks services use. Services take a
// Viewer or a PartnerCaller, never a request.
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { Reason } from './error-reasons.js';

export interface Viewer {
  volunteerId: string;
  isPlatformAdmin: boolean;
  /** The session this request was authenticated with (for logOut). */
  sessionId: string;
  /** Set when an app acts for the volunteer with their consent (OAuth): it may do what its scopes allow, and never acts as staff or in a team role. */
  app?: AppGrant;
  /** The volunteer's columns as the session lookup read them at the start of the request (for `me`), their own sealed personal data too. */
  volunteerRow?: Record<string, unknown>;
}

/** What a partner key may do beyond reading public data; each operation a key may call declares one (common/key-scope.ts). */
export enum PartnerScope {
  /** Read public data (every key). */
  READ = 'READ',
  /** Create, edit, publish and cancel its organisation's activities. */
  PUBLISH = 'PUBLISH',
  /** Read the sign-ups of its organisation's shifts and mark attendance (volunteers shown as the public sees them). */
  ROSTER = 'ROSTER',
  /** Record and reverse service hours for its organisation's ended shifts (记录同步). */
  RECORD_HOURS = 'RECORD_HOURS',
  /** Submit service requests (供需对接) on its organisation's behalf, e.g. a department's case system. */
  REQUEST = 'REQUEST',
}

/** What an app acting for a volunteer (OAuth 2.1, with the volunteer's consent) may do; each operation an app may call declares one (common/app-scope.ts). */
export enum AppScope {
  /** The volunteer's name, number, stars, district, skills and teams. */
  PROFILE = 'profile',
  /** Their sign-ups: read them, sign up, cancel, check in. */
  SIGNUPS = 'signups',
  /** Their service hours, records and certificates. */
  HOURS = 'hours',
}

/** The app behind a delegated access token, and what the volunteer granted it. */
export interface AppGrant {
  appId: string;
  grantId: string;
  scopes: readonly AppScope[];
}

/** A partner app's API key: it acts for one organisation and carries no person. */
export interface PartnerCaller {
  partnerKeyId: string;
  organizationId: string;
  scopes: readonly PartnerScope[];
}

/** Whoever may act on an organisation's activities: a volunteer in a role there, or its partner key. */
export type Actor = Viewer | PartnerCaller;

export function isPartner(actor: Actor | null | undefined): actor is PartnerCaller {
  return !!actor && 'partnerKeyId' in actor;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function requirePlatformAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!v.isPlatformAdmin) throw new ForbiddenError(Reason.PLATFORM_STAFF_ONLY, 'Only platform staff may do this');
  return v;
}
