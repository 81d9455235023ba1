// Per-request DataLoaders of ratings, registered in the request's context (context.ts):
// a page of activities or teams costs one query for their summaries, not one per row.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth.js';
import type { Rating, RatingSummary } from './rating.entity.js';
import { REQUEST_SCORES_SQL } from '../service-request/service-request.queries.js';
import { ACTIVITY_SCORES_SQL, organizationRatingSummaries, projectRatingSummaries } from './rating.queries.js';
import { RatingService } from './rating.service.js';

export function createRatingLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
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
  };
}
