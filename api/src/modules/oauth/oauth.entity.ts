// Delegated access (OAuth 2.1, authorization code with PKCE): apps registered by platform staff,
// the volunteers' consents to them, and the short-lived codes and tokens that follow. Only the
// SHA-256 of a code or token is stored.
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AppScope } from '../../common/auth.js';
import { newId } from '../../common/ids.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

registerEnumType(AppScope, {
  name: 'AppScope',
  description: 'What an app acting for a volunteer may do (the OAuth scope is the value in lower case: profile, signups, hours)',
});
export { AppScope };

/** An app that acts for volunteers who consent (a WeChat mini-program, a district app): a public OAuth client. */
@Entity({ tableName: 'oauth_app' })
@ObjectType('OAuthApp', { description: 'An app that may act for volunteers who consent (OAuth 2.1 public client; its ID is the client_id)' })
export class OAuthApp {
  @Field(() => ID, { description: 'The client_id' })
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('app');

  @Field(() => String, { description: 'Shown to volunteers on the consent page, e.g. 龙华志愿小程序' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => String, { nullable: true, description: "The app's web page, shown on the consent page" })
  @Property({ type: 'string', length: 300, nullable: true })
  homepageUrl?: string | null;

  @Field(() => [String], { description: 'Where the consent page may send the volunteer back (exact match)' })
  @Property({ type: 'text[]' })
  redirectUris: string[] = [];

  @Field(() => [AppScope], { description: 'The most the app may ask for' })
  @Property({ type: 'text[]' })
  scopes: AppScope[] = [];

  @ManyToOne(() => Volunteer, { deleteRule: 'set null', nullable: true })
  createdBy?: Rel<Volunteer> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Set when staff disable the app: its tokens stop working at once' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;
}

/** A volunteer's consent to an app: the scopes granted so far; revoking it ends every token it gave. */
@Entity({ tableName: 'oauth_grant' })
@Unique({ properties: ['app', 'volunteer'] })
@Index({ properties: ['volunteer', 'revokedAt'] })
@ObjectType('ConnectedApp', { description: 'An app the volunteer allowed to act for them (revocable from the account page)' })
export class OAuthGrant {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('agr');

  @ManyToOne(() => OAuthApp, { deleteRule: 'cascade' })
  app!: Rel<OAuthApp>;

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Field(() => [AppScope])
  @Property({ type: 'text[]' })
  scopes: AppScope[] = [];

  @Field(() => Date, { description: 'When the volunteer first allowed it' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Within a minute' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}

/** An authorization code: one use, five minutes, bound to its redirect URI and PKCE challenge. */
@Entity({ tableName: 'oauth_code' })
export class OAuthCode {
  @PrimaryKey({ type: 'blob' })
  codeHash!: Buffer;

  @ManyToOne(() => OAuthGrant, { deleteRule: 'cascade' })
  grant!: Rel<OAuthGrant>;

  @Property({ type: 'text[]' })
  scopes: AppScope[] = [];

  @Property({ type: 'string', length: 300 })
  redirectUri!: string;

  @Property({ type: 'string', length: 128 })
  codeChallenge!: string;

  @Property({ type: 'string', length: 10 })
  codeChallengeMethod!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}

/** An access token (an hour) and its refresh token (30 days, replaced at each use). */
@Entity({ tableName: 'oauth_token' })
@Index({ properties: ['grant'] })
export class OAuthToken {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('atk');

  @ManyToOne(() => OAuthGrant, { deleteRule: 'cascade' })
  grant!: Rel<OAuthGrant>;

  @Property({ type: 'text[]' })
  scopes: AppScope[] = [];

  @Property({ type: 'blob', unique: true })
  accessHash!: Buffer;

  @Property({ type: 'timestamptz' })
  accessExpiresAt!: Date;

  @Property({ type: 'blob', unique: true, nullable: true })
  refreshHash?: Buffer | null;

  @Property({ type: 'timestamptz', nullable: true })
  refreshExpiresAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
