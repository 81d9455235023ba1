// /graphql over express: Apollo Server's documented integration API (executeHTTPGraphQLRequest),
// as @as-integrations/express5 uses it, with one thing more: anonymous queries are answered
// from the response cache (common/response-cache.ts) at the door, before Express.
//
// The door is the HTTP server's request listener. A GET or JSON POST to /graphql without
// credentials (no session cookie, no Authorization header) is looked up there: a kept answer is
// sent with the headers the request that ran it got (the security headers included), a new
// request id, its log line and its metrics, and Express never sees the request. Everything else,
// and a request whose answer is not kept, goes on to Express as it came, with the body the door
// read. During a flash recruitment most requests are the islands' live places, the same anonymous
// question every few seconds: this is their path (bench/read-path.mjs).
import { HeaderMap, type ApolloServer, type ContextFunction, type HTTPGraphQLResponse } from '@apollo/server';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { IncomingMessage, OutgoingHttpHeader, ServerResponse } from 'node:http';
import { ResponseCache, type CachedResponse } from './common/response-cache.js';

export interface GraphqlHttpOptions<TContext extends object> {
  context: ContextFunction<[{ req: Request; res: Response }], TContext>;
  /** Answers anonymous queries from memory (none when null). */
  cache: ResponseCache<TContext> | null;
  /** Whether a request carries credentials (a session cookie or an Authorization header): never answered from the cache. */
  hasCredentials: (req: IncomingMessage) => boolean;
  /** Called as the door answers a request (its request id, log line and metrics), before the answer is sent. */
  onAnsweredAtDoor?: (req: IncomingMessage, res: ServerResponse, operation: string) => void;
}

export interface GraphqlHttp {
  /** The HTTP server's request listener: answers kept anonymous queries, hands the rest to `next` (the Express app). */
  door(next: (req: IncomingMessage, res: ServerResponse) => void): (req: IncomingMessage, res: ServerResponse) => void;
  /** Express middleware: `req.body` from what the door read, else express.json. */
  body: RequestHandler;
  /** Express handler of /graphql, after `body`. */
  handler: RequestHandler;
}

/** The largest request body /graphql takes. */
export const GRAPHQL_BODY_LIMIT = 256 * 1024;

/** A JSON body in UTF-8 (or no charset): the door reads these; anything else is left to express.json. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/** Headers of an answer that belong to one request, never replayed from the cache. */
// The first caller's rate-limit standing is its own: kept answers are not counted (common/rate-limits.ts).
const OWN_HEADERS = new Set([
  'x-request-id',
  'content-length',
  'set-cookie',
  'date',
  'connection',
  'keep-alive',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'ratelimit-policy',
]);

export function graphqlHttp<TContext extends object>(apollo: ApolloServer<TContext>, options: GraphqlHttpOptions<TContext>): GraphqlHttp {
  apollo.assertStarted('graphqlHttp()');
  const { cache } = options;
  /** Bodies the door read, for the body middleware. */
  const bodies = new WeakMap<IncomingMessage, string>();
  /** Requests the door let through whose answer the cache waits for. */
  const lookups = new WeakMap<IncomingMessage, { finish: (response?: CachedResponse) => void }>();
  const json = express.json({ limit: GRAPHQL_BODY_LIMIT });

  function door(next: (req: IncomingMessage, res: ServerResponse) => void) {
    /** Answers the request when its answer is kept, else passes it on (holding the cache's place for it). */
    function lookUp(req: IncomingMessage, res: ServerResponse, body: string): void {
      const key = ResponseCache.keyOf({ method: req.method!, url: req.url!, body, accept: req.headers.accept ?? '' });
      const kept = cache!.kept(key);
      if (kept) return answer(req, res, kept);
      void cache!.lookup(key).then((lookup) => {
        if (lookup.hit) return answer(req, res, lookup.hit);
        // The handler finishes the lookup with the answer; a request that never gets there (a
        // malformed body, a client gone) finishes it when it closes, so no later one waits on it.
        let finished = false;
        const finish = (response?: CachedResponse) => {
          if (finished) return;
          finished = true;
          lookup.finish(response);
        };
        res.once('close', () => finish());
        lookups.set(req, { finish });
        next(req, res);
      });
    }

    function answer(req: IncomingMessage, res: ServerResponse, kept: CachedResponse): void {
      options.onAnsweredAtDoor?.(req, res, kept.operation);
      send(res, 200, kept.headers, kept.body);
    }

    return (req: IncomingMessage, res: ServerResponse) => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      if (!cache || (q === -1 ? url : url.slice(0, q)) !== '/graphql' || options.hasCredentials(req)) return next(req, res);
      if (req.method === 'GET') return lookUp(req, res, '');
      // A JSON body of a known length within the limit; anything else (chunked, too large,
      // compressed, another charset) is express.json's to read or refuse.
      const length = Number(req.headers['content-length']);
      if (
        req.method !== 'POST' ||
        !PLAIN_JSON.test(req.headers['content-type'] ?? '') ||
        req.headers['content-encoding'] !== undefined ||
        !(length > 0 && length <= GRAPHQL_BODY_LIMIT)
      )
        return next(req, res);
      // Node's parser stops the body at Content-Length; a client that goes away takes its request with it.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.once('end', () => {
        const raw = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
        bodies.set(req, raw);
        lookUp(req, res, raw);
      });
    };
  }

  const body: RequestHandler = (req, res, next) => {
    const raw = bodies.get(req)?.trim();
    if (raw === undefined) return json(req, res, next);
    // As express.json takes it: an object or an array.
    try {
      if (raw[0] !== '{' && raw[0] !== '[') throw new SyntaxError('not an object or an array');
      req.body = JSON.parse(raw) as unknown;
    } catch {
      return next(Object.assign(new Error('Malformed JSON'), { status: 400 }));
    }
    next();
  };

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
        ? {
            // What this request's answer carries (the security headers set before, then Apollo's), less its own.
            headers: [...Object.entries(res.getHeaders()), ...response.headers].filter(
              (entry): entry is [string, OutgoingHttpHeader] => entry[1] !== undefined && !OWN_HEADERS.has(entry[0].toLowerCase()),
            ),
            body: Buffer.from(response.body.string, 'utf8'),
            operation,
          }
        : undefined;
    return { response, keep };
  }

  const handler: RequestHandler = async (req, res) => {
    const lookup = lookups.get(req);
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

  return { door, body, handler };
}

function send(res: ServerResponse, status: number, headers: Iterable<[string, OutgoingHttpHeader]>, body: Buffer): void {
  res.statusCode = status;
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader('Content-Length', body.length);
  res.end(body);
}
