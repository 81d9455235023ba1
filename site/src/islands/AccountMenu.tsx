// The header's account corner, in the page's language (the `locale` prop). Rendered without
// JavaScript on reading pages (登录 · 注册 links, so they ship no script); pages that have an
// island of their own hydrate it too, and there it shows the signed-in volunteer's own name
// (unmasked: it is theirs) with 我的 and 退出. Its box has a fixed size (account-menu.css), so swapping one state for the
// other moves nothing.
import { useEffect, useState } from 'preact/hooks';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { loadViewer, logOut, onViewerChange, type ViewerState } from '../lib/session';
import { ACCOUNT_MENU_WORDS } from './words/account-menu';
import './account-menu.css';

interface Props {
  /** The page to come back to after signing in. */
  next?: string;
  locale: Locale;
}

export function AccountMenu({ next, locale }: Props) {
  const w = ACCOUNT_MENU_WORDS[locale];
  const [state, setState] = useState<ViewerState | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let active = true;
    void loadViewer().then((s) => active && setState(s));
    const off = onViewerChange(setState);
    return () => {
      active = false;
      off();
    };
  }, []);

  const signOut = async () => {
    setBusy(true);
    const failure = await logOut();
    setBusy(false);
    setNote(failure ? w.outFailed(await failureText(failure, locale)) : w.out);
  };

  const viewer = state?.status === 'signed-in' ? state.viewer : null;
  const query = next ? `?next=${encodeURIComponent(next)}` : '';
  const account = localizePath('/account/', locale);
  return (
    <div class="account-menu" role="group" aria-label={w.label}>
      {viewer ? (
        // Keyed: the signed-in links replace the signed-out ones rather than move them.
        <span key="in" class="account-menu-links">
          <span class="account-menu-name" title={viewer.realName ?? viewer.displayName}>
            <span class="visually-hidden">{w.signedInAs}</span>
            {/* Names are Chinese on either page. */}
            <span lang={locale === 'en' ? 'zh-CN' : undefined}>{viewer.realName ?? viewer.displayName}</span>
          </span>
          <a href={account} aria-current={location.pathname === account ? 'page' : undefined}>
            {w.account}
          </a>
          <button type="button" class="account-menu-out" onClick={signOut} disabled={busy}>
            {w.logOut}
          </button>
        </span>
      ) : (
        <span key="out" class="account-menu-links">
          <a href={`${localizePath('/login/', locale)}${query}`}>{w.logIn}</a>
          <a class="account-menu-register" href={localizePath('/register/', locale)}>
            {w.register}
          </a>
        </span>
      )}
      {/* Floats below the box: a note appearing moves nothing. */}
      <span class="account-menu-note" role="status">
        {note}
      </span>
    </div>
  );
}
