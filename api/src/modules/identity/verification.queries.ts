// SQL of one-time codes (verification.service.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import type { CodePurpose } from './verification-code.entity.js';

/** When the destination was last sent a code for this purpose (null: never). */
export async function lastCodeSentAt(em: EntityManager, purpose: CodePurpose, target: Buffer): Promise<Date | null> {
  const [row] = await em
    .getConnection()
    .execute<{ at: Date | string | null }[]>(`select max(created_at) as at from verification_code where purpose = ? and target = ?`, [purpose, target]);
  return row.at ? new Date(row.at) : null;
}

export async function insertCode(em: EntityManager, purpose: CodePurpose, target: Buffer, codeHash: Buffer, expiresAt: Date): Promise<string> {
  const [row] = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `insert into verification_code (purpose, target, code_hash, expires_at) values (?, ?, ?, ?) returning id`,
      [purpose, target, codeHash, expiresAt],
      'all',
      transactionOf(em),
    );
  return String(row.id);
}

export async function deleteCode(em: EntityManager, id: string): Promise<void> {
  await em.getConnection().execute(`delete from verification_code where id = ?`, [id], 'run', transactionOf(em));
}

/** The newest live code of the destination, locked for this transaction (null: none, or spent, expired or tried too often). */
export async function lockLiveCode(
  em: EntityManager,
  purpose: CodePurpose,
  target: Buffer,
  maxAttempts: number,
): Promise<{ id: string; codeHash: Buffer } | null> {
  const [row] = await em.getConnection().execute<{ id: string; code_hash: Buffer }[]>(
    `select id, code_hash from verification_code
      where purpose = ? and target = ? and consumed_at is null and expires_at > now() and attempts < ?
      order by created_at desc limit 1 for update`,
    [purpose, target, maxAttempts],
    'all',
    transactionOf(em),
  );
  return row ? { id: String(row.id), codeHash: row.code_hash } : null;
}

export async function markCode(em: EntityManager, id: string, outcome: 'consumed' | 'missed'): Promise<void> {
  await em
    .getConnection()
    .execute(
      outcome === 'consumed'
        ? `update verification_code set consumed_at = now() where id = ?`
        : `update verification_code set attempts = attempts + 1 where id = ?`,
      [id],
      'run',
      transactionOf(em),
    );
}
