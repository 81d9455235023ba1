// Lottery draws with nobody asking, on two API processes sharing one database: publishing
// sends the draw's job for the moment registration closes, entries arrive through both
// processes, and when the window closes one of the two processes' workers draws the shift, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { gql } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { startProductsOnRunDatabase, type Product, type ProductsOnOneDatabase } from '../helpers/product.js';
import { databaseUrl } from '../helpers/database.js';

let products: ProductsOnOneDatabase;
let processes: Product[] = [];
let crowd: CrowdMember[];
let db: pg.Client;

beforeAll(async () => {
  products = await startProductsOnRunDatabase(2, { AIXIN_JOB_POLL_MS: '500' });
  ({ processes, db } = products);
  crowd = await createCrowd(databaseUrl(), 30);
}, 180_000);

afterAll(() => products?.stop());

describe('lottery draws on two API processes', () => {
  it('are made by a worker when registration closes, exactly once', async () => {
    const api = (i: number) => `${processes[i % 2].url}/graphql`;
    const login = await gql(api(0), `mutation { logIn(input: { login: "${DEMO.coordinator}", password: "demo-password-2026" }) { token } }`);
    const headers = { authorization: `Bearer ${login.data.logIn.token}` };
    const [{ id: orgId }] = (await db.query(`select id from organization where name = '龙华区青年志愿者协会'`)).rows;
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const closesAt = new Date(Date.now() + 10_000);
    const created = await gql(
      api(0),
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgId,
          title: '抽签测试活动',
          summary: '名额抽签',
          shifts: [{ startsAt: at(72), endsAt: at(75), capacity: 10, allocation: 'LOTTERY', registrationClosesAt: closesAt.toISOString() }],
        },
      },
      headers,
    );
    await gql(api(1), `mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.data.createProject.id }, headers);
    const shiftId = created.data.createProject.shifts[0].id;

    const entries = await Promise.all(
      crowd.map((m, i) => gql(api(i), `mutation($s: ID!) { signUp(input: { shiftId: $s }) { status } }`, { s: shiftId }, m.headers)),
    );
    expect(entries.every((r) => r.data?.signUp?.status === 'PENDING_DRAW')).toBe(true);

    expect(Date.now()).toBeLessThan(closesAt.getTime());
    const drawnLine = new RegExp(`Lottery drawn for ${shiftId}`, 'g');
    await Promise.race(processes.map((p) => p.waitFor(drawnLine, 30_000)));
    const {
      rows: [{ late }],
    } = await db.query(`select extract(epoch from drawn_at - registration_closes_at)::float as late from shift where id = $1`, [shiftId]);
    // On time: not before the window closed, and within the workers' look (0.5 s here) and the draw itself.
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(5);
    // Give the other worker a few more looks: it must not draw again.
    await new Promise((r) => setTimeout(r, 1500));
    expect(processes.map((p) => p.output().match(drawnLine)?.length ?? 0).sort()).toEqual([0, 1]);

    const {
      rows: [shift],
    } = await db.query(`select confirmed_count, waitlist_count, entrant_count from shift where id = $1`, [shiftId]);
    expect(shift).toEqual({ confirmed_count: 10, waitlist_count: 20, entrant_count: 0 });
    const {
      rows: [{ notes }],
    } = await db.query(`select count(*)::int as notes from outbox where topic = 'signup.drawn' and payload->>'shiftId' = $1`, [shiftId]);
    expect(notes).toBe(30);
    const draw = await gql(api(1), `query($id: ID!) { node(id: $id) { ... on Shift { draw { entrantCount selectedCount seed } } } }`, { id: shiftId });
    expect(draw.data.node.draw).toMatchObject({ entrantCount: 30, selectedCount: 10 });
    expect(draw.data.node.draw.seed).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);
});
