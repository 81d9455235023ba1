// Personal data at rest: AES-256-GCM encryption and keyed blind indexes (HMAC-SHA256)
// that let the database enforce uniqueness of ID numbers and phones without seeing them.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDir } from '../config.js';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type BlindIndexKind = 'id-number' | 'phone';

export class PersonalDataVault {
  private readonly encryptionKey: Buffer;
  private readonly indexKey: Buffer;
  private readonly macKeys = new Map<string, Buffer>();

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('The personal-data key must be 32 bytes');
    // Separate keys for separate purposes, derived from the one configured secret.
    this.encryptionKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'aixin/encrypt/v1', 32));
    this.indexKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'aixin/blind-index/v1', 32));
  }

  /** From AIXIN_DATA_KEY (32 bytes, base64 or hex); outside production a key generated into the data directory. */
  static fromEnvironment(dataDir: string, production: boolean, env: NodeJS.ProcessEnv = process.env): PersonalDataVault {
    const configured = env.AIXIN_DATA_KEY;
    if (configured) return new PersonalDataVault(parseKey(configured));
    if (production) throw new Error('AIXIN_DATA_KEY must be set in production (32 random bytes, base64)');
    const file = path.join(ensureDir(dataDir), 'data-key');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
    return new PersonalDataVault(parseKey(readFileSync(file, 'utf8').trim()));
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer): string {
    if (sealed[0] !== VERSION) throw new Error('Unknown personal-data format');
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** A keyed MAC for other purposes (check-in codes, signed links), from its own derived key. */
  mac(purpose: string, data: string): Buffer {
    let key = this.macKeys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.indexKey, Buffer.alloc(0), `aixin/mac/${purpose}`, 32));
      this.macKeys.set(purpose, key);
    }
    return createHmac('sha256', key).update(data).digest();
  }

  /** Deterministic for equal (normalised) values, useless without the key. */
  blindIndex(kind: BlindIndexKind, normalized: string): Buffer {
    return createHmac('sha256', this.indexKey).update(`${kind}\u0000${normalized}`).digest();
  }
}

function parseKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('AIXIN_DATA_KEY must decode to 32 bytes (base64 or hex)');
  return key;
}
