// Verifying a certificate of service (/verify/): the code comes from `?code=` (the QR code on a
// printed certificate points here) or is typed in. The API says whether it is valid (a forged or
// altered code is not) and, when it is, what the certificate says and whether the holder's total
// has changed since. A valid result's details are the certificate's own, as issued.
import { useEffect, useRef, useState } from 'preact/hooks';
import { VerifyCertificateDocument, type VerifyCertificateQuery } from '../gql/graphql';
import { failureText } from '../lib/api-messages';
import { formatDate, formatServiceHours } from '../lib/format';
import { request } from '../lib/graphql-client';
import { Field } from './Field';
import './facts.css';
import './forms.css';
import './verify-certificate.css';

const operation = /* GraphQL */ `
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      valid
      currentTotalMinutes
      totalChangedSinceIssue
      certificate {
        code
        displayName
        volunteerNumber
        totalMinutes
        recordCount
        issuedAt
        issuer {
          name
        }
      }
    }
  }
`;

type Verification = VerifyCertificateQuery['verifyCertificate'];
type Result = { status: 'checking'; code: string } | { status: 'done'; code: string; verification: Verification } | { status: 'failed'; text: string } | null;

export function VerifyCertificate() {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<Result>(null);
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);

  const verify = async (text: string) => {
    const clean = text.trim();
    if (!clean) {
      setError('请填写证书编号');
      input.current?.focus();
      return;
    }
    setError('');
    setResult({ status: 'checking', code: clean });
    const res = await request(VerifyCertificateDocument, { code: clean });
    setResult(res.ok ? { status: 'done', code: clean, verification: res.data.verifyCertificate } : { status: 'failed', text: await failureText(res, 'zh-CN') });
  };

  useEffect(() => {
    setReady(true);
    const given = new URLSearchParams(location.search).get('code');
    if (given) {
      setCode(given);
      void verify(given);
    }
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    // The address names the code checked, so it can be shared or bookmarked.
    const clean = code.trim();
    if (clean) history.replaceState(null, '', `?code=${encodeURIComponent(clean)}`);
    void verify(code);
  };

  return (
    <div class="verify">
      <form class="island-form verify-form" onSubmit={submit} noValidate aria-busy={result?.status === 'checking'}>
        <Field
          name="code"
          label="证书编号"
          hint="印在证明标题下方，形如 ABCD1234EFGH-JKMN5678PQRS7890。扫描证明上的二维码会自动填写。"
          value={code}
          onValue={(v) => (setCode(v), setError(''))}
          error={error}
          autoComplete="off"
          maxLength={64}
          inputRef={(el) => void (input.current = el)}
        />
        <button class="form-submit" type="submit" disabled={!ready || result?.status === 'checking'}>
          {result?.status === 'checking' ? '正在核验……' : '核验'}
        </button>
      </form>
      <div class="verify-result" aria-live="polite" aria-atomic="true">
        {result && <Answer result={result} />}
      </div>
    </div>
  );
}

function Answer({ result }: { result: NonNullable<Result> }) {
  if (result.status === 'checking') return <p class="verify-checking">正在核验证书编号 {result.code}……</p>;
  if (result.status === 'failed') {
    return (
      <div class="verify-card verify-error" data-result="error">
        <h2>暂时无法核验</h2>
        <p>{result.text}</p>
      </div>
    );
  }
  const { verification: v, code } = result;
  const cert = v.certificate;
  if (!v.valid || !cert) {
    return (
      <div class="verify-card verify-invalid" data-result="invalid">
        <h2>
          <span aria-hidden="true">✕ </span>无效证明
        </h2>
        <p>
          证书编号 <code>{code}</code> 无效：平台没有出具过这份证明，或编号、证明内容已被改动。请核对编号，或向持证人索取原件。
        </p>
      </div>
    );
  }
  const changed = v.totalChangedSinceIssue && v.currentTotalMinutes !== null && v.currentTotalMinutes !== undefined;
  return (
    <div class="verify-card verify-valid" data-result="valid">
      <h2>
        <span aria-hidden="true">✓ </span>有效证明
      </h2>
      <p>这份志愿服务记录证明由平台出具，内容未被改动。以下为出具时的记录：</p>
      <dl class="facts verify-facts">
        <div>
          <dt>证书编号</dt>
          <dd>
            <code data-field="code">{cert.code}</code>
          </dd>
        </div>
        <div>
          <dt>持证人</dt>
          <dd data-field="holder">{cert.displayName}</dd>
        </div>
        <div>
          <dt>志愿者编号</dt>
          <dd data-field="volunteerNumber">{cert.volunteerNumber}</dd>
        </div>
        <div>
          <dt>服务时长</dt>
          <dd data-field="hours">
            {formatServiceHours(cert.totalMinutes)} 小时（{cert.recordCount} 条服务记录）
          </dd>
        </div>
        <div>
          <dt>出具单位</dt>
          <dd data-field="issuer">{cert.issuer.name}</dd>
        </div>
        <div>
          <dt>出具日期</dt>
          <dd data-field="issuedAt">{formatDate(cert.issuedAt)}</dd>
        </div>
      </dl>
      <p class="verify-current" data-field="current" data-changed={changed ? 'true' : 'false'}>
        {changed
          ? `持证人目前的累计服务时长为 ${formatServiceHours(v.currentTotalMinutes!)} 小时，与出具时不同（此后有新增或更正的记录）。`
          : '持证人目前的累计服务时长与出具时相同。'}
      </p>
    </div>
  );
}
