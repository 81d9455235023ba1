import { Field, InputType, ObjectType } from 'type-graphql';
import { AppScope, OAuthApp } from './oauth.entity.js';

@InputType('RegisterAppInput')
export class RegisterAppInput {
  @Field(() => String, { description: 'Shown to volunteers on the consent page, 2..60 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: "The app's web page (https)" })
  homepageUrl?: string | null;

  @Field(() => [String], {
    description:
      'Where the consent page may send the volunteer back, 1..5, exact: https URLs, http on localhost, or an app scheme such as com.example.app:/callback',
  })
  redirectUris!: string[];

  @Field(() => [AppScope], { description: 'The most the app may ask for' })
  scopes!: AppScope[];
}

@InputType('AppAuthorizationInput', { description: 'The parameters of an authorization request (/oauth/authorize), as the app sent them' })
export class AppAuthorizationInput {
  @Field(() => String, { description: 'response_type: code' })
  responseType!: string;

  @Field(() => String, { description: 'client_id' })
  clientId!: string;

  @Field(() => String, { description: 'redirect_uri, one the app registered' })
  redirectUri!: string;

  @Field(() => String, { description: 'scope: space-separated, e.g. "profile signups"' })
  scope!: string;

  @Field(() => String, { nullable: true, description: 'state, returned to the app unchanged' })
  state?: string | null;

  @Field(() => String, { description: 'code_challenge: BASE64URL(SHA-256(code_verifier)) (PKCE)' })
  codeChallenge!: string;

  @Field(() => String, { description: 'code_challenge_method: S256' })
  codeChallengeMethod!: string;
}

@ObjectType('AppAuthorization', { description: 'What an app asks a volunteer for, to show on the consent page' })
export class AppAuthorization {
  @Field(() => String)
  appName!: string;

  @Field(() => String, { nullable: true })
  homepageUrl!: string | null;

  @Field(() => String, { description: 'The host the volunteer goes back to, e.g. app.example.cn' })
  redirectHost!: string;

  @Field(() => [AppScope])
  scopes!: AppScope[];
}

@ObjectType('AppRedirect')
export class AppRedirect {
  @Field(() => String, { description: 'Where to send the volunteer: the app, with a code (or error=access_denied) and its state' })
  redirectTo!: string;
}

export type { OAuthApp };
