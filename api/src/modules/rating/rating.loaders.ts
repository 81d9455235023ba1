// Per-request DataLoaders of ratings, kept beside the request's context like the other modules':
// a page of activities or teams costs one query for their summaries, not one per row.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import type { Rating, RatingSummary } from './rating.entity.js';
import { REQUEST_SCORES_SQL } from '../service-request/service-request.queries.js';
import { ACTIVITY_SCORES_SQL, organizationRatingSummaries, projectRatingSummaries } from './rating.queries.js';
import { RatingService } from './rating.service.js';

export interface RatingLoaders {
  projectSummary: DataLoader<string, RatingSummary>;
  organizationSummary: DataLoader<string, RatingSummary>;
  /** The signed-in volunteer's own rating, by project ID. */
  own: DataLoader<string, Rating | null>;
}

const perRequest = new WeakMap<Context, RatingLoaders>();

export function ratingLoaders(ctx: Context): RatingLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const { em, viewer } = ctx;
    loaders = {
      projectSummary: new DataLoader(async (ids) => {
        const summaries = await projectRatingSummaries(em, ids);
        return ids.map((id) => summaries.get(id)!);
      }),
      organizationSummary: new DataLoader(async (ids) => {
        const summaries = await organizationRatingSummaries(em, ids, [ACTIVITY_SCORES_SQL, REQUEST_SCORES_SQL]);
        return ids.map((id) => summaries.get(id)!);
      }),
      own: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => null);
        const own = await new RatingService(em).ownRatings(viewer.volunteerId, ids);
        return ids.map((id) => own.get(id) ?? null);
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
