// Ledger lists batch their fields: a page of entries or of a leaderboard costs the same number of
// SQL statements at 5 rows as at 30 (counted by MikroORM's query logger).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultLogger, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';

const statements: string[] = [];

class CountingLogger extends DefaultLogger {
  override log(namespace: LoggerNamespace, message: string): void {
    if (namespace === 'query') statements.push(message);
  }
}

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let volunteer: Record<string, string>;

beforeAll(async () => {
  orm = await testOrm({ allowGlobalContext: true, debug: ['query'], loggerFactory: (options: LoggerOptions) => new CountingLogger(options) });
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
    const [five, thirty] = [await count(q, { first: 5 }, volunteer), await count(q, { first: 30 }, volunteer)];
    expect(thirty).toBe(five);
    expect(five).toBeLessThanOrEqual(9);
  });

  it('a leaderboard page with its volunteers', async () => {
    const year = new Date().getUTCFullYear();
    const q = `query($first: Int, $from: String!, $to: String!) { volunteerLeaderboard(district: "龙华区", from: $from, to: $to, first: $first) { nodes { rank volunteer { displayName starLevel } } } }`;
    const [five, thirty] = [await count(q, { first: 5, from: `${year - 3}-01`, to: `${year}-12` }), await count(q, { first: 30, from: `${year - 3}-01`, to: `${year}-12` })];
    expect(thirty).toBe(five);
    expect(five).toBeLessThanOrEqual(2);
  });
});
