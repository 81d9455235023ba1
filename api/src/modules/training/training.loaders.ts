// Per-request DataLoaders of training (common/request-scope.ts): a page of courses with their
// kinds, sessions and the viewer's enrolments costs one query per field, not per row.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { byIdLoader } from '../../common/loaders.js';
import { perRequest } from '../../common/request-scope.js';
import { Course, CourseSession, Enrolment, EnrolmentStatus, QualificationKind } from './training.entity.js';

export const qualificationKindById = perRequest((ctx: Context) => byIdLoader(ctx.em, QualificationKind));
export const courseById = perRequest((ctx: Context) => byIdLoader(ctx.em, Course));
export const courseSessionById = perRequest((ctx: Context) => byIdLoader(ctx.em, CourseSession));

export const trainingLoaders = perRequest(({ em, viewer }: Context) => ({
  /** Each course's sessions, earliest first. */
  sessionsOfCourse: new DataLoader<string, CourseSession[]>(async (ids) => {
    const rows = await em.find(CourseSession, { course: { $in: [...ids] } }, { orderBy: { startsAt: 'asc', id: 'asc' } });
    return ids.map((id) => rows.filter((s) => s.course.id === id));
  }),
  /** The signed-in volunteer's live (not cancelled) enrolment by session ID; none without a viewer. */
  viewerEnrolment: new DataLoader<string, Enrolment | null>(async (ids) => {
    if (!viewer) return ids.map(() => null);
    const rows = await em.find(Enrolment, { volunteer: viewer.volunteerId, session: { $in: [...ids] }, status: { $ne: EnrolmentStatus.CANCELLED } });
    return ids.map((id) => rows.find((e) => e.session.id === id) ?? null);
  }),
}));
