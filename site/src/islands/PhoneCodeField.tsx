// The SMS code beside a phone number (registration, a forgotten password): a button that has
// the API send a code to the number, then counts down until another may be asked for, and the
// field the code is typed into.
import { useEffect, useState } from 'preact/hooks';
import { RequestPhoneCodeDocument, type CodePurpose } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { errorText, networkText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { Field } from './Field';
import { CODE_WORDS } from './words/codes';

export const requestPhoneCode = /* GraphQL */ `
  mutation RequestPhoneCode($input: RequestVerificationCodeInput!) {
    requestVerificationCode(input: $input) {
      sentTo
      resendAfter
    }
  }
`;

interface Props {
  purpose: CodePurpose;
  phone: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  /** Said when the code could not be sent (or is on its way). */
  onNote: (note: { tone: 'error' | 'success'; text: string }) => void;
  /** The phone field's problem (empty, wrong shape, not sendable). */
  onPhoneError: (message: string) => void;
  inputRef?: (el: HTMLInputElement | null) => void;
  locale: Locale;
}

export function PhoneCodeField({ purpose, phone, value, onValue, error, onNote, onPhoneError, inputRef, locale }: Props) {
  const w = CODE_WORDS[locale];
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const send = async () => {
    if (!phone.trim()) return onPhoneError(w.needPhone);
    setBusy(true);
    const result = await request(RequestPhoneCodeDocument, { input: { purpose, phone: phone.trim() } });
    setBusy(false);
    if (result.ok) {
      setWait(result.data.requestVerificationCode.resendAfter);
      return onNote({ tone: 'success', text: w.sent(result.data.requestVerificationCode.sentTo) });
    }
    if (result.network) return onNote({ tone: 'error', text: networkText(locale) });
    const [problem] = result.errors;
    const text = await errorText(problem, locale, w.fields);
    if (problem.field === 'phone') onPhoneError(text);
    const retryAfter = problem.code === 'RATE_LIMITED' ? (problem.retryAfter ?? 0) : 0;
    if (retryAfter > 0 && retryAfter <= 120) setWait(retryAfter);
    onNote({ tone: 'error', text });
  };

  return (
    <div class="phone-code">
      <Field
        name={purpose === 'REGISTER' ? 'phoneCode' : 'code'}
        label={w.code}
        hint={w.codeHint}
        value={value}
        onValue={onValue}
        error={error}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        inputRef={inputRef}
        locale={locale}
      />
      <button type="button" class="phone-code-send" disabled={busy || wait > 0} onClick={() => void send()}>
        {busy ? w.sending : wait > 0 ? w.resend(wait) : w.send}
      </button>
    </div>
  );
}
