// Per-request context: one EntityManager fork, the viewer, and DataLoaders that batch
// field resolvers so a list costs a fixed number of SQL statements.
export type { Viewer } from './common/auth.js';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PartnerCaller, Viewer } from './common/auth.js';
import type { PersonalDataVault } from './common/personal-data.js';
import type { JobQueue } from './common/job-queue.js';
import type { Mailer } from './common/mailer.js';
import { DEFAULT_SETTINGS, type Settings } from './common/settings.js';
import { noChanges, type RequestChanges } from './common/site-changes.js';
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

export function createLoaders(em: EntityManager, viewer: Viewer | null, vault: PersonalDataVault) {
  return {
    volunteers: createVolunteerLoaders(em, viewer, vault),
    signups: createSignupLoaders(em, viewer),
    ratings: createRatingLoaders(em, viewer),
    broadcasts: createBroadcastLoaders(em),
    organization: byIdLoader(em, Organization),
    project: byIdLoader(em, Project),
    shift: byIdLoader(em, Shift),
    signup: byIdLoader(em, Signup),
    volunteer: byIdLoader(em, Volunteer),
    shiftDraw: new DataLoader<string, ShiftDraw | null>(async (shiftIds) => {
      const draws = await em.find(ShiftDraw, { shift: { $in: [...shiftIds] } });
      const byShift = new Map(draws.map((d) => [d.shift.id, d]));
      return shiftIds.map((id) => byShift.get(id) ?? null);
    }),
    shiftsByProject: new DataLoader<string, Shift[]>(async (projectIds) => {
      const shifts = await em.find(Shift, { project: { $in: [...projectIds] }, cancelledAt: null }, { orderBy: { startsAt: 'asc', id: 'asc' } });
      const grouped = new Map<string, Shift[]>(projectIds.map((id) => [id, []]));
      for (const shift of shifts) grouped.get(shift.project.id)?.push(shift);
      return projectIds.map((id) => grouped.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

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
  return { em, viewer, partner, loaders: createLoaders(em, viewer, vault), request, vault, settings, changes: noChanges(), jobs, mailer };
}
