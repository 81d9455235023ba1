// The database's personal-data key: checked at start, and rotated to a new key by
// `npm run rotate-data-key` (scripts/rotate-data-key.ts), which re-encrypts every personal-data
// column (bytea columns whose names end in `_enc`) in committed batches, so a run that crashes
// or is stopped carries on where it was when run again.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import type { PersonalDataVault } from '../../common/personal-data.js';

interface DataKeyRow {
  fingerprint: string;
  previous_fingerprint: string | null;
  index_root: Buffer;
}

export class DataKeyMismatchError extends Error {}

export interface EncryptedColumn {
  table: string;
  column: string;
}

const ROW_SQL = `select fingerprint, previous_fingerprint, index_root from data_key where id = 1`;

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
    const conn = this.em.getConnection();
    let [row] = await conn.execute<DataKeyRow[]>(ROW_SQL);
    let stored = false;
    if (!row) {
      const [sample] = await conn.execute<{ real_name_enc: Buffer }[]>(`select real_name_enc from volunteer where real_name_enc is not null limit 1`);
      if (sample && !this.vault.canDecrypt(sample.real_name_enc)) {
        throw new DataKeyMismatchError(
          'AIXIN_DATA_KEY cannot decrypt the personal data in this database: it is not the key the data was written with. Start with that key (see "Keys" in the README).',
        );
      }
      await conn.execute(`insert into data_key (id, fingerprint, index_root) values (1, ?, ?) on conflict (id) do nothing`, [
        this.vault.fingerprint,
        this.vault.wrappedIndexRoot(),
      ]);
      [row] = await conn.execute<DataKeyRow[]>(ROW_SQL);
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
      const conn = tx.getConnection();
      const ctx = transactionOf(tx);
      const [row] = await conn.execute<DataKeyRow[]>(`${ROW_SQL} for update`, [], 'all', ctx);
      if (!row) throw new DataKeyMismatchError('This database has no data key yet: start the product once with its key first.');
      if (row.fingerprint === this.vault.fingerprint) return;
      if (row.fingerprint !== this.vault.previousFingerprint) {
        throw new DataKeyMismatchError(
          `AIXIN_DATA_KEY_PREVIOUS (fingerprint ${this.vault.previousFingerprint}) is not this database's key (fingerprint ${row.fingerprint}).`,
        );
      }
      if (!this.vault.adoptIndexRoot(row.index_root, 'previous'))
        throw new DataKeyMismatchError('The data_key row cannot be opened with AIXIN_DATA_KEY_PREVIOUS.');
      await conn.execute(
        `update data_key set fingerprint = ?, previous_fingerprint = ?, index_root = ?, updated_at = now() where id = 1`,
        [this.vault.fingerprint, this.vault.previousFingerprint, this.vault.wrappedIndexRoot()],
        'run',
        ctx,
      );
    });
  }

  /** Every personal-data column: bytea, named `…_enc`, in a table keyed by `id`. */
  async encryptedColumns(): Promise<EncryptedColumn[]> {
    const rows = await this.em.getConnection().execute<{ table_name: string; column_name: string }[]>(
      `select c.table_name, c.column_name from information_schema.columns c
        where c.table_schema = current_schema() and c.data_type = 'bytea' and c.column_name like '%\\_enc'
          and exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema and k.table_name = c.table_name and k.column_name = 'id')
        order by c.table_name, c.column_name`,
    );
    return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
  }

  /** How many values of a column are not yet sealed under the current key. */
  async remaining(column: EncryptedColumn): Promise<number> {
    const [row] = await this.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from ${quote(column.table)} where ${notCurrentSql(column.column)}`, [
        this.vault.fingerprint.slice(0, 8),
      ]);
    return row.n;
  }

  /** Re-encrypts up to `limit` values of a column under the current key, in one transaction; the number done. */
  async rotateBatch(column: EncryptedColumn, limit: number): Promise<number> {
    return this.em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = transactionOf(tx);
      const col = quote(column.column);
      const rows = await conn.execute<{ id: string; value: Buffer }[]>(
        `select id, ${col} as value from ${quote(column.table)} where ${notCurrentSql(column.column)} order by id limit ? for update skip locked`,
        [this.vault.fingerprint.slice(0, 8), limit],
        'all',
        ctx,
      );
      if (!rows.length) return 0;
      const values = rows.map((r) => ({ id: r.id, value: this.vault.encrypt(this.vault.decrypt(r.value)).toString('base64') }));
      await conn.execute(
        `update ${quote(column.table)} t set ${col} = decode(v.value, 'base64')
           from jsonb_to_recordset(?::jsonb) as v(id text, value text) where t.id::text = v.id`,
        [JSON.stringify(values)],
        'run',
        ctx,
      );
      return rows.length;
    });
  }

  /** Last step: nothing is left under the previous key, so the row stops naming it. */
  async finishRotation(): Promise<void> {
    await this.em
      .getConnection()
      .execute(`update data_key set previous_fingerprint = null, updated_at = now() where id = 1 and fingerprint = ?`, [this.vault.fingerprint]);
  }
}

/** Values not sealed under the key whose id (the fingerprint's first 4 bytes, hex) is the parameter. */
function notCurrentSql(column: string): string {
  const col = quote(column);
  return `${col} is not null and not (get_byte(${col}, 0) = 2 and encode(substring(${col} from 2 for 4), 'hex') = ?)`;
}

function quote(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`Unexpected identifier ${identifier}`);
  return `"${identifier}"`;
}
