// Flash sign-ups across two API processes on one database: 500 volunteers at once for a
// shift of 50 places. The database decides; nothing is over-filled or doubled.
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
  products = await startProductsOnRunDatabase(2);
  ({ processes, db } = products);
  crowd = await createCrowd(databaseUrl(), 500);
}, 180_000);

afterAll(() => products?.stop());

async function publishShift(api: string, capacity: number, waitlist: boolean): Promise<string> {
  const login = await gql(api, `mutation { logIn(input: { login: "${DEMO.coordinator}", password: "demo-password-2026" }) { token } }`);
  const headers = { authorization: `Bearer ${login.data.logIn.token}` };
  const [{ id: orgId }] = (await db.query(`select id from organization where name = '龙华区青年志愿者协会'`)).rows;
  // The same crowd signs up for both shifts: on different days, as one place at a time is the rule.
  const start = new Date(Date.now() + (waitlist ? 4 : 3) * 86_400_000);
  const created = await gql(
    api,
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
    {
      input: {
        organizationId: orgId,
        title: '抢报测试活动',
        summary: '名额有限',
        district: '测试区',
        shifts: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity, waitlist }],
      },
    },
    headers,
  );
  await gql(api, `mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.data.createProject.id }, headers);
  return created.data.createProject.shifts[0].id;
}

describe('flash sign-ups on two API processes', () => {
  for (const waitlist of [false, true]) {
    it(`500 concurrent sign-ups for 50 places (${waitlist ? 'with' : 'without'} a waitlist): exactly 50 confirmed`, async () => {
      const shiftId = await publishShift(`${processes[0].url}/graphql`, 50, waitlist);
      const replies = await Promise.all(
        crowd.map((m, i) =>
          gql(`${processes[i % 2].url}/graphql`, `mutation($s: ID!) { signUp(input: { shiftId: $s }) { status } }`, { s: shiftId }, m.headers),
        ),
      );
      const outcome = (r: (typeof replies)[number]) => r.data?.signUp?.status ?? r.errors?.[0]?.extensions?.code;
      const counts: Record<string, number> = {};
      for (const r of replies) counts[outcome(r)] = (counts[outcome(r)] ?? 0) + 1;
      expect(counts.CONFIRMED).toBe(50);
      expect(counts[waitlist ? 'WAITLISTED' : 'CAPACITY_REACHED']).toBe(450);
      expect(Object.keys(counts).sort()).toEqual(['CONFIRMED', waitlist ? 'WAITLISTED' : 'CAPACITY_REACHED'].sort());

      const {
        rows: [shift],
      } = await db.query(`select capacity, confirmed_count, waitlist_count from shift where id = $1`, [shiftId]);
      const {
        rows: [rows],
      } = await db.query(
        `select count(*) filter (where status = 'CONFIRMED')::int as confirmed, count(*) filter (where status = 'WAITLISTED')::int as waitlisted,
                count(distinct volunteer_id)::int as people, count(*)::int as total from signup where shift_id = $1`,
        [shiftId],
      );
      expect(shift.confirmed_count).toBe(50);
      expect(rows.confirmed).toBe(50);
      expect(rows.people).toBe(rows.total);
      expect(rows.waitlisted).toBe(waitlist ? 450 : 0);
      expect(shift.waitlist_count).toBe(rows.waitlisted);
    }, 120_000);
  }
});
