// The result line of an island's form: a live region present from the first render, so
// screen readers announce whatever appears in it (errors, progress, success).
import { localizePath, type Locale } from '../i18n/locales';
import { FIELD_WORDS } from './words/field';

export type Status = { tone: 'error' | 'success' | 'info'; text: string; login?: boolean } | null;

export function FormStatus({ status, locale }: { status: Status; locale: Locale }) {
  return (
    <div class="form-status" data-tone={status?.tone} aria-live="assertive" aria-atomic="true">
      {status && (
        <p>
          {status.text}
          {status.login && (
            <>
              {' '}
              <a href={localizePath('/login/', locale)}>{FIELD_WORDS[locale].goToLogIn}</a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
