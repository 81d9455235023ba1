// Limits checked before execution: depth, aliases, directives and cost (graphql-armor),
// with tokens bounded by the parser itself. Rejections answer QUERY_TOO_COMPLEX.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 20_000,
  maxTokens: 3_000,
};

function reject(ctx: ValidationContext | null, error: GraphQLError): void {
  ctx?.reportError(new GraphQLError(error.message, { extensions: { code: 'QUERY_TOO_COMPLEX' } }));
}

const onRejection = { onReject: [reject], propagateOnRejection: false };

export function queryGuards() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...onRejection },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...onRejection },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...onRejection },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, ...onRejection },
    // Tokens are counted by graphql-js's parser (parseOptions.maxTokens in the server).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
