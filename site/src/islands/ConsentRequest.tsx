// Asks a signed-in volunteer to accept the user agreement or privacy policy again when its text
// changed (Volunteer.pendingConsents): after signing in (LoginForm) and on the account page
// (MyAccount). Accepting records the versions shown; declining signs out.
import { useState } from 'preact/hooks';
import { AcceptLegalDocumentsDocument, type LegalDocumentKind, type PendingConsentFragment } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { logOut } from '../lib/session';
import { CONSENT_WORDS } from './words/consent';
import './forms.css';
import './consent-request.css';

/** What LoginForm and MyAccount ask of the documents a volunteer still has to accept. */
export const PENDING_CONSENT_FIELDS = /* GraphQL */ `
  fragment PendingConsent on LegalDocument {
    kind
    version
    zh {
      title
    }
    en {
      title
    }
  }
`;

const operation = /* GraphQL */ `
  mutation AcceptLegalDocuments($accepted: [AcceptedDocumentInput!]!) {
    acceptLegalDocuments(accepted: $accepted) {
      kind
    }
  }
`;

export type PendingDocument = PendingConsentFragment;

interface Props {
  documents: PendingDocument[];
  locale: Locale;
  /** Called once the volunteer accepted. */
  onAccepted: () => void;
}

const PATHS: Record<LegalDocumentKind, string> = { TERMS: '/terms/', PRIVACY: '/privacy/' };

export function ConsentRequest({ documents, locale, onAccepted }: Props) {
  const w = CONSENT_WORDS[locale];
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  const accept = async () => {
    setBusy(true);
    const result = await request(AcceptLegalDocumentsDocument, { accepted: documents.map((d) => ({ document: d.kind, version: d.version })) });
    setBusy(false);
    if (!result.ok) return setNote(w.failed(await failureText(result, locale)));
    onAccepted();
  };

  const decline = async () => {
    setBusy(true);
    const failure = await logOut();
    setBusy(false);
    setNote(failure ? w.failed(await failureText(failure, locale)) : w.declined);
  };

  return (
    <section class="consent-request" aria-labelledby="consent-title">
      <h2 id="consent-title">{w.title}</h2>
      <p>{w.lead}</p>
      <ul>
        {documents.map((d) => (
          <li key={d.kind}>
            <a href={localizePath(PATHS[d.kind], locale)} target="_blank" rel="noopener">
              {locale === 'en' ? d.en.title : d.zh.title}
            </a>
            {w.version(d.version)}
          </li>
        ))}
      </ul>
      <p class="consent-actions">
        <button type="button" class="form-submit" onClick={accept} disabled={busy}>
          {busy ? w.accepting : w.accept}
        </button>
        <button type="button" class="form-secondary" onClick={decline} disabled={busy}>
          {w.decline}
        </button>
      </p>
      <p class="account-message" role="status">
        {note}
      </p>
    </section>
  );
}
