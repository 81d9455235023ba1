// Starts the product the way `npm start` does (node api/dist/src/main.js after the build)
// in a child process, and waits for what it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrl } from './database.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** An empty data directory for a product on the embedded PostgreSQL (the postgres user must be able to traverse it). */
export function embeddedDataDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

export interface Product {
  child: ChildProcess;
  url: string;
  output: () => string;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
  stop: () => Promise<number | null>;
}

export async function startProduct(env: Record<string, string | undefined>): Promise<Product> {
  const port = await freePort();
  // The tests' crowds all come from 127.0.0.1, far over the per-address limits; a test that is about
  // the limits turns them on (AIXIN_RATE_LIMITS: '1').
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', AIXIN_RATE_LIMITS: '0', ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  const child = spawn(process.execPath, [path.join(repoRoot, 'api/dist/src/main.js')], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(out)) return done(resolve);
        if (child.exitCode !== null) done(() => reject(new Error(`product exited (${child.exitCode}) before ${pattern}:\n${out}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`timed out waiting for ${pattern}:\n${out}`))), timeoutMs);
      const done = (fn: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        child.off('exit', check);
        fn();
      };
      listeners.add(check);
      child.on('exit', check);
      check();
    });

  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    waitFor,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** `npm start` as on a fresh machine: no DATABASE_URL (the embedded PostgreSQL on `pgPort`, data in `dataDir`), no site build. */
export function startOnEmbeddedDatabase(dataDir: string, pgPort: number, env: Record<string, string> = {}): Promise<Product> {
  return startProduct({
    DATABASE_URL: undefined,
    AIXIN_DATA_DIR: dataDir,
    AIXIN_EMBEDDED_PG_PORT: String(pgPort),
    AIXIN_BUILD_SITE: '0',
    NODE_ENV: undefined,
    ...env,
  });
}

export interface SiteProduct {
  product: Product;
  /** `${product.url}/graphql` */
  api: string;
  /** The product's AIXIN_DATA_DIR (its site builds are under it). */
  dataDir: string;
  stop: () => Promise<void>;
}

/** The whole product (API and the site it builds) on the run's database and data key, once its site is ready. */
export async function startSiteOnRunDatabase(env: Record<string, string> = {}): Promise<SiteProduct> {
  // A dot-folder, as `npm start`'s default `.data` is: the site is served from under it.
  const home = mkdtempSync(path.join(os.tmpdir(), 'aixin-site-product-'));
  const dataDir = path.join(home, '.data');
  const key = readFileSync(path.join(inject('dataDir'), 'data-key'), 'utf8').trim();
  const product = await startProduct({ DATABASE_URL: databaseUrl(), AIXIN_DATA_DIR: dataDir, AIXIN_DATA_KEY: key, ...env });
  const stop = async () => {
    await product.stop();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await product.waitFor(/Site ready at/, 240_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { product, api: `${product.url}/graphql`, dataDir, stop };
}

export interface ProductsOnOneDatabase {
  processes: Product[];
  /** A plain client on the run's database, for setting up and checking. */
  db: pg.Client;
  stop: () => Promise<void>;
}

/**
 * Several API processes (built product, no site) sharing the run's database and data key
 * (so the demo accounts' blind indexes match), as behind a load balancer.
 */
export async function startProductsOnRunDatabase(count: number, env: Record<string, string> = {}): Promise<ProductsOnOneDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-products-'));
  const key = readFileSync(path.join(inject('dataDir'), 'data-key'), 'utf8').trim();
  const shared = { DATABASE_URL: databaseUrl(), AIXIN_DATA_DIR: dataDir, AIXIN_DATA_KEY: key, AIXIN_BUILD_SITE: '0', ...env };
  const processes = await Promise.all(Array.from({ length: count }, () => startProduct(shared)));
  await Promise.all(processes.map((p) => p.waitFor(/Aixin 爱心 is running/, 120_000)));
  const db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  return {
    processes,
    db,
    stop: async () => {
      await Promise.all(processes.map((p) => p.stop()));
      await db.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
