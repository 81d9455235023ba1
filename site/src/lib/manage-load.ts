// One section of the back office reading its part from the API: loading, the failure in words
// of the page's language, or the data, which the section may then change in place (a request
// resolved, a shift recorded) without asking again. A page that shows several sections together
// can wait until each has settled, so none grows and pushes the others after they appeared.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { failureText } from './api-messages';
import type { ApiResult } from './graphql-client';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; text: string } | { status: 'ready'; data: T };

const GONE: Record<Locale, string> = {
  'zh-CN': '登录已失效或没有权限，请刷新页面后重新登录。',
  en: 'Your session has ended or you lack permission. Reload the page and sign in again.',
};

/** `onSettled` is called once, when the first load has an answer (data or failure). */
export function useLoaded<T>(load: () => Promise<ApiResult<T | null>>, locale: Locale, onSettled?: () => void) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const reload = async () => {
    const result = await load();
    if (!result.ok) return setState({ status: 'error', text: await failureText(result, locale) });
    // Null: the organisation or the session went away meanwhile.
    if (result.data === null) return setState({ status: 'error', text: GONE[locale] });
    setState({ status: 'ready', data: result.data });
  };
  useEffect(() => void reload().then(onSettled), []);
  const update = (change: (data: T) => T) => setState((old) => (old.status === 'ready' ? { status: 'ready', data: change(old.data) } : old));
  const retry = () => (setState({ status: 'loading' }), void reload());
  return { state, update, retry, reload };
}

/** A list read page by page: its items and the cursor of the next page (null at the end). */
export interface Paged<N> {
  nodes: N[];
  next: string | null;
}

/**
 * useLoaded for a list read page by page: `more` appends the next page, keeping the rest of the
 * data; when it fails, `failure` says why in the page's language.
 */
export function useLoadedPages<N, T extends Paged<N>>(load: (after: string | null) => Promise<ApiResult<T | null>>, locale: Locale) {
  const loaded = useLoaded(() => load(null), locale);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const more = async () => {
    if (loaded.state.status !== 'ready' || !loaded.state.data.next) return;
    setBusy(true);
    const result = await load(loaded.state.data.next);
    setBusy(false);
    if (!result.ok || !result.data) return setFailure(result.ok ? GONE[locale] : await failureText(result, locale));
    const page = result.data;
    setFailure(null);
    loaded.update((d) => ({ ...d, nodes: [...d.nodes, ...page.nodes], next: page.next }));
  };
  return { ...loaded, more, busy, failure };
}
