// The site keeps building across Astro's minor releases: it imports Astro only through the entry
// points Astro documents (a minor release may move anything under astro/dist), and the site's
// package.json takes Astro's minors with a caret range.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const site = path.join(root, 'site');

// The entry points of Astro's API reference; `astro:*` modules are its virtual ones.
const ASTRO_ENTRY_POINTS = new Set([
  'astro',
  'astro/assets',
  'astro/client',
  'astro/components',
  'astro/config',
  'astro/container',
  'astro/loaders',
  'astro/middleware',
  'astro/types',
  'astro/zod',
]);

/** Every module specifier a source file imports or re-exports, statically or dynamically. */
function importedModules(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(['"])([^'"\n]+)\1/g)].map((m) => m[2]);
}

/** Why an Astro module is not a public entry point, or null when it is (or is not Astro's). */
function privateAstroImport(specifier: string): string | null {
  if (specifier.startsWith('astro:')) return null;
  if (specifier === 'astro' || specifier.startsWith('astro/')) {
    return ASTRO_ENTRY_POINTS.has(specifier) ? null : `${specifier} is not one of Astro's documented entry points`;
  }
  const integration = /^@astrojs\/[^/]+(\/.*)?$/.exec(specifier);
  if (integration?.[1] && /\/(dist|src)\//.test(`${integration[1]}/`)) return `${specifier} reaches into the package's build`;
  return null;
}

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('Astro imports', () => {
  it('are recognised in every form, and astro/dist or other private paths are refused', () => {
    const source = [
      "import { defineCollection } from 'astro:content';",
      "import type { APIRoute } from 'astro';",
      "export { z } from 'astro/zod';",
      "import preact from '@astrojs/preact';",
      "import { getViteConfig } from 'astro/dist/core/config/index.js';",
      'const loader = await import("astro/runtime/server/index.js");',
      "import '@astrojs/preact/dist/server.js';",
    ].join('\n');
    const refused = importedModules(source).filter((specifier) => privateAstroImport(specifier));
    expect(refused).toEqual(['astro/dist/core/config/index.js', 'astro/runtime/server/index.js', '@astrojs/preact/dist/server.js']);
  });

  it('in site/src, site/integrations and the Astro config go through public entry points only', () => {
    const files = [
      ...sourceFiles(path.join(site, 'src'), /\.(ts|tsx|mts|js|mjs|astro)$/),
      ...sourceFiles(path.join(site, 'integrations'), /\.mjs$/),
      path.join(site, 'astro.config.mjs'),
    ];
    expect(files.length).toBeGreaterThan(20);
    const astroImports: string[] = [];
    const refused: string[] = [];
    for (const file of files) {
      for (const specifier of importedModules(readFileSync(file, 'utf8'))) {
        if (/^(astro|@astrojs\/)/.test(specifier)) astroImports.push(specifier);
        const why = privateAstroImport(specifier);
        if (why) refused.push(`${path.relative(root, file)}: ${why}`);
      }
    }
    // The scan sees the imports the site is known to make.
    expect(astroImports).toEqual(expect.arrayContaining(['astro:content', 'astro/config', 'astro/zod', '@astrojs/preact']));
    expect(refused).toEqual([]);
  });

  it('name entry points the installed Astro exports', () => {
    const exported = Object.keys(JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')).exports);
    for (const entry of ASTRO_ENTRY_POINTS) expect(exported, entry).toContain(entry === 'astro' ? '.' : `./${entry.slice('astro/'.length)}`);
  });
});

describe("the site's Astro dependency", () => {
  it('takes minor releases (a caret range), and the installed Astro is in it', () => {
    const range: string = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')).dependencies.astro;
    const pinned = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
    expect(pinned, `site/package.json has astro "${range}"`).not.toBeNull();
    const installed: string = JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')).version;
    const [major, minor, patch] = installed.split('.').map(Number);
    const [, wantMajor, wantMinor, wantPatch] = pinned!.map(Number);
    expect(major).toBe(wantMajor);
    expect(minor * 1e6 + patch).toBeGreaterThanOrEqual(wantMinor * 1e6 + wantPatch);
  });
});
