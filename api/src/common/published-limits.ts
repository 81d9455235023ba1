// The limits partners are told about, with their defaults: how much one request may ask for
// (common/guards.ts) and how much one caller may ask per minute (common/rate-limits.ts). No
// imports, so the site's developer portal states these very figures (site/src/lib/developers.ts).

/** Checked before execution; over one, QUERY_TOO_COMPLEX. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 20_000,
  maxTokens: 3_000,
};

/** What one kind of caller may spend per minute. */
export interface RateLimitPolicy {
  requests: number;
  cost: number;
}

/** Per minute, for each partner key, each signed-in volunteer and each address without either (AIXIN_RATE_* override them). */
export const DEFAULT_RATE_LIMITS: { key: RateLimitPolicy; volunteer: RateLimitPolicy; address: RateLimitPolicy } = {
  key: { requests: 600, cost: 100_000 },
  volunteer: { requests: 300, cost: 60_000 },
  address: { requests: 300, cost: 60_000 },
};

/** The window every rate limit counts in. */
export const RATE_WINDOW_SECONDS = 60;
