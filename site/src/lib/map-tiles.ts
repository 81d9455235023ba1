// The tile provider of the teams' map, read from the build's environment (like the site's other
// AIXIN_* settings in astro.config.mjs): AIXIN_MAP_TILES is a URL template such as
// `https://t{s}.tianditu.gov.cn/vec_w/wmts?...&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}` or
// `https://tile.openstreetmap.org/{z}/{x}/{y}.png`; `{key}` is replaced by AIXIN_MAP_TILES_KEY (a
// browser key: it is in the page for anyone to read). Unset: the schematic map is all there is.

export interface MapTiles {
  url: string;
  attribution: string;
  subdomains: string;
}

/** The provider from `env` (null: none configured); a template that is not an http(s) URL with {z}, {x} and {y} fails the build. */
export function mapTiles(env: Record<string, string | undefined> = process.env): MapTiles | null {
  const template = env.AIXIN_MAP_TILES?.trim();
  if (!template) return null;
  const url = template.replace('{key}', encodeURIComponent(env.AIXIN_MAP_TILES_KEY ?? ''));
  if (!/^https?:\/\/[^/]+\//.test(url) || !['{z}', '{x}', '{y}'].every((p) => url.includes(p))) {
    throw new Error(`AIXIN_MAP_TILES must be an http(s) URL template with {z}, {x} and {y}; got ${template}`);
  }
  return { url, attribution: env.AIXIN_MAP_TILES_ATTRIBUTION ?? '', subdomains: env.AIXIN_MAP_TILES_SUBDOMAINS ?? 'abc' };
}

/** The origin(s) tiles are fetched from, for the pages' Content-Security-Policy img-src. */
export function mapTileOrigins(tiles: MapTiles | null): string[] {
  if (!tiles) return [];
  const sample = new URL(tiles.url.replace(/\{[a-z]+\}/g, '0'));
  if (!tiles.url.includes('{s}')) return [sample.origin];
  return [...tiles.subdomains].map((s) => new URL(tiles.url.replace('{s}', s).replace(/\{[a-z]+\}/g, '0')).origin);
}
