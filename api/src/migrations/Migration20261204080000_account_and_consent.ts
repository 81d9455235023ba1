// Volunteers' emergency contact (encrypted); consents to versions of the user agreement and the
// privacy policy; a volunteer's records listed by service date (newest first).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204080000_account_and_consent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "volunteer" add column "emergency_contact_name_enc" bytea null, add column "emergency_contact_phone_enc" bytea null;`);
    this.addSql(`create type "legal_document_kind" as enum ('TERMS', 'PRIVACY');`);
    this.addSql(`create type "consent_channel" as enum ('SELF', 'ASSISTED');`);
    this.addSql(
      `create table "consent" ("volunteer_id" varchar(30) not null, "document" "legal_document_kind" not null, "version" varchar(20) not null, "channel" "consent_channel" not null, "accepted_at" timestamptz not null default now(), constraint "consent_pkey" primary key ("volunteer_id", "document", "version"));`,
    );
    this.addSql(
      `alter table "consent" add constraint "consent_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    // Volunteers who registered before consent was recorded are asked at their next visit (no rows).
    this.addSql(`create index "hour_entry_volunteer_id_service_date_id_index" on "hour_entry" ("volunteer_id", "service_date", "id");`);
    this.addSql(`drop index if exists "hour_entry_volunteer_id_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index if not exists "hour_entry_volunteer_id_id_index" on "hour_entry" ("volunteer_id", "id");`);
    this.addSql(`drop index if exists "hour_entry_volunteer_id_service_date_id_index";`);
    this.addSql(`drop table if exists "consent";`);
    this.addSql(`drop type if exists "consent_channel";`);
    this.addSql(`drop type if exists "legal_document_kind";`);
    this.addSql(`alter table "volunteer" drop column if exists "emergency_contact_name_enc", drop column if exists "emergency_contact_phone_enc";`);
  }
}
