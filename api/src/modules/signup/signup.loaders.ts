// Batched reads of sign-ups for field resolvers: a page of shifts asks for the viewer's own
// sign-ups, and a page of sign-ups for their waitlist places, in one statement each.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { byIdLoader } from '../../common/loaders.js';
import { perRequest } from '../../common/request-scope.js';
import { Signup } from './signup.entity.js';
import { waitlistPositions } from './signup.queries.js';

export const signupById = perRequest((ctx: Context) => byIdLoader(ctx.em, Signup));

export const signupLoaders = perRequest(({ em, viewer }: Context) => ({
  /** The viewer's sign-ups (any status) for each shift; none without a viewer. */
  viewerSignupsByShift: new DataLoader<string, Signup[]>(async (shiftIds) => {
    if (!viewer) return shiftIds.map(() => []);
    const signups = await em.find(Signup, { shift: { $in: [...shiftIds] }, volunteer: viewer.volunteerId }, { orderBy: { id: 'asc' } });
    return shiftIds.map((id) => signups.filter((s) => s.shift.id === id));
  }),
  /** Each WAITLISTED sign-up's place in its shift's waitlist (1 = next). */
  waitlistPosition: new DataLoader<string, number>(async (signupIds) => {
    const positions = await waitlistPositions(em, signupIds);
    return signupIds.map((id) => positions.get(id) ?? 0);
  }),
}));
