// SQL of the audit trail: entries are only ever appended, in the caller's transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';

export interface AuditRow {
  actorId: string | null;
  action: string;
  subjectId: string | null;
  detail: Record<string, unknown> | null;
}

/** Appends the entries in one statement. */
export async function insertAuditRows(em: EntityManager, rows: AuditRow[]): Promise<void> {
  const values = rows.map(() => '(?, ?, ?, ?::jsonb)').join(', ');
  const params = rows.flatMap((r) => [r.actorId, r.action, r.subjectId, r.detail ? JSON.stringify(r.detail) : null]);
  await em.getConnection().execute(`insert into audit_log (actor_id, action, subject_id, detail) values ${values}`, params, 'run', transactionOf(em));
}
