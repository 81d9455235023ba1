// What a partner API key needs to call an operation, declared on the operation itself:
// `@KeyScope(PartnerScope.PUBLISH)` on a mutation or field resolver, `@KeyScope(PEOPLE_ONLY)` where
// only a signed-in person may act. Every mutation declares one (tests/api/key-scopes.test.ts walks
// the schema). The declaration is read three times, so it cannot drift from what is enforced:
// - before execution, a key's operation is refused with FORBIDDEN when it selects a field whose
//   scope the key lacks, or any mutation that declares none (`keyScopeRefusal`);
// - the services admit a key only where they are told which scope the call runs under
//   (organization-access.ts `requireOrgRole(…, { keyScope })`), so an undeclared field never
//   reaches an organisation's data with a key;
// - the emitted schema says "Scope: X" in each declaring field's description (`keyScopeLine`).
import type { ApolloServerPlugin } from '@apollo/server';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import type { DocumentNode, GraphQLError, GraphQLFieldConfig, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { PartnerScope, type PartnerCaller } from './auth.js';
import { fieldDeclaration, forbiddenBecause, operationRefusal, refuseBeforeExecution } from './field-access.js';
import { Reason } from './error-reasons.js';

/** Declared by operations no API key may call (a person's own account, staff work, team administration). */
export const PEOPLE_ONLY = 'PEOPLE_ONLY';
export type KeyAccess = PartnerScope | typeof PEOPLE_ONLY;

const declaration = fieldDeclaration<KeyAccess>('keyScope');

/** Declares the scope a partner key needs for this operation (or PEOPLE_ONLY). */
export const KeyScope = declaration.declare;

/** The declaration of a field, as the built schema carries it. */
export const keyAccessOf = declaration.of;

/** The line the schema's description carries for a field declaring what a key needs. */
export function keyScopeLine(field: GraphQLFieldConfig<unknown, unknown>): string | null {
  const access = keyAccessOf(field);
  if (!access) return null;
  return access === PEOPLE_ONLY ? 'Scope: people only (not API keys)' : `Scope: ${access} (API keys)`;
}

/** The schema with each declaring field's description ending in the lines that say who may call it, for the SDL and the reference. */
export function describeFieldAccess(
  schema: GraphQLSchema,
  lineMakers: readonly ((field: GraphQLFieldConfig<unknown, unknown>) => string | null)[],
): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field: GraphQLFieldConfig<unknown, unknown>) => {
      const lines = lineMakers.map((make) => make(field)).filter((line): line is string => line !== null);
      if (lines.length === 0) return field;
      return { ...field, description: [field.description, ...lines].filter(Boolean).join('\n') };
    },
  });
}

/**
 * Why a partner key may not run this operation, or null when it may: a field whose scope the key
 * lacks, a PEOPLE_ONLY field, or a mutation that declares nothing. Fields without a declaration
 * in a query are public reads (READ, every key). Walks the operation and the fragments it uses.
 */
export function keyScopeRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  partner: PartnerCaller,
): GraphQLError | null {
  return operationRefusal(schema, document, operation, (field, _isRoot, isMutation) => {
    const access = keyAccessOf(field);
    if (access === PEOPLE_ONLY || (isMutation && !access))
      return forbiddenBecause(`API keys cannot call ${field.name}: a person signs in`, Reason.PEOPLE_ONLY, null);
    if (access && !partner.scopes.includes(access))
      return forbiddenBecause(`This API key lacks the ${access} scope that ${field.name} needs`, Reason.KEY_SCOPE_MISSING, access);
    return null;
  });
}

/** Refuses a partner key's operation before it runs when `keyScopeRefusal` says so (HTTP 403). Other callers pass untouched. */
export function keyScopePlugin<C extends { partner: PartnerCaller | null }>(): ApolloServerPlugin<C> {
  return refuseBeforeExecution<C>(({ partner }) => (partner ? (schema, document, operation) => keyScopeRefusal(schema, document, operation, partner) : null));
}
