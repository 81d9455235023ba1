// Backup and restore as the README tells operators: pg_dump of the run's database, pg_restore
// into a new one with --exit-on-error (every index rebuilt, the nearby-search one included), and
// the API serving from the restored copy with the same data key: nearby activities and a
// volunteer's own data, decrypted and masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../../api/src/db/orm.js';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testServer } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { databaseUrl } from '../helpers/database.js';

const source = databaseUrl();
const restoredName = `${new URL(source).pathname.slice(1)}_restored`;
const restoredUrl = Object.assign(new URL(source), { pathname: `/${restoredName}` }).toString();
const admin = new pg.Client({ connectionString: Object.assign(new URL(source), { pathname: '/postgres' }).toString() });
const dir = mkdtempSync(path.join(os.tmpdir(), 'aixin-backup-'));
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;

beforeAll(async () => {
  await admin.connect();
  await admin.query(`drop database if exists ${restoredName}`);
  await admin.query(`create database ${restoredName}`);
  const file = path.join(dir, 'aixin.dump');
  execFileSync('pg_dump', ['--format=custom', `--file=${file}`, source], { stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('pg_restore', ['--exit-on-error', '--no-owner', `--dbname=${restoredUrl}`, file], { stdio: ['ignore', 'ignore', 'pipe'] });
  orm = await openOrm(restoredUrl);
  server = await testServer(orm);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await orm?.close();
  await admin.query(`drop database if exists ${restoredName} with (force)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
});

describe('a restored backup', () => {
  it('has every index, the nearby-search one included', async () => {
    const indexes = async (url: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ indexname: string }>(`select indexname from pg_indexes where schemaname = 'public' order by indexname`);
      await client.end();
      return rows.map((r) => r.indexname);
    };
    const restored = await indexes(restoredUrl);
    expect(restored).toContain('project_location_earth');
    expect(restored).toEqual(await indexes(source));
  });

  it('serves from the copy: nearby activities and the demo volunteer’s own data', async () => {
    const near = await server.gql(`{ projects(first: 5, filter: { near: { lat: 20.03, lng: 110.34, radiusKm: 30 } }) { nodes { id title } } }`);
    expect(near.errors).toBeUndefined();
    expect(near.data.projects.nodes.length).toBeGreaterThan(0);
    const login = await server.gql(`mutation($i: LogInInput!) { logIn(input: $i) { token volunteer { realName phoneMasked } } }`, {
      i: { login: DEMO.volunteer, password: DEMO_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    expect(login.data.logIn.volunteer.phoneMasked).toBe('138****0002');
    expect(login.data.logIn.volunteer.realName).toMatch(/^\p{Script=Han}{2,4}$/u);
  });
});
