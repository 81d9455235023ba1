// The frame of one section of the back office: its heading, a line on what it is for, and while
// its data is not there, a loading line or the failure with a retry button.
import type { ComponentChildren } from 'preact';
import type { Locale } from '../i18n/locales';
import type { Loaded } from '../lib/manage-load';

const WORDS: Record<Locale, { loading: string; retry: string }> = {
  'zh-CN': { loading: '正在读取……', retry: '重试' },
  en: { loading: 'Loading…', retry: 'Try again' },
};

interface Props<T> {
  id: string;
  title: string;
  note?: ComponentChildren;
  state: Loaded<T>;
  retry: () => void;
  locale?: Locale;
  children: (data: T) => ComponentChildren;
}

export function ManageSection<T>({ id, title, note, state, retry, locale = 'zh-CN', children }: Props<T>) {
  const w = WORDS[locale];
  return (
    <section class="account-card manage-section" id={id} aria-labelledby={`${id}-title`} aria-busy={state.status === 'loading'}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note && <p class="account-note">{note}</p>}
      {state.status === 'loading' && <p class="manage-loading">{w.loading}</p>}
      {state.status === 'error' && (
        <div class="manage-failed" role="alert">
          <p>{state.text}</p>
          <button type="button" class="signup-more" onClick={retry}>
            {w.retry}
          </button>
        </div>
      )}
      {state.status === 'ready' && children(state.data)}
    </section>
  );
}
