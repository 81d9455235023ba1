// The HTTP server's limits against real sockets: a client that sends nothing, or its body too
// slowly, is cut off; connections over the cap are refused while those under it are served;
// liveness answers while the database is gone, readiness does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { testOrm } from '../helpers/api.js';

let orm: MikroORM;
const vault = () => PersonalDataVault.fromEnvironment(inject('dataDir'), false);
const servers: RunningServer[] = [];

async function serve(httpLimits: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number; maxConnections: number }, on = orm) {
  const server = await startServer({ orm: on, vault: vault(), development: false, sessionCacheMs: 0, httpLimits }, 0, '127.0.0.1');
  servers.push(server);
  return server;
}

/** A raw connection, and when (ms after opening) the server closed it; null while open. */
function connect(port: number): Promise<{ socket: net.Socket; closedAfter: () => number | null; received: () => string }> {
  return new Promise((resolve, reject) => {
    const opened = Date.now();
    let closed: number | null = null;
    let data = '';
    const socket = net.connect(port, '127.0.0.1', () => resolve({ socket, closedAfter: () => closed, received: () => data }));
    socket.on('data', (d) => (data += d.toString()));
    socket.on('close', () => (closed = Date.now() - opened));
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

beforeAll(async () => (orm = await testOrm()));
afterAll(async () => {
  for (const s of servers) await s.close().catch(() => undefined);
  await orm?.close().catch(() => undefined);
});

describe('HTTP limits', () => {
  it('cuts off a client that sends no headers, or its body too slowly', async () => {
    const server = await serve({ headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, keepAliveTimeoutMs: 500, maxConnections: 100 });
    const idle = await connect(server.port);
    const slow = await connect(server.port);
    slow.socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    const trickle = setInterval(() => slow.socket.writable && slow.socket.write(' '), 300);
    await expect.poll(() => idle.closedAfter(), { timeout: 5_000, interval: 100 }).not.toBeNull();
    await expect.poll(() => slow.closedAfter(), { timeout: 6_000, interval: 100 }).not.toBeNull();
    clearInterval(trickle);
    expect(idle.closedAfter()!).toBeLessThan(4_000);
    expect(slow.closedAfter()!).toBeLessThan(5_000);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  }, 15_000);

  it('refuses connections over the cap and serves again below it', async () => {
    const server = await serve({ headersTimeoutMs: 20_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 3 });
    const held = [await connect(server.port), await connect(server.port), await connect(server.port)];
    for (const h of held) h.socket.write('GET /livez HTTP/1.1\r\nHost: x\r\n');
    const over = await connect(server.port);
    over.socket.write('GET /livez HTTP/1.1\r\nHost: x\r\n\r\n');
    await expect.poll(() => over.closedAfter(), { timeout: 3_000, interval: 50 }).not.toBeNull();
    expect(over.received()).toBe('');
    for (const h of held) h.socket.destroy();
    await expect.poll(async () => (await fetch(`${server.url}/livez`).catch(() => null))?.status ?? 0, { timeout: 3_000 }).toBe(200);
  });
});

describe('liveness and readiness', () => {
  it('is ready while the database answers, and only alive once it does not', async () => {
    const own = await testOrm();
    const server = await serve({ headersTimeoutMs: 20_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 100 }, own);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, database: 'up', sessionListener: 'off' });
    await own.close();
    const gone = await fetch(`${server.url}/readyz`);
    expect(gone.status).toBe(503);
    expect(await gone.json()).toMatchObject({ ok: false, database: 'down' });
    expect((await fetch(`${server.url}/livez`)).status).toBe(200);
  });
});
