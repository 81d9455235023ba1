// Signed-in viewers kept in this process, so that a request with a session costs no round trip
// to PostgreSQL. PostgreSQL stays the authority: triggers on `session` and `volunteer`
// (Migration20261202200000_auth_notices) announce on the channel `aixin_auth` every change to a
// session (log-out, revocation, expiry clean-up) or to a volunteer (totals, profile, erasure),
// in the transaction that makes it, and each API process LISTENs on a connection of its own and
// drops the affected entries as each notice arrives. So:
// - a change made through another process takes effect here as soon as PostgreSQL delivers
//   its notice (well under a millisecond on one machine);
// - a mutation of this process is answered only after this process has received every notice
//   committed before it (`fence`), so its client's next request sees the change;
// - while the connection is not listening (starting, lost, refused by a pooler), nothing is
//   served from the cache: every request asks PostgreSQL, as without a cache;
// - entries live at most `ttlMs` in any case, and unknown tokens are never cached.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Viewer } from '../../common/auth.js';

export const AUTH_CHANNEL = 'aixin_auth';

/** What a session lookup found: the viewer, and when the session expires. */
export interface SessionLookup {
  viewer: Viewer;
  expiresAt: Date;
}

export interface SessionCacheOptions {
  connectionString: string;
  /** How long an entry may be served at most (ms). */
  ttlMs: number;
  /** Entries kept at most; the least recently used go first. */
  capacity?: number;
  log?: (message: string) => void;
  /** Told of every lookup: served from memory, read from PostgreSQL, or read because the cache is off (not listening). */
  onLookup?: (result: 'hit' | 'miss' | 'off') => void;
}

interface Entry {
  lookup: SessionLookup;
  until: number;
}

/** How long a fence may wait for its notice before the cache is dropped instead. */
const FENCE_TIMEOUT_MS = 2000;

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byVolunteer = new Map<string, Set<string>>();
  private client: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private retryMs = 500;
  private retryTimer: NodeJS.Timeout | null = null;
  /**
   * Notices counted: a lookup is not stored when a notice about its volunteer (or about
   * everything) arrived while it ran, since it may have read the row before that change.
   */
  private generation = 0;
  private everythingAt = 0;
  private readonly noticedAt = new Map<string, number>();
  private lookupsRunning = 0;
  private readonly fenceTag = randomBytes(6).toString('hex');
  private fenceSeq = 0;
  private fenceWaiting: Array<() => void> = [];
  private fenceInFlight: { payload: string; release: Array<() => void>; timer: NodeJS.Timeout } | null = null;
  private readonly capacity: number;
  private readonly log: (message: string) => void;

  constructor(private readonly options: SessionCacheOptions) {
    this.capacity = options.capacity ?? 20_000;
    this.log = options.log ?? (() => undefined);
  }

  /** Connects and listens; resolves once listening, or once the first attempt failed (it retries). */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Whether the change listener is connected (so signed-in requests may be served from memory). */
  get isListening(): boolean {
    return this.listening;
  }

  /** The viewer for a token's hash: from the cache when listening, else from `load`. */
  async viewer(tokenHash: Buffer, load: () => Promise<SessionLookup | null>): Promise<Viewer | null> {
    if (!this.listening) {
      this.options.onLookup?.('off');
      return (await load())?.viewer ?? null;
    }
    const key = tokenHash.toString('base64');
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.until > now && hit.lookup.expiresAt.getTime() > now) {
        this.options.onLookup?.('hit');
        // Most recently used last: the oldest go first when the cache is full.
        this.entries.delete(key);
        this.entries.set(key, hit);
        return { ...hit.lookup.viewer };
      }
      this.forget(key, hit);
    }
    this.options.onLookup?.('miss');
    const generation = this.generation;
    this.lookupsRunning++;
    let found: SessionLookup | null;
    try {
      found = await load();
    } finally {
      this.lookupsRunning--;
    }
    if (found && this.listening && !this.changedSince(found.viewer.volunteerId, generation)) this.store(key, found, now);
    if (this.lookupsRunning === 0) this.noticedAt.clear();
    return found?.viewer ?? null;
  }

  /**
   * Resolves once this process has received every notice committed before the call: the answer to
   * a mutation waits for it, so whatever it changed is out of
   * the cache before its client can ask again.
   */
  fence(): Promise<void> {
    if (!this.listening) return Promise.resolve();
    return new Promise((resolve) => {
      this.fenceWaiting.push(resolve);
      this.sendFence();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stopListening();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private changedSince(volunteerId: string, generation: number): boolean {
    return this.everythingAt > generation || (this.noticedAt.get(volunteerId) ?? 0) > generation;
  }

  private store(key: string, lookup: SessionLookup, now: number): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.forget(oldest, this.entries.get(oldest)!);
    }
    this.entries.set(key, { lookup, until: now + this.options.ttlMs });
    const volunteerId = lookup.viewer.volunteerId;
    let keys = this.byVolunteer.get(volunteerId);
    if (!keys) this.byVolunteer.set(volunteerId, (keys = new Set()));
    keys.add(key);
  }

  private forget(key: string, entry: Entry): void {
    this.entries.delete(key);
    const keys = this.byVolunteer.get(entry.lookup.viewer.volunteerId);
    keys?.delete(key);
    if (keys?.size === 0) this.byVolunteer.delete(entry.lookup.viewer.volunteerId);
  }

  private clear(): void {
    this.everythingAt = ++this.generation;
    this.noticedAt.clear();
    this.entries.clear();
    this.byVolunteer.clear();
  }

  /** A notice: `v:<id>,<id>…` (those volunteers' sessions), `*` (everything) or a fence's own. */
  private onNotice(payload: string): void {
    if (payload.startsWith('f:')) {
      if (this.fenceInFlight?.payload === payload) this.releaseFence();
      return;
    }
    if (!payload.startsWith('v:')) {
      this.clear();
      return;
    }
    const generation = ++this.generation;
    const ids = payload.slice(2).split(',');
    // Remembered only while lookups run, and then for a bounded number of volunteers.
    if (this.lookupsRunning > 0) {
      if (this.noticedAt.size + ids.length > 10_000) {
        this.everythingAt = generation;
        this.noticedAt.clear();
      } else {
        for (const volunteerId of ids) this.noticedAt.set(volunteerId, generation);
      }
    }
    for (const volunteerId of ids) {
      const keys = this.byVolunteer.get(volunteerId);
      if (!keys) continue;
      for (const key of keys) this.entries.delete(key);
      this.byVolunteer.delete(volunteerId);
    }
  }

  private sendFence(): void {
    if (this.fenceInFlight || this.fenceWaiting.length === 0) return;
    const client = this.client;
    if (!client || !this.listening) {
      for (const release of this.fenceWaiting.splice(0)) release();
      return;
    }
    const payload = `f:${this.fenceTag}:${++this.fenceSeq}`;
    // Should the notice not come back in time, the cache is dropped rather than trusted.
    const timer = setTimeout(() => {
      this.log('session cache: a fence timed out; the cache is dropped');
      this.clear();
      this.releaseFence();
    }, FENCE_TIMEOUT_MS);
    timer.unref();
    this.fenceInFlight = { payload, release: this.fenceWaiting.splice(0), timer };
    client.query('select pg_notify($1, $2)', [AUTH_CHANNEL, payload]).catch(() => {
      this.clear();
      this.releaseFence();
    });
  }

  private releaseFence(): void {
    const done = this.fenceInFlight;
    if (!done) return;
    this.fenceInFlight = null;
    clearTimeout(done.timer);
    for (const release of done.release) release();
    this.sendFence();
  }

  private stopListening(): void {
    this.listening = false;
    this.clear();
    this.releaseFence();
    for (const release of this.fenceWaiting.splice(0)) release();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: 'aixin-session-cache' });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      this.stopListening();
      client.end().catch(() => undefined);
      this.scheduleRetry();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (this.client === client && message.channel === AUTH_CHANNEL) this.onNotice(message.payload ?? '*');
    });
    try {
      await client.connect();
      // Without the triggers (a database its migrations have not reached) nothing would announce changes.
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_trigger where tgrelid in ('session'::regclass, 'volunteer'::regclass) and tgname like '%\\_announce\\_%'`,
      );
      if (rows[0].n < 6) throw new Error('the session and volunteer tables do not announce their changes (migrations pending?)');
      await client.query(`listen ${AUTH_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.log(`session cache: not listening (${error instanceof Error ? error.message : String(error)}); sessions are read from PostgreSQL on every request`);
      this.scheduleRetry();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = 500;
    this.clear();
    this.listening = true;
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, 30_000);
  }
}
