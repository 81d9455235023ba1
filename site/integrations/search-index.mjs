// Writes the site's full-text search index (Pagefind) into a finished build, at <dir>/pagefind/.
// Only the Chinese pages of news articles, activities and organisations are read, and only the
// parts marked data-pagefind-body there; Chinese is segmented into words (Pagefind's extended
// build, which the npm package runs), so a query like 植树 or 社区 finds the pages that use it.
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** Which built pages the index reads (paths relative to the build, English twins left out). */
export const SEARCHED_PAGES = '{news,projects,organizations}/**/index.html';

/** Indexes `dir` and returns the number of pages indexed. */
export async function writeSearchIndex(dir) {
  const { index, errors } = await createIndex({ forceLanguage: 'zh' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir, glob: SEARCHED_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await close();
  }
}
