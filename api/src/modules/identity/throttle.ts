// Sign-in limits. Every attempt is counted before the password is checked, in one statement that
// increments each of the attempt's counters and returns them, so N concurrent guesses cannot all
// pass a check that each read before the others wrote: the database orders them, and only the
// first `limit` of a window get their password verified, in any number of API processes.
//
// What is counted, so that the limits stop guessing without handing anyone a switch that locks
// the owner out:
// - `pair`: one account from one address (AIXIN_LOGIN_ACCOUNT_FAILURES, 5 per 15 minutes). Wrong
//   passwords from elsewhere do not lock the owner out where they are.
// - `ip`: one address across accounts (AIXIN_LOGIN_IP_FAILURES, 30): stops one host from trying
//   a password against many accounts. A successful sign-in gives its attempt back.
// - `account`: one account from everywhere (AIXIN_LOGIN_ACCOUNT_GLOBAL_FAILURES, 100): stops
//   guessing spread over many addresses; reaching it takes that many addresses or windows.
// - `device`: a browser or app that signed in to this account before holds a device token
//   (cookie `aixin_device`, or `deviceToken` for apps). Its attempts are counted against that
//   device alone (the pair limit), so the owner still signs in from their own phone while the
//   account or their network is locked by someone else.
// A window is 15 minutes from its first attempt; a counter over its limit answers RATE_LIMITED
// with the seconds until its window ends.
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { Reason } from '../../common/error-reasons.js';
import type { LoginLimits } from '../../common/settings.js';
import { countAttempts, deleteCounters, isTrustedDevice, returnAttempt, upsertTrustedDevice } from './identity.queries.js';

/** The window the limits count in (the limits themselves are settings: LoginLimits). */
export const THROTTLE_WINDOW_MS = 15 * 60_000;

/** RATE_LIMITED with `retryAfter` seconds, why (by default: too many attempts) and the details a sentence needs. */
export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number, reason: Reason = Reason.TOO_MANY_ATTEMPTS, message = 'Too many attempts', extra: Record<string, unknown> = {}) {
    super('RATE_LIMITED', reason, `${message}: try again in ${retryAfterSeconds} s`, {
      retryAfter: retryAfterSeconds,
      ...extra,
    });
  }
}

export interface Counter {
  key: string;
  limit: number;
}

/** The counters of one sign-in attempt (see the file's opening comment). */
export function signInCounters(accountKey: string, ip: string, trustedDevice: string | null, limits: LoginLimits): Counter[] {
  if (trustedDevice) return [{ key: `dev:${trustedDevice}`, limit: limits.accountFailures }];
  return [
    { key: `pair:${accountKey}:${ip}`.slice(0, 100), limit: limits.accountFailures },
    { key: `ip:${ip}`.slice(0, 100), limit: limits.ipFailures },
    { key: accountKey, limit: limits.accountGlobalFailures },
  ];
}

/**
 * Counts one attempt against every counter in one statement and throws RATE_LIMITED when any is
 * over its limit (the attempt stays counted: hammering a locked counter does not shorten its wait).
 */
export async function countAttempt(em: EntityManager, counters: Counter[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const rows = await countAttempts(
    em,
    counters.map((c) => c.key),
    now,
    windowStart,
  );
  const limits = new Map(counters.map((c) => [c.key, c.limit]));
  const over = rows.filter((r) => r.failures > limits.get(r.key)!);
  if (over.length) {
    const until = Math.max(...over.map((r) => new Date(r.window_started_at).getTime() + THROTTLE_WINDOW_MS));
    throw new RateLimitedError(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
  }
}

/**
 * After a successful sign-in: the pair's and device's counters start afresh and the address gets
 * its attempt back. The account-wide counter stays: the owner signing in must not reset the
 * budget of someone guessing from elsewhere.
 */
export async function settleSuccess(em: EntityManager, counters: Counter[]): Promise<void> {
  const fresh = counters.filter((c) => c.key.startsWith('pair:') || c.key.startsWith('dev:')).map((c) => c.key);
  const returned = counters.filter((c) => c.key.startsWith('ip:')).map((c) => c.key);
  if (fresh.length) await deleteCounters(em, fresh);
  if (returned.length) await returnAttempt(em, returned);
}

const DEVICE_PREFIX = 'axd_';

/** A new device token: given to a browser (cookie) or an app after it signs in. */
export function newDeviceToken(): string {
  return `${DEVICE_PREFIX}${randomBytes(24).toString('base64url')}`;
}

export function hashDeviceToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The device's key when the token is one this volunteer's sign-in was given before; else null. */
export async function trustedDeviceOf(em: EntityManager, token: string | null | undefined, volunteerId: string | null): Promise<string | null> {
  if (!token || !volunteerId || !token.startsWith(DEVICE_PREFIX) || token.length > 100) return null;
  const hash = hashDeviceToken(token);
  return (await isTrustedDevice(em, hash, volunteerId)) ? hash.toString('hex').slice(0, 40) : null;
}

/** Remembers the device a volunteer just signed in from (or keeps it fresh); returns its token. */
export async function rememberDevice(em: EntityManager, token: string | null | undefined, volunteerId: string): Promise<string> {
  const keep = token && token.startsWith(DEVICE_PREFIX) && token.length <= 100 ? token : newDeviceToken();
  await upsertTrustedDevice(em, hashDeviceToken(keep), volunteerId);
  return keep;
}
