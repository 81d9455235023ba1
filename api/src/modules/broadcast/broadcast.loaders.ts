// Per-request DataLoaders of team messages (common/request-scope.ts): a page of sent messages
// costs one query for who has read them.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { perRequest } from '../../common/request-scope.js';
import { readCounts } from './broadcast.queries.js';

export const broadcastLoaders = perRequest(({ em }: Context) => ({
  /** Recipients who have read each message. */
  reads: new DataLoader<string, number>(async (ids) => {
    const counts = await readCounts(em, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  }),
}));
