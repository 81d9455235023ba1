// Personal data at rest: AES-256-GCM encryption and keyed blind indexes (HMAC-SHA256)
// that let the database enforce uniqueness of ID numbers and phones without seeing them.
//
// Keys. AIXIN_DATA_KEY (32 bytes) encrypts; each ciphertext names the key it was sealed with (the
// first bytes of the key's fingerprint), so during a rotation (AIXIN_DATA_KEY_PREVIOUS set) rows
// under either key are read. Blind indexes and MACs (certificate codes, calendar links, check-in
// codes) use an index root that must outlive any one key, or every printed certificate would
// stop verifying after a rotation: it is derived from the first key a database was used with,
// stored wrapped (encrypted) under the current key in the data_key table (common/data-keys.ts),
// and re-wrapped when the key changes.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDir } from '../config.js';

/** 1: [1][iv][tag][body], sealed under the only key there was. 2: [2][key id][iv][tag][body]. */
const UNNAMED = 1;
const NAMED = 2;
const KEY_ID_BYTES = 4;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type BlindIndexKind = 'id-number' | 'phone';

interface SealingKey {
  id: Buffer;
  fingerprint: string;
  encryption: Buffer;
  wrapping: Buffer;
  /** The index root this key derives (a database's first key keeps it for good). */
  derivedIndexRoot: Buffer;
}

const derive = (master: Buffer, info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));

function sealingKey(master: Buffer): SealingKey {
  if (master.length !== 32) throw new Error('The personal-data key must be 32 bytes');
  // Reveals nothing of the key: a MAC under a key derived for this purpose alone.
  const fingerprint = createHmac('sha256', derive(master, 'aixin/fingerprint/v1')).update('aixin data key').digest('hex').slice(0, 32);
  return {
    id: Buffer.from(fingerprint.slice(0, KEY_ID_BYTES * 2), 'hex'),
    fingerprint,
    encryption: derive(master, 'aixin/encrypt/v1'),
    wrapping: derive(master, 'aixin/wrap/v1'),
    derivedIndexRoot: derive(master, 'aixin/blind-index/v1'),
  };
}

function seal(key: Buffer, plain: Buffer, header: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, headerBytes: number): Buffer {
  const iv = sealed.subarray(headerBytes, headerBytes + IV_BYTES);
  const tag = sealed.subarray(headerBytes + IV_BYTES, headerBytes + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(headerBytes + IV_BYTES + TAG_BYTES)), decipher.final()]);
}

export class PersonalDataVault {
  private readonly current: SealingKey;
  private readonly previous: SealingKey | null;
  private indexRoot: Buffer;
  private readonly macKeys = new Map<string, Buffer>();

  constructor(masterKey: Buffer, previousKey: Buffer | null = null) {
    this.current = sealingKey(masterKey);
    this.previous = previousKey ? sealingKey(previousKey) : null;
    // Until data-keys.ts hands over the database's own root: what a database first used with this key has.
    this.indexRoot = this.current.derivedIndexRoot;
  }

  /** From AIXIN_DATA_KEY (32 bytes, base64 or hex) and, while rotating, AIXIN_DATA_KEY_PREVIOUS; outside production a key generated into the data directory. */
  static fromEnvironment(dataDir: string, production: boolean, env: NodeJS.ProcessEnv = process.env): PersonalDataVault {
    const previous = env.AIXIN_DATA_KEY_PREVIOUS ? parseKey(env.AIXIN_DATA_KEY_PREVIOUS, 'AIXIN_DATA_KEY_PREVIOUS') : null;
    const configured = env.AIXIN_DATA_KEY;
    if (configured) return new PersonalDataVault(parseKey(configured, 'AIXIN_DATA_KEY'), previous);
    if (production) throw new Error('AIXIN_DATA_KEY must be set in production (32 random bytes, base64)');
    const file = path.join(ensureDir(dataDir), 'data-key');
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
    return new PersonalDataVault(parseKey(readFileSync(file, 'utf8').trim(), `the key in ${file}`), previous);
  }

  /** Safe to show and store: tells keys apart without revealing them. */
  get fingerprint(): string {
    return this.current.fingerprint;
  }

  get previousFingerprint(): string | null {
    return this.previous?.fingerprint ?? null;
  }

  encrypt(plain: string): Buffer {
    return seal(this.current.encryption, Buffer.from(plain, 'utf8'), Buffer.concat([Buffer.from([NAMED]), this.current.id]));
  }

  decrypt(sealed: Buffer): string {
    if (sealed[0] === NAMED) {
      const id = sealed.subarray(1, 1 + KEY_ID_BYTES);
      const key = [this.current, this.previous].find((k) => k?.id.equals(id));
      if (!key) throw new Error('Personal data sealed under a key this process does not hold (see AIXIN_DATA_KEY_PREVIOUS)');
      return open(key.encryption, sealed, 1 + KEY_ID_BYTES).toString('utf8');
    }
    if (sealed[0] !== UNNAMED) throw new Error('Unknown personal-data format');
    // Sealed before ciphertexts named their key: the tag tells which key fits.
    for (const key of [this.current, this.previous]) {
      if (!key) continue;
      try {
        return open(key.encryption, sealed, 1).toString('utf8');
      } catch {
        // Not this key; try the next.
      }
    }
    throw new Error('Personal data sealed under a key this process does not hold');
  }

  /** Whether a ciphertext is sealed under the current key (what a rotation leaves every row as). */
  isCurrent(sealed: Buffer): boolean {
    return sealed[0] === NAMED && sealed.subarray(1, 1 + KEY_ID_BYTES).equals(this.current.id);
  }

  /** Whether the current (or previous) key opens this ciphertext. */
  canDecrypt(sealed: Buffer): boolean {
    try {
      this.decrypt(sealed);
      return true;
    } catch {
      return false;
    }
  }

  /** The index root, sealed under the current key, for the data_key table. */
  wrappedIndexRoot(): Buffer {
    return seal(this.current.wrapping, this.indexRoot, Buffer.from([NAMED]));
  }

  /** Takes the database's index root, unwrapping it with whichever key sealed it; false when neither did. */
  adoptIndexRoot(wrapped: Buffer, sealedWith: 'current' | 'previous'): boolean {
    const key = sealedWith === 'current' ? this.current : this.previous;
    if (!key) return false;
    try {
      this.indexRoot = open(key.wrapping, wrapped, 1);
    } catch {
      return false;
    }
    this.macKeys.clear();
    return true;
  }

  /** A keyed MAC for other purposes (check-in codes, signed links), from its own derived key. */
  mac(purpose: string, data: string): Buffer {
    let key = this.macKeys.get(purpose);
    if (!key) {
      key = derive(this.indexRoot, `aixin/mac/${purpose}`);
      this.macKeys.set(purpose, key);
    }
    return createHmac('sha256', key).update(data).digest();
  }

  /** Deterministic for equal (normalised) values, useless without the key. */
  blindIndex(kind: BlindIndexKind, normalized: string): Buffer {
    return createHmac('sha256', this.indexRoot).update(`${kind}\u0000${normalized}`).digest();
  }
}

function parseKey(text: string, name: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error(`${name} must decode to 32 bytes (base64 or hex)`);
  return key;
}
