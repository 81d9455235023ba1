// What a request changed, said where each mutation is defined rather than by the services:
// - `@UseMiddleware(ChangesPublicSite)` marks a mutation that changes what the public pages show;
//   once the answer is sent the running server rebuilds the site (debounced). Updates to drafts
//   are harmless: a rebuild shows the same pages.
// - `@UseMiddleware(ChangesPlatformFigures)` marks one that changes the platform's figures
//   (volunteers, teams, activities); the process drops the figures it keeps for a while.
// Each notes its change only once the mutation has succeeded.
import type { ApolloServerPlugin } from '@apollo/server';
import type { MiddlewareFn } from 'type-graphql';

/** What a request changed, filled in as it runs. */
export interface RequestChanges {
  /** Something the public site shows. */
  site: boolean;
  /** The platform's figures (counts of volunteers, teams, activities). */
  figures: boolean;
}

function marks(change: keyof RequestChanges): MiddlewareFn<{ changes: RequestChanges }> {
  return async ({ context }, next) => {
    const result: unknown = await next();
    context.changes[change] = true;
    return result;
  };
}

/** Marks its mutation as changing the public site (once it has succeeded). */
export const ChangesPublicSite = marks('site');

/** Marks its mutation as changing the platform's figures (once it has succeeded). */
export const ChangesPlatformFigures = marks('figures');

/** Calls each listener whose change the request made, as its answer is sent. */
export function notifyChanges<T extends { changes: RequestChanges }>(on: { [K in keyof RequestChanges]?: () => void }): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse() {
          for (const change of Object.keys(on) as (keyof RequestChanges)[]) if (contextValue.changes[change]) on[change]?.();
        },
      };
    },
  };
}
