// Per-request DataLoader of volunteers by ID (common/request-scope.ts); what a viewer may see of
// them is volunteer-access.ts's.
import type { Context } from '../../context.js';
import { byIdLoader } from '../../common/loaders.js';
import { perRequest } from '../../common/request-scope.js';
import { Volunteer } from './volunteer.entity.js';

export const volunteerById = perRequest((ctx: Context) => byIdLoader(ctx.em, Volunteer));
