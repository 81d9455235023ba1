// Reads the process environment once; everything else takes settings from here.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// Works from src/ (tsx, vitest) and from dist/src/ (node).
export const repoRoot = path.resolve(here, path.basename(path.dirname(here)) === 'dist' ? '../../..' : '../..');

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  production: boolean;
  development: boolean;
  siteDir: string;
  buildSite: boolean;
  seedDemo: boolean;
  publicUrl: string;
  /** How often this process looks for lottery draws that are due; 0: never (another process draws). */
  drawIntervalMs: number;
  /** How long a signed-in viewer may be served from memory; 0: the session is read from PostgreSQL on every request. */
  sessionCacheMs: number;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number, got "${raw}"`);
  }
  return value;
}

function millisecondsFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 86_400_000) throw new Error(`${name} must be 0..86400000 milliseconds, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const port = intFromEnv('PORT', 4000);
  const dataDir = path.resolve(env.AIXIN_DATA_DIR ?? path.join(repoRoot, '.data'));
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    embeddedPgPort: intFromEnv('AIXIN_EMBEDDED_PG_PORT', 54329),
    production: nodeEnv === 'production',
    development: nodeEnv === 'development',
    siteDir: path.resolve(env.AIXIN_SITE_DIR ?? path.join(repoRoot, 'site')),
    buildSite: env.AIXIN_BUILD_SITE !== '0',
    // The demo accounts must never exist in production.
    seedDemo: env.AIXIN_DEMO_DATA ? env.AIXIN_DEMO_DATA === '1' : nodeEnv !== 'production',
    publicUrl: env.AIXIN_PUBLIC_URL ?? `http://localhost:${port}`,
    drawIntervalMs: millisecondsFromEnv(env, 'AIXIN_DRAW_INTERVAL_MS', 10_000),
    sessionCacheMs: millisecondsFromEnv(env, 'AIXIN_SESSION_CACHE_MS', 60_000),
  };
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
