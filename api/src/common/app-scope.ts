// What an app acting for a volunteer (a delegated OAuth token) may call, declared on the
// operation itself: `@AppAccess(AppScope.SIGNUPS)` where the app needs that scope,
// `@AppAccess(APP_PUBLIC)` on public reads, `@AppAccess(NOT_FOR_APPS)` on the volunteer's private
// fields an app never sees. Anything else is refused to apps: every root field that declares
// nothing, and every nested field a partner key would need more than READ for (a team's roster,
// hour records, staff work). tests/api/oauth.test.ts walks the schema for the declarations.
// The emitted schema says "App scope: …" in each declaring field's description.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLError, GraphQLFieldConfig, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { AppScope, PartnerScope, type AppGrant, type Viewer } from './auth.js';
import { fieldDeclaration, forbiddenBecause, operationRefusal, refuseBeforeExecution } from './field-access.js';
import { keyAccessOf } from './key-scope.js';
import { Reason } from './error-reasons.js';

/** Declared by public reads an app may make as anyone may. */
export const APP_PUBLIC = 'PUBLIC';
/** Declared by the volunteer's own fields no app may read, whatever it was granted (contact details, messages, settings). */
export const NOT_FOR_APPS = 'NONE';
export type AppAccessLevel = AppScope | typeof APP_PUBLIC | typeof NOT_FOR_APPS;

const declaration = fieldDeclaration<AppAccessLevel>('appScope');

/** Declares what an app acting for a volunteer needs for this operation or field. */
export const AppAccess = declaration.declare;

export const appAccessOf = declaration.of;

/** The line the schema's description carries for a declaring field. */
export function appScopeLine(field: GraphQLFieldConfig<unknown, unknown>): string | null {
  const access = appAccessOf(field);
  if (!access) return null;
  if (access === APP_PUBLIC) return 'App scope: public (apps acting for a volunteer)';
  if (access === NOT_FOR_APPS) return 'App scope: none (never to apps)';
  return `App scope: ${access} (apps acting for a volunteer)`;
}

/**
 * Why an app acting for a volunteer may not run this operation, or null when it may: a field
 * whose scope the volunteer did not grant, a field never shown to apps, a root field that declares
 * nothing, or a nested field that needs a partner scope beyond READ.
 */
export function appScopeRefusal(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, app: AppGrant): GraphQLError | null {
  return operationRefusal(schema, document, operation, (field, isRoot) => {
    const access = appAccessOf(field);
    if (access === APP_PUBLIC) return null;
    if (access && access !== NOT_FOR_APPS) {
      return app.scopes.includes(access)
        ? null
        : forbiddenBecause(`The volunteer has not granted this app the ${access} scope that ${field.name} needs`, Reason.APP_SCOPE_MISSING, access);
    }
    const keyAccess = keyAccessOf(field);
    const denied = access === NOT_FOR_APPS || isRoot || (keyAccess !== undefined && keyAccess !== PartnerScope.READ);
    return denied ? forbiddenBecause(`Apps cannot call ${field.name} for a volunteer: the volunteer signs in`, Reason.NOT_FOR_APPS, null) : null;
  });
}

/** Refuses an app's operation before it runs when `appScopeRefusal` says so (HTTP 403). People and keys pass untouched. */
export function appScopePlugin<C extends { viewer: Viewer | null }>(): ApolloServerPlugin<C> {
  return refuseBeforeExecution<C>(({ viewer }) => {
    const app = viewer?.app;
    return app ? (schema, document, operation) => appScopeRefusal(schema, document, operation, app) : null;
  });
}
