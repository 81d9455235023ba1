// SQL of idempotency keys (idempotency.ts): each statement runs in the caller's transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from './transaction.js';

export interface IdempotencyKeyOf {
  operation: string;
  ownerId: string;
  key: string;
}

/** Claims the key with the request's hash; false when it was claimed before. */
export async function insertIdempotencyKey(em: EntityManager, k: IdempotencyKeyOf, requestHash: Buffer): Promise<boolean> {
  const inserted = await em.getConnection().execute<{ key: string }[]>(
    `insert into idempotency_key (operation, owner_id, key, request_hash) values (?, ?, ?, ?)
     on conflict do nothing returning key`,
    [k.operation, k.ownerId, k.key, requestHash],
    'all',
    transactionOf(em),
  );
  return inserted.length > 0;
}

/** The hash of the request that claimed the key, and the result it recorded (null: none yet). */
export async function findIdempotencyKey(em: EntityManager, k: IdempotencyKeyOf): Promise<{ requestHash: Buffer; resultId: string | null } | null> {
  const [row] = await em
    .getConnection()
    .execute<{ request_hash: Buffer; result_id: string | null }[]>(
      `select request_hash, result_id from idempotency_key where operation = ? and owner_id = ? and key = ?`,
      [k.operation, k.ownerId, k.key],
      'all',
      transactionOf(em),
    );
  return row ? { requestHash: row.request_hash, resultId: row.result_id } : null;
}

export async function setIdempotentResult(em: EntityManager, k: IdempotencyKeyOf, resultId: string): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update idempotency_key set result_id = ? where operation = ? and owner_id = ? and key = ?`,
      [resultId, k.operation, k.ownerId, k.key],
      'run',
      transactionOf(em),
    );
}
