// Whether a volunteer is signed in, for the account page's islands that show nothing otherwise
// (MyAccount offers the way to sign in): the page's one question, then every change (signing out).
import { useEffect, useState } from 'preact/hooks';
import { loadViewer, onViewerChange } from './session';

export function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    void loadViewer().then((s) => setSignedIn(s.status === 'signed-in'));
    return onViewerChange((s) => setSignedIn(s.status === 'signed-in'));
  }, []);
  return signedIn;
}
