// Lottery draws with nobody asking, on two API processes sharing one database: entries
// arrive through both, the window closes, and one of the two processes' schedulers draws
// the shift, once.
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
  products = await startProductsOnRunDatabase(2, { AIXIN_DRAW_INTERVAL_MS: '200' });
  ({ processes, db } = products);
  crowd = await createCrowd(databaseUrl(), 30);
}, 180_000);

afterAll(() => products?.stop());

describe('lottery draws on two API processes', () => {
  it('are made by the schedulers when registration closes, exactly once', async () => {
    const api = (i: number) => `${processes[i % 2].url}/graphql`;
    const login = await gql(api(0), `mutation { logIn(input: { login: "${DEMO.coordinator}", password: "demo-password-2026" }) { token } }`);
    const headers = { authorization: `Bearer ${login.data.logIn.token}` };
    const [{ id: orgId }] = (await db.query(`select id from organization where name = '龙华区青年志愿者协会'`)).rows;
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const created = await gql(
      api(0),
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgId,
          title: '抽签测试活动',
          summary: '名额抽签',
          shifts: [{ startsAt: at(72), endsAt: at(75), capacity: 10, allocation: 'LOTTERY', registrationClosesAt: at(24) }],
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

    await db.query(`update shift set registration_closes_at = now() where id = $1`, [shiftId]);
    const drawnLine = new RegExp(`Lottery drawn for ${shiftId}`, 'g');
    await Promise.race(processes.map((p) => p.waitFor(drawnLine, 20_000)));
    // Give the other scheduler a few more passes: it must not draw again.
    await new Promise((r) => setTimeout(r, 1000));
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
