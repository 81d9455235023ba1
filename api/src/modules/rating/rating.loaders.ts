// Per-request DataLoaders of ratings (common/request-scope.ts): a page of activities or teams
// costs one query for their summaries, not one per row.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { perRequest } from '../../common/request-scope.js';
import type { Rating, RatingSummary } from './rating.entity.js';
import { REQUEST_SCORES_SQL } from '../service-request/service-request.queries.js';
import { ACTIVITY_SCORES_SQL, organizationRatingSummaries, projectRatingSummaries } from './rating.queries.js';
import { RatingService } from './rating.service.js';

export const ratingLoaders = perRequest(({ em, viewer }: Context) => ({
  projectSummary: new DataLoader<string, RatingSummary>(async (ids) => {
    const summaries = await projectRatingSummaries(em, ids);
    return ids.map((id) => summaries.get(id)!);
  }),
  organizationSummary: new DataLoader<string, RatingSummary>(async (ids) => {
    const summaries = await organizationRatingSummaries(em, ids, [ACTIVITY_SCORES_SQL, REQUEST_SCORES_SQL]);
    return ids.map((id) => summaries.get(id)!);
  }),
  /** The signed-in volunteer's own rating, by project ID; none without a viewer. */
  own: new DataLoader<string, Rating | null>(async (ids) => {
    if (!viewer) return ids.map(() => null);
    const own = await new RatingService(em).ownRatings(viewer.volunteerId, ids);
    return ids.map((id) => own.get(id) ?? null);
  }),
}));
