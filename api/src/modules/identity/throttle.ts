// Failed sign-ins are counted per account and per client address in PostgreSQL, so the
// limits hold across any number of API processes. A lock answers RATE_LIMITED.
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';

export const THROTTLE = {
  windowMs: 15 * 60_000,
  accountFailures: Number(process.env.AIXIN_LOGIN_ACCOUNT_FAILURES ?? 5),
  ipFailures: Number(process.env.AIXIN_LOGIN_IP_FAILURES ?? 30),
  lockMs: 15 * 60_000,
};

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number, what = '尝试次数过多') {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    const wait = minutes < 60 ? `${minutes} 分钟` : `${Math.ceil(minutes / 60)} 小时`;
    super('RATE_LIMITED', `${what}，请 ${wait}后再试`, { retryAfter: retryAfterSeconds });
  }
}

/** Throws RATE_LIMITED while any of the keys is locked. */
export async function assertNotThrottled(em: EntityManager, keys: string[], now = new Date()): Promise<void> {
  const rows = await em
    .getConnection()
    .execute<{ locked_until: Date }[]>(`select locked_until from auth_throttle where key in (${keys.map(() => '?').join(',')}) and locked_until > ?`, [...keys, now]);
  if (rows.length) {
    const until = Math.max(...rows.map((r) => new Date(r.locked_until).getTime()));
    throw new RateLimitedError(Math.ceil((until - now.getTime()) / 1000));
  }
}

/** Counts one failure against each key in one statement; locks a key that reaches its limit. */
export async function recordFailure(em: EntityManager, keys: { key: string; limit: number }[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  const lockUntil = new Date(now.getTime() + THROTTLE.lockMs);
  for (const { key, limit } of keys) {
    await em.getConnection().execute(
      `insert into auth_throttle (key, failures, window_started_at) values (?, 1, ?)
       on conflict (key) do update set
         failures = case when auth_throttle.window_started_at < ? then 1 else auth_throttle.failures + 1 end,
         window_started_at = case when auth_throttle.window_started_at < ? then excluded.window_started_at else auth_throttle.window_started_at end,
         locked_until = case when (case when auth_throttle.window_started_at < ? then 1 else auth_throttle.failures + 1 end) >= ? then ?::timestamptz else auth_throttle.locked_until end`,
      [key, now, windowStart, windowStart, windowStart, limit, lockUntil],
    );
  }
}

export async function clearFailures(em: EntityManager, key: string): Promise<void> {
  await em.getConnection().execute(`delete from auth_throttle where key = ?`, [key]);
}
