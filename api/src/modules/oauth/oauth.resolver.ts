import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import type { Context } from '../../context.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { OAuthApp, OAuthGrant } from './oauth.entity.js';
import { AppAuthorization, AppAuthorizationInput, AppRedirect, RegisterAppInput } from './oauth.inputs.js';
import { OAuthService } from './oauth.service.js';

const OAuthAppConnection = createConnectionType('OAuthApp', OAuthApp);

@Resolver()
export class OAuthResolver {
  @Query(() => AppAuthorization, {
    description: 'What an app asks for (the consent page shows it); BAD_USER_INPUT naming the parameter when the request is not one the app may make',
  })
  async appAuthorization(@Arg('input', () => AppAuthorizationInput) input: AppAuthorizationInput, @Ctx() { em }: Context): Promise<AppAuthorization> {
    return (await new OAuthService(em).describeRequest(input)).view;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => AppRedirect, {
    description:
      'The signed-in volunteer allows (allow: true) or refuses the app: allowing records the consent and issues a code (five minutes, once, bound to the PKCE challenge)',
  })
  async authorizeApp(
    @Arg('input', () => AppAuthorizationInput) input: AppAuthorizationInput,
    @Arg('allow', () => Boolean) allow: boolean,
    @Ctx() { em, viewer }: Context,
  ): Promise<AppRedirect> {
    return { redirectTo: await new OAuthService(em).authorize(viewer, input, allow) };
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, { description: 'The volunteer disconnects an app: its access ends at once (NOT_FOUND when it is not connected)' })
  disconnectApp(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<boolean> {
    return new OAuthService(em).disconnect(viewer, id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => OAuthApp, { description: 'Platform staff register an app that may act for volunteers who consent; its ID is the client_id' })
  registerApp(@Arg('input', () => RegisterAppInput) input: RegisterAppInput, @Ctx() { em, viewer }: Context): Promise<OAuthApp> {
    return new OAuthService(em).registerApp(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => OAuthApp, { description: 'Platform staff disable an app: every token it holds stops working at once' })
  disableApp(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<OAuthApp> {
    return new OAuthService(em).disableApp(viewer, id);
  }

  @Query(() => OAuthAppConnection, { description: 'Apps registered for delegated access, oldest first (platform staff)' })
  oauthApps(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<OAuthApp>> {
    return new OAuthService(em).listApps(viewer, args);
  }
}

@Resolver(() => OAuthGrant)
export class ConnectedAppResolver {
  @FieldResolver(() => String)
  appName(@Root() grant: OAuthGrant): string {
    return grant.app.name;
  }

  @FieldResolver(() => String, { nullable: true })
  homepageUrl(@Root() grant: OAuthGrant): string | null {
    return grant.app.homepageUrl ?? null;
  }
}

@Resolver(() => Volunteer)
export class VolunteerConnectedAppsResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => [OAuthGrant], { nullable: true, description: 'Apps the volunteer allowed to act for them, last used first: the volunteer only' })
  async connectedApps(@Root() volunteer: Volunteer, @Ctx() { em, viewer }: Context): Promise<OAuthGrant[] | null> {
    if (viewer?.volunteerId !== volunteer.id) return null;
    return new OAuthService(em).connectedApps(volunteer.id);
  }
}

export const oauthResolvers = [OAuthResolver, ConnectedAppResolver, VolunteerConnectedAppsResolver] as const;
