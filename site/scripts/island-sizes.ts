// How much JavaScript each island costs a visitor: for every built page with islands, the
// gzipped size of all it runs at load (the inline island loader, each island's component and
// renderer chunks and every chunk they import statically; dynamic imports load only on demand
// and are left out), grouped by the set of islands on the page. The site build test holds every
// island page to the budget; to look at a build by hand:
//   npx tsx site/scripts/island-sizes.ts [site/dist]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budget per island page: all of its JavaScript, gzipped. */
export const ISLAND_BUDGET_BYTES = 15_000;

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
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(path.join(dir, e.name), root) : e.name.endsWith('.html') ? [path.relative(root, path.join(dir, e.name))] : [],
  );
}

/** The chunk and every chunk it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function closure(dist: string, url: string, seen: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const code = readFileSync(path.join(dist, url), 'utf8');
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
    closure(dist, path.posix.join(path.posix.dirname(url), m[1]), seen);
  }
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
    const inlineCode = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    if (!entries.length && !inlineCode.trim()) continue;
    const urls = new Set<string>();
    for (const entry of entries) closure(dist, entry, urls);
    const chunks = [...urls].sort().map((url) => {
      const code = readFileSync(path.join(dist, url));
      return { file: url, raw: code.length, gzip: gz(code) };
    });
    const inline = inlineCode ? { raw: Buffer.byteLength(inlineCode), gzip: gz(inlineCode) } : { raw: 0, gzip: 0 };
    const islands = [...new Set([...html.matchAll(/<astro-island\b[^>]*\bopts="([^"]+)"/g)].map((m) => /name&quot;:&quot;([^&]+)/.exec(m[1])?.[1] ?? '?'))].sort();
    pages.push({ page, islands, chunks, inline, totalGzip: inline.gzip + chunks.reduce((n, c) => n + c.gzip, 0) });
  }
  return pages;
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
  const pages = measureIslandPages(dist);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  for (const p of heaviestBySet(pages)) {
    const count = pages.filter((q) => q.islands.join('+') === p.islands.join('+')).length;
    console.log(`${p.islands.join(' + ')}: ${kb(p.totalGzip)} gzipped (${count} page${count === 1 ? '' : 's'}, e.g. /${p.page.replace(/index\.html$/, '')})`);
    console.log(`  ${'inline island loader'.padEnd(40)} ${kb(p.inline.raw).padStart(9)} ${kb(p.inline.gzip).padStart(9)}`);
    for (const c of p.chunks) console.log(`  ${c.file.padEnd(40)} ${kb(c.raw).padStart(9)} ${kb(c.gzip).padStart(9)}`);
  }
  const over = pages.filter((p) => p.totalGzip > ISLAND_BUDGET_BYTES);
  console.log(over.length ? `${over.length} page(s) over the ${kb(ISLAND_BUDGET_BYTES)} budget` : `every island page within the ${kb(ISLAND_BUDGET_BYTES)} budget`);
  process.exitCode = over.length ? 1 : 0;
}
