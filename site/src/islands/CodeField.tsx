// The code beside a phone number or an email address (registration, a forgotten password): a
// button that has the API send a code there, then counts down until another may be asked for,
// and the field the code is typed into.
import { useEffect, useState } from 'preact/hooks';
import type { CodePurpose, RequestPhoneCodeMutation, RequestPhoneCodeMutationVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { errorText, networkText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { Field } from './Field';
import { CODE_WORDS } from './words/codes';

// In this island's own bundle, not the chunk every island shares (lib/manage-operation.ts).
const requestPhoneCode = operation<RequestPhoneCodeMutation, RequestPhoneCodeMutationVariables>(/* GraphQL */ `
  mutation RequestPhoneCode($input: RequestVerificationCodeInput!) {
    requestVerificationCode(input: $input) {
      sentTo
      resendAfter
    }
  }
`);

interface Props {
  purpose: CodePurpose;
  /** Where the code goes: a phone number (by SMS) or an email address. */
  phone?: string;
  email?: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  /** Said when the code could not be sent (or is on its way). */
  onNote: (note: { tone: 'error' | 'success'; text: string }) => void;
  /** The phone or email field's problem (empty, wrong shape, not sendable). */
  onDestinationError: (message: string) => void;
  inputRef?: (el: HTMLInputElement | null) => void;
  locale: Locale;
}

export function CodeField({ purpose, phone, email, value, onValue, error, onNote, onDestinationError, inputRef, locale }: Props) {
  const w = CODE_WORDS[locale];
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const send = async () => {
    const to = email !== undefined ? { email: email.trim() } : { phone: (phone ?? '').trim() };
    if (!(to.email ?? to.phone)) return onDestinationError(email !== undefined ? w.needEmail : w.needPhone);
    setBusy(true);
    const result = await request(requestPhoneCode, { input: { purpose, ...to } });
    setBusy(false);
    if (result.ok) {
      setWait(result.data.requestVerificationCode.resendAfter);
      return onNote({ tone: 'success', text: w.sent(result.data.requestVerificationCode.sentTo) });
    }
    if (result.network) return onNote({ tone: 'error', text: networkText(locale) });
    const [problem] = result.errors;
    const text = await errorText(problem, locale);
    if (problem.field === 'phone' || problem.field === 'email') onDestinationError(text);
    const retryAfter = problem.code === 'RATE_LIMITED' ? (problem.retryAfter ?? 0) : 0;
    if (retryAfter > 0 && retryAfter <= 120) setWait(retryAfter);
    onNote({ tone: 'error', text });
  };

  return (
    <div class="phone-code">
      <Field
        name={purpose === 'REGISTER' ? 'phoneCode' : 'code'}
        label={email !== undefined ? w.emailCode : w.code}
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
