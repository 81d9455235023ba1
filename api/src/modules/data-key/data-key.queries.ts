// SQL of the database's personal-data key (the one data_key row) and of re-encrypting the
// personal-data columns (data-key.service.ts). Table and column names come from the database's
// own catalogue (encryptedColumns) and are checked and quoted before they go into SQL.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';

export interface DataKeyRow {
  fingerprint: string;
  previous_fingerprint: string | null;
  index_root: Buffer;
}

export interface EncryptedColumn {
  table: string;
  column: string;
}

const ROW_SQL = `select fingerprint, previous_fingerprint, index_root from data_key where id = 1`;

/** The data_key row (null: none stored yet). */
export async function findDataKey(em: EntityManager): Promise<DataKeyRow | null> {
  const [row] = await em.getConnection().execute<DataKeyRow[]>(ROW_SQL);
  return row ?? null;
}

/** The data_key row, locked for the transaction (null: none stored yet). */
export async function lockDataKey(em: EntityManager): Promise<DataKeyRow | null> {
  const [row] = await em.getConnection().execute<DataKeyRow[]>(`${ROW_SQL} for update`, [], 'all', transactionOf(em));
  return row ?? null;
}

/** One sealed real name of the database, to try a key on (null: none). */
export async function sampleSealedValue(em: EntityManager): Promise<Buffer | null> {
  const [sample] = await em.getConnection().execute<{ real_name_enc: Buffer }[]>(`select real_name_enc from volunteer where real_name_enc is not null limit 1`);
  return sample?.real_name_enc ?? null;
}

/** Stores the key's row unless one is stored already. */
export async function insertDataKey(em: EntityManager, fingerprint: string, indexRoot: Buffer): Promise<void> {
  await em.getConnection().execute(`insert into data_key (id, fingerprint, index_root) values (1, ?, ?) on conflict (id) do nothing`, [fingerprint, indexRoot]);
}

/** Names the new key and the previous one, with the index root wrapped under the new key. */
export async function setRotatingKey(em: EntityManager, fingerprint: string, previousFingerprint: string, indexRoot: Buffer): Promise<void> {
  await em
    .getConnection()
    .execute(
      `update data_key set fingerprint = ?, previous_fingerprint = ?, index_root = ?, updated_at = now() where id = 1`,
      [fingerprint, previousFingerprint, indexRoot],
      'run',
      transactionOf(em),
    );
}

/** The row stops naming a previous key, if `fingerprint` is its current one. */
export async function forgetPreviousKey(em: EntityManager, fingerprint: string): Promise<void> {
  await em.getConnection().execute(`update data_key set previous_fingerprint = null, updated_at = now() where id = 1 and fingerprint = ?`, [fingerprint]);
}

/** Every personal-data column: bytea, named `…_enc`, in a table keyed by `id`. */
export async function findEncryptedColumns(em: EntityManager): Promise<EncryptedColumn[]> {
  const rows = await em.getConnection().execute<{ table_name: string; column_name: string }[]>(
    `select c.table_name, c.column_name from information_schema.columns c
      where c.table_schema = current_schema() and c.data_type = 'bytea' and c.column_name like '%\\_enc'
        and exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema and k.table_name = c.table_name and k.column_name = 'id')
      order by c.table_name, c.column_name`,
  );
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

/** How many values of a column are not sealed under the key whose id (the fingerprint's first 4 bytes, hex) is `keyId`. */
export async function countNotSealedWith(em: EntityManager, column: EncryptedColumn, keyId: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from ${quote(column.table)} where ${notSealedWithSql(column.column)}`, [keyId]);
  return row.n;
}

/** Up to `limit` values of a column not sealed under `keyId`, their rows locked (others skipped). */
export async function lockNotSealedWith(em: EntityManager, column: EncryptedColumn, keyId: string, limit: number): Promise<{ id: string; value: Buffer }[]> {
  return em
    .getConnection()
    .execute<{ id: string; value: Buffer }[]>(
      `select id, ${quote(column.column)} as value from ${quote(column.table)} where ${notSealedWithSql(column.column)} order by id limit ? for update skip locked`,
      [keyId, limit],
      'all',
      transactionOf(em),
    );
}

/** Writes the values (base64) of a column, by row ID. */
export async function writeSealedValues(em: EntityManager, column: EncryptedColumn, values: { id: string; value: string }[]): Promise<void> {
  await em.getConnection().execute(
    `update ${quote(column.table)} t set ${quote(column.column)} = decode(v.value, 'base64')
       from jsonb_to_recordset(?::jsonb) as v(id text, value text) where t.id::text = v.id`,
    [JSON.stringify(values)],
    'run',
    transactionOf(em),
  );
}

/** Values not sealed under the key whose id is the parameter. */
function notSealedWithSql(column: string): string {
  const col = quote(column);
  return `${col} is not null and not (get_byte(${col}, 0) = 2 and encode(substring(${col} from 2 for 4), 'hex') = ?)`;
}

function quote(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`Unexpected identifier ${identifier}`);
  return `"${identifier}"`;
}
