// Static build of the public site. The API process runs it with AIXIN_API_URL (where the
// content loaders fetch), AIXIN_SITE_OUT (output directory) and AIXIN_PUBLIC_URL (origin).
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { graphiqlBundle } from './integrations/graphiql.mjs';
import { openSearchIndex } from './integrations/search-index.mjs';
import { buildPaths, siteDir } from './src/build-paths.ts';
import { fetchBulkForBuild } from './src/data/bulk.ts';
import { mapTileOrigins, mapTiles } from './src/lib/map-tiles.ts';

// Astro reads this lazily, before it records anything: no telemetry from any build.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Astro stages a build whose outDir lies outside the working directory in `<cwd>/.astro/`,
// then copies that whole folder (content-layer files included) into outDir and deletes it:
// stray files in the output, and builds running side by side (several API processes, tests)
// trample each other. So such a build goes to its own `dist-<key>/` (git-ignored) and is moved
// to AIXIN_SITE_OUT when done. The content layer writes what the loaders fetched to
// <cacheDir>/data-store.json and reads it back while rendering, so side-by-side builds need one
// cache each, too (src/build-paths.ts).
const { target, staged, outDir, cacheRoot, cacheDir, searchRecords, bulkData } = buildPaths();
const STALE_MS = 24 * 60 * 60 * 1000;

/** Removes staging and cache folders that failed builds left behind more than a day ago. */
async function sweepStale() {
  const now = Date.now();
  const candidates = [
    ...(await readdir(siteDir).catch(() => [])).filter((n) => /^dist-[0-9a-f]{12}$/.test(n)).map((n) => path.join(siteDir, n)),
    ...(await readdir(cacheRoot).catch(() => [])).filter((n) => /^build-[0-9a-f]{12}$/.test(n)).map((n) => path.join(cacheRoot, n)),
  ];
  for (const dir of candidates) {
    if (dir === outDir || dir === cacheDir) continue;
    const info = await stat(dir).catch(() => null);
    if (info && now - info.mtimeMs > STALE_MS) await rm(dir, { recursive: true, force: true });
  }
}

/** With AIXIN_BUILD_TIMINGS=1 the build reports where its time goes (see bench/site-build.mjs). */
const timings = process.env.AIXIN_BUILD_TIMINGS === '1';

/**
 * Fetches the bulk collections (news, activities, role models: src/data/bulk.ts) while Vite
 * bundles, builds the search index beside the pages (the loaders and the bulk fetch feed it; it
 * is written while pages render), puts it into the finished build, then moves a staged build to
 * AIXIN_SITE_OUT (index included, so a swapped-in build is searchable at once) and drops the
 * per-build cache.
 */
// Wall time since the build started, and the CPU time this process used (the machine may be busy).
const since = () => {
  const { user, system } = process.cpuUsage();
  return `${(performance.now() / 1000).toFixed(2)} s (CPU ${((user + system) / 1e6).toFixed(2)} s)`;
};
let search = null;
let bulk = null;
const publishBuild = {
  name: 'aixin:publish-build',
  hooks: {
    // Before the loaders run: the records file they write to is made here.
    'astro:config:setup': async ({ command }) => {
      if (command !== 'build') return;
      search = await openSearchIndex(path.join(cacheDir ?? path.join(cacheRoot, 'build'), 'search-index'), searchRecords);
      // Asked now, awaited once the server bundle is written: the API answers while Vite bundles.
      bulk = fetchBulkForBuild(bulkData);
      bulk.catch(() => undefined);
    },
    'astro:build:start': async () => {
      if (timings) console.log(`[timing] content loaded, bundling starts at ${since()}`);
      await sweepStale();
    },
    // After both bundles, before any page renders: the pages read what the bulk fetch wrote.
    'astro:build:ssr': async () => {
      if (timings) console.log(`[timing] server bundle written at ${since()}`);
      await bulk;
      if (timings) console.log(`[timing] bulk collections in at ${since()}`);
      // The loaders and the bulk fetch are done: every record is in.
      void search?.seal();
    },
    'astro:build:generated': () => {
      if (timings) console.log(`[timing] pages rendered at ${since()}`);
    },
    'astro:build:done': async ({ dir }) => {
      if (search) {
        const waited = performance.now();
        const { pages, seconds } = await search.finish(fileURLToPath(dir));
        if (timings)
          console.log(
            `[timing] search index: ${pages} records, ready ${seconds.toFixed(2)} s after it opened; waited ${((performance.now() - waited) / 1000).toFixed(2)} s for it`,
          );
      }
      if (staged && target) {
        await rm(target, { recursive: true, force: true });
        await mkdir(path.dirname(target), { recursive: true });
        try {
          await rename(outDir, target);
        } catch (error) {
          if (error?.code !== 'EXDEV') throw error;
          await cp(outDir, target, { recursive: true });
          await rm(outDir, { recursive: true, force: true });
        }
      }
      if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
      else await rm(bulkData, { force: true });
    },
  },
};

export default defineConfig({
  output: 'static',
  site: process.env.AIXIN_PUBLIC_URL || 'http://localhost:4000',
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Several pages at once: while one page's file is written, the next renders.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Chinese at /, English at /en/ (src/pages/en/ holds thin twins of the Chinese routes).
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  // Only the islands hold JSX: Babel (which the Preact integration runs for JSX) skips the
  // other modules, which Vite's esbuild compiles anyway.
  // GraphiQL (the developer portal's /developers/graphiql/) is React, bundled apart by esbuild.
  integrations: [
    preact({ include: [/\.tsx$/] }),
    graphiqlBundle({ siteDir, cacheRoot, pages: ['developers/graphiql/index.html', 'en/developers/graphiql/index.html'] }),
    publishBuild,
  ],
  devToolbar: { enabled: false },
  prefetch: false,
  // Every page carries a Content-Security-Policy <meta> with the hashes of the scripts and styles
  // Astro emits, so no inline script runs unless it is one of ours. The API adds the headers a
  // <meta> cannot carry (frame-ancestors and the rest: api/src/security-headers.ts).
  experimental: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        // blob: is the upload box's preview of a chosen photo; uploaded photos kept in an object
        // store are read from its public URL,
        // and the teams' map's tiles come from its provider, when the build has one (AIXIN_MAP_TILES).
        `img-src ${["'self'", 'data:', 'blob:', ...(process.env.AIXIN_MEDIA_PUBLIC_URL ? [new URL(process.env.AIXIN_MEDIA_PUBLIC_URL).origin] : []), ...mapTileOrigins(mapTiles())].join(' ')}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The search index runs WebAssembly (Pagefind).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Where the bulk collections of this build are, for the pages that read them (src/data/bulk.ts).
    define: { 'import.meta.env.AIXIN_BULK_DATA': JSON.stringify(bulkData) },
    build: {
      rollupOptions: {
        // Codegen's typed documents are `new TypedDocumentString(...)` at module level, which
        // Rollup must otherwise keep: an island would carry every operation of the site.
        treeshake: { manualPureFunctions: ['TypedDocumentString'] },
      },
    },
  },
});
