// Account settings (/account/settings/): the volunteer changes their email, district and skills,
// their emergency contact (sealed by the API, shown masked), their password (other devices are
// signed out), or closes the account after being told what is erased and what stays anonymous.
// Each part is its own form with its own result line.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  AccountSettingsDocument,
  ChangePasswordDocument,
  DeleteMyAccountDocument,
  UpdateMyProfileDocument,
  type AccountSettingsQuery,
  type ChangePhoneMutation,
  type ChangePhoneMutationVariables,
  type UpdateMyProfileInput,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { logOut, onViewerChange } from '../lib/session';
import { CodeField } from './CodeField';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { PublicProfileForm } from './PublicProfileForm';
import { ACCOUNT_SETTINGS_WORDS } from './words/account-settings';
import './forms.css';
import './my-account.css';

const operations = /* GraphQL */ `
  fragment SettingsOfMe on Volunteer {
    id
    email
    notifyByEmail
    notifyBySms
    phoneMasked
    district
    skills
    emergencyContact {
      name
      phoneMasked
    }
  }
  query AccountSettings {
    me {
      ...SettingsOfMe
    }
    messageChannels {
      sms
    }
    codeChannels {
      sms
    }
  }

  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      ...SettingsOfMe
    }
  }
  mutation ChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next)
  }
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`;

// In this island's own bundle, not the chunk every island shares (lib/manage-operation.ts).
const changePhone = operation<ChangePhoneMutation, ChangePhoneMutationVariables>(/* GraphQL */ `
  mutation ChangePhone($input: ChangePhoneInput!) {
    changePhone(input: $input) {
      id
      phoneMasked
    }
  }
`);

type Me = NonNullable<AccountSettingsQuery['me']>;
type State =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'error'; text: string }
  | { status: 'ready'; me: Me; texts: boolean; codes: boolean }
  | { status: 'closed' };
type Errors = Record<string, string | undefined>;

/** Skills typed as one line: split on commas (either width), 、 and semicolons. */
export function splitSkills(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function AccountSettings({ locale }: { locale: Locale }) {
  const w = ACCOUNT_SETTINGS_WORDS[locale];
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    void request(AccountSettingsDocument, {}).then(async (result) => {
      if (!result.ok) return setState({ status: 'error', text: await failureText(result, locale) });
      const { me, messageChannels, codeChannels } = result.data;
      setState(me ? { status: 'ready', me, texts: messageChannels.sms, codes: codeChannels.sms } : { status: 'signed-out' });
    });
    return onViewerChange((s) => s.status === 'signed-out' && setState((old) => (old.status === 'closed' ? old : { status: 'signed-out' })));
  }, []);

  if (state.status === 'loading') return <p class="account-loading">{w.loading}</p>;
  if (state.status === 'error')
    return (
      <p class="account-message" data-tone="error" role="alert">
        {state.text}
      </p>
    );
  if (state.status === 'closed') {
    return (
      <section class="account-card" role="status">
        <p>{w.closed}</p>
        <p>
          <a href={localizePath('/', locale)}>{locale === 'en' ? 'Home' : '返回首页'}</a>
        </p>
      </section>
    );
  }
  if (state.status === 'signed-out') {
    return (
      <section class="account-card">
        <p>{w.signedOut}</p>
        <a class="form-submit" href={`${localizePath('/login/', locale)}?next=${encodeURIComponent(localizePath('/account/settings/', locale))}`}>
          {w.logIn}
        </a>
      </section>
    );
  }
  const { texts, codes } = state;
  const updated = (me: Me) => setState({ status: 'ready', me, texts, codes });
  return (
    <div class="settings">
      <p>
        <a href={localizePath('/account/', locale)}>{w.back}</a>
      </p>
      <ProfileForm me={state.me} locale={locale} onSaved={updated} />
      <PublicProfileForm locale={locale} />
      <NotifyForm me={state.me} locale={locale} onSaved={updated} texts={texts} />
      <PhoneForm me={state.me} locale={locale} onSaved={updated} codes={codes} />
      <ContactForm me={state.me} locale={locale} onSaved={updated} />
      <PasswordForm locale={locale} />
      <CloseForm locale={locale} onClosed={() => setState({ status: 'closed' })} />
    </div>
  );
}

interface PartProps {
  me: Me;
  locale: Locale;
  onSaved: (me: Me) => void;
}

function ProfileForm({ me, locale, onSaved }: PartProps) {
  const w = ACCOUNT_SETTINGS_WORDS[locale];
  const [email, setEmail] = useState(me.email ?? '');
  const [district, setDistrict] = useState(me.district ?? '');
  const [skills, setSkills] = useState((me.skills ?? []).join(locale === 'en' ? ', ' : '、'));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const input: UpdateMyProfileInput = { email: email.trim() || null, district: district.trim() || null, skills: splitSkills(skills) };
    const result = await send(UpdateMyProfileDocument, { input }, locale);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setStatus({ tone: 'success', text: w.saved });
      onSaved(result.data.updateMyProfile);
      return;
    }
    const { text, field } = result;
    setErrors(field ? { [field]: text } : {});
    setStatus({ tone: 'error', text });
  };

  return (
    <section class="account-card settings-part" aria-labelledby="settings-profile">
      <h2 id="settings-profile">{w.profile}</h2>
      <p class="account-note">{w.profileLead}</p>
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          name="email"
          label={w.email}
          hint={w.emailHint}
          type="email"
          autoComplete="email"
          inputMode="email"
          optional
          value={email}
          onValue={setEmail}
          error={errors.email}
          locale={locale}
        />
        <Field
          name="district"
          label={w.district}
          autoComplete="address-level3"
          optional
          maxLength={40}
          value={district}
          onValue={setDistrict}
          error={errors.district}
          locale={locale}
        />
        <Field name="skills" label={w.skills} hint={w.skillsHint} optional value={skills} onValue={setSkills} error={errors.skills} locale={locale} />
        <button class="form-submit" type="submit" disabled={busy}>
          {busy ? w.saving : w.save}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}

type Channel = 'notifyByEmail' | 'notifyBySms';

/** Whether messages are emailed (and, where the platform texts them, texted) too; each saved as soon as its box changes. */
function NotifyForm({ me, locale, onSaved, texts }: PartProps & { texts: boolean }) {
  const w = ACCOUNT_SETTINGS_WORDS[locale];
  const [on, setOn] = useState<Record<Channel, boolean>>({ notifyByEmail: me.notifyByEmail ?? true, notifyBySms: me.notifyBySms ?? true });
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const change = async (channel: Channel, next: boolean) => {
    setOn((old) => ({ ...old, [channel]: next }));
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const result = await send(UpdateMyProfileDocument, { input: { [channel]: next } }, locale);
    setBusy(false);
    if (result.ok) {
      const sms = channel === 'notifyBySms';
      setStatus({ tone: 'success', text: next ? (sms ? w.notifySmsOn : w.notifyOn) : sms ? w.notifySmsOff : w.notifyOff });
      onSaved(result.data.updateMyProfile);
      return;
    }
    setOn((old) => ({ ...old, [channel]: !next }));
    setStatus({ tone: 'error', text: result.text });
  };

  const box = (channel: Channel, id: string, label: string) => (
    <div class="form-consent">
      <input id={id} type="checkbox" checked={on[channel]} disabled={busy} onChange={(e) => void change(channel, (e.target as HTMLInputElement).checked)} />
      <label for={id}>{label}</label>
    </div>
  );

  return (
    <section class="account-card settings-part" aria-labelledby="settings-notify">
      <h2 id="settings-notify">{w.notify}</h2>
      <p class="account-note">{w.notifyLead}</p>
      <form class="island-form" onSubmit={(e) => e.preventDefault()} aria-busy={busy}>
        {box('notifyByEmail', 'settings-notify-email', w.notifyEmail)}
        {!me.email && <p class="account-note">{w.notifyNoEmail}</p>}
        {texts && box('notifyBySms', 'settings-notify-sms', w.notifySms)}
        {texts && <p class="account-note">{w.notifySmsNote}</p>}
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}

/** A new phone: proved with a code sent to it where the platform sends SMS, and the current password. */
function PhoneForm({ me, locale, onSaved, codes }: PartProps & { codes: boolean }) {
  const w = ACCOUNT_SETTINGS_WORDS[locale];
  const [values, setValues] = useState({ phone: '', code: '', currentPassword: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [key]: v }));
  const fail = (found: Errors, text: string) => {
    setErrors(found);
    setStatus({ tone: 'error', text });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Errors = {};
    if (!values.phone.trim()) found.phone = w.missing;
    if (codes && !values.code.trim()) found.code = w.missing;
    if (!values.currentPassword) found.currentPassword = w.missing;
    if (Object.values(found).some(Boolean)) return fail(found, w.missing);
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const input = { phone: values.phone.trim(), code: codes ? values.code.trim() : null, currentPassword: values.currentPassword };
    const result = await send(changePhone, { input }, locale);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setValues({ phone: '', code: '', currentPassword: '' });
      setStatus({ tone: 'success', text: w.phoneChanged(result.data.changePhone.phoneMasked ?? '') });
      onSaved({ ...me, phoneMasked: result.data.changePhone.phoneMasked });
      return;
    }
    fail(result.field ? { [result.field]: result.text } : {}, result.text);
  };

  return (
    <section class="account-card settings-part" aria-labelledby="settings-phone">
      <h2 id="settings-phone">{w.phone}</h2>
      <p class="account-note">{w.phoneLead(me.phoneMasked ?? null)}</p>
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          name="phone"
          label={w.newPhone}
          type="tel"
          autoComplete="tel-national"
          inputMode="numeric"
          maxLength={14}
          value={values.phone}
          onValue={set('phone')}
          error={errors.phone}
          locale={locale}
        />
        {codes && (
          <CodeField
            purpose="CHANGE_PHONE"
            phone={values.phone}
            value={values.code}
            onValue={set('code')}
            error={errors.code}
            onNote={setStatus}
            onDestinationError={(text) => fail({ phone: text }, text)}
            locale={locale}
          />
        )}
        <Field
          name="phonePassword"
          label={w.currentPassword}
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onValue={set('currentPassword')}
          error={errors.currentPassword}
          locale={locale}
        />
        <button class="form-submit" type="submit" disabled={busy}>
          {busy ? w.saving : w.changePhone}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}

function ContactForm({ me, locale, onSaved }: PartProps) {
  const w = ACCOUNT_SETTINGS_WORDS[locale];
  const [name, setName] = useState(me.emergencyContact?.name ?? '');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const save = async (input: UpdateMyProfileInput, done: string) => {
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const result = await send(UpdateMyProfileDocument, { input }, locale);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setPhone('');
      setName(result.data.updateMyProfile.emergencyContact?.name ?? '');
      setStatus({ tone: 'success', text: done });
      onSaved(result.data.updateMyProfile);
      return;
    }
    const { text, field } = result;
    setErrors(field ? { [field]: text } : {});
    setStatus({ tone: 'error', text });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.trim() || !phone.trim()) {
      setErrors({ emergencyContactName: name.trim() ? undefined : w.missing, emergencyContactPhone: phone.trim() ? undefined : w.missing });
      setStatus({ tone: 'error', text: w.contactBoth });
      return;
    }
    void save({ emergencyContactName: name.trim(), emergencyContactPhone: phone.trim() }, w.saved);
  };

  return (
    <section class="account-card settings-part" aria-labelledby="settings-contact">
      <h2 id="settings-contact">{w.contact}</h2>
      <p class="account-note">{w.contactLead}</p>
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          name="emergencyContactName"
          label={w.contactName}
          autoComplete="off"
          maxLength={30}
          value={name}
          onValue={setName}
          error={errors.emergencyContactName}
          locale={locale}
        />
        <Field
          name="emergencyContactPhone"
          label={w.contactPhone}
          hint={w.contactPhoneHint(me.emergencyContact?.phoneMasked ?? null)}
          type="tel"
          inputMode="numeric"
          autoComplete="off"
          maxLength={14}
          value={phone}
          onValue={setPhone}
          error={errors.emergencyContactPhone}
          locale={locale}
        />
        <p class="settings-actions">
          <button class="form-submit" type="submit" disabled={busy}>
            {busy ? w.saving : w.save}
          </button>
          {me.emergencyContact && (
            <button
              type="button"
              class="form-secondary"
              disabled={busy}
              onClick={() => void save({ emergencyContactName: null, emergencyContactPhone: null }, w.contactRemoved)}
            >
              {w.removeContact}
            </button>
          )}
        </p>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}

function PasswordForm({ locale }: { locale: Locale }) {
  const w = ACCOUNT_SETTINGS_WORDS[locale];
  const [values, setValues] = useState({ current: '', next: '', repeat: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (v: string) => setValues((old) => ({ ...old, [key]: v }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Errors = {};
    if (!values.current) found.currentPassword = w.missing;
    if (!values.next) found.newPassword = w.missing;
    if (values.next && values.repeat !== values.next) found.repeatPassword = w.mismatch;
    if (Object.values(found).some(Boolean)) {
      setErrors(found);
      setStatus({ tone: 'error', text: found.repeatPassword && !found.currentPassword && !found.newPassword ? w.mismatch : w.missing });
      return;
    }
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const result = await send(ChangePasswordDocument, { current: values.current, next: values.next }, locale);
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setValues({ current: '', next: '', repeat: '' });
      setStatus({ tone: 'success', text: w.passwordChanged });
      return;
    }
    const { text, field } = result;
    setErrors(field ? { [field]: text } : {});
    setStatus({ tone: 'error', text });
  };

  return (
    <section class="account-card settings-part" aria-labelledby="settings-password">
      <h2 id="settings-password">{w.password}</h2>
      <p class="account-note">{w.passwordLead}</p>
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          name="currentPassword"
          label={w.currentPassword}
          type="password"
          autoComplete="current-password"
          value={values.current}
          onValue={set('current')}
          error={errors.currentPassword}
          locale={locale}
        />
        <Field
          name="newPassword"
          label={w.newPassword}
          hint={w.newPasswordHint}
          type="password"
          autoComplete="new-password"
          value={values.next}
          onValue={set('next')}
          error={errors.newPassword}
          locale={locale}
        />
        <Field
          name="repeatPassword"
          label={w.repeatPassword}
          type="password"
          autoComplete="new-password"
          value={values.repeat}
          onValue={set('repeat')}
          error={errors.repeatPassword}
          locale={locale}
        />
        <button class="form-submit" type="submit" disabled={busy}>
          {busy ? w.saving : w.changePassword}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}

function CloseForm({ locale, onClosed }: { locale: Locale; onClosed: () => void }) {
  const w = ACCOUNT_SETTINGS_WORDS[locale];
  const [password, setPassword] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLInputElement | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!password) {
      setErrors({ password: w.missing });
      setStatus({ tone: 'error', text: w.missing });
      return;
    }
    if (!confirmed) {
      setErrors({});
      setStatus({ tone: 'error', text: w.closeNotConfirmed });
      box.current?.focus();
      return;
    }
    setBusy(true);
    setStatus({ tone: 'info', text: w.closing });
    const result = await send(DeleteMyAccountDocument, { password }, locale);
    setBusy(false);
    if (result.ok) {
      onClosed();
      // The API ended every session; the header's corner learns it too.
      void logOut();
      return;
    }
    const { text, field } = result;
    setErrors(field === 'password' ? { password: text } : {});
    setStatus({ tone: 'error', text });
  };

  return (
    <section class="account-card settings-part settings-close" aria-labelledby="settings-close">
      <h2 id="settings-close">{w.close}</h2>
      <ul class="settings-list" data-kind="erased">
        {w.closeErased.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ul class="settings-list" data-kind="kept">
        {w.closeKept.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="account-note">{w.closeAdmin}</p>
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field
          name="password"
          label={w.closePassword}
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          error={errors.password}
          locale={locale}
        />
        <div class="form-consent">
          <input
            id="settings-close-confirm"
            type="checkbox"
            ref={box}
            checked={confirmed}
            onChange={(e) => setConfirmed((e.target as HTMLInputElement).checked)}
          />
          <label for="settings-close-confirm">{w.closeConfirm}</label>
        </div>
        <button class="form-submit settings-danger" type="submit" disabled={busy}>
          {busy ? w.closing : w.closeButton}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}
