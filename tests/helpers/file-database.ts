// Runs before each test file (vitest setupFiles): the file gets its own database, a copy of the
// run's database made with CREATE DATABASE … TEMPLATE (migrated, demo data loaded, its data key
// recorded), so no file sees another's rows; it is dropped when the file is done.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { setDatabaseUrl } from './database.js';

const template = new URL(inject('databaseUrl'));
const name = `${template.pathname.slice(1)}_${randomBytes(4).toString('hex')}`;
const admin = new URL(template);
admin.pathname = '/postgres';

async function run(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await run(`create database ${name} template ${template.pathname.slice(1)}`);
const own = new URL(template);
own.pathname = `/${name}`;
setDatabaseUrl(own.toString());

afterAll(async () => {
  await run(`drop database if exists ${name} with (force)`);
});
