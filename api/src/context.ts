// Per-request context: one EntityManager fork, the viewer, and the request scope in which each
// module keeps the DataLoaders that batch its field resolvers, so a list costs a fixed number of
// SQL statements. Loaders are made when a resolver first asks for one: a request uses a few of
// them, and the hottest ones none.
export type { Viewer } from './common/auth.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PartnerCaller, Viewer } from './common/auth.js';
import type { PersonalDataVault } from './common/personal-data.js';
import type { JobQueue } from './common/job-queue.js';
import type { Mailer } from './common/mailer.js';
import type { Settings } from './common/settings.js';
import { noChanges, type RequestChanges } from './common/site-changes.js';
import { RequestScope } from './common/request-scope.js';
import type { DomainEventBus } from './common/domain-events.js';

/** What a resolver may know of the HTTP exchange: the caller's address, its device cookie and a way to set the session cookie. */
export interface RequestInfo {
  ip: string;
  userAgent: string | null;
  /** The browser's device cookie (sign-in limits count a known device on its own). */
  deviceToken: string | null;
  setSessionCookie: (token: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
  setDeviceCookie: (token: string) => void;
}

export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  /** The partner app behind an API key; it carries no person, so `viewer` is then null. */
  partner: PartnerCaller | null;
  /** What modules make once for this request (common/request-scope.ts): their DataLoaders among them. */
  scope: RequestScope;
  request: RequestInfo;
  vault: PersonalDataVault;
  /** What the configuration says (who runs the site, limits, star hours, certificates). */
  settings: Settings;
  /** What this request changed (common/site-changes.ts). */
  changes: RequestChanges;
  /** The job queue (null where the server runs without one, e.g. in some tests). */
  jobs: JobQueue | null;
  /** Email (null: the platform sends none). */
  mailer: Mailer | null;
  /** Where modules raise their domain events (common/domain-events.ts). */
  events: DomainEventBus;
}

export function buildContext(
  em: EntityManager,
  vault: PersonalDataVault,
  viewer: Viewer | null,
  request: RequestInfo,
  partner: PartnerCaller | null,
  settings: Settings,
  jobs: JobQueue | null,
  mailer: Mailer | null,
  events: DomainEventBus,
): Context {
  return {
    em,
    viewer,
    partner,
    scope: new RequestScope(),
    request,
    vault,
    settings,
    changes: noChanges(),
    jobs,
    mailer,
    events,
  };
}
