// What the content loaders fetched reaches the rendering code as one JSON string. Astro turns
// its content store (data-store.json in the cache directory) into a JavaScript module of object
// literals, which Rollup then parses and walks node by node while bundling and V8 compiles
// again at render time: seconds with tens of thousands of articles. The same value written as
// `JSON.parse("…")` is a single string literal to Rollup, and JSON.parse reads it much faster
// than V8 compiles the equivalent literals.
import { readFile } from 'node:fs/promises';

/** Astro's resolved id of the store's module (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';

/** @returns {import('astro').AstroIntegration} */
export function dataStoreAsJson() {
  return {
    name: 'aixin:data-store-json',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = new URL('data-store.json', config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'aixin:data-store-json',
                // Ahead of Astro's own load of the module, which would parse the file and write
                // it out as literals only for them to be thrown away here.
                load: {
                  order: 'pre',
                  async handler(id) {
                    if (id !== STORE_MODULE) return null;
                    const json = await readFile(storeFile, 'utf8').catch(() => null);
                    // No store file (no collections yet): Astro's own module stands.
                    if (json === null) return null;
                    return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
