// The server's own output never carries an ID number or phone, whatever happens to a
// registration: success, conflict, bad input, failed sign-in, sign-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { gql } from '../helpers/api.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startProduct, type Product } from '../helpers/product.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-logs-'));
let product: Product;

beforeAll(async () => {
  // Development mode logs the most; even then no personal data may appear.
  // The run's data key: the database refuses any other.
  const key = readFileSync(path.join(inject('dataDir'), 'data-key'), 'utf8').trim();
  product = await startProduct({ DATABASE_URL: inject('databaseUrl'), AIXIN_DATA_DIR: dataDir, AIXIN_DATA_KEY: key, AIXIN_BUILD_SITE: '0', NODE_ENV: 'development' });
  await product.waitFor(/Aixin 爱心 is running/, 120_000);
}, 150_000);

afterAll(async () => {
  await product?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('server output', () => {
  it('contains no ID number or phone after registrations, conflicts, bad input and sign-ins', async () => {
    const endpoint = `${product.url}/graphql`;
    const people = [fakeRegistration(), fakeRegistration({ email: `log${Date.now()}@example.com` })];
    for (const input of people) {
      expect((await gql(endpoint, REGISTER, { input })).errors).toBeUndefined();
      const again = await gql(endpoint, REGISTER, { input });
      expect(again.errors![0].extensions!.code).toBe('CONFLICT');
      const bad = await gql(endpoint, REGISTER, { input: { ...input, idNumber: input.idNumber.slice(0, 17) + 'Z' } });
      expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      await gql(endpoint, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: input.phone, password: 'wrong-password' } });
      const ok = await gql(endpoint, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: input.phone, password: input.password } });
      expect(ok.errors).toBeUndefined();
      // A request the database refuses deep down (a value it cannot take) must not echo it either.
      await gql(endpoint, REGISTER, { input: { ...input, phone: input.phone, district: '区'.repeat(41) } });
    }
    await new Promise((r) => setTimeout(r, 300));
    const output = product.output();
    expect(output).toContain('is running');
    for (const input of people) {
      expect(output).not.toContain(input.phone);
      expect(output).not.toContain(input.idNumber);
      expect(output).not.toContain(input.idNumber.slice(0, 17));
    }
  });
});
