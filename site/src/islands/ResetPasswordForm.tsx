// A forgotten password (/login/reset/, /en/login/reset/): a code sent by SMS to the account's
// mobile number, then a new password. The API answers the same whether or not the number has an
// account, and ends every session of the account once the password is reset.
import { useState } from 'preact/hooks';
import { ResetPasswordDocument } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { errorText, networkText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { PhoneCodeField } from './PhoneCodeField';
import { CODE_WORDS } from './words/codes';
import './forms.css';

export const resetPassword = /* GraphQL */ `
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;

type FieldName = 'phone' | 'code' | 'newPassword';

export function ResetPasswordForm({ locale }: { locale: Locale }) {
  const w = CODE_WORDS[locale];
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing: Partial<Record<FieldName, string>> = {};
    if (!phone.trim()) missing.phone = w.needPhone;
    if (!/^\d{6}$/.test(code.trim())) missing.code = w.needCode;
    if (password.length < 8) missing.newPassword = w.reset.needPassword;
    setErrors(missing);
    if (Object.keys(missing).length) return setStatus({ tone: 'error', text: Object.values(missing)[0] ?? '' });
    setBusy(true);
    const result = await request(ResetPasswordDocument, { input: { phone: phone.trim(), code: code.trim(), newPassword: password } });
    setBusy(false);
    if (result.ok) {
      setDone(true);
      return setStatus({ tone: 'success', text: w.reset.done });
    }
    if (result.network) return setStatus({ tone: 'error', text: networkText(locale) });
    const [problem] = result.errors;
    const text = await errorText(problem, locale, w.fields);
    if (problem.field === 'phone' || problem.field === 'code' || problem.field === 'newPassword') setErrors({ [problem.field]: text });
    setStatus({ tone: 'error', text });
  };

  if (done)
    return (
      <div class="island-form">
        <FormStatus status={status} locale={locale} />
        <p>
          <a class="form-submit" href={localizePath('/login/', locale)}>
            {w.reset.logIn}
          </a>
        </p>
      </div>
    );

  return (
    <form class="island-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      <Field
        name="phone"
        label={w.reset.phone}
        type="tel"
        autoComplete="tel-national"
        inputMode="numeric"
        maxLength={14}
        value={phone}
        onValue={(v) => (setPhone(v), setErrors((e) => ({ ...e, phone: undefined })))}
        error={errors.phone}
        locale={locale}
      />
      <PhoneCodeField
        purpose="RESET_PASSWORD"
        phone={phone}
        value={code}
        onValue={(v) => (setCode(v), setErrors((e) => ({ ...e, code: undefined })))}
        error={errors.code}
        onNote={setStatus}
        onPhoneError={(text) => setErrors((e) => ({ ...e, phone: text }))}
        locale={locale}
      />
      <Field
        name="newPassword"
        label={w.reset.newPassword}
        hint={w.reset.newPasswordHint}
        type="password"
        autoComplete="new-password"
        value={password}
        onValue={(v) => (setPassword(v), setErrors((e) => ({ ...e, newPassword: undefined })))}
        error={errors.newPassword}
        locale={locale}
      />
      <button class="form-submit" type="submit" disabled={busy}>
        {busy ? w.reset.submitting : w.reset.submit}
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
