// My certificates of service (志愿服务记录证明) on "my account": issuing one from the ledger, and
// the ones issued, each with its number, date and hours, its printable A4 page (served by the
// API, opens in a new tab) and its public verification link. The first page is loaded with the
// account (lib/my-ledger.ts), so the card has its height at once.
import { useRef, useState } from 'preact/hooks';
import { IssueCertificateDocument, MyCertificatesDocument, type MyCertificateFragment } from '../gql/graphql';
import { failureText } from '../lib/api-messages';
import { formatDate, formatServiceHours } from '../lib/format';
import { request } from '../lib/graphql-client';
import type { MyLedger } from '../lib/my-ledger';
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
const verifyHref = (code: string) => `/verify/?code=${encodeURIComponent(code)}`;

interface Props {
  ledger: MyLedger;
  /** Approved minutes now: with none there is nothing to certify. */
  totalMinutes: number;
}

export function MyCertificates({ ledger, totalMinutes }: Props) {
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
    if (!result.ok) return setNote({ tone: 'error', text: await failureText(result, 'zh-CN') });
    const cert = result.data.issueCertificate;
    setList((old) => [cert, ...old]);
    setCount((n) => n + 1);
    setNote({ tone: 'success', text: `已开具证明，证书编号 ${cert.code}，累计 ${formatServiceHours(cert.totalMinutes)} 小时。` });
    // The new certificate's first link, so keyboard users land on what they asked for.
    requestAnimationFrame(() => firstItem.current?.focus());
  };

  const loadMore = async () => {
    if (!more) return;
    const result = await request(MyCertificatesDocument, { after: more });
    const page = result.ok ? result.data.me?.certificates : null;
    if (!page) return setNote({ tone: 'error', text: result.ok ? '登录已失效，请重新登录。' : await failureText(result, 'zh-CN') });
    setList((old) => [...old, ...page.nodes]);
    setMore(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
  };

  return (
    <section class="certificates" aria-labelledby="account-certificates">
      <h3 id="account-certificates">志愿服务记录证明</h3>
      <p class="account-note">证明列出开具时的全部服务记录和累计时长，可打印；任何人可凭证书编号或二维码核验真伪。</p>
      <p class="certificate-issue">
        <button type="button" class="form-submit" disabled={busy || totalMinutes <= 0} onClick={issue} aria-describedby={totalMinutes <= 0 ? 'certificate-none' : undefined}>
          {busy ? '正在开具……' : '开具志愿服务记录证明'}
        </button>
        {totalMinutes <= 0 && (
          <span id="certificate-none" class="account-note">
            有服务时长记录后才能开具。
          </span>
        )}
      </p>
      <p class="account-message" data-tone={note?.tone} role="status">
        {note?.text}
      </p>
      {list.length > 0 && (
        <>
          <p class="certificate-count">已开具 {count} 份</p>
          <ul class="certificate-list" data-list="certificates">
            {list.map((c, i) => (
              <li key={c.code} class="certificate" data-certificate={c.code}>
                <span class="certificate-code">
                  <span class="certificate-label">证书编号</span> <code>{c.code}</code>
                </span>
                <span class="certificate-facts">
                  {formatDate(c.issuedAt)}出具 · <span data-field="certificateHours">{formatServiceHours(c.totalMinutes)}</span> 小时 · {c.recordCount} 条记录
                </span>
                <span class="certificate-links">
                  <a href={c.url} target="_blank" rel="noopener" ref={i === 0 ? firstItem : undefined}>
                    查看并打印<span class="visually-hidden">证书 {c.code}（在新标签页打开）</span>
                  </a>
                  <a href={verifyHref(c.code)}>
                    核验链接<span class="visually-hidden">：证书 {c.code}</span>
                  </a>
                </span>
              </li>
            ))}
          </ul>
          {more && (
            <button type="button" class="signup-more" onClick={() => void loadMore()}>
              显示更早的证明
            </button>
          )}
        </>
      )}
    </section>
  );
}
