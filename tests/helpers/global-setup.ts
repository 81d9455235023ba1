// One fresh PostgreSQL database per test run: created, migrated and loaded with the demo
// data here, dropped after. It is the template of each test file's own database
// (tests/helpers/file-database.ts); tests find theirs with databaseUrl() (tests/helpers/database.ts).
import 'reflect-metadata';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { migrate, openOrm } from '../../api/src/db/orm.js';
import { seedDemoIfEmpty } from '../../api/src/seeders/demo.seeder.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    dataDir: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `aixin_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const databaseUrl = withDatabase(serverUrl, database);

  // The run's own data directory: its personal-data key, builds and logs.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-test-'));
  process.env.AIXIN_DATA_DIR = dataDir;
  const orm = await openOrm(databaseUrl, { allowGlobalContext: true });
  try {
    await migrate(orm);
    await seedDemoIfEmpty(orm, PersonalDataVault.fromEnvironment(dataDir, false));
  } finally {
    await orm.close();
  }
  project.provide('databaseUrl', databaseUrl);
  project.provide('dataDir', dataDir);

  return async () => {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
