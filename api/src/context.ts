// Per-request context: one EntityManager fork, the viewer, and DataLoaders that batch
// field resolvers so a list costs a fixed number of SQL statements. Loaders are made when a
// resolver first asks for one: a request uses a few of them, and the hottest ones none.
export type { Viewer } from './common/auth.js';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PartnerCaller, Viewer } from './common/auth.js';
import type { PersonalDataVault } from './common/personal-data.js';
import type { JobQueue } from './common/job-queue.js';
import type { Mailer } from './common/mailer.js';
import { DEFAULT_SETTINGS, type Settings } from './common/settings.js';
import { noChanges, type RequestChanges } from './common/site-changes.js';
import { RequestScope } from './common/request-scope.js';
import { Organization } from './modules/organization/organization.entity.js';
import { Project } from './modules/project/project.entity.js';
import { Shift } from './modules/project/shift.entity.js';
import { Signup } from './modules/signup/signup.entity.js';
import { ShiftDraw } from './modules/lottery/shift-draw.entity.js';
import { Volunteer } from './modules/volunteer/volunteer.entity.js';
import { createVolunteerLoaders } from './modules/volunteer/volunteer-access.js';
import { createSignupLoaders } from './modules/signup/signup.loaders.js';
import { createRatingLoaders } from './modules/rating/rating.loaders.js';
import { createBroadcastLoaders } from './modules/broadcast/broadcast.loaders.js';

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
  loaders: Loaders;
  /** What modules make once for this request (common/request-scope.ts). */
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
}

function byIdLoader<T extends { id: string }>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } })) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function byShiftLoader(em: EntityManager): DataLoader<string, ShiftDraw | null> {
  return new DataLoader(async (shiftIds) => {
    const draws = await em.find(ShiftDraw, { shift: { $in: [...shiftIds] } });
    const byShift = new Map(draws.map((d) => [d.shift.id, d]));
    return shiftIds.map((id) => byShift.get(id) ?? null);
  });
}

function shiftsByProjectLoader(em: EntityManager): DataLoader<string, Shift[]> {
  return new DataLoader(async (projectIds) => {
    const shifts = await em.find(Shift, { project: { $in: [...projectIds] }, cancelledAt: null }, { orderBy: { startsAt: 'asc', id: 'asc' } });
    const grouped = new Map<string, Shift[]>(projectIds.map((id) => [id, []]));
    for (const shift of shifts) grouped.get(shift.project.id)?.push(shift);
    return projectIds.map((id) => grouped.get(id)!);
  });
}

/** The request's loaders, each made on first use. */
export class Loaders {
  #volunteers?: ReturnType<typeof createVolunteerLoaders>;
  #signups?: ReturnType<typeof createSignupLoaders>;
  #ratings?: ReturnType<typeof createRatingLoaders>;
  #broadcasts?: ReturnType<typeof createBroadcastLoaders>;
  #organization?: DataLoader<string, Organization | null>;
  #project?: DataLoader<string, Project | null>;
  #shift?: DataLoader<string, Shift | null>;
  #signup?: DataLoader<string, Signup | null>;
  #volunteer?: DataLoader<string, Volunteer | null>;
  #shiftDraw?: DataLoader<string, ShiftDraw | null>;
  #shiftsByProject?: DataLoader<string, Shift[]>;

  constructor(
    private readonly em: EntityManager,
    private viewer: Viewer | null,
    private readonly vault: PersonalDataVault,
  ) {}

  /** Someone signed in during this request: what depends on the viewer is made again for them. */
  signedIn(viewer: Viewer): void {
    this.viewer = viewer;
    this.#volunteers = this.#signups = this.#ratings = undefined;
  }

  get volunteers() {
    return (this.#volunteers ??= createVolunteerLoaders(this.em, this.viewer, this.vault));
  }
  get signups() {
    return (this.#signups ??= createSignupLoaders(this.em, this.viewer));
  }
  get ratings() {
    return (this.#ratings ??= createRatingLoaders(this.em, this.viewer));
  }
  get broadcasts() {
    return (this.#broadcasts ??= createBroadcastLoaders(this.em));
  }
  get organization() {
    return (this.#organization ??= byIdLoader(this.em, Organization));
  }
  get project() {
    return (this.#project ??= byIdLoader(this.em, Project));
  }
  get shift() {
    return (this.#shift ??= byIdLoader(this.em, Shift));
  }
  get signup() {
    return (this.#signup ??= byIdLoader(this.em, Signup));
  }
  get volunteer() {
    return (this.#volunteer ??= byIdLoader(this.em, Volunteer));
  }
  get shiftDraw() {
    return (this.#shiftDraw ??= byShiftLoader(this.em));
  }
  get shiftsByProject() {
    return (this.#shiftsByProject ??= shiftsByProjectLoader(this.em));
  }
}

export function buildContext(
  em: EntityManager,
  vault: PersonalDataVault,
  viewer: Viewer | null,
  request: RequestInfo,
  partner: PartnerCaller | null = null,
  settings: Settings = DEFAULT_SETTINGS,
  jobs: JobQueue | null = null,
  mailer: Mailer | null = null,
): Context {
  return {
    em,
    viewer,
    partner,
    loaders: new Loaders(em, viewer, vault),
    scope: new RequestScope(),
    request,
    vault,
    settings,
    changes: noChanges(),
    jobs,
    mailer,
  };
}
