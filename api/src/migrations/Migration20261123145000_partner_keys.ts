// Partner API keys: hashed secrets acting for one organisation.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145000_partner_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_key" ("id" varchar(30) not null, "organization_id" varchar(30) not null, "name" varchar(60) not null, "prefix" varchar(16) not null, "secret_hash" bytea not null, "scopes" text[] not null, "created_by_id" varchar(30) null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "partner_key_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "partner_key" add constraint "partner_key_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "partner_key_organization_id_revoked_at_index" on "partner_key" ("organization_id", "revoked_at");`);
    this.addSql(
      `alter table "partner_key" add constraint "partner_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_key" add constraint "partner_key_created_by_id_foreign" foreign key ("created_by_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_key" cascade;`);
  }
}
