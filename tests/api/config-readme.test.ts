// The README's configuration table and the configuration agree: every variable config.ts reads
// is in the table, and every variable in the table is read by config.ts or, for the few read
// elsewhere on purpose, by the file that says so.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/product.js';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const NAME = /\b(?:AIXIN_[A-Z_]+|PORT|HOST|DATABASE_URL|NODE_ENV)\b/g;

/** Read outside config.ts, each by the file named: the personal-data keys (secrets the vault takes itself) and the build's own switch. */
const ELSEWHERE: Record<string, string> = {
  AIXIN_DATA_KEY: 'api/src/common/personal-data.ts',
  AIXIN_DATA_KEY_PREVIOUS: 'api/src/common/personal-data.ts',
  AIXIN_BUILD_TIMINGS: 'api/src/scripts/build-site.ts',
  // The site build reads its map's tile provider itself (it may build against an API elsewhere).
  AIXIN_MAP_TILES: 'site/src/lib/map-tiles.ts',
  AIXIN_MAP_TILES_KEY: 'site/src/lib/map-tiles.ts',
  AIXIN_MAP_TILES_ATTRIBUTION: 'site/src/lib/map-tiles.ts',
  AIXIN_MAP_TILES_SUBDOMAINS: 'site/src/lib/map-tiles.ts',
};

describe('the README configuration table', () => {
  const config = read('api/src/config.ts');
  const readByConfig = new Set([...config.matchAll(/(?:env\.|env\[|'|`)((?:AIXIN_[A-Z_]+|PORT|HOST|DATABASE_URL|NODE_ENV))\b/g)].map((m) => m[1]));
  const section = read('README.md').split('## Configuration')[1].split('\n## ')[0];
  const inTable = new Set(
    section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => line.split(' | ')[0].match(NAME) ?? []),
  );

  it('names every variable the configuration reads', () => {
    expect(readByConfig.size).toBeGreaterThan(30);
    expect([...readByConfig].filter((name) => !inTable.has(name))).toEqual([]);
  });

  it('names nothing the product does not read', () => {
    const unread = [...inTable].filter((name) => !readByConfig.has(name) && !(ELSEWHERE[name] && read(ELSEWHERE[name]).includes(name)));
    expect(unread).toEqual([]);
  });

  it('is the only place in the API that reads the environment, besides the vault, the scripts and the site build it starts', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
        const rel = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(rel);
        else if (rel.endsWith('.ts') && /process\.env/.test(read(rel))) offenders.push(rel);
      }
    };
    walk('api/src');
    expect(offenders.sort()).toEqual(
      ['api/src/common/personal-data.ts', 'api/src/config.ts', 'api/src/site-builder.ts']
        .concat(offenders.filter((f) => f.startsWith('api/src/scripts/')))
        .sort(),
    );
  });
});
