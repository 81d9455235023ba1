// The HTTP edge: /graphql (Apollo Server on express) and the built static site, one origin.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createErrorFormatter, firstLine } from './common/error-mapper.js';
import { pingDatabase } from './common/health.queries.js';
import { QUERY_LIMITS, queryGuards } from './common/guards.js';
import { rejectUnstorableText } from './common/text-input.js';
import { notifyChanges } from './common/site-changes.js';
import { StatsService } from './modules/stats/stats.service.js';
import type { PersonalDataVault } from './common/personal-data.js';
import { buildContext, type Context } from './context.js';
import { domainEvents } from './domain-events.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { SessionCache } from './modules/identity/session-cache.js';
import { isPartnerKeyToken, PartnerKeyService } from './modules/partner/partner-key.service.js';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { ledgerRoutes } from './modules/ledger/ledger.routes.js';
import { unsubscribeRoutes } from './modules/outbox/unsubscribe.routes.js';
import type { PartnerCaller, Viewer } from './common/auth.js';
import { keyScopePlugin } from './common/key-scope.js';
import { appScopePlugin } from './common/app-scope.js';
import { isAppAccessToken, OAuthService } from './modules/oauth/oauth.service.js';
import { oauthRoutes } from './modules/oauth/oauth.routes.js';
import { rateLimitPlugin, RateLimits, type RateLimitSettings } from './common/rate-limits.js';
import { getSchema } from './schema.js';
import { securityHeaders } from './security-headers.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './config.js';
import { DEFAULT_SETTINGS, type Settings } from './common/settings.js';
import { imageRoutes, type UploadRouteOptions } from './modules/image/image.routes.js';
import { cardRoutes } from './modules/card/card.routes.js';
import { imageStorage } from './modules/image/image-storage.js';
import { answeredEarly, createLogger, requestLogging, type Logger } from './common/logger.js';
import { mayScrape, Metrics, type PoolStats } from './common/metrics.js';
import { ResponseCache } from './common/response-cache.js';
import type { JobQueue } from './common/job-queue.js';
import type { Mailer } from './common/mailer.js';
import { graphqlHttp } from './graphql-http.js';
import { Reason } from './common/error-reasons.js';

export interface ServerOptions {
  orm: MikroORM;
  vault: PersonalDataVault;
  /** Called after a mutation that changes what the static site shows (the site rebuilds). */
  onSiteChange?: () => void;
  /** The job queue (staff retry failed jobs through it). */
  jobs?: JobQueue;
  /** Email (codes for a forgotten password); null or left out: no email. */
  mailer?: Mailer | null;
  /** Called after a mutation that published projects (their jobs are sent, e.g. lottery draws). */
  onProjectsPublished?: (projectIds: string[]) => void;
  /** Marks the session and device cookies Secure (in production, and when the public origin is https). */
  secureCookies?: boolean;
  /** Answer introspection queries (default true). */
  introspection?: boolean;
  /** Send Strict-Transport-Security (when the public origin is https). */
  hsts?: boolean;
  /** Timeouts and the connection cap (defaults: DEFAULT_HTTP_LIMITS). */
  httpLimits?: HttpLimits;
  development: boolean;
  /** Directory of the built site to serve, or null while none is built yet. */
  siteRoot?: () => string | null;
  /** Where requests and failures are logged (default: nowhere). */
  logger?: Logger;
  /** The process's metrics, served at /metrics (default: this server's own). */
  metrics?: Metrics;
  /** The bearer token a scrape of /metrics must send; without it, /metrics answers only when `openMetrics`. */
  metricsToken?: string;
  openMetrics?: boolean;
  /** What the configuration says to the modules (who runs the site, limits, star hours, certificates); defaults when left out. */
  settings?: Settings;
  /** Express's `trust proxy` (the client address from X-Forwarded-For behind a reverse proxy). */
  trustProxy?: string;
  /** How long a signed-in viewer may be served from memory (ms, default 60 s); 0: ask PostgreSQL every time. */
  sessionCacheMs?: number;
  /** How long an anonymous query's answer may be served from memory (ms; default 0: never; the product's config says 500). */
  responseCacheMs?: number;
  /** Requests and query cost per minute per caller (common/rate-limits.ts); default: none. */
  rateLimits?: RateLimitSettings | null;
  /** Requests carrying it as X-Aixin-Build-Token (the site build's) are not rate-limited. */
  buildToken?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  close: () => Promise<void>;
}

export const SESSION_COOKIE = 'aixin_session';
/** A browser's POST with our cookie must carry one of these (they need a CORS preflight, which is never granted). */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'] as const;
/** A browser that signed in before: its sign-in attempts count on their own (modules/identity/throttle.ts). */
export const DEVICE_COOKIE = 'aixin_device';
const DEVICE_COOKIE_DAYS = 400;

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The session a request carries: a bearer token, else the session cookie. */
function sessionTokens(req: Request): { bearer?: string; cookieToken?: string } {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return { bearer, cookieToken: readCookie(req.headers.cookie, SESSION_COOKIE) };
}

/** Who is calling, decided the same way for /graphql and the other routes. */
interface Caller {
  viewer: Viewer | null;
  partner: PartnerCaller | null;
  /** A partner API key or an app's access token was sent that is unknown, expired or revoked. */
  refusedKey: boolean;
  /** A session cookie was sent that no longer opens a session. */
  staleCookie: boolean;
}

/** A partner API key or an app's access token (bearer only: browsers never hold one), else a volunteer's session (bearer token or cookie). */
async function requestCaller(req: Request, em: EntityManager, vault: PersonalDataVault, sessions: SessionCache | null): Promise<Caller> {
  const { bearer, cookieToken } = sessionTokens(req);
  if (bearer && isPartnerKeyToken(bearer)) {
    const partner = await new PartnerKeyService(em).callerFor(bearer);
    return { viewer: null, partner, refusedKey: !partner, staleCookie: false };
  }
  if (bearer && isAppAccessToken(bearer)) {
    // An app acting for a volunteer with their consent (OAuth): the scopes they granted, nothing more.
    const viewer = await new OAuthService(em).viewerFor(bearer);
    return { viewer, partner: null, refusedKey: !viewer, staleCookie: false };
  }
  const token = bearer ?? cookieToken;
  const viewer = token ? await new IdentityService(em, vault).viewerFor(token, sessions) : null;
  return { viewer, partner: null, refusedKey: false, staleCookie: !bearer && !!cookieToken && !viewer };
}

/**
 * A mutation is answered only once this process has heard every change to sessions and volunteers
 * committed before it, so the client's next request is not served a cached viewer it changed.
 * Every mutation waits (one notice's round trip): which ones change a session or a volunteer is
 * not guessed from the SQL they send, and a query never changes either.
 */
function fenceMutations(sessions: SessionCache): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION) await sessions.fence();
        },
      };
    },
  };
}

const BUILDING_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="3"><title>爱心志愿服务平台</title></head>
<body><p>站点正在生成，请稍候…… The site is being built; this page reloads by itself.</p></body></html>`;

export async function startServer(options: ServerOptions, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: 'silent', format: 'json' });
  const log = (m: string) => logger.error(m);
  const answered = answeredEarly(logger);
  const metrics = options.metrics ?? new Metrics();
  // knex keeps its pool (tarn) on its client, untyped.
  metrics.watchPool(() => (options.orm.em.getConnection().getKnex().client as { pool?: PoolStats }).pool);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(metrics.httpMiddleware());
  app.use(securityHeaders({ hsts: options.hsts ?? false }));
  // Behind a reverse proxy, the client address comes from X-Forwarded-For (for sign-in throttling).
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  const limits = options.httpLimits ?? DEFAULT_HTTP_LIMITS;
  // Idle and slow clients cannot hold sockets for minutes (Node's own defaults are 60 s for
  // headers and 300 s for a request): behind a proxy these are far more than a real client needs.
  const httpServer = http.createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // How often Node looks for connections past those limits (its default, 30 s, would let a
    // short limit run on for half a minute).
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
  });
  httpServer.maxConnections = limits.maxConnections;
  const guards = queryGuards();
  const sessions =
    options.sessionCacheMs === 0
      ? null
      : new SessionCache({
          connectionString: options.orm.config.get('clientUrl'),
          ttlMs: options.sessionCacheMs ?? 60_000,
          log,
          onLookup: metrics.sessionLookup,
        });
  await sessions?.start();
  const responses = options.responseCacheMs
    ? new ResponseCache<Context>(
        options.responseCacheMs,
        (c) => !c.viewer && !c.partner,
        (c) => c.request,
        metrics.responseCacheLookup,
      )
    : null;

  const rateLimits = options.rateLimits ? RateLimits.open(options.rateLimits, options.orm.em.getConnection().getKnex()) : null;

  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    // A cross-site page can make a browser send simple requests with the visitor's cookie; anything
    // else (a JSON body, one of these headers) needs a CORS preflight first, which we never grant.
    // An Authorization header is such a header: a bearer token is never ambient.
    csrfPrevention: { requestHeaders: [...PREFLIGHT_HEADERS] },
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: guards.validationRules,
    allowBatchedHttpRequests: false,
    formatError: createErrorFormatter({ development: options.development, log }),
    plugins: [
      // graphql-armor ships CommonJS typings of Apollo's types; the objects are the same.
      ...(guards.plugins as unknown as ApolloServerPlugin<Context>[]),
      keyScopePlugin<Context>(),
      appScopePlugin<Context>(),
      ...(rateLimits ? [rateLimitPlugin<Context>(rateLimits, options.buildToken)] : []),
      rejectUnstorableText<Context>(),
      notifyChanges<Context>({ site: options.onSiteChange, figures: () => StatsService.invalidate(), published: options.onProjectsPublished }),
      ...(sessions ? [fenceMutations(sessions)] : []),
      ...(responses ? [responses.plugin()] : []),
      metrics.graphqlPlugin<Context>(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The hosted sandbox loads from the internet; partners use their own tools.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  // Anonymous queries whose answer is kept are answered at the door, before Express (graphql-http.ts).
  const graphql = graphqlHttp(apollo, {
    cache: responses,
    hasCredentials: (req) => req.headers.authorization !== undefined || readCookie(req.headers.cookie, SESSION_COOKIE) !== undefined,
    onAnsweredAtDoor: (req, res, operation) => {
      answered(req, res, operation);
      metrics.answeredFromCache(req, res);
    },
    context: async ({ req, res }) => {
      const em = options.orm.em.fork();
      const { viewer, partner, refusedKey, staleCookie } = await requestCaller(req, em, options.vault, sessions);
      if (refusedKey)
        throw new GraphQLError('Unknown, expired or revoked API key or access token', {
          extensions: { code: 'UNAUTHENTICATED', reason: Reason.CREDENTIAL_INVALID, http: { status: 401 } },
        });
      const cookieBase = `Path=/; HttpOnly; SameSite=Lax${options.secureCookies ? '; Secure' : ''}`;
      const clear = () => res.append('Set-Cookie', `${SESSION_COOKIE}=; ${cookieBase}; Max-Age=0`);
      // A cookie that no longer opens a session is dropped, so the browser stops sending it.
      if (staleCookie) clear();
      return buildContext(
        em,
        options.vault,
        viewer,
        {
          ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          userAgent: req.headers['user-agent'] ?? null,
          deviceToken: readCookie(req.headers.cookie, DEVICE_COOKIE) ?? null,
          setDeviceCookie: (value) => res.append('Set-Cookie', `${DEVICE_COOKIE}=${value}; ${cookieBase}; Max-Age=${DEVICE_COOKIE_DAYS * 86_400}`),
          setSessionCookie: (value, expiresAt) => res.append('Set-Cookie', `${SESSION_COOKIE}=${value}; ${cookieBase}; Expires=${expiresAt.toUTCString()}`),
          clearSessionCookie: clear,
        },
        partner,
        options.settings ?? DEFAULT_SETTINGS,
        options.jobs ?? null,
        options.mailer ?? null,
        domainEvents,
      );
    },
  });
  httpServer.on('request', graphql.door(app));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, site: options.siteRoot?.() ? 'ready' : 'building' });
  });
  // Liveness: the process answers. Readiness: it can serve, i.e. its database answers in time.
  app.get('/livez', (_req, res) => void res.set('Cache-Control', 'no-store').json({ ok: true }));
  app.get('/readyz', async (_req, res) => {
    const database = await Promise.race([
      pingDatabase(options.orm.em).then(
        () => true,
        () => false,
      ),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000).unref()),
    ]);
    res
      .status(database ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        ok: database,
        database: database ? 'up' : 'down',
        sessionListener: sessions ? (sessions.isListening ? 'listening' : 'not listening') : 'off',
        site: options.siteRoot?.() ? 'ready' : 'building',
      });
  });

  // Prometheus: behind a token, or open where no token is needed (outside production).
  app.get('/metrics', async (req, res) => {
    if (!mayScrape(req.headers.authorization, options.metricsToken, options.openMetrics ?? true)) {
      res
        .status(options.metricsToken ? 401 : 404)
        .set('Cache-Control', 'no-store')
        .json({
          errors: [
            {
              message: options.metricsToken ? 'Metrics need their bearer token' : 'Not found',
              extensions: { code: options.metricsToken ? 'UNAUTHENTICATED' : 'NOT_FOUND' },
            },
          ],
        });
      return;
    }
    const { contentType, body } = await metrics.exposition();
    res.set('Content-Type', contentType).set('Cache-Control', 'no-store').send(body);
  });

  app.use(
    '/graphql',
    // A GET query without our session cookie carries no credentials to forge: CSRF prevention has
    // nothing to protect, so `curl /graphql?query=…` works as the contract promises. With the
    // cookie, the checks above stand (mutations are refused over GET in any case).
    (req, _res, next) => {
      if (req.method === 'GET' && readCookie(req.headers.cookie, SESSION_COOKIE) === undefined) req.headers['apollo-require-preflight'] = 'true';
      next();
    },
    graphql.body,
    graphql.handler,
  );

  // Delegated access for apps acting for volunteers (OAuth 2.1: code with PKCE, refresh, revocation).
  app.use(oauthRoutes({ orm: options.orm, publicUrl: options.settings?.publicUrl, log }));
  app.use(calendarRoutes({ orm: options.orm, vault: options.vault, publicUrl: options.settings?.publicUrl }));
  app.use(unsubscribeRoutes({ orm: options.orm, vault: options.vault }));
  // Certificate pages and record exports (the ledger's HTTP routes).
  app.use(
    ledgerRoutes({
      orm: options.orm,
      vault: options.vault,
      viewerFor: async (req, em) => (await requestCaller(req, em, options.vault, sessions)).viewer,
      log,
      settings: options.settings,
    }),
  );

  // Photo uploads and, when they are kept on this machine, the files themselves.
  const uploads: UploadRouteOptions = {
    orm: options.orm,
    viewerFor: async (req, em) => (await requestCaller(req, em, options.vault, sessions)).viewer,
    // A form post is a "simple" request a foreign page can send with the visitor's cookie.
    crossSite: (req) => readCookie(req.headers.cookie, SESSION_COOKIE) !== undefined && !PREFLIGHT_HEADERS.some((h) => req.headers[h] !== undefined),
    log,
  };
  app.use(imageRoutes({ ...uploads, storage: imageStorage((options.settings ?? DEFAULT_SETTINGS).media) }));

  // The volunteer card's photo: an upload like a photo's, kept sealed rather than published.
  app.use(cardRoutes({ ...uploads, vault: options.vault }));

  if (options.siteRoot) app.use(staticSite(options.siteRoot));
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });

  app.use(((error: unknown, _req, res, _next) => {
    // Body parsing failures and the like: the client's mistake, answered in GraphQL's shape.
    const err = (error ?? {}) as { status?: unknown; name?: unknown; message?: unknown };
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500)
      log(`http error: ${typeof err.name === 'string' ? err.name : 'Error'}: ${firstLine(typeof err.message === 'string' ? err.message : 'unknown')}`);
    const code = status === 413 ? 'QUERY_TOO_COMPLEX' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
    const message = status === 413 ? 'Request body too large' : status === 500 ? 'Internal server error' : 'Malformed request';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  }) as ErrorRequestHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    httpServer,
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
      await sessions?.close();
      await rateLimits?.close();
    },
  };
}

/** Serves whichever site build is current; a page that reloads itself until the first one is ready. */
function staticSite(siteRoot: () => string | null): RequestHandler {
  const handlers = new Map<string, RequestHandler>();
  return (req, res, next) => {
    const root = siteRoot();
    if (!root) {
      if (req.method !== 'GET' || !(req.headers.accept ?? '').includes('text/html')) return next();
      res.status(200).type('html').set('Cache-Control', 'no-store').send(BUILDING_PAGE);
      return;
    }
    let handler = handlers.get(root);
    if (!handler) {
      const serve = express.static(root, { extensions: ['html'], maxAge: '5m' });
      handler = (req, res, next) =>
        serve(req, res, () => {
          // A page the site does not have: its own 404 page (in English under /en/), for people and crawlers alike.
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          // Relative to `root`: the build lives under the data directory (`.data` by default), and
          // send refuses an absolute path through a dot-folder.
          const notFound = req.path.startsWith('/en/') ? 'en/404/index.html' : '404.html';
          res.status(404).sendFile(notFound, { root, headers: { 'Cache-Control': 'no-store' } }, (err) => {
            if (err) next();
          });
        });
      handlers.set(root, handler);
    }
    handler(req, res, next);
  };
}
