// The OAuth endpoints apps talk to: /oauth/authorize sends the volunteer to the consent page
// (/oauth/consent/ on the site, in English with ui_locales=en), /oauth/token exchanges a code or
// a refresh token, /oauth/revoke ends a token (RFC 7009), and /.well-known/oauth-authorization-server
// describes them (RFC 8414). Errors are OAuth's: { error, error_description }.
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import OAuth2Server from '@node-oauth/oauth2-server';
import { AppScope } from '../../common/auth.js';
import { OAuthService, oauthServer } from './oauth.service.js';

interface OAuthRouteOptions {
  orm: MikroORM;
  /** The public origin, the issuer in the metadata (default: the request's own). */
  publicUrl?: string;
  log: (message: string) => void;
}

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function oauthFailure(res: Response, error: unknown, log: (m: string) => void): void {
  if (error instanceof OAuth2Server.OAuthError && error.code < 500) {
    res.status(error.code).set(NO_STORE).json({ error: error.name, error_description: error.message });
    return;
  }
  log(`oauth: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
  res.status(500).set(NO_STORE).json({ error: 'server_error', error_description: 'Internal server error' });
}

export function oauthRoutes(options: OAuthRouteOptions): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '8kb' });

  router.get('/oauth/authorize', (req: Request, res: Response) => {
    const query = new URLSearchParams(req.query as Record<string, string>);
    const english = (query.get('ui_locales') ?? '').split(' ').some((l) => l.toLowerCase().startsWith('en'));
    res.redirect(302, `${english ? '/en' : ''}/oauth/consent/?${query.toString()}`);
  });

  router.post('/oauth/token', form, async (req: Request, res: Response) => {
    const response = new OAuth2Server.Response();
    try {
      const token = await oauthServer(options.orm.em.fork()).token(new OAuth2Server.Request(req), response);
      res
        .status(200)
        .set(NO_STORE)
        .json({
          access_token: token.accessToken,
          token_type: 'Bearer',
          expires_in: Math.round((token.accessTokenExpiresAt!.getTime() - Date.now()) / 1000),
          refresh_token: token.refreshToken,
          scope: (token.scope ?? []).join(' '),
        });
    } catch (error) {
      oauthFailure(res, error, options.log);
    }
  });

  router.post('/oauth/revoke', form, async (req: Request, res: Response, next: NextFunction) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.token !== 'string' || body.token === '') {
      res.status(400).set(NO_STORE).json({ error: 'invalid_request', error_description: 'Missing parameter: `token`' });
      return;
    }
    try {
      await new OAuthService(options.orm.em.fork()).revoke(body.token, typeof body.client_id === 'string' ? body.client_id : null);
      res.status(200).set(NO_STORE).end();
    } catch (error) {
      next(error);
    }
  });

  router.get('/.well-known/oauth-authorization-server', (req: Request, res: Response) => {
    const issuer = options.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    res.set('Cache-Control', 'public, max-age=3600').json({
      issuer,
      authorization_endpoint: `${issuer}/oauth/authorize`,
      token_endpoint: `${issuer}/oauth/token`,
      revocation_endpoint: `${issuer}/oauth/revoke`,
      scopes_supported: Object.values(AppScope),
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      revocation_endpoint_auth_methods_supported: ['none'],
      ui_locales_supported: ['zh-CN', 'en'],
      service_documentation: `${issuer}/developers/`,
    });
  });
  return router;
}
