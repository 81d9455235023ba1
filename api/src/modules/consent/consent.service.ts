// Consents to the legal documents: recorded at registration (in its transaction) and when a
// volunteer accepts a new version; what each volunteer still has to accept.
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../common/errors.js';
import { ConsentChannel } from './consent.entity.js';
import { consentsOf, insertConsents } from './consent.queries.js';
import { CURRENT_LEGAL_DOCUMENTS, type LegalDocumentKind, type LegalDocumentVersion } from './legal-document.js';
import { Reason } from '../../common/error-reasons.js';

export interface AcceptedDocument {
  document: LegalDocumentKind;
  version: string;
}

/**
 * Checks that `accepted` names every document in force at its current version; a stale version
 * (the text changed while the form was open) is refused, so nobody consents to a text they did not see.
 */
export function checkAcceptsCurrent(accepted: AcceptedDocument[], field = 'accepted'): void {
  for (const current of CURRENT_LEGAL_DOCUMENTS) {
    const given = accepted.find((a) => a.document === current.kind);
    if (!given) throw new BadUserInputError(field, Reason.CONSENT_REQUIRED, 'Accept the user agreement and the privacy policy');
    if (given.version !== current.version)
      throw new BadUserInputError(field, Reason.CONSENT_OUTDATED, `${current.kind} has a newer version`, {
        document: current.kind,
        version: current.version,
        title: current.zh.title,
      });
  }
}

export class ConsentService {
  constructor(private readonly em: EntityManager) {}

  /** Records consent to every document in force (in the caller's transaction, if any). */
  async recordCurrent(volunteerId: string, channel: ConsentChannel): Promise<void> {
    await insertConsents(
      this.em,
      volunteerId,
      channel,
      CURRENT_LEGAL_DOCUMENTS.map((d) => ({ document: d.kind, version: d.version })),
    );
  }

  /** The documents in force that the volunteer has not accepted at their current version. */
  async pending(volunteerId: string): Promise<LegalDocumentVersion[]> {
    const rows = await consentsOf(this.em, volunteerId);
    return CURRENT_LEGAL_DOCUMENTS.filter((d) => !rows.some((r) => r.document === d.kind && r.version === d.version));
  }

  /** The volunteer accepts the current versions (all of them, as named): nothing is pending after. */
  async accept(volunteerId: string, accepted: AcceptedDocument[]): Promise<LegalDocumentVersion[]> {
    checkAcceptsCurrent(accepted);
    await this.recordCurrent(volunteerId, ConsentChannel.SELF);
    return [];
  }
}
