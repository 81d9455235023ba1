// Answers to anonymous queries, kept for a moment. During a flash recruitment thousands of
// visitors hold one activity page open and its island asks for the places every few seconds:
// the same question, without a session, with the same answer for everyone. The first such
// request in `ttlMs` runs; the others get its bytes. Only a query that ran without a viewer or a
// partner key, without an error and without setting a cookie is kept, keyed by everything that
// shapes its answer (method, URL, body, Accept). Any mutation in this process forgets
// every kept answer at once (a place taken here shows at once); other processes' changes show
// within `ttlMs` (the live places' promise is one second). When an answer expires under load,
// the requests that ask for it meanwhile wait for the one that runs instead of all running.
import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { OutgoingHttpHeader } from 'node:http';
import { rootFields } from './metrics.js';

/** A kept answer (always a 200). */
export interface CachedResponse {
  /** The headers it went out with, less those of its own request (its id, length, date). */
  headers: [string, OutgoingHttpHeader][];
  body: Buffer;
  /** What the request asked for ("query project"), for its log line. */
  operation: string;
}

/** The parts of a request an anonymous answer depends on. */
export interface CacheableRequest {
  method: string;
  url: string;
  /** The request body as received (POST), or '' (GET). */
  body: string;
  accept: string;
}

/** Answers larger than this are not worth keeping: they are rare and would crowd out the rest. */
const MAX_ENTRY_BYTES = 256 * 1024;

export class ResponseCache<TContext extends object> {
  private readonly entries: LRUCache<string, CachedResponse>;
  /** Requests whose answer may be kept (set once the operation ran, read when it is sent). */
  private readonly keepable = new WeakMap<object, string>();
  /** Answers being worked out, by key: later requests for the same wait for them. */
  private readonly running = new Map<string, Promise<CachedResponse | undefined>>();
  /** Counts clear()s: an answer worked out while a mutation here finished may predate it, and is not kept. */
  private generation = 0;

  /**
   * `requestOf`: an object of the context that stands for its request (Apollo runs each operation
   * on a shallow copy of the context, so the context itself is not it).
   */
  constructor(
    ttlMs: number,
    private readonly isAnonymous: (context: TContext) => boolean,
    private readonly requestOf: (context: TContext) => object,
    private readonly onLookup?: (outcome: 'hit' | 'miss') => void,
  ) {
    this.entries = new LRUCache({ max: 5_000, maxSize: 32 * 1024 * 1024, sizeCalculation: (e) => e.body.length + 200, ttl: ttlMs, ttlAutopurge: false });
  }

  static keyOf(request: CacheableRequest): string {
    return `${request.method} ${request.url}\n${request.accept}\n${request.body}`;
  }

  /** The kept answer, if there is one now (counted as a hit); else `lookup`. */
  kept(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) this.onLookup?.('hit');
    return hit;
  }

  /**
   * The kept answer (`hit`), or the one the request already running the same question keeps. Else
   * this request runs it and calls `finish` when done, with its answer when that may be kept;
   * `finish` also releases the requests waiting for it (and is a no-op for a request that only waited).
   */
  async lookup(key: string): Promise<{ hit?: CachedResponse; finish: (response?: CachedResponse) => void }> {
    const hit = this.entries.get(key) ?? (await this.running.get(key));
    this.onLookup?.(hit ? 'hit' : 'miss');
    if (hit || this.running.has(key)) return { hit, finish: () => {} };
    let release!: (response: CachedResponse | undefined) => void;
    this.running.set(key, new Promise((resolve) => (release = resolve)));
    const generation = this.generation;
    return {
      finish: (response) => {
        if (response && response.body.length <= MAX_ENTRY_BYTES && generation === this.generation) this.entries.set(key, response);
        this.running.delete(key);
        release(response);
      },
    };
  }

  /** The operation's label if the request behind `context` ran a query whose answer may be kept. */
  keepableOperation(context: TContext): string | undefined {
    return this.keepable.get(this.requestOf(context));
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Marks the answers that may be kept and forgets them all after any mutation. */
  plugin(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ contextValue, operation, errors, response }) => {
          if (!operation) return;
          // Even a mutation that failed in part may have changed something.
          if (operation.operation === OperationTypeNode.MUTATION) {
            this.clear();
            return;
          }
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          if (errors?.length || !body || body.errors?.length) return;
          if (operation.operation !== OperationTypeNode.QUERY || !this.isAnonymous(contextValue)) return;
          // The HTTP side (a 200, no cookie set) is checked where the answer is sent: graphql-http.ts.
          this.keepable.set(this.requestOf(contextValue), `query ${rootFields(operation)}`);
        },
      }),
    };
  }
}
