// What changes the static site: a mutation that changes what the public pages show is marked
// `@UseMiddleware(ChangesPublicSite)` where it is defined; when it succeeds, its request notes it,
// and once the answer is sent the running server rebuilds the site (debounced). Updates to drafts
// are harmless: a rebuild shows the same pages.
import type { ApolloServerPlugin } from '@apollo/server';
import type { MiddlewareFn } from 'type-graphql';

/** What a request changed, filled in as it runs. */
export interface RequestChanges {
  /** Something the public site shows. */
  site: boolean;
}

/** Marks its mutation as changing the public site (once it has succeeded). */
export const ChangesPublicSite: MiddlewareFn<{ changes: RequestChanges }> = async ({ context }, next) => {
  const result: unknown = await next();
  context.changes.site = true;
  return result;
};

export function notifySiteChanges<T extends { changes: RequestChanges }>(onChange: () => void): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse() {
          if (contextValue.changes.site) onChange();
        },
      };
    },
  };
}
