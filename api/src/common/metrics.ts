// Prometheus metrics of one process (prom-client, a registry of its own): HTTP requests and
// GraphQL operations (rates and latencies), the database pool, the session cache and site builds.
// Labels are bounded: a route pattern, a schema's root field, never a value a client chose.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { setOperation } from './logger.js';

/** The pool of the ORM's database client (knex's tarn pool): how many connections are in use, idle, awaited. */
export interface PoolStats {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  readonly registry = new Registry();
  private readonly httpRequests = new Counter({
    name: 'aixin_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'aixin_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlOperations = new Counter({
    name: 'aixin_graphql_operations_total',
    help: 'GraphQL operations, by root field, operation type and outcome (ok, error, invalid).',
    labelNames: ['field', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'aixin_graphql_operation_duration_seconds',
    help: 'Time from parsing a GraphQL operation to its answer, by root field and operation type.',
    labelNames: ['field', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly sessionLookups = new Counter({
    name: 'aixin_session_cache_lookups_total',
    help: 'Signed-in viewers looked up: hit (from memory), miss (read from PostgreSQL), off (cache not listening).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly responseCacheLookups = new Counter({
    name: 'aixin_response_cache_lookups_total',
    help: 'Anonymous GraphQL requests looked up in the response cache: hit (answered from memory), miss (run).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly siteBuilds = new Counter({
    name: 'aixin_site_builds_total',
    help: 'Builds of the static site, by outcome (ok, failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly siteBuildDuration = new Histogram({
    name: 'aixin_site_build_duration_seconds',
    help: 'Time a successful site build took.',
    buckets: [5, 10, 20, 30, 60, 120, 300, 600],
    registers: [this.registry],
  });

  /** Adds Node's process metrics (CPU, memory, event loop lag, GC): once per process. */
  collectProcessMetrics(): this {
    collectDefaultMetrics({ register: this.registry });
    return this;
  }

  /** Reports the database pool at each scrape. */
  watchPool(pool: () => PoolStats | undefined): this {
    new Gauge({
      name: 'aixin_db_pool_connections',
      help: 'Connections of the database pool, by state (used, idle, awaited: requests waiting for one).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = pool();
        if (!stats) return;
        this.set({ state: 'used' }, stats.numUsed());
        this.set({ state: 'idle' }, stats.numFree());
        this.set({ state: 'awaited' }, stats.numPendingAcquires());
      },
    });
    return this;
  }

  sessionLookup = (result: 'hit' | 'miss' | 'off'): void => {
    this.sessionLookups.inc({ result });
  };

  private readonly responseCacheResults = {
    hit: this.responseCacheLookups.labels({ result: 'hit' }),
    miss: this.responseCacheLookups.labels({ result: 'miss' }),
  };

  responseCacheLookup = (result: 'hit' | 'miss'): void => {
    this.responseCacheResults[result].inc();
  };

  siteBuilt = (outcome: 'ok' | 'failed', seconds: number): void => {
    this.siteBuilds.inc({ outcome });
    if (outcome === 'ok') this.siteBuildDuration.observe(seconds);
  };

  /** Express middleware counting and timing every request by its route pattern. */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      this.trackRequest(req, res);
      next();
    };
  }

  /** Counts and times one request when its answer is sent. */
  private trackRequest(req: Request, res: Response): void {
    const end = this.httpDuration.startTimer();
    res.once('finish', () => {
      const labels = { method: req.method, route: routeOf(req, res) };
      end(labels);
      this.httpRequests.inc({ ...labels, status: String(res.statusCode) });
    });
  }

  /** The label sets of answers kept for anonymous queries (GET and POST), bound once: they come by the thousand a second. */
  private readonly keptAnswers = Object.fromEntries(
    ['GET', 'POST'].map((method) => [
      method,
      { requests: this.httpRequests.labels({ method, route: '/graphql', status: '200' }), duration: this.httpDuration.labels({ method, route: '/graphql' }) },
    ]),
  );

  /**
   * Counts and times a request answered from the response cache before Express (graphql-http.ts),
   * as `httpMiddleware` counts the rest. Call before the answer is sent.
   */
  answeredFromCache = (req: IncomingMessage, res: ServerResponse): void => {
    const { requests, duration } = this.keptAnswers[req.method ?? 'GET'];
    const started = performance.now();
    res.once('finish', () => {
      duration.observe((performance.now() - started) / 1000);
      requests.inc();
    });
  };

  /** An Apollo Server plugin counting and timing operations by root field. */
  graphqlPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => {
        let end: ((labels: { field: string; type: string }) => void) | null = null;
        let labels = { field: 'unknown', type: 'unknown' };
        return {
          didResolveOperation: async ({ operation }) => {
            if (!operation) return;
            labels = { field: rootFields(operation), type: operation.operation };
            end = this.graphqlDuration.startTimer();
            setOperation(`${labels.type} ${labels.field}`);
          },
          willSendResponse: async ({ response, errors }) => {
            const body = response.body.kind === 'single' ? response.body.singleResult : null;
            const failed = !!errors?.length || !!body?.errors?.length;
            // Refused before it could run (parse or validation): the root field is not known.
            const outcome = end ? (failed ? 'error' : 'ok') : 'invalid';
            end?.(labels);
            this.graphqlOperations.inc({ ...labels, outcome });
          },
        };
      },
    };
  }

  /** The text Prometheus scrapes. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** The route pattern that answered (e.g. /certificates/:code), /graphql, the static site, or none. */
function routeOf(req: Request, res: Response): string {
  const route = req.route as { path?: unknown } | undefined;
  if (typeof route?.path === 'string') return `${req.baseUrl}${route.path}`;
  if (req.originalUrl.startsWith('/graphql')) return '/graphql';
  return res.statusCode === 404 ? 'not found' : 'site';
}

/**
 * The operation's first root field in alphabetical order, with "+" when it asks for more: bounded
 * by the schema (validated before this runs), whatever combinations clients send.
 */
/** The root fields an operation asks for, as metrics and the request log name it (`project`, `me+`). */
export function rootFields(operation: OperationDefinitionNode): string {
  const names = new Set<string>();
  for (const selection of operation.selectionSet.selections) names.add(selection.kind === Kind.FIELD ? selection.name.value : '...');
  const sorted = [...names].sort();
  return sorted.length === 0 ? 'none' : sorted.length === 1 ? sorted[0] : `${sorted[0]}+`;
}

/**
 * Whether a scrape may read the metrics: with a token set, only with `Authorization: Bearer <token>`;
 * without one, only where open metrics were allowed (outside production).
 */
export function mayScrape(authorization: string | undefined, token: string | undefined, openWithoutToken: boolean): boolean {
  if (!token) return openWithoutToken;
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
