// Per-request DataLoaders of contests (common/request-scope.ts): a page of entries costs one query
// for their categories, and the viewer's role in a contest is asked once per request.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { byIdLoader } from '../../common/loaders.js';
import { perRequest } from '../../common/request-scope.js';
import { Contest, ContestCategory } from './contest.entity.js';
import { scoreCounts, scoresBy, votesOf } from './contest.queries.js';
import { ContestService, type ContestRole } from './contest.service.js';

export const contestById = perRequest((ctx: Context) => byIdLoader(ctx.em, Contest));

export const categoryById = perRequest((ctx: Context) => byIdLoader(ctx.em, ContestCategory));

/** Each contest's categories, in their order. */
export const categoriesOfContest = perRequest(
  ({ em }: Context) =>
    new DataLoader<string, ContestCategory[]>(async (contestIds) => {
      const rows = await em.find(ContestCategory, { contest: { $in: [...contestIds] } }, { orderBy: { position: 'asc', id: 'asc' } });
      return contestIds.map((id) => rows.filter((c) => c.contest.id === id));
    }),
);

/** The viewer's role in each contest (organiser, judge). */
export const contestRole = perRequest(
  (ctx: Context) =>
    new DataLoader<string, ContestRole>(async (contestIds) => {
      const service = new ContestService(ctx.em);
      return Promise.all(
        contestIds.map(async (id) => {
          const contest = await contestById(ctx).load(id);
          return contest ? service.roleIn(ctx.viewer, contest) : { organizer: false, judge: false };
        }),
      );
    }),
);

/** The entry the viewer voted for, by category ID; none without a viewer. */
export const viewerVote = perRequest(
  ({ em, viewer }: Context) =>
    new DataLoader<string, string | null>(async (categoryIds) => {
      if (!viewer) return categoryIds.map(() => null);
      const votes = await votesOf(em, viewer.volunteerId, categoryIds);
      return categoryIds.map((id) => votes.get(id) ?? null);
    }),
);

/** The viewer's own judge score, by entry ID; none without a viewer. */
export const viewerScore = perRequest(
  ({ em, viewer }: Context) =>
    new DataLoader<string, number | null>(async (entryIds) => {
      if (!viewer) return entryIds.map(() => null);
      const scores = await scoresBy(em, viewer.volunteerId, entryIds);
      return entryIds.map((id) => scores.get(id) ?? null);
    }),
);

/** How many judges have scored each entry, by entry ID. */
export const judgeCounts = perRequest(
  ({ em }: Context) =>
    new DataLoader<string, number>(async (entryIds) => {
      const counts = await scoreCounts(em, entryIds);
      return entryIds.map((id) => counts.get(id) ?? 0);
    }),
);
