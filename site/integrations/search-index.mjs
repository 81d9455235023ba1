// The site's full-text search index (Pagefind), built alongside the pages. During `astro build`
// the content loaders write each news article, activity, organisation, role model and showcase
// as a search record to a file of JSON lines (src/search/records.ts; its path comes from
// src/build-paths.ts); once they are done (`astro:build:start`) the records go to Pagefind, a
// separate process that segments the Chinese text into words and writes its index while Astro
// renders pages, and the finished index is moved to <build>/pagefind/ at the end. The index
// holds the Chinese pages; the search page maps results to their English twins on /en/.
import { createReadStream } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { close, createIndex } from 'pagefind';

/**
 * Starts the index for a build: `recordsFile` is made empty for the loaders to fill. `workDir`
 * holds the index until the build is done; it must be on the same file system as the build
 * output for the final move to be a rename.
 */
export async function openSearchIndex(workDir, recordsFile) {
  const started = performance.now();
  await mkdir(path.dirname(recordsFile), { recursive: true });
  await writeFile(recordsFile, '');
  const indexing = createIndex({ forceLanguage: 'zh' }).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  // Stops an unhandled rejection before anyone awaits it; it is rethrown where awaited.
  indexing.catch(() => undefined);
  let pages = 0;
  let written = null;
  const state = {
    /** Every record is in (the loaders are done): index them and write the index, while pages render. */
    seal() {
      written ??= (async () => {
        const index = await indexing;
        const adding = [];
        for await (const line of createInterface({ input: createReadStream(recordsFile, 'utf8'), crlfDelay: Infinity })) {
          if (!line) continue;
          const record = JSON.parse(line);
          pages++;
          adding.push(
            index.addCustomRecord(record).then((r) => {
              if (r.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${r.errors.join('; ')}`);
            }),
          );
        }
        await Promise.all(adding);
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
    /** Ends the Pagefind process and forgets the index and its records (also after a failed build). */
    async abandon() {
      await close();
      await rm(workDir, { recursive: true, force: true });
      await rm(recordsFile, { force: true });
    },
  };
  return state;
}
