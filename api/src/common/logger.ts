// The process's log: pino, one JSON object per line (or readable lines on a developer's terminal).
// Every line written while a request is handled carries that request's id. Requests are logged
// by method, path (never the query string), status and time: no headers, addresses or bodies,
// so no token, phone or ID number reaches the log.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import pretty from 'pino-pretty';

export type { Logger };

export type LogFormat = 'json' | 'pretty';
export const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSettings {
  level: LogLevel;
  format: LogFormat;
}

/** What is known of the request being handled, wherever its handling has got to. */
interface RequestScope {
  reqId: string;
  /** What a GraphQL request asked for (its operation type and root fields). */
  operation?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();
const scopes = new WeakMap<ServerResponse, RequestScope>();

/** The logger of the process; `destination` defaults to standard output. */
export function createLogger(settings: LogSettings, destination?: DestinationStream): Logger {
  const stream =
    destination ??
    (settings.format === 'pretty'
      ? // One line per request: its message already says method, path and status.
        pretty({ sync: true, colorize: process.stdout.isTTY ?? false, ignore: 'pid,hostname,service,req,res', singleLine: true, translateTime: 'SYS:HH:MM:ss' })
      : // Written as the event loop allows, not a system call per line: under load, lines queue
        // while a write is under way and go out together (pino flushes what is left at exit).
        pino.destination({ dest: 1, sync: false }));
  const options = {
    level: settings.level,
    base: { service: 'aixin' },
    // A line written while a request is handled says which request.
    // (pino-http's own line for the request names it already.)
    mixin: (_fields: object, _level: number, from: Logger) => {
      const reqId = scope.getStore()?.reqId;
      return reqId && !('reqId' in from.bindings()) ? { reqId } : {};
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return pino(options, stream);
}

/** An id the client (or the proxy in front) chose, if it is a plain token; else a new one. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Paths that are asked for every few seconds by probes: not worth a line each. */
const QUIET_PATHS = new Set(['/livez', '/readyz', '/healthz', '/metrics']);

/** The path asked for, without its query string (Express shortens req.url inside a mounted app). */
function pathOf(req: IncomingMessage & { originalUrl?: string }): string {
  const url = req.originalUrl ?? req.url ?? '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/**
 * Express middleware: gives each request an id (X-Request-Id, echoed in the answer), logs it when
 * answered, and runs the rest of its handling with that id attached to every line logged.
 */
export function requestLogging(logger: Logger): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const http: HttpLogger = pinoHttp({
    logger,
    genReqId: requestId,
    quietReqLogger: true,
    autoLogging: { ignore: (req) => QUIET_PATHS.has(pathOf(req)) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    // What a GraphQL request did (set by the metrics plugin): its root fields, not its variables.
    customSuccessObject: (_req, res, value: Record<string, unknown>) => ({ ...value, operation: operationOf(res) }),
    customErrorObject: (_req, res, _error, value: Record<string, unknown>) => ({ ...value, operation: operationOf(res) }),
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // Errors are logged by kind and first line elsewhere (common/error-mapper.ts); never their data.
      err: (err: { type?: string; name?: string }) => ({ type: err.type ?? err.name }),
    },
  });
  return (req, res, next) => {
    http(req, res);
    const current: RequestScope = { reqId: typeof req.id === 'object' ? JSON.stringify(req.id) : String(req.id) };
    scopes.set(res, current);
    scope.run(current, next);
  };
}

/**
 * For a request answered from the response cache before Express (graphql-http.ts's door): its id,
 * as `requestLogging` gives it, and its line at debug level. Such answers come by the thousand a
 * second in a flash recruitment, the same few bytes each: a line each would cost more than the
 * answer (bench/read-path.mjs); the metrics count them all. Call before the answer is sent.
 */
export function answeredEarly(logger: Logger): (req: IncomingMessage, res: ServerResponse, operation: string) => void {
  return (req, res, operation) => {
    const reqId = requestId(req, res);
    if (!logger.isLevelEnabled('debug')) return;
    const started = performance.now();
    res.once('finish', () => {
      const path = pathOf(req);
      logger.debug(
        { reqId, req: { method: req.method, path }, res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - started), operation },
        `${req.method} ${path} ${res.statusCode} (kept answer)`,
      );
    });
  };
}

/** Records what the GraphQL request being handled asked for, for its log line. */
export function setOperation(operation: string): void {
  const current = scope.getStore();
  if (current) current.operation = operation;
}

function operationOf(res: ServerResponse): string | undefined {
  return scopes.get(res)?.operation;
}
