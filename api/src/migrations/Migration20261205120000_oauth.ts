// Delegated access: apps registered by staff, volunteers' consents, authorization codes and tokens (hashes only).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120000_oauth extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "oauth_app" ("id" varchar(30) not null, "name" varchar(60) not null, "homepage_url" varchar(300) null, "redirect_uris" text[] not null, "scopes" text[] not null, "created_by_id" varchar(30) null, "created_at" timestamptz not null default now(), "disabled_at" timestamptz null, constraint "oauth_app_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "oauth_grant" ("id" varchar(30) not null, "app_id" varchar(30) not null, "volunteer_id" varchar(30) not null, "scopes" text[] not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "oauth_grant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "oauth_grant_volunteer_id_revoked_at_index" on "oauth_grant" ("volunteer_id", "revoked_at");`);
    this.addSql(`alter table "oauth_grant" add constraint "oauth_grant_app_id_volunteer_id_unique" unique ("app_id", "volunteer_id");`);
    this.addSql(
      `create table "oauth_token" ("id" varchar(30) not null, "grant_id" varchar(30) not null, "scopes" text[] not null, "access_hash" bytea not null, "access_expires_at" timestamptz not null, "refresh_hash" bytea null, "refresh_expires_at" timestamptz null, "created_at" timestamptz not null default now(), "revoked_at" timestamptz null, constraint "oauth_token_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "oauth_token" add constraint "oauth_token_access_hash_unique" unique ("access_hash");`);
    this.addSql(`alter table "oauth_token" add constraint "oauth_token_refresh_hash_unique" unique ("refresh_hash");`);
    this.addSql(`create index "oauth_token_grant_id_index" on "oauth_token" ("grant_id");`);
    this.addSql(
      `create table "oauth_code" ("code_hash" bytea not null, "grant_id" varchar(30) not null, "scopes" text[] not null, "redirect_uri" varchar(300) not null, "code_challenge" varchar(128) not null, "code_challenge_method" varchar(10) not null, "expires_at" timestamptz not null, constraint "oauth_code_pkey" primary key ("code_hash"));`,
    );
    this.addSql(
      `alter table "oauth_app" add constraint "oauth_app_created_by_id_foreign" foreign key ("created_by_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "oauth_grant" add constraint "oauth_grant_app_id_foreign" foreign key ("app_id") references "oauth_app" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "oauth_grant" add constraint "oauth_grant_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "oauth_token" add constraint "oauth_token_grant_id_foreign" foreign key ("grant_id") references "oauth_grant" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "oauth_code" add constraint "oauth_code_grant_id_foreign" foreign key ("grant_id") references "oauth_grant" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "oauth_code" cascade;`);
    this.addSql(`drop table if exists "oauth_token" cascade;`);
    this.addSql(`drop table if exists "oauth_grant" cascade;`);
    this.addSql(`drop table if exists "oauth_app" cascade;`);
  }
}
