// Who is signed in, shared by the islands of one page (they load this module once): the
// header widget and a page's island ask together and cause one request; signing out in the
// header tells the page's island, which then shows the signed-out state.
import { LogOutDocument, ViewerDocument, type ViewerQuery } from '../gql/graphql';
import { request, type ApiFailure } from './graphql-client';

const viewerOperation = /* GraphQL */ `
  query Viewer {
    me {
      id
      displayName
      realName
    }
  }
`;

const logOutOperation = /* GraphQL */ `
  mutation LogOut {
    logOut
  }
`;

export type Viewer = NonNullable<ViewerQuery['me']>;
export type ViewerState = { status: 'signed-in'; viewer: Viewer } | { status: 'signed-out' } | { status: 'error'; failure: ApiFailure };

let pending: Promise<ViewerState> | null = null;
const listeners = new Set<(state: ViewerState) => void>();

function publish(state: ViewerState): ViewerState {
  pending = Promise.resolve(state);
  for (const listener of listeners) listener(state);
  return state;
}

/** The signed-in volunteer, asked once per page. */
export function loadViewer(): Promise<ViewerState> {
  pending ??= request(ViewerDocument, {}).then((result): ViewerState => {
    if (!result.ok) return { status: 'error', failure: result };
    return result.data.me ? { status: 'signed-in', viewer: result.data.me } : { status: 'signed-out' };
  });
  return pending;
}

/** Called with every later change (signing out); returns the unsubscribe function. */
export function onViewerChange(listener: (state: ViewerState) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Ends the session (the API clears the cookie); null when done, else why not. */
/** Where this device keeps the signed-in volunteer's card (VolunteerCard), forgotten on signing out: it holds their photo. */
export const KEPT_CARD = 'aixin.card';

export async function logOut(): Promise<ApiFailure | null> {
  const result = await request(LogOutDocument, {});
  if (!result.ok) return result;
  try {
    localStorage.removeItem(KEPT_CARD);
  } catch {
    // No storage (private browsing): nothing was kept.
  }
  publish({ status: 'signed-out' });
  return null;
}

/** `?next=…` of this page, to pass on to the other form (sign in ⇄ register); '' when none. */
export function nextQuery(search: string = location.search): string {
  const next = new URLSearchParams(search).get('next');
  return next ? `?next=${encodeURIComponent(nextPath(search))}` : '';
}

/** Where to go after signing in: a path on this site from `?next=`, else `fallback` (the account page in the page's language). */
export function nextPath(search: string = location.search, fallback = '/account/'): string {
  const next = new URLSearchParams(search).get('next') ?? '';
  return /^\/(?![/\\])/.test(next) ? next : fallback;
}
