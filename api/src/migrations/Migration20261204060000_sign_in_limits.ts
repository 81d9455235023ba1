// Sign-in limits count attempts per window (no lock column: a counter over its limit is the
// lock), and remember the devices volunteers signed in from, whose attempts count on their own.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204060000_sign_in_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from "auth_throttle";`);
    this.addSql(`alter table "auth_throttle" drop column "locked_until";`);
    this.addSql(
      `create table "trusted_device" ("id" varchar(30) not null, "token_hash" bytea not null, "volunteer_id" varchar(30) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz not null default now(), constraint "trusted_device_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "trusted_device" add constraint "trusted_device_token_hash_volunteer_id_unique" unique ("token_hash", "volunteer_id");`);
    this.addSql(
      `alter table "trusted_device" add constraint "trusted_device_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trusted_device";`);
    this.addSql(`alter table "auth_throttle" add column "locked_until" timestamptz null;`);
  }
}
