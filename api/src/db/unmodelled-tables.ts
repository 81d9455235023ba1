// Tables a library keeps for itself: a migration creates each, no entity models it, and the
// schema generator leaves it alone (so the drift check does not ask to drop it).

/** rate-limiter-flexible's counters when the limits live in PostgreSQL (common/rate-limits.ts). */
export const RATE_LIMIT_TABLE = 'rate_limit';

export const UNMODELLED_TABLES = [RATE_LIMIT_TABLE];
