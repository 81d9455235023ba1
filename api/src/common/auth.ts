// Who is asking: the signed-in volunteer (from the session cookie or a bearer token) and
// the checks services use. Services take a Viewer, never a request.
import { ForbiddenError, UnauthenticatedError } from './errors.js';

export interface Viewer {
  volunteerId: string;
  isPlatformAdmin: boolean;
  /** The session this request was authenticated with (for logOut). */
  sessionId: string;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function requirePlatformAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!v.isPlatformAdmin) throw new ForbiddenError('Only platform staff may do this');
  return v;
}
