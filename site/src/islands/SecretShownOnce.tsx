// A secret the API returns once (a partner key, a webhook's signing secret), shown right after it
// was made: a warning that it cannot be seen again, the value selected for copying, a copy
// button (selecting it by hand where the clipboard is refused), and "I have saved it".
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { FormStatus, type Status } from './FormStatus';

export interface SecretWords {
  secretTitle: string;
  secretWarning: string;
  secretLabel: string;
  usage: string;
  copy: string;
  copied: string;
  copyFailed: string;
  done: string;
}

interface Props {
  /** The input's id. */
  id: string;
  secret: string;
  w: SecretWords;
  locale: Locale;
  onDone: () => void;
}

export function SecretShownOnce({ id, secret, w, locale, onDone }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<Status>(null);
  useEffect(() => {
    setCopied(null);
    requestAnimationFrame(() => input.current?.select());
  }, [secret]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied({ tone: 'success', text: w.copied });
    } catch {
      input.current?.select();
      setCopied({ tone: 'error', text: w.copyFailed });
    }
  };
  return (
    <div class="key-secret island-form" role="alert" data-secret-shown>
      <h3>{w.secretTitle}</h3>
      <p>
        <strong>{w.secretWarning}</strong>
      </p>
      <div class="field">
        <label for={id}>{w.secretLabel}</label>
        <input id={id} ref={input} type="text" readOnly value={secret} class="key-secret-value" spellcheck={false} />
      </div>
      <p class="manage-meta">{w.usage}</p>
      <div class="manage-actions">
        <button type="button" class="form-submit" onClick={() => void copy()}>
          {w.copy}
        </button>
        <button type="button" class="signup-more" onClick={onDone}>
          {w.done}
        </button>
      </div>
      <FormStatus status={copied} locale={locale} />
    </div>
  );
}
