// GraphiQL for the developer portal (/developers/graphiql/), bundled from npm with esbuild: React,
// GraphiQL, the Monaco editor and its three workers, with their CSS and font, under
// /_astro/graphiql/ with hashed names (cached for a year like Astro's own assets). Nothing comes
// from a CDN, and only that page loads it. The page learns the files' addresses from the virtual
// module `virtual:aixin/graphiql`; the files join the build in `astro:build:done`.
//
// Monaco is large and the running server rebuilds the site after every published change, so a
// bundle is kept under node_modules/.astro/graphiql-<key>/, the key hashing the lockfile, the
// entry's sources and the schema; a build whose inputs have not changed copies it.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const VIRTUAL_ID = 'virtual:aixin/graphiql';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Where the files are served from, under the build's root. */
export const GRAPHIQL_BASE = '/_astro/graphiql/';

/**
 * @param {{ siteDir: string; cacheRoot: string; pages: string[] }} options `pages`: the built pages that load GraphiQL
 * @returns {import('astro').AstroIntegration}
 */
export function graphiqlBundle({ siteDir, cacheRoot, pages }) {
  const repoRoot = path.resolve(siteDir, '..');
  const entry = path.join(siteDir, 'src', 'graphiql', 'graphiql-page.ts');
  /** @type {Promise<{ dir: string; manifest: { script: string; styles: string[] } }> | null} */
  let bundling = null;
  const bundle = () => {
    bundling ??= cachedBundle({ siteDir, repoRoot, entry, cacheRoot });
    return bundling;
  };

  return {
    name: 'aixin:graphiql',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'aixin:graphiql-manifest',
                resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: async (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify((await bundle()).manifest)};` : undefined),
              },
            ],
          },
        });
      },
      // `astro dev`: the files are served from the bundle's folder.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(GRAPHIQL_BASE)) return next();
          bundle()
            .then(async ({ dir }) => {
              const name = path.basename(req.url.split('?')[0]);
              const body = await readFile(path.join(dir, name));
              res.setHeader('content-type', CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream');
              res.end(body);
            })
            .catch(() => next());
        });
      },
      'astro:build:done': async ({ dir }) => {
        const { dir: from } = await bundle();
        const to = path.join(fileURLToPath(dir), GRAPHIQL_BASE);
        await mkdir(to, { recursive: true });
        await cp(from, to, { recursive: true });
        await rm(path.join(to, MANIFEST), { force: true });
        for (const page of pages) await tidyPolicy(path.join(fileURLToPath(dir), page));
      },
    },
  };
}

const MANIFEST = 'manifest.json';

/**
 * Astro's `Astro.csp.insertDirective` may write a directive several times over; a browser enforces
 * the first and logs an error for each repeat. The page gives each directive whole, so keeping the
 * first of each changes nothing but the noise.
 */
async function tidyPolicy(file) {
  const html = await readFile(file, 'utf8').catch(() => null);
  if (html === null) return;
  const tidied = html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/, (_, open, policy, close) => {
    const seen = new Set();
    const kept = policy
      .split(';')
      .map((d) => d.trim())
      .filter((d) => {
        const name = d.split(/\s+/)[0];
        if (!name || seen.has(name)) return false;
        seen.add(name);
        return true;
      });
    return `${open}${kept.join('; ')};${close}`;
  });
  if (tidied !== html) await writeFile(file, tidied);
}

const CONTENT_TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf' };

/** The bundle for these inputs: from the cache, or made now and kept there. */
async function cachedBundle({ siteDir, repoRoot, entry, cacheRoot }) {
  const require = createRequire(path.join(siteDir, 'package.json'));
  const sources = path.dirname(entry);
  const hash = createHash('sha256');
  for (const file of [
    path.join(repoRoot, 'package-lock.json'),
    path.join(repoRoot, 'schema', 'schema.graphql'),
    fileURLToPath(import.meta.url),
    ...(await readdir(sources)).sort().map((name) => path.join(sources, name)),
  ]) {
    // A copy of the product without the lockfile still builds (it then keys on the rest).
    hash.update(file).update(await readFile(file).catch(() => ''));
  }
  const key = hash.digest('hex').slice(0, 16);
  const dir = path.join(cacheRoot, `graphiql-${key}`);
  const manifestFile = path.join(dir, MANIFEST);
  const cached = await readFile(manifestFile, 'utf8').catch(() => null);
  if (cached) return { dir, manifest: JSON.parse(cached) };

  await mkdir(cacheRoot, { recursive: true });
  const work = await mkdtemp(path.join(cacheRoot, 'graphiql-tmp-'));
  try {
    const common = {
      bundle: true,
      minify: true,
      legalComments: 'linked',
      target: 'es2022',
      outdir: work,
      entryNames: '[name]-[hash]',
      assetNames: '[name]-[hash]',
      publicPath: GRAPHIQL_BASE,
      absWorkingDir: siteDir,
      logLevel: 'error',
      metafile: true,
      define: { 'process.env.NODE_ENV': '"production"' },
    };
    // Monaco's workers, as classic scripts the page starts with `new Worker(url)`.
    const workers = await build({
      ...common,
      format: 'iife',
      entryPoints: {
        'editor.worker': require.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
        'json.worker': require.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
        'graphql.worker': require.resolve('monaco-graphql/esm/graphql.worker.js'),
      },
    });
    const workerUrls = {};
    for (const [file, output] of Object.entries(workers.metafile.outputs)) {
      const label = /(editor|json|graphql)\.worker/.exec(output.entryPoint ?? '')?.[1];
      if (label && file.endsWith('.js')) workerUrls[label] = GRAPHIQL_BASE + path.basename(file);
    }
    const page = await build({
      ...common,
      format: 'esm',
      splitting: false,
      entryPoints: { graphiql: entry },
      loader: { '.graphql': 'text', '.ttf': 'file' },
      define: { ...common.define, AIXIN_GRAPHIQL_WORKERS: JSON.stringify(workerUrls) },
    });
    const outputs = Object.entries(page.metafile.outputs);
    const [script, output] = outputs.find(([file, o]) => o.entryPoint && file.endsWith('.js')) ?? [];
    if (!script || !output?.cssBundle) throw new Error('GraphiQL: esbuild made no script or stylesheet');
    const manifest = { script: GRAPHIQL_BASE + path.basename(script), styles: [GRAPHIQL_BASE + path.basename(output.cssBundle)] };
    await writeFile(path.join(work, MANIFEST), JSON.stringify(manifest));
    // Builds side by side may make the same bundle: the first to finish keeps it.
    await rename(work, dir).catch(async (error) => {
      if (!(await stat(manifestFile).catch(() => null))) throw error;
      await rm(work, { recursive: true, force: true });
    });
    // Bundles of earlier inputs are of no more use.
    for (const name of await readdir(cacheRoot))
      if (/^graphiql-[0-9a-f]{16}$/.test(name) && name !== path.basename(dir)) await rm(path.join(cacheRoot, name), { recursive: true, force: true });
    return { dir, manifest };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
