// Production defaults: no production start on a plain-http public URL (unless allowed for a try
// on this machine), Secure session and device cookies whenever NODE_ENV=production, and
// introspection as a setting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer } from '../../api/src/server.js';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql, testOrm } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { startProduct } from '../helpers/product.js';
import { databaseUrl } from '../helpers/database.js';

let orm: MikroORM;
beforeAll(async () => (orm = await testOrm()));
afterAll(async () => orm.close());

describe('settings', () => {
  it('refuses production on a plain-http public URL unless AIXIN_ALLOW_HTTP=1, and makes cookies Secure in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AIXIN_PUBLIC_URL: 'http://volunteer.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/must be https/);
    expect(loadConfig({ NODE_ENV: 'production', AIXIN_PUBLIC_URL: 'http://localhost:4000', AIXIN_ALLOW_HTTP: '1' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', AIXIN_PUBLIC_URL: 'https://volunteer.example' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).secureCookies).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', AIXIN_PUBLIC_URL: 'https://volunteer.example' }).secureCookies).toBe(true);
    expect(() => loadConfig({ AIXIN_PUBLIC_URL: 'volunteer.example' })).toThrow(ConfigError);
  });

  it('logs JSON in production and readable lines elsewhere, at a level it knows', () => {
    expect(loadConfig({ NODE_ENV: 'production', AIXIN_PUBLIC_URL: 'https://v.example' }).log).toEqual({ level: 'info', format: 'json' });
    expect(loadConfig({}).log).toEqual({ level: 'info', format: 'pretty' });
    expect(loadConfig({ AIXIN_LOG_FORMAT: 'json', AIXIN_LOG_LEVEL: 'warn' }).log).toEqual({ level: 'warn', format: 'json' });
    expect(() => loadConfig({ AIXIN_LOG_FORMAT: 'xml' })).toThrow(/AIXIN_LOG_FORMAT must be one of json, pretty, got "xml"/);
    expect(() => loadConfig({ AIXIN_LOG_LEVEL: 'loud' })).toThrow(/AIXIN_LOG_LEVEL must be one of/);
  });

  it('reads every limit as a whole number in range, and says which variable is wrong', () => {
    expect(loadConfig({}).settings.login).toEqual({ accountFailures: 5, ipFailures: 30, accountGlobalFailures: 100 });
    expect(loadConfig({ AIXIN_LOGIN_IP_FAILURES: '12' }).settings.login.ipFailures).toBe(12);
    expect(() => loadConfig({ AIXIN_LOGIN_ACCOUNT_FAILURES: 'five' })).toThrow(/AIXIN_LOGIN_ACCOUNT_FAILURES must be 1\.\.10000, got "five"/);
    expect(() => loadConfig({ AIXIN_CERT_DAILY_LIMIT: '0' })).toThrow(/AIXIN_CERT_DAILY_LIMIT must be 1\.\.1000/);
    expect(() => loadConfig({ AIXIN_DB_POOL_MAX: '-1' })).toThrow(/AIXIN_DB_POOL_MAX/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });

  it('reads introspection as 0 or 1, on by default', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ AIXIN_INTROSPECTION: '0' }).introspection).toBe(false);
    expect(() => loadConfig({ AIXIN_INTROSPECTION: 'no' })).toThrow(/AIXIN_INTROSPECTION must be 0 or 1/);
  });
});

describe('the product in production mode', () => {
  const key = () => readFileSync(path.join(inject('dataDir'), 'data-key'), 'utf8').trim();

  it('will not start on http without AIXIN_ALLOW_HTTP, and says why', async () => {
    const product = await startProduct({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(),
      AIXIN_DATA_KEY: key(),
      AIXIN_BUILD_SITE: '0',
      AIXIN_PUBLIC_URL: 'http://volunteer.example',
    });
    const code = await new Promise<number | null>((resolve) =>
      product.child.exitCode !== null ? resolve(product.child.exitCode) : product.child.once('exit', resolve),
    );
    expect(code).toBe(1);
    expect(product.output()).toContain('Aixin cannot start: AIXIN_PUBLIC_URL is http://volunteer.example: in production the public URL must be https');
    expect(product.output()).not.toMatch(/\n\s+at /);
  });

  it('sends Secure session and device cookies', async () => {
    const product = await startProduct({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(),
      AIXIN_DATA_KEY: key(),
      AIXIN_BUILD_SITE: '0',
      AIXIN_DEMO_DATA: '0',
      AIXIN_ALLOW_HTTP: '1',
      AIXIN_PUBLIC_URL: 'http://localhost',
      AIXIN_DATA_DIR: inject('dataDir'),
    });
    try {
      await product.waitFor(/Aixin 爱心 is running/);
      const res = await fetch(`${product.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { logIn(input: { login: "${DEMO.volunteer}", password: "${DEMO_PASSWORD}" }) { token } }` }),
      });
      const cookies = res.headers.getSetCookie();
      expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['aixin_device', 'aixin_session']);
      for (const cookie of cookies) expect(cookie).toMatch(/; HttpOnly; SameSite=Lax; Secure;/);
      // Metrics are not open to anyone in production: they need AIXIN_METRICS_TOKEN.
      expect((await fetch(`${product.url}/metrics`)).status).toBe(404);
      // Production logs are JSON lines.
      await new Promise((r) => setTimeout(r, 200));
      const lines = product
        .output()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { msg: string });
      expect(lines.some((line) => line.msg.includes('Aixin 爱心 is running'))).toBe(true);
      expect(lines.some((line) => line.msg === 'POST /graphql 200')).toBe(true);
    } finally {
      await product.stop();
    }
  });
});

describe('introspection', () => {
  const introspect = async (introspection: boolean) => {
    const vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
    const server = await startServer({ orm, vault, development: false, introspection }, 0, '127.0.0.1');
    try {
      return await gql(`${server.url}/graphql`, `{ __schema { queryType { name } } }`);
    } finally {
      await server.close();
    }
  };

  it('is answered when on and refused when off', async () => {
    expect((await introspect(true)).data.__schema.queryType.name).toBe('Query');
    const off = await introspect(false);
    expect(off.data).toBeUndefined();
    expect(off.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
