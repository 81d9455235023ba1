// What a back-office gate (ManageGate, AdminGate) shows before its section: reading, signed out
// (with the way to sign in and back) and a failure to read (with a retry).
import { localizePath, type Locale } from '../i18n/locales';

export function GateLoading({ text }: { text: string }) {
  return (
    <div class="account manage" aria-busy="true">
      <p key="loading" class="account-loading">
        {text}
      </p>
    </div>
  );
}

export function GateSignedOut({ locale, title, text, logIn }: { locale: Locale; title: string; text: string; logIn: string }) {
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <div class="account manage">
      <section key="out" class="account-card account-signed-out">
        <h2>{title}</h2>
        <p>{text}</p>
        <p class="account-actions">
          <a class="form-submit" href={`${localizePath('/login/', locale)}?next=${next}`}>
            {logIn}
          </a>
        </p>
      </section>
    </div>
  );
}

export function GateError({ title, text, retry, onRetry }: { title: string; text: string; retry: string; onRetry: () => void }) {
  return (
    <div class="account manage">
      <section key="error" class="account-card account-error" role="alert">
        <h2>{title}</h2>
        <p>{text}</p>
        <button type="button" class="form-submit" onClick={onRetry}>
          {retry}
        </button>
      </section>
    </div>
  );
}
