// /graphql over express: Apollo Server's documented integration API (executeHTTPGraphQLRequest),
// as @as-integrations/express5 uses it, with one thing more: anonymous queries are answered
// from the response cache (common/response-cache.ts) before any context is built.
import { HeaderMap, type ApolloServer, type ContextFunction, type HTTPGraphQLResponse } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { setOperation } from './common/logger.js';
import { ResponseCache, type CachedResponse } from './common/response-cache.js';

export interface GraphqlHttpOptions<TContext extends object> {
  context: ContextFunction<[{ req: Request; res: Response }], TContext>;
  /** Answers anonymous queries from memory (none when null). */
  cache: ResponseCache<TContext> | null;
  /** Whether a request carries credentials (a session cookie or an Authorization header): never answered from the cache. */
  hasCredentials: (req: Request) => boolean;
}

/** Request bodies as received (the cache's key), kept by express.json's `verify`. */
const rawBodies = new WeakMap<IncomingMessage, string>();

export function keepRawBody(req: IncomingMessage, _res: unknown, buffer: Buffer): void {
  rawBodies.set(req, buffer.toString('utf8'));
}

export function graphqlHttp<TContext extends object>(apollo: ApolloServer<TContext>, options: GraphqlHttpOptions<TContext>): RequestHandler {
  apollo.assertStarted('graphqlHttp()');
  const { cache } = options;

  /** Runs the request through Apollo Server; the answer, and what the cache may keep of it. */
  async function execute(req: Request, res: Response): Promise<{ response: HTTPGraphQLResponse; keep?: CachedResponse }> {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const q = req.url.indexOf('?');
    let contextValue: TContext | undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: q === -1 ? '' : req.url.slice(q), body: req.body as unknown },
      context: async () => (contextValue = await options.context({ req, res })),
    });
    const operation = cache && contextValue ? cache.keepableOperation(contextValue) : undefined;
    const keep =
      operation && response.body.kind === 'complete' && (response.status ?? 200) === 200 && !res.hasHeader('set-cookie') && !response.headers.has('set-cookie')
        ? { headers: [...response.headers], body: Buffer.from(response.body.string, 'utf8'), operation }
        : undefined;
    return { response, keep };
  }

  return async (req, res) => {
    const method = req.method.toUpperCase();
    const key =
      cache && (method === 'GET' || method === 'POST') && !options.hasCredentials(req)
        ? ResponseCache.keyOf({ method, url: req.originalUrl, body: rawBodies.get(req) ?? '', accept: req.headers.accept ?? '' })
        : null;
    const lookup = key ? await cache!.lookup(key) : null;
    if (lookup?.hit) {
      setOperation(lookup.hit.operation);
      send(res, 200, lookup.hit.headers, lookup.hit.body);
      return;
    }
    let answer: Awaited<ReturnType<typeof execute>> | undefined;
    try {
      answer = await execute(req, res);
    } finally {
      lookup?.finish(answer?.keep);
    }
    const { response, keep } = answer;
    if (response.body.kind === 'complete') {
      send(res, response.status ?? 200, response.headers, keep?.body ?? Buffer.from(response.body.string, 'utf8'));
      return;
    }
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

function send(res: Response, status: number, headers: Iterable<[string, string]>, body: Buffer): void {
  res.statusCode = status;
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
