// The personal-data key and the database belong together: a wrong key is refused at start with a
// clear message, and a key is replaced by `npm run rotate-data-key` (the built script) in batches
// that a stopped or killed run resumes, while the API reads both keys meanwhile. Sign-in by phone
// (blind indexes) and certificates issued under the old key keep working after the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { repoRoot, startProduct } from '../helpers/product.js';
import { databaseUrl } from '../helpers/database.js';

const runUrl = databaseUrl();
const scratchName = `${new URL(runUrl).pathname.slice(1)}_keys`;
const scratchUrl = Object.assign(new URL(runUrl), { pathname: `/${scratchName}` }).toString();
const admin = new pg.Client({ connectionString: Object.assign(new URL(runUrl), { pathname: '/postgres' }).toString() });
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-keys-'));
const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('hex');

interface Ended {
  code: number | null;
  output: string;
}

/** Runs a built script of the product to its end (or kills it with SIGKILL once `killWhen` is printed). */
function run(script: string, env: Record<string, string | undefined>, args: string[] = [], killWhen?: RegExp): Promise<Ended> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'api/dist/src', script), ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'test', AIXIN_DATA_DIR: dataDir, AIXIN_BUILD_SITE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (killWhen?.test(output)) child.kill('SIGKILL');
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** The product on the scratch database with these keys: the demo volunteer signs in and checks a certificate. */
async function useProduct(keys: Record<string, string | undefined>, certificate?: string) {
  const product = await startProduct({
    DATABASE_URL: scratchUrl,
    AIXIN_DATA_DIR: dataDir,
    AIXIN_BUILD_SITE: '0',
    AIXIN_DEMO_DATA: '1',
    AIXIN_DATA_KEY_PREVIOUS: undefined,
    ...keys,
  });
  try {
    await product.waitFor(/Aixin 爱心 is running/, 120_000);
    const api = `${product.url}/graphql`;
    const login = await gql(api, `mutation($i: LogInInput!) { logIn(input: $i) { token volunteer { realName phoneMasked idNumberMasked } } }`, {
      i: { login: DEMO.volunteer, password: DEMO_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    const headers = { authorization: `Bearer ${login.data.logIn.token}` };
    const issued = certificate ? null : await gql(api, `mutation { issueCertificate { code } }`, undefined, headers);
    const code = certificate ?? issued!.data.issueCertificate.code;
    const verified = await gql(api, `query($c: String!) { verifyCertificate(code: $c) { valid } }`, { c: code });
    return { volunteer: login.data.logIn.volunteer, code, valid: verified.data.verifyCertificate.valid as boolean, output: product.output() };
  } finally {
    await product.stop();
  }
}

const leftUnder = async (fingerprintPrefix: string) => {
  const client = new pg.Client({ connectionString: scratchUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(
    `select (select count(*) from volunteer where real_name_enc is not null and not (get_byte(real_name_enc, 0) = 2 and encode(substring(real_name_enc from 2 for 4), 'hex') = $1))
          + (select count(*) from volunteer where phone_enc is not null and not (get_byte(phone_enc, 0) = 2 and encode(substring(phone_enc from 2 for 4), 'hex') = $1)) as n`,
    [fingerprintPrefix],
  );
  const key = await client.query<{ fingerprint: string; previous_fingerprint: string | null }>(`select fingerprint, previous_fingerprint from data_key`);
  await client.end();
  return { notUnderKey: Number(rows[0].n), row: key.rows[0] };
};

beforeAll(async () => {
  await admin.connect();
  await admin.query(`drop database if exists ${scratchName}`);
  await admin.query(`create database ${scratchName}`);
});

afterAll(async () => {
  await admin.query(`drop database if exists ${scratchName} with (force)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the data key', () => {
  it('refuses to start the API on the run’s database with a key that is not its own', async () => {
    const wrong = await run('main.js', { DATABASE_URL: runUrl, AIXIN_DATA_KEY: randomBytes(32).toString('base64'), PORT: '0' });
    expect(wrong.code).toBe(1);
    expect(wrong.output).toMatch(
      /Aixin cannot start: AIXIN_DATA_KEY (cannot decrypt the personal data in this database|\(fingerprint [0-9a-f]{32}\) is not this database's data key)/,
    );
    expect(wrong.output).not.toMatch(/is running|\n\s+at /);
  });

  it('moves every value to a new key in resumable batches; sign-in and old certificates keep working', async () => {
    // The database's first start, with key A: demo data, and a certificate issued under A.
    const first = await useProduct({ AIXIN_DATA_KEY: keyA });
    expect(first.valid).toBe(true);
    expect(first.volunteer.phoneMasked).toBe('138****0002');

    // Key B alone is refused; rotating without the old key is refused.
    const alone = await run('main.js', { DATABASE_URL: scratchUrl, AIXIN_DATA_KEY: keyB, PORT: '0' });
    expect(alone.code).toBe(1);
    expect(alone.output).toContain("is not this database's data key");
    const noPrevious = await run('scripts/rotate-data-key.js', { DATABASE_URL: scratchUrl, AIXIN_DATA_KEY: keyB });
    expect(noPrevious.code).toBe(1);

    // Three batches, then stop: part of the data under B, part under A.
    const rotating = { DATABASE_URL: scratchUrl, AIXIN_DATA_KEY: keyB, AIXIN_DATA_KEY_PREVIOUS: keyA };
    const part = await run('scripts/rotate-data-key.js', rotating, ['--batch', '40', '--batches', '3']);
    expect(part.code, part.output).toBe(0);
    expect(part.output).toMatch(/Stopped after 3 batches; [\d,]+ values are left/);
    const fingerprintB = /to the key ([0-9a-f]{32})/.exec(part.output)![1];
    const midway = await leftUnder(fingerprintB.slice(0, 8));
    expect(midway.notUnderKey).toBeGreaterThan(0);
    expect(midway.row).toEqual({ fingerprint: fingerprintB, previous_fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) });

    // Meanwhile B alone is refused (some data is still under A); B with A serves everything.
    const early = await run('main.js', { DATABASE_URL: scratchUrl, AIXIN_DATA_KEY: keyB, PORT: '0' });
    expect(early.code).toBe(1);
    expect(early.output).toContain('A data key rotation is under way');
    const during = await useProduct(rotating, first.code);
    expect(during).toMatchObject({ volunteer: first.volunteer, valid: true });

    // A run killed in the middle, then one that finishes.
    await run('scripts/rotate-data-key.js', rotating, ['--batch', '20'], /\d+%/);
    const done = await run('scripts/rotate-data-key.js', rotating, ['--batch', '20']);
    expect(done.code, done.output).toBe(0);
    expect(done.output).toContain('Done: every value is sealed under the new key.');
    const after = await leftUnder(fingerprintB.slice(0, 8));
    expect(after).toEqual({ notUnderKey: 0, row: { fingerprint: fingerprintB, previous_fingerprint: null } });

    // Key B alone now: the same person signs in by phone, and the certificate issued under A verifies.
    const finished = await useProduct({ AIXIN_DATA_KEY: keyB }, first.code);
    expect(finished).toMatchObject({ volunteer: first.volunteer, valid: true });
    // Key A is no longer this database's.
    expect((await run('main.js', { DATABASE_URL: scratchUrl, AIXIN_DATA_KEY: keyA, PORT: '0' })).code).toBe(1);
  }, 300_000);
});
