// Per-request context: one EntityManager fork, the viewer, and DataLoaders that batch
// field resolvers so a list costs a fixed number of SQL statements.
import DataLoader from 'dataloader';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Organization } from './modules/organization/organization.entity.js';
import { Project } from './modules/project/project.entity.js';
import { Shift } from './modules/project/shift.entity.js';

export interface Viewer {
  volunteerId: string;
  isPlatformAdmin: boolean;
}

export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
}

function byIdLoader<T extends { id: string }>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(em: EntityManager) {
  return {
    organization: byIdLoader(em, Organization),
    project: byIdLoader(em, Project),
    shiftsByProject: new DataLoader<string, Shift[]>(async (projectIds) => {
      const shifts = await em.find(
        Shift,
        { project: { $in: [...projectIds] } },
        { orderBy: { startsAt: 'asc', id: 'asc' } },
      );
      const grouped = new Map<string, Shift[]>(projectIds.map((id) => [id, []]));
      for (const shift of shifts) grouped.get(shift.project.id)?.push(shift);
      return projectIds.map((id) => grouped.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export function createContext(orm: MikroORM, viewer: Viewer | null = null): Context {
  const em = orm.em.fork();
  return { em, viewer, loaders: createLoaders(em) };
}
