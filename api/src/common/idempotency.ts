// Idempotency keys (contract: the same key from the same caller replays the first result;
// the same key with other input is IDEMPOTENCY_KEY_REUSED). The key row is claimed inside the
// caller's transaction, so concurrent replays wait for the first and then see its result.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findIdempotencyKey, insertIdempotencyKey, setIdempotentResult } from './idempotency.queries.js';
import { BadUserInputError, DomainError } from './errors.js';
import { Reason } from './error-reasons.js';

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super('IDEMPOTENCY_KEY_REUSED', Reason.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used with different input', { field: 'idempotencyKey' });
  }
}

export function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (key.length < 1 || key.length > 255)
    throw new BadUserInputError('idempotencyKey', Reason.OUT_OF_RANGE, 'idempotencyKey must be 1..255 characters', { min: 1, max: 255 });
  return key;
}

function hashRequest(input: unknown): Buffer {
  return createHash('sha256').update(JSON.stringify(input)).digest();
}

export type Claim = { kind: 'new' } | { kind: 'replay'; resultId: string };

/** Claims the key for this transaction, or says whose result to replay. */
export async function claimIdempotencyKey(em: EntityManager, operation: string, ownerId: string, key: string, input: unknown): Promise<Claim> {
  const hash = hashRequest(input);
  if (await insertIdempotencyKey(em, { operation, ownerId, key }, hash)) return { kind: 'new' };
  const row = await findIdempotencyKey(em, { operation, ownerId, key });
  if (!row || !row.requestHash.equals(hash)) throw new IdempotencyKeyReusedError();
  if (!row.resultId) throw new IdempotencyKeyReusedError();
  return { kind: 'replay', resultId: row.resultId };
}

export async function recordIdempotentResult(em: EntityManager, operation: string, ownerId: string, key: string, resultId: string): Promise<void> {
  await setIdempotentResult(em, { operation, ownerId, key }, resultId);
}
