// One webhook POST: the body signed exactly as sent (X-Aixin-Signature: sha256=<hex HMAC-SHA256
// of the raw body, keyed with the endpoint's secret>), to the address webhook-address.ts
// checked (node:http's `lookup` hands the connection that address, so the name is not resolved
// again), with a time limit. Redirects are not followed: a 3xx answer is a failed attempt.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupAddress, LookupOneOptions } from 'node:dns';
import type { ResolvedAddress } from './webhook-address.js';

export const WEBHOOK_USER_AGENT = 'Aixin-Webhooks/1';

/** The X-Aixin-Signature value of a body. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export interface PostOutcome {
  /** The HTTP status, or null when there was no answer. */
  status: number | null;
  /** Why the attempt failed (first line), or null for a 2xx answer. */
  error: string | null;
}

// Connections are kept for the next delivery to the same endpoint (idle ones do not hold the process open).
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 16 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

/** At most this much of an answer is read (and thrown away). */
const MAX_ANSWER_BYTES = 64 * 1024;

export function postWebhook(url: URL, target: ResolvedAddress, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostOutcome> {
  const payload = Buffer.from(body, 'utf8');
  const pinned = (_host: string, options: LookupOneOptions & { all?: boolean }, done: (...args: unknown[]) => void) => {
    if (options?.all) done(null, [{ address: target.address, family: target.family } satisfies LookupAddress]);
    else done(null, target.address, target.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = client.request(
      url,
      {
        method: 'POST',
        agent: agents[url.protocol as 'http:' | 'https:'],
        lookup: pinned as never,
        headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(payload.length), 'User-Agent': WEBHOOK_USER_AGENT },
      },
      (res) => {
        const status = res.statusCode ?? null;
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) res.destroy();
        });
        const done = () => {
          if (status !== null && status >= 200 && status < 300) return finish({ status, error: null });
          finish({ status, error: status !== null && status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}` });
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => finish({ status: null, error: describe(error) }));
    req.end(payload);
  });
}

function describe(error: NodeJS.ErrnoException): string {
  const text = (error.message || error.code || 'request failed').split('\n')[0];
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
