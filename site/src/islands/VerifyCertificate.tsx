// Verifying a certificate of service (/verify/): the code comes from `?code=` (the QR code on a
// printed certificate points here) or is typed in. The API says whether it is valid (a forged or
// altered code is not) and, when it is, what the certificate says and whether the holder's total
// has changed since. A valid result's details are the certificate's own, as issued.
import { useEffect, useRef, useState } from 'preact/hooks';
import { VerifyCertificateDocument, type VerifyCertificateQuery } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { formatDate, formatServiceHours } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request } from '../lib/graphql-client';
import { Field } from './Field';
import { VERIFY_WORDS, type VerifyWords } from './words/verify';
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

export function VerifyCertificate({ locale }: { locale: Locale }) {
  const w = VERIFY_WORDS[locale];
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<Result>(null);
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);

  const verify = async (text: string) => {
    const clean = text.trim();
    if (!clean) {
      setError(w.missing);
      input.current?.focus();
      return;
    }
    setError('');
    setResult({ status: 'checking', code: clean });
    const res = await request(VerifyCertificateDocument, { code: clean });
    setResult(res.ok ? { status: 'done', code: clean, verification: res.data.verifyCertificate } : { status: 'failed', text: await failureText(res, locale) });
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
          label={w.label}
          hint={w.hint}
          value={code}
          onValue={(v) => (setCode(v), setError(''))}
          error={error}
          autoComplete="off"
          maxLength={64}
          inputRef={(el) => void (input.current = el)}
          locale={locale}
        />
        <button class="form-submit" type="submit" disabled={!ready || result?.status === 'checking'}>
          {result?.status === 'checking' ? w.checking : w.check}
        </button>
      </form>
      <div class="verify-result" aria-live="polite" aria-atomic="true">
        {result && <Answer result={result} w={w} locale={locale} />}
      </div>
    </div>
  );
}

function Answer({ result, w, locale }: { result: NonNullable<Result>; w: VerifyWords; locale: Locale }) {
  // Names on a certificate are Chinese on either page.
  const zh = locale === 'en' ? 'zh-CN' : undefined;
  if (result.status === 'checking') {
    return (
      <p class="verify-checking">
        {w.checkingCode[0]}
        {result.code}
        {w.checkingCode[1]}
      </p>
    );
  }
  if (result.status === 'failed') {
    return (
      <div class="verify-card verify-error" data-result="error">
        <h2>{w.unavailable}</h2>
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
          <span aria-hidden="true">✕ </span>
          {w.invalid}
        </h2>
        <p>
          {w.invalidText[0]}
          <code>{code}</code>
          {w.invalidText[1]}
        </p>
      </div>
    );
  }
  const changed = v.totalChangedSinceIssue && v.currentTotalMinutes !== null && v.currentTotalMinutes !== undefined;
  return (
    <div class="verify-card verify-valid" data-result="valid">
      <h2>
        <span aria-hidden="true">✓ </span>
        {w.valid}
      </h2>
      <p>{w.validText}</p>
      <dl class="facts verify-facts">
        <div>
          <dt>{w.code}</dt>
          <dd>
            <code data-field="code">{cert.code}</code>
          </dd>
        </div>
        <div>
          <dt>{w.holder}</dt>
          <dd data-field="holder" lang={zh}>
            {cert.displayName}
          </dd>
        </div>
        <div>
          <dt>{w.volunteerNumber}</dt>
          <dd data-field="volunteerNumber">{cert.volunteerNumber}</dd>
        </div>
        <div>
          <dt>{w.hours}</dt>
          <dd data-field="hours">{w.hoursValue(formatServiceHours(cert.totalMinutes), cert.recordCount)}</dd>
        </div>
        <div>
          <dt>{w.issuer}</dt>
          <dd data-field="issuer" lang={zh}>
            {cert.issuer.name}
          </dd>
        </div>
        <div>
          <dt>{w.issuedAt}</dt>
          <dd data-field="issuedAt">{locale === 'en' ? formatDateEn(cert.issuedAt) : formatDate(cert.issuedAt)}</dd>
        </div>
      </dl>
      <p class="verify-current" data-field="current" data-changed={changed ? 'true' : 'false'}>
        {changed ? w.changed(formatServiceHours(v.currentTotalMinutes!)) : w.same}
      </p>
    </div>
  );
}
