// Ledger lists batch their fields: a page of entries or of a leaderboard costs a
// small, fixed number of SQL statements at 5 rows as at 30 (counted by MikroORM's query logger).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { countingOrm } from '../helpers/sql-log.js';

let statements: string[];

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let volunteer: Record<string, string>;

beforeAll(async () => {
  ({ orm, statements } = await countingOrm());
  server = await testServer(orm);
  volunteer = await signIn(server, DEMO.volunteer);
});
afterAll(async () => {
  await server?.close();
  await orm?.close();
});

async function count(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<number> {
  statements.length = 0;
  const res = await server.gql(query, variables, headers);
  expect(res.errors).toBeUndefined();
  return statements.length;
}

describe('SQL statements of ledger lists', () => {
  it('me.hourEntries with volunteer, organisation, shift, recorder and reversal', async () => {
    const q = `query($first: Int) { me { hourEntries(first: $first) { nodes { minutes volunteer { volunteerNumber } organization { name } shift { startsAt } recordedBy { displayName } reversedBy { id } } } } }`;
    // One statement per field at most (the first rows may lack shifts, so 5 can cost one less), never per row.
    const [five, thirty] = [await count(q, { first: 5 }, volunteer), await count(q, { first: 30 }, volunteer)];
    expect(five).toBeLessThanOrEqual(9);
    expect(thirty).toBeLessThanOrEqual(9);
  });

  it('a leaderboard page with its volunteers', async () => {
    const year = new Date().getUTCFullYear();
    const q = `query($first: Int, $from: String!, $to: String!) { volunteerLeaderboard(district: "龙华区", from: $from, to: $to, first: $first) { nodes { rank volunteer { displayName starLevel } } } }`;
    const [five, thirty] = [
      await count(q, { first: 5, from: `${year - 3}-01`, to: `${year}-12` }),
      await count(q, { first: 30, from: `${year - 3}-01`, to: `${year}-12` }),
    ];
    expect(thirty).toBe(five);
    expect(five).toBeLessThanOrEqual(2);
  });
});

describe('SQL statements of me', () => {
  it('reads the signed-in volunteer’s hours and stars with the session lookup alone: one statement, then none', async () => {
    const q = `{ me { id volunteerNumber totalMinutes starLevel } }`;
    // A new session: its first request reads it, with the volunteer's row, in one statement.
    const session = await signIn(server, DEMO.volunteer);
    expect(await count(q, {}, session)).toBe(1);
    const res = await server.gql(q, {}, session);
    expect(res.data.me.totalMinutes).toBeGreaterThan(0);
    // The answer is the database's: the total recorded in the ledger.
    const [row] = await orm.em.fork().getConnection().execute(`select total_minutes from volunteer where id = ?`, [res.data.me.id]);
    expect(res.data.me.totalMinutes).toBe(row.total_minutes);

    // Then from the process's session cache: no statement at all, for a volunteer nothing else changes.
    const registered = await server.gql(REGISTER, { input: fakeRegistration() });
    const own = { authorization: `Bearer ${registered.data.registerVolunteer.token}` };
    expect(await count(q, {}, own)).toBe(1);
    expect(await count(q, {}, own)).toBe(0);
    expect(await count(q, {}, own)).toBe(0);
  });

  it('reads the volunteer’s page of sign-ups with their shifts in one statement, the count in one more when asked', async () => {
    const q = `query($first: Int) { me { totalMinutes starLevel signups(first: $first) { nodes { shift { startsAt } } } } }`;
    await count(q, { first: 20 }, volunteer);
    // The session is in the process's cache by now: only the page itself.
    expect(await count(q, { first: 20 }, volunteer)).toBe(1);
    expect(await count(q, { first: 2 }, volunteer)).toBe(1);
    expect(await count(`{ me { signups(first: 2) { totalCount nodes { shift { startsAt project { title } } } } } }`, {}, volunteer)).toBe(3);
  });

  it('names the signed-in volunteer in full from the session lookup too (the header asks on every page)', async () => {
    const input = fakeRegistration({ realName: '顾晓川' });
    const registered = await server.gql(REGISTER, { input });
    const own = { authorization: `Bearer ${registered.data.registerVolunteer.token}` };
    const q = `{ me { id displayName realName } }`;
    expect(await count(q, {}, own)).toBe(1);
    expect(await count(q, {}, own)).toBe(0);
    expect((await server.gql(q, {}, own)).data.me.realName).toBe('顾晓川');
  });
});
