// Sessions (hashed tokens), sign-in throttling, the audit log, guardians of young
// volunteers, and erasable personal data for deleted accounts.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123100000_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_log" ("id" bigserial primary key, "actor_id" varchar(30) null, "action" varchar(60) not null, "subject_id" varchar(30) null, "detail" jsonb null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "audit_log_subject_id_created_at_index" on "audit_log" ("subject_id", "created_at");`);
    this.addSql(
      `create table "auth_throttle" ("key" varchar(100) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "auth_throttle_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "session" ("id" varchar(30) not null, "volunteer_id" varchar(30) not null, "token_hash" bytea not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" varchar(120) null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_volunteer_id_revoked_at_index" on "session" ("volunteer_id", "revoked_at");`);
    this.addSql(
      `alter table "session" add constraint "session_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "volunteer" add column "guardian_name_enc" bytea null, add column "guardian_phone_enc" bytea null, add column "deleted_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "volunteer" alter column "real_name_enc" drop not null, alter column "id_number_enc" drop not null, alter column "id_number_index" drop not null, alter column "phone_enc" drop not null, alter column "phone_index" drop not null, alter column "birth_date" drop not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "session", "auth_throttle", "audit_log" cascade;');
    this.addSql('alter table "volunteer" drop column "guardian_name_enc", drop column "guardian_phone_enc", drop column "deleted_at";');
  }
}
