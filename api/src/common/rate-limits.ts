// Request-rate and query-cost limits per minute, for each partner key, each signed-in volunteer and
// each address (anonymous callers), shared by every API process: counted in Redis when REDIS_URL
// is set, else in PostgreSQL (the unlogged table rate_limit), by rate-limiter-flexible. A request
// over either limit is answered 429 with RATE_LIMITED and `retryAfter`; every counted answer says
// where its caller stands in the RateLimit-* headers (IETF draft 7) and its cost in
// `extensions.cost`. Kept anonymous answers sent at the door (graphql-http.ts) are not counted:
// they cost less than the count would.
// If the shared store fails, each process goes on counting in memory (the insurance limiter), so
// a Redis outage neither stops the API nor lifts the limits.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, Kind, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { Redis } from 'ioredis';
import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { PartnerCaller, Viewer } from './auth.js';
import { COST_WEIGHTS } from './guards.js';
import { RATE_LIMIT_TABLE } from '../db/unmodelled-tables.js';
import { DEFAULT_RATE_LIMITS, RATE_WINDOW_SECONDS, type RateLimitPolicy } from './published-limits.js';
import { Reason } from './error-reasons.js';

export { DEFAULT_RATE_LIMITS, RATE_WINDOW_SECONDS, type RateLimitPolicy };

export interface RateLimitSettings {
  key: RateLimitPolicy;
  volunteer: RateLimitPolicy;
  address: RateLimitPolicy;
  /** Redis to count in (shared by the processes); null: PostgreSQL. */
  redisUrl: string | null;
}

type CallerKind = keyof Omit<RateLimitSettings, 'redisUrl'>;

/** Where one caller stands after a request was counted. */
export interface RateVerdict {
  allowed: boolean;
  /** The limit nearest to being reached, as RateLimit-* headers state it. */
  limit: number;
  remaining: number;
  resetSeconds: number;
  policy: string;
}

interface Pair {
  requests: RateLimiterAbstract;
  cost: RateLimiterAbstract;
  policy: RateLimitPolicy;
}

export class RateLimits {
  private constructor(
    private readonly limiters: Record<CallerKind, Pair>,
    private readonly redis: Redis | null,
  ) {}

  /** Counts in Redis when the settings name one, else in PostgreSQL through the ORM's pool. */
  static open(settings: RateLimitSettings, knex: Knex): RateLimits {
    const redis = settings.redisUrl ? new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : null;
    // Errors reach the limiter (which falls back to memory); the client's own event would only crash the process.
    redis?.on('error', () => {});
    const store = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const common = {
        keyPrefix,
        points,
        duration: RATE_WINDOW_SECONDS,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: RATE_WINDOW_SECONDS }),
      };
      return redis
        ? new RateLimiterRedis({ ...common, storeClient: redis })
        : new RateLimiterPostgres({
            ...common,
            storeClient: knex,
            storeType: 'knex',
            tableName: RATE_LIMIT_TABLE,
            tableCreated: true,
            clearExpiredByTimeout: true,
          });
    };
    const pair = (kind: CallerKind): Pair => ({
      requests: store(`${kind}:requests`, settings[kind].requests),
      cost: store(`${kind}:cost`, settings[kind].cost),
      policy: settings[kind],
    });
    return new RateLimits({ key: pair('key'), volunteer: pair('volunteer'), address: pair('address') }, redis);
  }

  /** Counts one request of `cost` against the caller's two limits. */
  async take(kind: CallerKind, id: string, cost: number): Promise<RateVerdict> {
    const { requests, cost: costs, policy } = this.limiters[kind];
    const [r, c] = await Promise.all([settle(requests.consume(id, 1)), settle(costs.consume(id, Math.max(1, Math.ceil(cost))))]);
    // The headers state the limit with the smaller share left.
    const nearest =
      r.remainingPoints / policy.requests <= c.remainingPoints / policy.cost ? { res: r, limit: policy.requests } : { res: c, limit: policy.cost };
    const over = [r, c].filter((x) => x.remainingPoints < 0 || x.consumedPoints > x.limit);
    return {
      allowed: over.length === 0,
      limit: nearest.limit,
      remaining: Math.max(0, nearest.res.remainingPoints),
      resetSeconds: Math.max(1, Math.ceil(Math.max(...(over.length ? over : [nearest.res]).map((x) => x.msBeforeNext)) / 1000)),
      policy: `${policy.requests};w=${RATE_WINDOW_SECONDS}, ${policy.cost};w=${RATE_WINDOW_SECONDS};comment="query cost"`,
    };
  }

  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

interface Settled {
  remainingPoints: number;
  consumedPoints: number;
  msBeforeNext: number;
  limit: number;
}

/** A consumption, refused or not, as numbers (rate-limiter-flexible rejects with a RateLimiterRes when over). */
async function settle(consumption: Promise<RateLimiterRes>): Promise<Settled> {
  try {
    const res = await consumption;
    return { remainingPoints: res.remainingPoints, consumedPoints: res.consumedPoints, msBeforeNext: res.msBeforeNext, limit: Infinity };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { remainingPoints: -1, consumedPoints: refusal.consumedPoints, msBeforeNext: refusal.msBeforeNext, limit: 0 };
  }
}

/** The header the site build sends its token in (site/src/lib/graphql-fetch.ts). */
export const BUILD_TOKEN_HEADER = 'x-aixin-build-token';

/** Costs of a document's operations, in document order, computed once per parsed document (Apollo keeps parsed documents). */
const costs = new WeakMap<DocumentNode, Map<OperationDefinitionNode, number>>();

/** The operation's cost as the query guards count it (common/guards.ts): fields, objects, depth and page sizes. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  let known = costs.get(document);
  if (!known) {
    const found: number[] = [];
    const rule = costLimitRule({ ...COST_WEIGHTS, maxCost: Number.MAX_SAFE_INTEGER, onAccept: [(_ctx, { n }: { n: number }) => void found.push(n)] });
    // Only the cost rule runs (the document was validated already); it visits operations in document order.
    validate(schema, document, [rule]);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    known = new Map(operations.map((op, i) => [op, found[i] ?? 0]));
    costs.set(document, known);
  }
  return known.get(operation) ?? 0;
}

interface Counted {
  viewer: Viewer | null;
  partner: PartnerCaller | null;
  request: { ip: string };
}

/** Counts each GraphQL request against its caller's limits before it runs; see the file's opening comment. */
export function rateLimitPlugin<C extends Counted>(limits: RateLimits, buildToken?: string): ApolloServerPlugin<C> {
  const exempt = buildToken ? createHash('sha256').update(buildToken).digest() : null;
  return {
    async requestDidStart({ request }) {
      // The site build reads every page's content at once; it proves itself with the process's token.
      const sent = request.http?.headers.get(BUILD_TOKEN_HEADER);
      if (exempt && sent && timingSafeEqual(createHash('sha256').update(sent).digest(), exempt)) return;
      let cost = 0;
      return {
        async didResolveOperation({ contextValue, schema, document, operation, response }) {
          if (!operation) return;
          cost = operationCost(schema, document, operation);
          const [kind, id]: [CallerKind, string] = contextValue.partner
            ? ['key', contextValue.partner.partnerKeyId]
            : contextValue.viewer
              ? ['volunteer', contextValue.viewer.volunteerId]
              : ['address', contextValue.request.ip];
          const verdict = await limits.take(kind, id, cost);
          const headers = response.http.headers;
          headers.set('ratelimit-limit', String(verdict.limit));
          headers.set('ratelimit-remaining', String(verdict.remaining));
          headers.set('ratelimit-reset', String(verdict.resetSeconds));
          headers.set('ratelimit-policy', verdict.policy);
          if (!verdict.allowed) {
            throw new GraphQLError(`Too many requests: try again in ${verdict.resetSeconds} s`, {
              extensions: {
                code: 'RATE_LIMITED',
                reason: Reason.TOO_MANY_REQUESTS,
                retryAfter: verdict.resetSeconds,
                http: { status: 429, headers: new Map([['retry-after', String(verdict.resetSeconds)]]) },
              },
            });
          }
        },
        async willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { requested: cost } };
          }
        },
      };
    },
  };
}
