// A forgotten password (/login/reset/, /en/login/reset/): a code sent by SMS to the account's
// mobile number or by email to its address (as the platform sends them), then a new password.
// The API answers the same whether or not the number or address has an account, and ends every
// session of the account once the password is reset.
import { useEffect, useState } from 'preact/hooks';
import { ResetPasswordDocument, type CodeChannelsQuery, type CodeChannelsQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { errorText, networkText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { CodeField } from './CodeField';
import { CODE_WORDS } from './words/codes';
import './forms.css';

// In this island's own bundle, not the chunk every island shares (lib/manage-operation.ts).
const codeChannels = operation<CodeChannelsQuery, CodeChannelsQueryVariables>(/* GraphQL */ `
  query CodeChannels {
    codeChannels {
      sms
      email
    }
  }
`);

// From gql/graphql like the other volunteers' forms: the chunk every island shares holds that
// module only while every island imports it.
export const resetPassword = /* GraphQL */ `
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;

type FieldName = 'phone' | 'email' | 'code' | 'newPassword';

export function ResetPasswordForm({ locale }: { locale: Locale }) {
  const w = CODE_WORDS[locale];
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  // By text message unless the platform sends codes by email only; both: the volunteer chooses.
  const [channels, setChannels] = useState({ sms: true, email: false });
  const [by, setBy] = useState<'phone' | 'email'>('phone');
  useEffect(() => {
    void request(codeChannels, {}).then((r) => {
      if (!r.ok) return;
      setChannels(r.data.codeChannels);
      if (!r.data.codeChannels.sms && r.data.codeChannels.email) setBy('email');
    });
  }, []);
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
    if (by === 'phone' && !phone.trim()) missing.phone = w.needPhone;
    if (by === 'email' && !email.trim()) missing.email = w.needEmail;
    if (!/^\d{6}$/.test(code.trim())) missing.code = w.needCode;
    if (password.length < 8) missing.newPassword = w.reset.needPassword;
    setErrors(missing);
    if (Object.keys(missing).length) return setStatus({ tone: 'error', text: Object.values(missing)[0] ?? '' });
    setBusy(true);
    const to = by === 'email' ? { email: email.trim() } : { phone: phone.trim() };
    const result = await request(ResetPasswordDocument, { input: { ...to, code: code.trim(), newPassword: password } });
    setBusy(false);
    if (result.ok) {
      setDone(true);
      return setStatus({ tone: 'success', text: w.reset.done });
    }
    if (result.network) return setStatus({ tone: 'error', text: networkText(locale) });
    const [problem] = result.errors;
    const text = await errorText(problem, locale);
    if (problem.field === 'phone' || problem.field === 'email' || problem.field === 'code' || problem.field === 'newPassword')
      setErrors({ [problem.field]: text });
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
      {channels.sms && channels.email && (
        <fieldset class="reset-by">
          <legend>{w.reset.by}</legend>
          {(['phone', 'email'] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" name="reset-by" value={choice} checked={by === choice} onChange={() => (setBy(choice), setCode(''), setErrors({}))} />
              {choice === 'phone' ? w.reset.byPhone : w.reset.byEmail}
            </label>
          ))}
        </fieldset>
      )}
      {by === 'phone' ? (
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
      ) : (
        <Field
          name="email"
          label={w.reset.email}
          type="email"
          autoComplete="email"
          inputMode="email"
          maxLength={254}
          value={email}
          onValue={(v) => (setEmail(v), setErrors((e) => ({ ...e, email: undefined })))}
          error={errors.email}
          locale={locale}
        />
      )}
      <CodeField
        purpose="RESET_PASSWORD"
        {...(by === 'email' ? { email } : { phone })}
        value={code}
        onValue={(v) => (setCode(v), setErrors((e) => ({ ...e, code: undefined })))}
        error={errors.code}
        onNote={setStatus}
        onDestinationError={(text) => setErrors((e) => ({ ...e, [by]: text }))}
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
