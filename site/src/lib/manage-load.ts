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
