// Publish now or at a chosen time (China time): the reviewer's and the staff's control.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { fromLocalInput, type Sent } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { NEWS_WORDS } from './words/manage-news';

interface Props<T> {
  /** Tells the fields of one item from another's on a page of several. */
  id: string;
  locale: Locale;
  publish: (at: string | null) => Promise<Sent<T>>;
  /** After it is published (or scheduled): `at` null for now. */
  onPublished: (data: T, at: string | null) => void;
  disabled?: boolean;
}

export function PublishControls<T>({ id, locale, publish, onPublished, disabled = false }: Props<T>) {
  const w = NEWS_WORDS[locale];
  const [later, setLater] = useState(false);
  const [when, setWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const field = `publish-at-${id}`;
  const go = async () => {
    const at = later ? fromLocalInput(when) : null;
    if (later && !at) return setError(w.needTime);
    setBusy(true);
    const result = await publish(at);
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'publishedAt') setError(result.text);
      return setStatus({ tone: 'error', text: result.text });
    }
    setStatus(null);
    onPublished(result.data, at);
  };
  return (
    <fieldset class="manage-publish" disabled={disabled || busy}>
      <legend class="visually-hidden">{w.publish}</legend>
      <label class="manage-radio">
        <input type="radio" name={`when-${id}`} checked={!later} onChange={() => (setLater(false), setError(null))} />
        {w.publishNow}
      </label>
      <label class="manage-radio">
        <input type="radio" name={`when-${id}`} checked={later} onChange={() => setLater(true)} />
        {w.publishAt}
      </label>
      {later && (
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for={field}>{w.labels.publishedAt}</label>
          <input
            id={field}
            type="datetime-local"
            value={when}
            onInput={(e) => (setWhen(e.currentTarget.value), setError(null))}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${field}-error`}
          />
          <p id={`${field}-error`} class="field-error">
            {error}
          </p>
        </div>
      )}
      <div class="manage-actions">
        <button type="button" class="form-submit" data-action="publish" onClick={() => void go()}>
          {later ? w.publishAt : w.publishNow}
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </fieldset>
  );
}
