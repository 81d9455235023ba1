// Who may call a field, declared on the field (a TypeGraphQL extension) and read back from the
// built schema, and the check of a whole operation against those declarations before it runs.
// Partner keys (key-scope.ts) and apps acting for volunteers (app-scope.ts) each declare theirs.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { Reason } from './error-reasons.js';

type WithExtensions = { extensions?: Readonly<Record<string, unknown>> | null };

/** A declaration kept in the field's extensions under `name`: the decorator that sets it and the reader. */
export function fieldDeclaration<T extends string>(name: string) {
  return {
    declare: (value: T): MethodDecorator & PropertyDecorator => Extensions({ [name]: value }),
    of: (field: WithExtensions): T | undefined => {
      const value = field.extensions?.[name];
      return typeof value === 'string' ? (value as T) : undefined;
    },
  };
}

/** The first refusal `check` gives for a field the operation selects (in it or the fragments it uses), or null. */
export function operationRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  check: (field: GraphQLField<unknown, unknown>, isRoot: boolean, isMutation: boolean) => GraphQLError | null,
): GraphQLError | null {
  const typeInfo = new TypeInfo(schema);
  const mutationType = schema.getMutationType();
  const roots = new Set<unknown>([schema.getQueryType(), mutationType, schema.getSubscriptionType()].filter(Boolean));
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
        const parent = typeInfo.getParentType();
        refusal = check(field, roots.has(parent), parent === mutationType);
      },
    }),
  );
  return refusal;
}

/** FORBIDDEN (HTTP 403) with the reason a client can act on, and the scope that would allow it. */
export function forbiddenBecause(message: string, reason: Reason, requiredScope: string | null): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason, requiredScope, http: { status: 403 } } });
}

/** Refuses an operation before it runs when `refusalFor` gives this caller a check and the check refuses. */
export function refuseBeforeExecution<C>(
  refusalFor: (context: C) => ((schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) => GraphQLError | null) | null,
): ApolloServerPlugin<C & object> {
  return {
    async requestDidStart({ contextValue }) {
      const check = refusalFor(contextValue);
      if (!check) return;
      return {
        async didResolveOperation({ schema, document, operation }) {
          // Apollo has refused a document without one (or naming none of its operations) before this.
          if (!operation) return;
          const refusal = check(schema, document, operation);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
