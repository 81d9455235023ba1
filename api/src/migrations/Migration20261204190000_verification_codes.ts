// One-time codes by SMS or email: phone verification at registration, password reset.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204190000_verification_codes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "code_purpose" as enum ('REGISTER', 'RESET_PASSWORD');`);
    this.addSql(
      `create table "verification_code" ("id" bigserial primary key, "purpose" "code_purpose" not null, "target" bytea not null, "code_hash" bytea not null, "expires_at" timestamptz not null, "attempts" int not null default 0, "consumed_at" timestamptz null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "verification_code_purpose_target_created_at_index" on "verification_code" ("purpose", "target", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "verification_code";`);
    this.addSql(`drop type if exists "code_purpose";`);
  }
}
