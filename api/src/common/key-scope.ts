// What a partner API key needs to call an operation, declared on the operation itself:
// `@KeyScope(PartnerScope.PUBLISH)` on a mutation or field resolver, `@KeyScope(PEOPLE_ONLY)` where
// only a signed-in person may act. Every mutation declares one (tests/api/key-scopes.test.ts walks
// the schema). The declaration is read three times, so it cannot drift from what is enforced:
// - before execution, a key's operation is refused with FORBIDDEN when it selects a field whose
//   scope the key lacks, or any mutation that declares none (`keyScopeRefusal`);
// - the services admit a key only where they are told which scope the call runs under
//   (organization-access.ts `requireOrgRole(…, { keyScope })`), so an undeclared field never
//   reaches an organisation's data with a key;
// - the emitted schema says "Scope: X" in each declaring field's description (`describeKeyScopes`).
import type { ApolloServerPlugin } from '@apollo/server';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLFieldConfig,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { PartnerScope, type PartnerCaller } from './auth.js';

/** Declared by operations no API key may call (a person's own account, staff work, team administration). */
export const PEOPLE_ONLY = 'PEOPLE_ONLY';
export type KeyAccess = PartnerScope | typeof PEOPLE_ONLY;

const EXTENSION = 'keyScope';

/** Declares the scope a partner key needs for this operation (or PEOPLE_ONLY). */
export function KeyScope(access: KeyAccess): MethodDecorator & PropertyDecorator {
  return Extensions({ [EXTENSION]: access });
}

/** The declaration of a field, as the built schema carries it. */
export function keyAccessOf(field: { extensions?: Readonly<Record<string, unknown>> | null }): KeyAccess | undefined {
  const value = field.extensions?.[EXTENSION];
  return typeof value === 'string' ? (value as KeyAccess) : undefined;
}

function scopeLine(access: KeyAccess): string {
  return access === PEOPLE_ONLY ? 'Scope: people only (not API keys)' : `Scope: ${access} (API keys)`;
}

/** The schema with each declaring field's description ending in its scope, for the SDL and the reference. */
export function describeKeyScopes(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field: GraphQLFieldConfig<unknown, unknown>) => {
      const access = keyAccessOf(field);
      if (!access) return field;
      return { ...field, description: field.description ? `${field.description}\n${scopeLine(access)}` : scopeLine(access) };
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
  const typeInfo = new TypeInfo(schema);
  const mutationType = schema.getMutationType();
  let refusal: GraphQLError | null = null;
  const selected: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  visit(
    selected,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        if (!field || refusal) return;
        const access = keyAccessOf(field);
        const isMutation = typeInfo.getParentType() === mutationType;
        if (access === PEOPLE_ONLY || (isMutation && !access)) {
          refusal = forbidden(`API 密钥不能调用 ${field.name}，请由本人登录后操作`, null);
        } else if (access && !partner.scopes.includes(access)) {
          refusal = forbidden(`该接口密钥没有 ${access} 权限，无法调用 ${field.name}`, access);
        }
      },
    }),
  );
  return refusal;
}

function forbidden(message: string, scope: PartnerScope | null): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'FORBIDDEN', reason: scope ? 'KEY_SCOPE_MISSING' : 'PEOPLE_ONLY', requiredScope: scope, http: { status: 403 } },
  });
}

/** Refuses a partner key's operation before it runs when `keyScopeRefusal` says so (HTTP 403). Other callers pass untouched. */
export function keyScopePlugin<C extends { partner: PartnerCaller | null }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const partner = contextValue.partner;
      if (!partner) return;
      return {
        async didResolveOperation({ schema, document, operation }) {
          // Apollo has refused a document without one (or naming none of its operations) before this.
          if (!operation) return;
          const refusal = keyScopeRefusal(schema, document, operation, partner);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
