// My certificates of service (志愿服务记录证明) on "my account": issuing one from the ledger, and
// the ones issued, each with its number, date and hours, its printable A4 page (served by the
// API, opens in a new tab) and its public verification link. The first page is loaded with the
// account (lib/my-ledger.ts), so the card has its height at once.
import { useRef, useState } from 'preact/hooks';
import { IssueCertificateDocument, MyCertificatesDocument, type MyCertificateFragment } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { formatServiceHours } from '../lib/format';
import { request } from '../lib/graphql-client';
import type { MyLedger } from '../lib/my-ledger';
import type { MyAccountWords } from './words/my-account';
import './my-ledger.css';

const moreOperation = /* GraphQL */ `
  query MyCertificates($after: String) {
    me {
      id
      certificates(first: 5, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...MyCertificate
        }
      }
    }
  }
`;

const issueOperation = /* GraphQL */ `
  mutation IssueCertificate {
    issueCertificate {
      ...MyCertificate
    }
  }
`;

type Certificate = MyCertificateFragment;
type Note = { tone: 'success' | 'error'; text: string } | null;

/** The public verification page of a certificate (the QR code on the printout points there too). */
const verifyHref = (code: string, locale: Locale) => `${localizePath('/verify/', locale)}?code=${encodeURIComponent(code)}`;

interface Props {
  ledger: MyLedger;
  /** Approved minutes now: with none there is nothing to certify. */
  totalMinutes: number;
  w: MyAccountWords;
  locale: Locale;
}

export function MyCertificates({ ledger, totalMinutes, w, locale }: Props) {
  const t = w.certificates;
  const [list, setList] = useState<Certificate[]>(ledger.certificates?.nodes ?? []);
  const [count, setCount] = useState(ledger.certificates?.totalCount ?? 0);
  const [more, setMore] = useState(ledger.certificates?.pageInfo.hasNextPage ? ledger.certificates.pageInfo.endCursor : null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const firstItem = useRef<HTMLAnchorElement>(null);

  const issue = async () => {
    setBusy(true);
    setNote(null);
    const result = await request(IssueCertificateDocument, {});
    setBusy(false);
    if (!result.ok) return setNote({ tone: 'error', text: await failureText(result, locale) });
    const cert = result.data.issueCertificate;
    setList((old) => [cert, ...old]);
    setCount((n) => n + 1);
    setNote({ tone: 'success', text: t.issued(cert.code, formatServiceHours(cert.totalMinutes)) });
    // The new certificate's first link, so keyboard users land on what they asked for.
    requestAnimationFrame(() => firstItem.current?.focus());
  };

  const loadMore = async () => {
    if (!more) return;
    const result = await request(MyCertificatesDocument, { after: more });
    const page = result.ok ? result.data.me?.certificates : null;
    if (!page) return setNote({ tone: 'error', text: result.ok ? w.sessionOver : await failureText(result, locale) });
    setList((old) => [...old, ...page.nodes]);
    setMore(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
  };

  return (
    <section class="certificates" aria-labelledby="account-certificates">
      <h3 id="account-certificates">{t.title}</h3>
      <p class="account-note">{t.note}</p>
      <p class="certificate-issue">
        <button
          type="button"
          class="form-submit"
          disabled={busy || totalMinutes <= 0}
          onClick={issue}
          aria-describedby={totalMinutes <= 0 ? 'certificate-none' : undefined}
        >
          {busy ? t.issuing : t.issue}
        </button>
        {totalMinutes <= 0 && (
          <span id="certificate-none" class="account-note">
            {t.noHours}
          </span>
        )}
      </p>
      <p class="account-message" data-tone={note?.tone} role="status">
        {note?.text}
      </p>
      {list.length > 0 && (
        <>
          <p class="certificate-count">{t.count(count)}</p>
          <ul class="certificate-list" data-list="certificates">
            {list.map((c, i) => (
              <li key={c.code} class="certificate" data-certificate={c.code}>
                <span class="certificate-code">
                  <span class="certificate-label">{t.code}</span> <code>{c.code}</code>
                </span>
                <span class="certificate-facts">
                  {t.line(w.fmt.date(c.issuedAt))}
                  <span data-field="certificateHours">{formatServiceHours(c.totalMinutes)}</span>
                  {t.lineRest(formatServiceHours(c.totalMinutes), c.recordCount)}
                </span>
                <span class="certificate-links">
                  <a href={c.url} target="_blank" rel="noopener" ref={i === 0 ? firstItem : undefined}>
                    {t.view}
                    <span class="visually-hidden">{t.viewWhat(c.code)}</span>
                  </a>
                  <a href={verifyHref(c.code, locale)}>
                    {t.verify}
                    <span class="visually-hidden">{t.verifyWhat(c.code)}</span>
                  </a>
                </span>
              </li>
            ))}
          </ul>
          {more && (
            <button type="button" class="signup-more" onClick={() => void loadMore()}>
              {t.older}
            </button>
          )}
        </>
      )}
    </section>
  );
}
