// SQL of the readiness probe (server.ts /readyz).
import type { EntityManager } from '@mikro-orm/postgresql';

/** Resolves when the database answers a trivial statement; rejects when it cannot. */
export async function pingDatabase(em: EntityManager): Promise<void> {
  await em.getConnection().execute('select 1');
}
