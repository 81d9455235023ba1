// Per-request DataLoaders of projects and their shifts (common/request-scope.ts): a page of
// sign-ups, ratings or messages costs one query for their projects and shifts, not one per row.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { byIdLoader } from '../../common/loaders.js';
import { perRequest } from '../../common/request-scope.js';
import { Project } from './project.entity.js';
import { Shift } from './shift.entity.js';

export const projectById = perRequest((ctx: Context) => byIdLoader(ctx.em, Project));

export const shiftById = perRequest((ctx: Context) => byIdLoader(ctx.em, Shift));

/** Each project's shifts that are not cancelled, by start. */
export const shiftsOfProject = perRequest(
  ({ em }: Context) =>
    new DataLoader<string, Shift[]>(async (projectIds) => {
      const shifts = await em.find(Shift, { project: { $in: [...projectIds] }, cancelledAt: null }, { orderBy: { startsAt: 'asc', id: 'asc' } });
      const grouped = new Map<string, Shift[]>(projectIds.map((id) => [id, []]));
      for (const shift of shifts) grouped.get(shift.project.id)?.push(shift);
      return projectIds.map((id) => grouped.get(id)!);
    }),
);
