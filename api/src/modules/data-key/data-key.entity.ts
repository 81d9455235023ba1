import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The one row that ties a database to its personal-data key: the key's fingerprint (checked at
 * every start, so a wrong AIXIN_DATA_KEY is refused before it can read or write anything), the
 * previous key's while a rotation is under way, and the index root under the current key (see
 * common/personal-data.ts).
 */
@Entity({ tableName: 'data_key' })
@Check({ name: 'data_key_single_row', expression: 'id = 1' })
export class DataKey {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number = 1;

  @Property({ type: 'string', length: 32 })
  fingerprint!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  previousFingerprint?: string | null;

  @Property({ type: 'blob' })
  indexRoot!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
