// Signing in (/login/, /en/login/) with a mobile number or email and a password. The API sets the httpOnly
// session cookie; this page never sees a token. Too many wrong passwords lock the account for
// a while: RATE_LIMITED says for how long (retryAfter), which is shown.
import { useEffect, useRef, useState } from 'preact/hooks';
import { LogInDocument } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { waitText } from '../lib/error-words/wait';
import { request } from '../lib/graphql-client';
import { loadViewer, nextPath, nextQuery, type Viewer } from '../lib/session';
import { ConsentRequest, type PendingDocument } from './ConsentRequest';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { FORM_WORDS } from './words/forms';
import { CODE_WORDS } from './words/codes';
import './forms.css';

const operation = /* GraphQL */ `
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      volunteer {
        id
        displayName
        pendingConsents {
          ...PendingConsent
        }
      }
    }
  }
`;

type FieldName = 'login' | 'password';

// Hours and minutes read the same in both languages.
const clock = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function LoginForm({ locale }: { locale: Locale }) {
  const w = FORM_WORDS[locale].login;
  const account = localizePath('/account/', locale);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState(false);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  // Signed in, but a changed agreement or policy must be accepted before going on.
  const [pending, setPending] = useState<PendingDocument[]>([]);
  // Known after hydration only: the build knows no query string.
  const [next, setNext] = useState('');
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});

  useEffect(() => {
    setReady(true);
    setNext(nextQuery());
    void loadViewer().then((s) => s.status === 'signed-in' && setViewer(s.viewer));
  }, []);

  const fail = (found: Partial<Record<FieldName, string>>, text: string) => {
    setErrors(found);
    setStatus({ tone: 'error', text });
    const first = (['login', 'password'] as const).find((f) => found[f]);
    if (first) inputs.current[first]?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing: Partial<Record<FieldName, string>> = {};
    if (!login.trim()) missing.login = w.missingLogin;
    if (!password) missing.password = w.missingPassword;
    if (missing.login || missing.password) return fail(missing, w.missingBoth);

    setBusy(true);
    setStatus({ tone: 'info', text: w.sending });
    const result = await request(LogInDocument, { input: { login: login.trim(), password } });
    setBusy(false);
    if (result.ok) {
      setErrors({});
      const { displayName, pendingConsents } = result.data.logIn.volunteer;
      if (pendingConsents?.length) {
        setStatus(null);
        setPending(pendingConsents);
        return;
      }
      setStatus({ tone: 'success', text: w.welcome(displayName) });
      location.assign(nextPath(location.search, account));
      return;
    }
    const error = result.network ? null : result.errors[0];
    if (error?.code === 'RATE_LIMITED' && error.retryAfter) {
      const until = clock.format(new Date(Date.now() + error.retryAfter * 1000));
      return fail({}, w.locked(waitText(error.retryAfter, locale), until));
    }
    if (error?.code === 'UNAUTHENTICATED') {
      setPassword('');
      return fail({ password: w.wrong }, w.wrongStatus);
    }
    const text = await failureText(result, locale, w.fields);
    fail(error?.field === 'login' ? { login: text } : {}, text);
  };

  // Signed in already: the note takes the form's place in the same grid cell, and the hidden
  // form keeps the box at its height, so nothing below moves.
  if (pending.length) {
    return <ConsentRequest documents={pending} locale={locale} onAccepted={() => location.assign(nextPath(location.search, account))} />;
  }

  return (
    <div class="login-stack">
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy} style={viewer ? { visibility: 'hidden' } : undefined}>
        <Field
          name="login"
          label={w.login}
          value={login}
          onValue={(v) => (setLogin(v), setErrors((e) => ({ ...e, login: undefined })))}
          error={errors.login}
          autoComplete="username"
          inputRef={(el) => void (inputs.current.login = el)}
          locale={locale}
        />
        <Field
          name="password"
          label={w.password}
          type="password"
          value={password}
          onValue={(v) => (setPassword(v), setErrors((e) => ({ ...e, password: undefined })))}
          error={errors.password}
          autoComplete="current-password"
          inputRef={(el) => void (inputs.current.password = el)}
          locale={locale}
        />
        <button class="form-submit" type="submit" disabled={!ready || busy}>
          {busy ? w.submitting : w.submit}
        </button>
        <FormStatus status={status} locale={locale} />
        <p class="form-switch">
          <a href={localizePath('/login/reset/', locale)}>{CODE_WORDS[locale].forgot}</a>
        </p>
        <p class="form-switch">
          {w.noAccount}
          <a href={`${localizePath('/register/', locale)}${next}`}>{w.register}</a>
        </p>
      </form>
      {viewer && (
        <div class="signed-in">
          <p>
            {w.signedIn[0]}
            <strong lang={locale === 'en' ? 'zh-CN' : undefined}>{viewer.realName ?? viewer.displayName}</strong>
            {w.signedIn[1]}
          </p>
          <p>
            <a class="form-submit" href={nextPath(location.search, account)}>
              {w.toAccount}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
