// What the pages need to know about a project at build time: its next shift, whether it
// still recruits, and the order in which lists show projects.
import type { BulkData } from '../data/bulk';

export type Project = BulkData['projects'][number];
export type ProjectShift = Project['shifts'][number];

/** One clock for the whole build, so every page agrees on what is upcoming. */
export const buildTime = new Date();

export function futureShifts(project: Project, now: Date = buildTime): ProjectShift[] {
  return project.shifts.filter((s) => time(s.startsAt) > now.getTime());
}

export function nextShift(project: Project, now: Date = buildTime): ProjectShift | undefined {
  return futureShifts(project, now).sort(byStart)[0];
}

/** Published and with a shift still to come: open for sign-ups. */
export function isUpcoming(project: Project, now: Date = buildTime): boolean {
  return project.status === 'PUBLISHED' && futureShifts(project, now).length > 0;
}

export type StatusTone = 'open' | 'full' | 'ended' | 'cancelled';
/** What a project's badge says; i18n/messages words it in each language. */
export type StatusKey = 'open' | 'lottery' | 'lotterySoon' | 'waitlist' | 'full' | 'ended' | 'cancelled' | 'draft';

const STATUS: Record<StatusKey, { label: string; tone: StatusTone }> = {
  open: { label: '招募中', tone: 'open' },
  lottery: { label: '抽签报名中', tone: 'open' },
  lotterySoon: { label: '抽签即将开始', tone: 'open' },
  waitlist: { label: '可候补', tone: 'full' },
  full: { label: '名额已满', tone: 'full' },
  ended: { label: '已结束', tone: 'ended' },
  cancelled: { label: '已取消', tone: 'cancelled' },
  draft: { label: '未发布', tone: 'ended' },
};

export function projectStatus(project: Project, now: Date = buildTime): { key: StatusKey; label: string; tone: StatusTone } {
  const key = projectStatusKey(project, now);
  return { key, ...STATUS[key] };
}

function projectStatusKey(project: Project, now: Date): StatusKey {
  if (project.status === 'CANCELLED') return 'cancelled';
  if (project.status === 'DRAFT') return 'draft';
  if (!isUpcoming(project, now)) return 'ended';
  const future = futureShifts(project, now);
  // Before its draw a lottery takes entries in its window; its places are not first come.
  const undrawn = (s: ProjectShift) => s.allocation === 'LOTTERY' && !s.draw?.drawnAt;
  const entries = future.filter((s) => undrawn(s) && time(s.registrationClosesAt!) > now.getTime());
  if (entries.some((s) => !s.registrationOpensAt || time(s.registrationOpensAt) <= now.getTime())) return 'lottery';
  if (future.some((s) => !undrawn(s) && s.remaining > 0)) return 'open';
  if (entries.length) return 'lotterySoon';
  return future.some((s) => s.waitlist) ? 'waitlist' : 'full';
}

/** Upcoming projects, soonest next shift first. */
export function upcomingProjects(projects: Project[], now: Date = buildTime): Project[] {
  return projects
    .filter((p) => isUpcoming(p, now))
    .map((p) => ({ project: p, next: nextShift(p, now)! }))
    .sort((a, b) => byStart(a.next, b.next) || a.project.id.localeCompare(b.project.id))
    .map(({ project }) => project);
}

/** Projects no longer open, most recently ended first. */
export function pastProjects(projects: Project[], now: Date = buildTime): Project[] {
  return projects.filter((p) => !isUpcoming(p, now)).sort((a, b) => time(b.endsAt) - time(a.endsAt) || a.id.localeCompare(b.id));
}

function time(iso: string): number {
  return new Date(iso).getTime();
}

function byStart(a: { startsAt: string }, b: { startsAt: string }): number {
  return time(a.startsAt) - time(b.startsAt);
}

export function projectPath(project: Pick<Project, 'id'>): string {
  return `/projects/${project.id}/`;
}
