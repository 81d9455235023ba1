// DataLoaders every module makes the same way; a module declares its own with perRequest
// (request-scope.ts), e.g. `perRequest((ctx: Context) => byIdLoader(ctx.em, Project))`.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows of `entity` by ID (null: no such row), one query per batch. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } })) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
