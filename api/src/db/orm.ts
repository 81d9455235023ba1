// Opens the ORM on a database URL and brings its schema up to date.
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { createOrmConfig } from '../../mikro-orm.config.js';

export async function openOrm(databaseUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(databaseUrl, overrides));
}

/** Applies pending migrations; safe to run from several processes at once (advisory lock). */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const conn = orm.em.getConnection();
  const knex = conn.getKnex();
  // One session holds the lock for the whole run so concurrent starts do not race.
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [4_201_126]);
    const migrator = orm.getMigrator();
    const pending = await migrator.getPendingMigrations();
    if (pending.length === 0) return [];
    const done = await migrator.up();
    return done.map((m) => m.name);
  });
}
