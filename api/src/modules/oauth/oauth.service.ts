// Delegated access, OAuth 2.1 style: authorization code with PKCE (S256) for public clients,
// refresh tokens replaced at each use, no implicit or password grants. The protocol is
// @node-oauth/oauth2-server's; this module is its storage (the model below), the consent, the
// apps staff register, and the lookup that turns an access token into a Viewer with the
// granted scopes (common/app-scope.ts enforces them).
import { randomBytes } from 'node:crypto';
import OAuth2Server from '@node-oauth/oauth2-server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppScope, requirePlatformAdmin, requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { newId, nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { writeAudit } from '../audit/audit.service.js';
import { hashToken } from '../identity/identity.service.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { OAuthApp, OAuthGrant } from './oauth.entity.js';
import type { AppAuthorization, AppAuthorizationInput, RegisterAppInput } from './oauth.inputs.js';
import * as q from './oauth.queries.js';

export const ACCESS_TOKEN_PREFIX = 'axa_';
const REFRESH_TOKEN_PREFIX = 'axr_';
const CODE_PREFIX = 'axc_';
export const CODE_SECONDS = 300;
export const ACCESS_TOKEN_SECONDS = 3_600;
export const REFRESH_TOKEN_SECONDS = 30 * 86_400;
const MAX_REDIRECT_URIS = 5;
const APP_ORDER: SortKey<OAuthApp>[] = [{ column: 'a.id', value: (a) => a.id, type: 'string' }];

export function isAppAccessToken(token: string): boolean {
  return token.startsWith(ACCESS_TOKEN_PREFIX);
}

const secret = (prefix: string) => prefix + randomBytes(32).toString('base64url');

/** The scopes a request names (space-separated), each one we know; null when one is unknown. */
export function parseAppScopes(scope: string | string[] | null | undefined): AppScope[] | null {
  const words = Array.isArray(scope) ? scope : (scope ?? '').split(' ').filter(Boolean);
  const known = new Set<string>(Object.values(AppScope));
  if (words.some((w) => !known.has(w))) return null;
  return [...new Set(words as AppScope[])];
}

/** A redirect URI an app may register: https, http on this machine (for development), or an app's own scheme (RFC 8252); no fragment. */
function checkRedirectUri(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BadUserInputError('redirectUris', Reason.BAD_FORMAT, `Not a URL: ${value.slice(0, 80)}`, { expected: 'a URL' });
  }
  const loopback = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  const appScheme = /^[a-z][a-z0-9+.-]*\.[a-z0-9+.-]+:$/.test(url.protocol);
  if (url.hash || value.length > 300 || !(url.protocol === 'https:' || loopback || appScheme)) {
    throw new BadUserInputError(
      'redirectUris',
      Reason.REDIRECT_URI_NOT_ALLOWED,
      `A redirect URI is https, http on this machine or the app's own scheme (such as com.example.app:/callback), at most 300 characters, without #: ${value.slice(0, 80)}`,
    );
  }
  return value;
}

/** The storage @node-oauth/oauth2-server asks for (authorization code and refresh token grants). */
class OAuthModel implements OAuth2Server.AuthorizationCodeModel, OAuth2Server.RefreshTokenModel {
  /** `known`: the app the caller has just read (the consent), so the library's lookup reads it no second time. */
  constructor(
    private readonly em: EntityManager,
    private readonly known: OAuthApp | null = null,
  ) {}

  async getClient(clientId: string): Promise<OAuth2Server.Client | null> {
    if (nodeTypeOf(clientId) !== 'OAuthApp') return null;
    const app = this.known?.id === clientId ? this.known : await this.em.findOne(OAuthApp, { id: clientId, disabledAt: null });
    return app ? { id: app.id, grants: ['authorization_code', 'refresh_token'], redirectUris: app.redirectUris, scopes: app.scopes } : null;
  }

  /** The requested scopes when the app may ask for each; never more than its registration. */
  async validateScope(_user: OAuth2Server.User, client: OAuth2Server.Client, scope?: string[]): Promise<string[] | false> {
    const scopes = parseAppScopes(scope ?? []);
    if (!scopes || scopes.length === 0 || scopes.some((s) => !(client.scopes as AppScope[]).includes(s))) return false;
    return scopes;
  }

  async generateAuthorizationCode(): Promise<string> {
    return secret(CODE_PREFIX);
  }

  async generateAccessToken(): Promise<string> {
    return secret(ACCESS_TOKEN_PREFIX);
  }

  async generateRefreshToken(): Promise<string> {
    return secret(REFRESH_TOKEN_PREFIX);
  }

  async saveAuthorizationCode(
    code: Pick<OAuth2Server.AuthorizationCode, 'authorizationCode' | 'expiresAt' | 'redirectUri' | 'scope' | 'codeChallenge' | 'codeChallengeMethod'>,
    client: OAuth2Server.Client,
    user: OAuth2Server.User,
  ): Promise<OAuth2Server.AuthorizationCode> {
    await q.insertCode(this.em, {
      hash: hashToken(code.authorizationCode),
      grantId: user.grantId as string,
      scopes: code.scope as AppScope[],
      redirectUri: code.redirectUri,
      challenge: code.codeChallenge!,
      method: code.codeChallengeMethod!,
      expiresAt: code.expiresAt,
    });
    return { ...code, client, user };
  }

  async getAuthorizationCode(authorizationCode: string): Promise<OAuth2Server.AuthorizationCode | null> {
    const row = await q.findCode(this.em, hashToken(authorizationCode));
    if (!row) return null;
    return {
      authorizationCode,
      expiresAt: new Date(row.expires_at),
      redirectUri: row.redirect_uri,
      scope: row.scopes,
      codeChallenge: row.code_challenge,
      codeChallengeMethod: row.code_challenge_method,
      client: { id: row.app_id, grants: [] },
      user: { id: row.volunteer_id, grantId: row.grant_id },
    };
  }

  async revokeAuthorizationCode(code: OAuth2Server.AuthorizationCode): Promise<boolean> {
    return q.deleteCode(this.em, hashToken(code.authorizationCode));
  }

  async saveToken(token: OAuth2Server.Token, client: OAuth2Server.Client, user: OAuth2Server.User): Promise<OAuth2Server.Token> {
    await q.insertToken(this.em, {
      id: newId('atk'),
      grantId: user.grantId as string,
      scopes: token.scope as AppScope[],
      accessHash: hashToken(token.accessToken),
      accessExpiresAt: token.accessTokenExpiresAt!,
      refreshHash: token.refreshToken ? hashToken(token.refreshToken) : null,
      refreshExpiresAt: token.refreshTokenExpiresAt ?? null,
    });
    return { ...token, client, user };
  }

  async getRefreshToken(refreshToken: string): Promise<OAuth2Server.RefreshToken | null> {
    const row = await q.findRefreshToken(this.em, hashToken(refreshToken));
    if (!row) return null;
    return {
      refreshToken,
      refreshTokenExpiresAt: row.refresh_expires_at ? new Date(row.refresh_expires_at) : undefined,
      scope: row.scopes,
      client: { id: row.app_id, grants: [] },
      user: { id: row.volunteer_id, grantId: row.grant_id, tokenId: row.token_id },
    };
  }

  /** A refresh token is used once: the token it belongs to ends, and a new pair is issued. */
  async revokeToken(token: OAuth2Server.RefreshToken | OAuth2Server.Token): Promise<boolean> {
    return q.revokeToken(this.em, token.user.tokenId as string);
  }

  /** The library's own bearer check (the API uses `viewerFor` instead). */
  async getAccessToken(): Promise<null> {
    return null;
  }
}

/** The library's server over this module's storage: codes for 5 minutes, access tokens for an hour, refresh tokens for 30 days. */
export function oauthServer(em: EntityManager, known: OAuthApp | null = null): OAuth2Server {
  return new OAuth2Server({
    model: new OAuthModel(em, known),
    authorizationCodeLifetime: CODE_SECONDS,
    accessTokenLifetime: ACCESS_TOKEN_SECONDS,
    refreshTokenLifetime: REFRESH_TOKEN_SECONDS,
    allowEmptyState: true,
    allowExtendedTokenAttributes: false,
    requireClientAuthentication: { authorization_code: false, refresh_token: false },
    alwaysIssueNewRefreshToken: true,
  });
}

export class OAuthService {
  constructor(private readonly em: EntityManager) {}

  /** Platform staff register an app; its ID is the client_id. */
  async registerApp(viewer: Viewer | null, input: RegisterAppInput): Promise<OAuthApp> {
    const v = requirePlatformAdmin(viewer);
    const name = checkText('name', input.name, 2, 60);
    const homepageUrl = checkOptionalText('homepageUrl', input.homepageUrl, 300);
    if (homepageUrl && !/^https:\/\/[^\s]+$/.test(homepageUrl))
      throw new BadUserInputError('homepageUrl', Reason.URL_NOT_HTTPS, 'homepageUrl must start with https://');
    const redirectUris = [...new Set(input.redirectUris.map((u) => checkRedirectUri(u.trim())))];
    if (redirectUris.length < 1 || redirectUris.length > MAX_REDIRECT_URIS)
      throw new BadUserInputError('redirectUris', Reason.OUT_OF_RANGE, `An app registers 1..${MAX_REDIRECT_URIS} redirect URIs`, {
        min: 1,
        max: MAX_REDIRECT_URIS,
      });
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0) throw new BadUserInputError('scopes', Reason.REQUIRED, 'An app asks for at least one scope');
    const app = Object.assign(new OAuthApp(), { name, homepageUrl, redirectUris, scopes, createdBy: this.em.getReference(Volunteer, v.volunteerId) });
    await this.em.persist(app).flush();
    await writeAudit(this.em, [{ actorId: v.volunteerId, action: 'oauth-app.registered', subjectId: app.id, detail: { scopes, redirectUris } }]);
    return app;
  }

  /** Staff disable an app: every token it holds stops working at once (the lookup joins the app). */
  async disableApp(viewer: Viewer | null, id: string): Promise<OAuthApp> {
    const v = requirePlatformAdmin(viewer);
    const app = nodeTypeOf(id) === 'OAuthApp' ? await this.em.findOne(OAuthApp, { id }) : null;
    if (!app) throw new NotFoundError('OAuthApp');
    if (!app.disabledAt) {
      app.disabledAt = new Date();
      await this.em.flush();
      await writeAudit(this.em, [{ actorId: v.volunteerId, action: 'oauth-app.disabled', subjectId: app.id }]);
    }
    return app;
  }

  async listApps(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<OAuthApp>> {
    requirePlatformAdmin(viewer);
    return paginate(this.em.createQueryBuilder(OAuthApp, 'a'), args, APP_ORDER);
  }

  /** The app and what it asks for, when the request is one it may make; else BAD_USER_INPUT naming the parameter (shown on the consent page, never sent to an unchecked address). */
  async describeRequest(input: AppAuthorizationInput): Promise<{ app: OAuthApp; scopes: AppScope[]; view: AppAuthorization }> {
    const app = nodeTypeOf(input.clientId) === 'OAuthApp' ? await this.em.findOne(OAuthApp, { id: input.clientId, disabledAt: null }) : null;
    if (!app) throw new BadUserInputError('clientId', Reason.APP_UNKNOWN, 'No app has this client ID, or it is disabled');
    if (!app.redirectUris.includes(input.redirectUri))
      throw new BadUserInputError('redirectUri', Reason.REDIRECT_URI_NOT_REGISTERED, 'The redirect URI is not one the app registered');
    if (input.responseType !== 'code') throw new BadUserInputError('responseType', Reason.BAD_FORMAT, 'response_type must be code', { expected: 'code' });
    if (input.codeChallengeMethod !== 'S256' || !/^[A-Za-z0-9_-]{43,128}$/.test(input.codeChallenge)) {
      throw new BadUserInputError('codeChallenge', Reason.PKCE_REQUIRED, 'PKCE is required: code_challenge_method=S256 and a valid code_challenge');
    }
    const scopes = parseAppScopes(input.scope);
    if (!scopes || scopes.length === 0 || scopes.some((s) => !app.scopes.includes(s)))
      throw new BadUserInputError('scope', Reason.SCOPE_NOT_REGISTERED, 'The scope is empty, unknown or beyond what the app registered');
    const url = new URL(input.redirectUri);
    return { app, scopes, view: { appName: app.name, homepageUrl: app.homepageUrl ?? null, redirectHost: url.host || url.protocol, scopes } };
  }

  /**
   * The volunteer allows (or refuses) the app: allowing records the consent and issues a code bound
   * to the redirect URI and the PKCE challenge. Returns where to send the volunteer.
   */
  async authorize(viewer: Viewer | null, input: AppAuthorizationInput, allow: boolean): Promise<string> {
    const v = requireViewer(viewer);
    if (v.app) throw new BadUserInputError('clientId', Reason.NOT_FOR_APPS, 'An app cannot authorize another app for the volunteer');
    const { app, scopes } = await this.describeRequest(input);
    const grantId = allow ? await q.upsertGrant(this.em, app.id, v.volunteerId, newId('agr'), scopes) : null;
    const request = new OAuth2Server.Request({
      method: 'GET',
      headers: {},
      query: {
        response_type: input.responseType,
        client_id: input.clientId,
        redirect_uri: input.redirectUri,
        scope: scopes.join(' '),
        code_challenge: input.codeChallenge,
        code_challenge_method: input.codeChallengeMethod,
        allowed: allow ? 'true' : 'false',
        ...(input.state ? { state: input.state } : {}),
      },
    });
    const response = new OAuth2Server.Response();
    try {
      await oauthServer(this.em, app).authorize(request, response, { authenticateHandler: { handle: () => ({ id: v.volunteerId, grantId }) } });
    } catch (error) {
      // A refusal (or a state the library will not carry) comes back as an error redirect to the checked address.
      const location = response.get('location') as string | undefined;
      if (!(error instanceof OAuth2Server.OAuthError) || !location) throw error;
      return location;
    }
    if (grantId) {
      await writeAudit(this.em, [{ actorId: v.volunteerId, action: 'oauth-app.authorized', subjectId: grantId, detail: { appId: app.id, scopes } }]);
    }
    return response.get('location') as string;
  }

  /** The apps the volunteer allowed and has not disconnected, last used first. */
  async connectedApps(volunteerId: string): Promise<OAuthGrant[]> {
    return this.em.find(
      OAuthGrant,
      { volunteer: volunteerId, revokedAt: null, app: { disabledAt: null } },
      { populate: ['app'], orderBy: { lastUsedAt: 'desc nulls last', createdAt: 'desc' } },
    );
  }

  /** The volunteer disconnects an app: the consent and every token it gave end at once. */
  async disconnect(viewer: Viewer | null, grantId: string): Promise<boolean> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(grantId) !== 'ConnectedApp' || !(await q.revokeGrant(this.em, grantId, v.volunteerId))) throw new NotFoundError('ConnectedApp');
    await writeAudit(this.em, [{ actorId: v.volunteerId, action: 'oauth-app.disconnected', subjectId: grantId }]);
    return true;
  }

  /** RFC 7009: the token (access or refresh) ends, if the app named issued it; unknown tokens change nothing. */
  async revoke(token: string, clientId: string | null): Promise<void> {
    if (token.length > 100) return;
    await q.revokeTokenByHash(this.em, hashToken(token), clientId);
  }

  /** The volunteer an access token acts for, with the app's granted scopes; null when it is unknown, expired or revoked. Never staff. */
  async viewerFor(accessToken: string): Promise<Viewer | null> {
    if (!isAppAccessToken(accessToken) || accessToken.length > 100) return null;
    const row = await q.findAccess(this.em, hashToken(accessToken));
    if (!row) return null;
    return {
      volunteerId: row.volunteer_id,
      isPlatformAdmin: false,
      sessionId: row.token_id,
      app: { appId: row.app_id, grantId: row.grant_id, scopes: row.scopes },
    };
  }
}
