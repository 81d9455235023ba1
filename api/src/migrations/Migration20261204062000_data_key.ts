// The database remembers its personal-data key's fingerprint (a wrong key is refused at start)
// and keeps the index root wrapped under it, so keys can be rotated (modules/data-key).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204062000_data_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "data_key" ("id" smallint not null default 1, "fingerprint" varchar(32) not null, "previous_fingerprint" varchar(32) null, "index_root" bytea not null, "updated_at" timestamptz not null default now(), constraint "data_key_pkey" primary key ("id"), constraint data_key_single_row check (id = 1));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_key";`);
  }
}
