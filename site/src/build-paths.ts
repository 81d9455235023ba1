// Where one build of the site keeps its files, from the environment the API's site builder sets
// (AIXIN_SITE_OUT). astro.config.mjs and the content loaders (through src/search/records.ts) both
// read it here, and so do the pages reading the bulk collections (src/data/bulk.ts), so they agree without sharing anything in memory.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildPaths {
  /** Where the finished build goes (AIXIN_SITE_OUT), or null for site/dist. */
  target: string | null;
  /**
   * Astro stages a build whose outDir lies outside the working directory in `<cwd>/.astro/`,
   * then copies that whole folder into outDir: so such a build goes to its own `dist-<key>/`
   * and is moved to the target when done.
   */
  staged: boolean;
  outDir: string;
  /** Astro's cache (the content store), one per build so builds can run side by side. */
  cacheRoot: string;
  cacheDir: string | undefined;
  /** The content loaders write their search records here (JSON lines); the search integration reads them. */
  searchRecords: string;
  /** The bulk collections (news, activities, role models) as the build fetched them, for its pages (src/data/bulk.ts). */
  bulkData: string;
}

export function buildPaths(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): BuildPaths {
  const target = env.AIXIN_SITE_OUT ? path.resolve(siteDir, env.AIXIN_SITE_OUT) : null;
  const key = target ? createHash('sha256').update(target).digest('hex').slice(0, 12) : null;
  const staged = target !== null && !target.startsWith(cwd + path.sep);
  const outDir = staged ? path.join(siteDir, `dist-${key}`) : (target ?? path.join(siteDir, 'dist'));
  const cacheRoot = path.join(siteDir, 'node_modules', '.astro');
  const cacheDir = key ? path.join(cacheRoot, `build-${key}`) : undefined;
  const work = cacheDir ?? path.join(cacheRoot, 'build');
  return { target, staged, outDir, cacheRoot, cacheDir, searchRecords: path.join(work, 'search-records.jsonl'), bulkData: path.join(work, 'bulk-data.json') };
}
