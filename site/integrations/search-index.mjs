// The site's full-text search index (Pagefind), built alongside the pages. During `astro build`
// the content loaders hand over each news article, activity and organisation as a search
// record (src/search/records.ts); Pagefind, a separate process, segments the Chinese text into
// words and writes its index while Astro is still rendering pages, and the finished index is
// moved to <build>/pagefind/ at the end. The index holds the Chinese pages; the search page
// maps results to their English twins on /en/.
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** Where the loaders find the index of the running build (loaders and config are loaded apart). */
const KEY = Symbol.for('aixin.search-index');

/**
 * Starts the index for a build. `workDir` holds the index until the build is done; it must be
 * on the same file system as the build output for the final move to be a rename.
 */
export function openSearchIndex(workDir) {
  const started = performance.now();
  const indexing = createIndex({ forceLanguage: 'zh' }).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  // Stops an unhandled rejection before anyone awaits it; it is rethrown where awaited.
  indexing.catch(() => undefined);
  const added = [];
  let pages = 0;
  let written = null;
  const state = {
    /** Adds records ({ url, content, language, meta, filters }) to the index. */
    add(records) {
      pages += records.length;
      for (const record of records) {
        const adding = indexing.then((index) => index.addCustomRecord(record)).then((r) => {
          if (r.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${r.errors.join('; ')}`);
        });
        adding.catch(() => undefined);
        added.push(adding);
      }
    },
    /** Every record is in (the loaders are done): write the index now, while pages render. */
    seal() {
      written ??= (async () => {
        const index = await indexing;
        await Promise.all(added);
        await rm(workDir, { recursive: true, force: true });
        const out = await index.writeFiles({ outputPath: workDir });
        if (out.errors.length) throw new Error(`Pagefind could not write its index: ${out.errors.join('; ')}`);
      })();
      written.catch(() => undefined);
      return written;
    },
    /** Waits for the index and moves it to <outDir>/pagefind/; returns pages indexed and seconds taken. */
    async finish(outDir) {
      try {
        await state.seal();
        const target = path.join(outDir, 'pagefind');
        await rm(target, { recursive: true, force: true });
        await mkdir(outDir, { recursive: true });
        try {
          await rename(workDir, target);
        } catch (error) {
          if (error?.code !== 'EXDEV') throw error;
          await cp(workDir, target, { recursive: true });
        }
        return { pages, seconds: (performance.now() - started) / 1000 };
      } finally {
        await state.abandon();
      }
    },
    /** Ends the Pagefind process and forgets the index (also after a failed build). */
    async abandon() {
      if (globalThis[KEY] === state) delete globalThis[KEY];
      await close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
  globalThis[KEY] = state;
  return state;
}
