// Personal data at rest: encryption, blind indexes and what the demo seed stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { hashPassword, verifyPassword } from '../../api/src/common/password.js';
import { buildDemoData } from '../../api/src/seeders/demo-data.js';
import { testOrm } from '../helpers/api.js';
import { inject } from 'vitest';

describe('PersonalDataVault', () => {
  const vault = new PersonalDataVault(randomBytes(32));

  it('round-trips text, with a fresh IV each time', () => {
    const a = vault.encrypt('460106199001011234');
    const b = vault.encrypt('460106199001011234');
    expect(a.equals(b)).toBe(false);
    expect(vault.decrypt(a)).toBe('460106199001011234');
    expect(a.includes(Buffer.from('460106'))).toBe(false);
  });

  it('refuses tampered ciphertext', () => {
    const sealed = vault.encrypt('13800000002');
    sealed[sealed.length - 1] ^= 1;
    expect(() => vault.decrypt(sealed)).toThrow();
  });

  it('gives equal blind indexes for equal values only, and different ones per key and kind', () => {
    expect(vault.blindIndex('phone', '13800000002').equals(vault.blindIndex('phone', '13800000002'))).toBe(true);
    expect(vault.blindIndex('phone', '13800000002').equals(vault.blindIndex('phone', '13800000003'))).toBe(false);
    expect(vault.blindIndex('phone', '13800000002').equals(vault.blindIndex('id-number', '13800000002'))).toBe(false);
    const other = new PersonalDataVault(randomBytes(32));
    expect(other.blindIndex('phone', '13800000002').equals(vault.blindIndex('phone', '13800000002'))).toBe(false);
  });

  it('requires a configured key in production and rejects a short one', () => {
    expect(() => PersonalDataVault.fromEnvironment('/nonexistent', true, {})).toThrow(/AIXIN_DATA_KEY/);
    expect(() => PersonalDataVault.fromEnvironment('/nonexistent', true, { AIXIN_DATA_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
    const key = randomBytes(32);
    const fromHex = PersonalDataVault.fromEnvironment('/nonexistent', true, { AIXIN_DATA_KEY: key.toString('hex') });
    const fromB64 = PersonalDataVault.fromEnvironment('/nonexistent', true, { AIXIN_DATA_KEY: key.toString('base64') });
    expect(fromHex.decrypt(fromB64.encrypt('同一把钥匙'))).toBe('同一把钥匙');
  });
});

describe('passwords', () => {
  it('hash with scrypt and verify only the right password', async () => {
    const stored = await hashPassword('demo-password-2026');
    expect(stored).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(await verifyPassword('demo-password-2026', stored)).toBe(true);
    expect(await verifyPassword('demo-password-2027', stored)).toBe(false);
    expect(await verifyPassword('demo-password-2026', 'md5$abc')).toBe(false);
  });
});

describe('the seeded database', () => {
  let orm: MikroORM;
  beforeAll(async () => (orm = await testOrm()));
  afterAll(async () => orm.close());

  it('stores no ID number, phone or real name in plain text, and decrypts them with the run’s key', async () => {
    const conn = orm.em.fork().getConnection();
    const rows = await conn.execute<Record<string, unknown>[]>(`select * from volunteer`);
    const text = JSON.stringify(rows, (_k, v) => (v?.type === 'Buffer' ? Buffer.from(v.data).toString('latin1') : v));
    const demo = buildDemoData(new Date());
    for (const v of demo.volunteers.slice(0, 40)) {
      expect(text).not.toContain(v.idNumber);
      expect(text).not.toContain(v.phone);
      expect(text).not.toContain(v.realName);
    }
    const vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
    const [admin] = await conn.execute<{ phone_enc: Buffer; display_name: string; is_platform_admin: boolean }[]>(
      `select phone_enc, display_name, is_platform_admin from volunteer where phone_index = ?`,
      [vault.blindIndex('phone', '13800000000')],
    );
    expect(vault.decrypt(admin.phone_enc)).toBe('13800000000');
    expect(admin.is_platform_admin).toBe(true);
    expect(admin.display_name).toBe('林*峰');
  });
});
