// Idempotency keys (contract: the same key from the same caller replays the first result;
// the same key with other input is IDEMPOTENCY_KEY_REUSED). The key row is claimed inside the
// caller's transaction, so concurrent replays wait for the first and then see its result.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from './transaction.js';
import { BadUserInputError, DomainError } from './errors.js';

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used with different input', { field: 'idempotencyKey' });
  }
}

export function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (key.length < 1 || key.length > 255) throw new BadUserInputError('idempotencyKey', 'idempotencyKey must be 1..255 characters');
  return key;
}

function hashRequest(input: unknown): Buffer {
  return createHash('sha256').update(JSON.stringify(input)).digest();
}

export type Claim = { kind: 'new' } | { kind: 'replay'; resultId: string };

/** Claims the key for this transaction, or says whose result to replay. */
export async function claimIdempotencyKey(em: EntityManager, operation: string, ownerId: string, key: string, input: unknown): Promise<Claim> {
  const conn = em.getConnection();
  const ctx = transactionOf(em);
  const hash = hashRequest(input);
  const inserted = await conn.execute<{ key: string }[]>(
    `insert into idempotency_key (operation, owner_id, key, request_hash) values (?, ?, ?, ?)
     on conflict do nothing returning key`,
    [operation, ownerId, key, hash],
    'all',
    ctx,
  );
  if (inserted.length) return { kind: 'new' };
  const [row] = await conn.execute<{ request_hash: Buffer; result_id: string | null }[]>(
    `select request_hash, result_id from idempotency_key where operation = ? and owner_id = ? and key = ?`,
    [operation, ownerId, key],
    'all',
    ctx,
  );
  if (!row || !row.request_hash.equals(hash)) throw new IdempotencyKeyReusedError();
  if (!row.result_id) throw new IdempotencyKeyReusedError();
  return { kind: 'replay', resultId: row.result_id };
}

export async function recordIdempotentResult(em: EntityManager, operation: string, ownerId: string, key: string, resultId: string): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update idempotency_key set result_id = ? where operation = ? and owner_id = ? and key = ?`,
      [resultId, operation, ownerId, key],
      'run',
      em.getTransactionContext(),
    );
}
