// What a request changed, said where each mutation is defined rather than by the services:
// - `@UseMiddleware(ChangesPublicSite)` marks a mutation that changes what the public pages show;
//   once the answer is sent the running server rebuilds the site (debounced). Updates to drafts
//   are harmless: a rebuild shows the same pages.
// - `@UseMiddleware(ChangesPlatformFigures)` marks one that changes the platform's figures
//   (volunteers, teams, activities); the process drops the figures it keeps for a while.
// - `@UseMiddleware(PublishesProject)` marks one whose answer is a project that became public;
//   the server then sends the jobs that come with it (its lottery draws, its reminders).
// - `@UseMiddleware(ReschedulesProject)` marks one whose answer's `project` had a shift moved;
//   the server sends its jobs again as for a publication (those of the new times are new jobs).
// Each notes its change only once the mutation has succeeded.
import type { ApolloServerPlugin } from '@apollo/server';
import type { MiddlewareFn } from 'type-graphql';

/** What a request changed, filled in as it runs. */
export interface RequestChanges {
  /** Something the public site shows. */
  site: boolean;
  /** The platform's figures (counts of volunteers, teams, activities). */
  figures: boolean;
  /** Projects the request published or rescheduled (their IDs): their shifts' jobs are to be sent. */
  published: string[];
}

/** A fresh record of changes, for a request's context. */
export function noChanges(): RequestChanges {
  return { site: false, figures: false, published: [] };
}

function marks(change: 'site' | 'figures'): MiddlewareFn<{ changes: RequestChanges }> {
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

/** Marks its mutation as publishing the project it answers with (once it has succeeded). */
export const PublishesProject: MiddlewareFn<{ changes: RequestChanges }> = async ({ context }, next) => {
  const result: unknown = await next();
  const id = (result as { id?: unknown } | null)?.id;
  if (typeof id === 'string') context.changes.published.push(id);
  return result;
};

/** Marks its mutation as moving a shift of the project its answer names (`project`), once it has succeeded. */
export const ReschedulesProject: MiddlewareFn<{ changes: RequestChanges }> = async ({ context }, next) => {
  const result: unknown = await next();
  const id = (result as { project?: { id?: unknown } } | null)?.project?.id;
  if (typeof id === 'string') context.changes.published.push(id);
  return result;
};

/** What is told of a request's changes, as its answer is sent. */
export interface ChangeListeners {
  site?: () => void;
  figures?: () => void;
  published?: (projectIds: string[]) => void;
}

/** Calls each listener whose change the request made, as its answer is sent. */
export function notifyChanges<T extends { changes: RequestChanges }>(on: ChangeListeners): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse() {
          const { site, figures, published } = contextValue.changes;
          if (site) on.site?.();
          if (figures) on.figures?.();
          if (published.length) on.published?.([...published]);
        },
      };
    },
  };
}
