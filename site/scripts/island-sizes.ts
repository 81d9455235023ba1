// How much JavaScript the islands cost a visitor, from a built site: the runtime every island
// shares (Astro's inline island loader, the Preact renderer, Preact and @urql/core: loaded once,
// then cached for every page), each island's own code (its component chunk and the chunks only
// it and its kind import), and each page's total. Dynamic imports load only on demand and are
// left out. The site build test holds each island to the budget; to look at a build by hand:
//   npx tsx site/scripts/island-sizes.ts [site/dist]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budget per island: its own code, gzipped. */
export const ISLAND_BUDGET_BYTES = 15_000;
/**
 * Budget per back-office island (Manage…, and the platform staff's Admin…): staff open these pages to work in them, often many
 * times a day with the shared code cached, and each holds a whole section's forms and both
 * languages; the public and volunteers' islands keep the tighter one.
 */
export const BACK_OFFICE_ISLAND_BUDGET_BYTES = 25_000;

/** The budget of an island by its component's name. */
export function islandBudget(island: string): number {
  return /^(Manage|Admin)/.test(island) ? BACK_OFFICE_ISLAND_BUDGET_BYTES : ISLAND_BUDGET_BYTES;
}
/**
 * Ceiling for the runtime all islands share (Preact, @urql/core, the renderer and loader), gzipped.
 * The typed documents of the islands that import them from gql/graphql live in that shared chunk
 * too (about 0.1 kB each): 20.5 kB since the teams' map and the station screen added theirs.
 */
export const RUNTIME_BUDGET_BYTES = 20_500;

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

export interface IslandPage {
  /** Path of the page in the build, e.g. `register/index.html`. */
  page: string;
  /** Component names of the page's islands, sorted, e.g. ['AccountMenu', 'RegisterForm']. */
  islands: string[];
  chunks: Chunk[];
  /** Inline scripts in the HTML (Astro's island loader). */
  inline: { raw: number; gzip: number };
  totalGzip: number;
  /** Each island's component chunk and the chunks it imports statically. */
  islandChunks: Record<string, string[]>;
  /** The Preact renderer's chunk and its imports. */
  rendererChunks: string[];
}

export interface IslandCost {
  island: string;
  /** Chunks of this island that not every island loads. */
  chunks: Chunk[];
  gzip: number;
}

export interface IslandReport {
  /** The loader, renderer and every chunk all islands import: paid once per visit. */
  runtime: { chunks: Chunk[]; inlineGzip: number; gzip: number };
  islands: IslandCost[];
  pages: IslandPage[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(path.join(dir, e.name), root) : e.name.endsWith('.html') ? [path.relative(root, path.join(dir, e.name))] : [],
  );
}

/** The chunk and every chunk it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
// Every island page loads the same few chunks: each is read, parsed and gzipped once.
const importsOf = new Map<string, string[]>();
const chunkSizes = new Map<string, Chunk>();

function closure(dist: string, url: string, seen: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const file = path.join(dist, url);
  let imports = importsOf.get(file);
  if (!imports) {
    const code = readFileSync(file, 'utf8');
    imports = [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']([^"']+\.js)["']/g)].map((m) =>
      path.posix.join(path.posix.dirname(url), m[1]),
    );
    importsOf.set(file, imports);
  }
  for (const next of imports) closure(dist, next, seen);
}

function chunkSize(dist: string, url: string): Chunk {
  const file = path.join(dist, url);
  let chunk = chunkSizes.get(file);
  if (!chunk) {
    const code = readFileSync(file);
    chunk = { file: url, raw: code.length, gzip: gz(code) };
    chunkSizes.set(file, chunk);
  }
  return chunk;
}

export function measureIslandPages(dist: string): IslandPage[] {
  const pages: IslandPage[] = [];
  for (const page of htmlFiles(dist)) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    const entries = [
      ...[...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((m) => [...m[0].matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((u) => u[1])),
      ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    ];
    const inlineCode = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join('\n');
    if (!entries.length && !inlineCode.trim()) continue;
    const urls = new Set<string>();
    for (const entry of entries) closure(dist, entry, urls);
    const islandChunks: Record<string, string[]> = {};
    const renderer = new Set<string>();
    for (const m of html.matchAll(/renderer-url="([^"]+)"/g)) closure(dist, m[1], renderer);
    for (const tag of html.matchAll(/<astro-island\b[^>]*>/g)) {
      const component = /component-url="([^"]+)"/.exec(tag[0])?.[1];
      const name = /component-export="(\w+)"/.exec(tag[0])?.[1];
      if (!component || !name) continue;
      const own = new Set<string>();
      closure(dist, component, own);
      islandChunks[name] = [...own];
    }
    const chunks = [...urls].sort().map((url) => chunkSize(dist, url));
    const inline = inlineCode ? { raw: Buffer.byteLength(inlineCode), gzip: gz(inlineCode) } : { raw: 0, gzip: 0 };
    const islands = [
      ...new Set([...html.matchAll(/<astro-island\b[^>]*\bopts="([^"]+)"/g)].map((m) => /name&quot;:&quot;([^&]+)/.exec(m[1])?.[1] ?? '?')),
    ].sort();
    pages.push({ page, islands, chunks, inline, totalGzip: inline.gzip + chunks.reduce((n, c) => n + c.gzip, 0), islandChunks, rendererChunks: [...renderer] });
  }
  return pages;
}

/** The shared runtime, and what each island adds to it. */
export function reportIslands(dist: string): IslandReport {
  const pages = measureIslandPages(dist);
  const sizes = new Map<string, Chunk>();
  for (const p of pages) for (const c of p.chunks) sizes.set(c.file, c);
  const closures = new Map<string, Set<string>>();
  for (const p of pages) for (const [name, files] of Object.entries(p.islandChunks)) closures.set(name, new Set([...(closures.get(name) ?? []), ...files]));
  // Shared: the renderer and its imports, and what every island imports.
  const everyIsland = closures.size ? [...closures.values()].reduce((a, b) => new Set([...a].filter((f) => b.has(f)))) : new Set<string>();
  const shared = new Set([...pages.flatMap((p) => p.rendererChunks), ...everyIsland]);
  const runtimeChunks = [...shared]
    .sort()
    .map((f) => sizes.get(f)!)
    .filter(Boolean);
  const inlineGzip = Math.max(0, ...pages.map((p) => p.inline.gzip));
  const islands = [...closures].map(([island, files]) => {
    const chunks = [...files]
      .filter((f) => !shared.has(f))
      .sort()
      .map((f) => sizes.get(f)!);
    return { island, chunks, gzip: chunks.reduce((n, c) => n + c.gzip, 0) };
  });
  return {
    runtime: { chunks: runtimeChunks, inlineGzip, gzip: inlineGzip + runtimeChunks.reduce((n, c) => n + c.gzip, 0) },
    islands: islands.sort((a, b) => b.gzip - a.gzip),
    pages,
  };
}

/** The heaviest page of each set of islands. */
export function heaviestBySet(pages: IslandPage[]): IslandPage[] {
  const bySet = new Map<string, IslandPage>();
  for (const p of pages) {
    const key = p.islands.join('+');
    if ((bySet.get(key)?.totalGzip ?? -1) < p.totalGzip) bySet.set(key, p);
  }
  return [...bySet.values()].sort((a, b) => b.totalGzip - a.totalGzip);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = path.resolve(process.argv[2] ?? 'site/dist');
  const { runtime, islands, pages } = reportIslands(dist);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`shared runtime: ${kb(runtime.gzip)} gzipped, once per visit (budget ${kb(RUNTIME_BUDGET_BYTES)})`);
  console.log(`  ${'inline island loader'.padEnd(44)} ${kb(runtime.inlineGzip).padStart(9)}`);
  for (const c of runtime.chunks) console.log(`  ${c.file.padEnd(44)} ${kb(c.gzip).padStart(9)}`);
  for (const i of islands) {
    console.log(`${i.island}: ${kb(i.gzip)} gzipped of its own (budget ${kb(islandBudget(i.island))})`);
    for (const c of i.chunks) console.log(`  ${c.file.padEnd(44)} ${kb(c.gzip).padStart(9)}`);
  }
  for (const p of heaviestBySet(pages))
    // A page of its own script and no island: the search page, GraphiQL's (/developers/graphiql/, its bundle apart from the islands').
    console.log(
      `page with ${p.islands.join(' + ') || 'its own script, no island'}: ${kb(p.totalGzip)} gzipped in all (e.g. /${p.page.replace(/index\.html$/, '')})`,
    );
  const over = islands.filter((i) => i.gzip > islandBudget(i.island)).length + (runtime.gzip > RUNTIME_BUDGET_BYTES ? 1 : 0);
  console.log(over ? `${over} over budget` : 'every island and the runtime within budget');
  process.exitCode = over ? 1 : 0;
}
