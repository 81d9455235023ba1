// Per-request DataLoaders of team messages, registered in the request's context (context.ts):
// a page of sent messages costs one query for who has read them.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readCounts } from './broadcast.queries.js';

export function createBroadcastLoaders(em: EntityManager) {
  return {
    /** Recipients who have read each message. */
    reads: new DataLoader<string, number>(async (ids) => {
      const counts = await readCounts(em, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
