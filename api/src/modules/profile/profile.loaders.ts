// Per-request loaders of public pages (common/request-scope.ts).
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { perRequest } from '../../common/request-scope.js';
import { approvedTeamIds } from './profile.queries.js';
import { ProfileService } from './profile.service.js';

export function profileService(ctx: Context): ProfileService {
  return new ProfileService(ctx.em, ctx.vault);
}

/** Each volunteer's approved teams (IDs), one statement per batch. */
export const teamsOf = perRequest(
  ({ em }: Context) =>
    new DataLoader<string, string[]>(async (ids) => {
      const teams = await approvedTeamIds(em, ids);
      return ids.map((id) => teams.get(id) ?? []);
    }),
);
