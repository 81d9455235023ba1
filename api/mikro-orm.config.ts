// One MikroORM configuration for the app, the CLI and the tests.
import 'reflect-metadata';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { entities } from './src/entities.js';
import { migrationsList } from './src/migrations/index.js';
import { UNMODELLED_TABLES } from './src/db/unmodelled-tables.js';

export function createOrmConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Resolvers must go through a request's fork; touching the global context is a bug.
    allowGlobalContext: false,
    // The product passes AIXIN_DB_POOL_MAX from its configuration (app.ts); the CLI and tests keep 10.
    pool: { min: 0, max: 10 },
    schemaGenerator: { skipTables: UNMODELLED_TABLES },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      path: './src/migrations',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      silent: true,
    },
    ...overrides,
  });
}

export default createOrmConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/aixin');
