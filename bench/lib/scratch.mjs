// A scratch database for a benchmark: created on DATABASE_URL's server (or 127.0.0.1:5432),
// migrated, and dropped again by close(). Uses the built API (api/dist).
import 'reflect-metadata';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PersonalDataVault } from '../../api/dist/src/common/personal-data.js';
import { migrate, openOrm } from '../../api/dist/src/db/orm.js';

export async function openScratch(ormOptions = {}) {
  const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const database = `aixin_bench_${Date.now().toString(36)}`;
  const at = (name) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const admin = new pg.Client({ connectionString: at('postgres') });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-bench-'));
  const orm = await openOrm(at(database), ormOptions);
  const close = async () => {
    await orm.close();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await migrate(orm);
  } catch (error) {
    await close();
    throw error;
  }
  return { orm, vault: PersonalDataVault.fromEnvironment(dataDir, false), url: at(database), close };
}

/** One approved organisation (org_bench) with one published project (prj_bench) two days ahead. */
export async function benchProject(conn, title) {
  await conn.execute(`insert into organization (id, slug, name, status) values ('org_bench', 'bench', '基准测试队', 'APPROVED')`);
  await conn.execute(
    `insert into project (id, organization_id, title, summary, status, starts_at, ends_at) values ('prj_bench', 'org_bench', ?, '基准', 'PUBLISHED', now() + interval '2 days', now() + interval '2 days 3 hours')`,
    [title],
  );
}
