// The database's personal-data key: checked at start, and rotated to a new key by
// `npm run rotate-data-key` (scripts/rotate-data-key.ts), which re-encrypts every personal-data
// column (bytea columns whose names end in `_enc`) in committed batches, so a run that crashes
// or is stopped carries on where it was when run again.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonalDataVault } from '../../common/personal-data.js';
import {
  countNotSealedWith,
  findDataKey,
  findEncryptedColumns,
  forgetPreviousKey,
  insertDataKey,
  lockDataKey,
  lockNotSealedWith,
  sampleSealedValue,
  setRotatingKey,
  writeSealedValues,
  type EncryptedColumn,
} from './data-key.queries.js';

export type { EncryptedColumn } from './data-key.queries.js';

export class DataKeyMismatchError extends Error {}

export class DataKeyService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
  ) {}

  /**
   * Refuses a key that is not the database's (nor, while rotating, its previous one), and gives
   * the vault the database's index root. A database that has none stored yet gets this key's,
   * unless it holds personal data this key cannot open.
   */
  async check(): Promise<'stored' | 'current' | 'rotating'> {
    let row = await findDataKey(this.em);
    let stored = false;
    if (!row) {
      const sample = await sampleSealedValue(this.em);
      if (sample && !this.vault.canDecrypt(sample)) {
        throw new DataKeyMismatchError(
          'AIXIN_DATA_KEY cannot decrypt the personal data in this database: it is not the key the data was written with. Start with that key (see "Keys" in the README).',
        );
      }
      await insertDataKey(this.em, this.vault.fingerprint, this.vault.wrappedIndexRoot());
      row = (await findDataKey(this.em))!;
      stored = row.fingerprint === this.vault.fingerprint;
    }
    const mine = row.fingerprint === this.vault.fingerprint;
    const sealedWith = mine ? 'current' : row.fingerprint === this.vault.previousFingerprint ? 'previous' : null;
    if (!sealedWith) {
      throw new DataKeyMismatchError(
        `AIXIN_DATA_KEY (fingerprint ${this.vault.fingerprint}) is not this database's data key (fingerprint ${row.fingerprint}${
          row.previous_fingerprint ? `, previously ${row.previous_fingerprint}` : ''
        }). Start with the database's key; to change keys, set the old one as AIXIN_DATA_KEY_PREVIOUS and run npm run rotate-data-key (see "Keys" in the README).`,
      );
    }
    if (mine && row.previous_fingerprint && row.previous_fingerprint !== this.vault.previousFingerprint) {
      throw new DataKeyMismatchError(
        `A data key rotation is under way: some personal data is still sealed under the previous key (fingerprint ${row.previous_fingerprint}). Set it as AIXIN_DATA_KEY_PREVIOUS, and finish with npm run rotate-data-key.`,
      );
    }
    if (!this.vault.adoptIndexRoot(row.index_root, sealedWith)) throw new DataKeyMismatchError('The data_key row cannot be opened with this key.');
    return stored ? 'stored' : mine && !row.previous_fingerprint ? 'current' : 'rotating';
  }

  /**
   * First step of a rotation (the vault holds the new key and the previous one): the index root
   * is re-wrapped under the new key and the row names both, in one statement. Repeating it once
   * done changes nothing.
   */
  async beginRotation(): Promise<void> {
    if (!this.vault.previousFingerprint) throw new DataKeyMismatchError('Set the key being replaced as AIXIN_DATA_KEY_PREVIOUS.');
    await this.em.transactional(async (tx) => {
      const row = await lockDataKey(tx);
      if (!row) throw new DataKeyMismatchError('This database has no data key yet: start the product once with its key first.');
      if (row.fingerprint === this.vault.fingerprint) return;
      if (row.fingerprint !== this.vault.previousFingerprint) {
        throw new DataKeyMismatchError(
          `AIXIN_DATA_KEY_PREVIOUS (fingerprint ${this.vault.previousFingerprint}) is not this database's key (fingerprint ${row.fingerprint}).`,
        );
      }
      if (!this.vault.adoptIndexRoot(row.index_root, 'previous'))
        throw new DataKeyMismatchError('The data_key row cannot be opened with AIXIN_DATA_KEY_PREVIOUS.');
      await setRotatingKey(tx, this.vault.fingerprint, this.vault.previousFingerprint, this.vault.wrappedIndexRoot());
    });
  }

  /** Every personal-data column: bytea, named `…_enc`, in a table keyed by `id`. */
  async encryptedColumns(): Promise<EncryptedColumn[]> {
    return findEncryptedColumns(this.em);
  }

  /** How many values of a column are not yet sealed under the current key. */
  async remaining(column: EncryptedColumn): Promise<number> {
    return countNotSealedWith(this.em, column, this.keyId());
  }

  /** Re-encrypts up to `limit` values of a column under the current key, in one transaction; the number done. */
  async rotateBatch(column: EncryptedColumn, limit: number): Promise<number> {
    return this.em.transactional(async (tx) => {
      const rows = await lockNotSealedWith(tx, column, this.keyId(), limit);
      if (!rows.length) return 0;
      const values = rows.map((r) => ({ id: r.id, value: this.vault.encrypt(this.vault.decrypt(r.value)).toString('base64') }));
      await writeSealedValues(tx, column, values);
      return rows.length;
    });
  }

  /** Last step: nothing is left under the previous key, so the row stops naming it. */
  async finishRotation(): Promise<void> {
    await forgetPreviousKey(this.em, this.vault.fingerprint);
  }

  /** The current key's id in a sealed value: the fingerprint's first 4 bytes, hex. */
  private keyId(): string {
    return this.vault.fingerprint.slice(0, 8);
  }
}
