// SQL of consents to the legal documents (consent.service.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import type { ConsentChannel } from './consent.entity.js';
import type { LegalDocumentKind } from './legal-document.js';

export interface DocumentVersion {
  document: LegalDocumentKind;
  version: string;
}

/** Records consent to each document at its version, in the caller's transaction if any; one already recorded stays as it was. */
export async function insertConsents(em: EntityManager, volunteerId: string, channel: ConsentChannel, documents: DocumentVersion[]): Promise<void> {
  await em.getConnection().execute(
    `insert into consent (volunteer_id, document, version, channel)
     select ?, d.document::legal_document_kind, d.version, ?::consent_channel
       from jsonb_to_recordset(?::jsonb) as d(document text, version text)
     on conflict do nothing`,
    [volunteerId, channel, JSON.stringify(documents)],
    'run',
    transactionOf(em),
  );
}

/** Every document version the volunteer has consented to. */
export async function consentsOf(em: EntityManager, volunteerId: string): Promise<DocumentVersion[]> {
  return em.getConnection().execute<DocumentVersion[]>(`select document, version from consent where volunteer_id = ?`, [volunteerId]);
}
