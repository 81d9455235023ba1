// The header's account corner. Rendered without JavaScript on reading pages (登录 · 注册
// links, so they ship no script); pages that have an island of their own hydrate it too, and
// there it shows the signed-in volunteer's display name with 我的 and 退出. Its box has a
// fixed size (account-menu.css), so swapping one state for the other moves nothing.
import { useEffect, useState } from 'preact/hooks';
import { failureText } from '../lib/api-messages';
import { loadViewer, logOut, onViewerChange, type ViewerState } from '../lib/session';
import './account-menu.css';

interface Props {
  /** The page to come back to after signing in. */
  next?: string;
}

export function AccountMenu({ next }: Props) {
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
    setNote(failure ? `退出失败：${failureText(failure)}` : '已退出登录。');
  };

  const viewer = state?.status === 'signed-in' ? state.viewer : null;
  const query = next ? `?next=${encodeURIComponent(next)}` : '';
  return (
    <div class="account-menu" role="group" aria-label="账户">
      {viewer ? (
        // Keyed: the signed-in links replace the signed-out ones rather than move them.
        <span key="in" class="account-menu-links">
          <span class="account-menu-name" title={viewer.displayName}>
            <span class="visually-hidden">已登录：</span>
            {viewer.displayName}
          </span>
          <a href="/account/" aria-current={location.pathname === '/account/' ? 'page' : undefined}>
            我的
          </a>
          <button type="button" class="account-menu-out" onClick={signOut} disabled={busy}>
            退出
          </button>
        </span>
      ) : (
        <span key="out" class="account-menu-links">
          <a href={`/login/${query}`}>登录</a>
          <a class="account-menu-register" href="/register/">
            注册
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
