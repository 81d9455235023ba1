// Which successful mutations change what the static site shows, so the running server can
// rebuild it (debounced). Updates to drafts are harmless: a rebuild shows the same pages.
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';

export const SITE_CHANGING_MUTATIONS = new Set([
  'publishProject',
  'cancelProject',
  // A draw's result and its public record (the seed) are on the activity page.
  'drawShift',
  'approveOrganization',
  'suspendOrganization',
  'publishNewsArticle',
  'updateNewsArticle',
  'unpublishNewsArticle',
  'publishRoleModel',
  'updateRoleModel',
  'unpublishRoleModel',
  'publishShowcase',
  'updateShowcase',
  'unpublishShowcase',
]);

export function notifySiteChanges<T extends object>(onChange: () => void): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data as Record<string, unknown> | null | undefined;
          if (!data) return;
          const changed = (operation as OperationDefinitionNode).selectionSet.selections.some(
            (s) => s.kind === Kind.FIELD && SITE_CHANGING_MUTATIONS.has(s.name.value) && data[s.alias?.value ?? s.name.value] != null,
          );
          if (changed) onChange();
        },
      };
    },
  };
}
