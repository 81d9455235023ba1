// Limits checked before execution: depth, aliases, directives and cost (graphql-armor),
// with tokens bounded by the parser itself. Rejections answer QUERY_TOO_COMPLEX.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { QUERY_LIMITS } from './published-limits.js';
import { Reason } from './error-reasons.js';

export { QUERY_LIMITS };

/** How the cost of an operation is counted, by the guards (maxCost) and the rate limits alike: objects, fields, depth, page sizes. */
export const COST_WEIGHTS = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true };

function reject(ctx: ValidationContext | null, error: GraphQLError): void {
  ctx?.reportError(new GraphQLError(error.message, { extensions: { code: 'QUERY_TOO_COMPLEX', reason: Reason.QUERY_TOO_COMPLEX } }));
}

const onRejection = { onReject: [reject], propagateOnRejection: false };

export function queryGuards() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...onRejection },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...onRejection },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...onRejection },
    costLimit: { ...COST_WEIGHTS, maxCost: QUERY_LIMITS.maxCost, ...onRejection },
    // Tokens are counted by graphql-js's parser (parseOptions.maxTokens in the server).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
