// What the pages need to know about a project at build time: its next shift, whether it
// still recruits, and the order in which lists show projects.
import type { CollectionEntry } from 'astro:content';

export type Project = CollectionEntry<'projects'>['data'];
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

export function projectStatus(project: Project, now: Date = buildTime): { label: string; tone: StatusTone } {
  if (project.status === 'CANCELLED') return { label: '已取消', tone: 'cancelled' };
  if (project.status === 'DRAFT') return { label: '未发布', tone: 'ended' };
  if (!isUpcoming(project, now)) return { label: '已结束', tone: 'ended' };
  const future = futureShifts(project, now);
  // Before its draw a lottery takes entries in its window; its places are not first come.
  const undrawn = (s: ProjectShift) => s.allocation === 'LOTTERY' && !s.draw?.drawnAt;
  const entries = future.filter((s) => undrawn(s) && time(s.registrationClosesAt!) > now.getTime());
  if (entries.some((s) => !s.registrationOpensAt || time(s.registrationOpensAt) <= now.getTime())) return { label: '抽签报名中', tone: 'open' };
  if (future.some((s) => !undrawn(s) && s.remaining > 0)) return { label: '招募中', tone: 'open' };
  if (entries.length) return { label: '抽签即将开始', tone: 'open' };
  return future.some((s) => s.waitlist) ? { label: '可候补', tone: 'full' } : { label: '名额已满', tone: 'full' };
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
  return projects
    .filter((p) => !isUpcoming(p, now))
    .sort((a, b) => time(b.endsAt) - time(a.endsAt) || a.id.localeCompare(b.id));
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
