// Sign-ups with one live sign-up per volunteer and shift, idempotency keys, and the outbox.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130000_signups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "signup_status" as enum ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW');`);
    this.addSql(
      `create table "idempotency_key" ("operation" varchar(40) not null, "owner_id" varchar(30) not null, "key" varchar(255) not null, "request_hash" bytea not null, "result_id" varchar(30) null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("operation", "owner_id", "key"));`,
    );
    this.addSql(
      `create table "outbox" ("id" bigserial primary key, "topic" varchar(60) not null, "recipient_id" varchar(30) null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "delivered_at" timestamptz null);`,
    );
    this.addSql(`create index "outbox_delivered_at_id_index" on "outbox" ("delivered_at", "id");`);
    this.addSql(
      `create table "signup" ("id" varchar(30) not null, "shift_id" varchar(30) not null, "volunteer_id" varchar(30) not null, "status" "signup_status" not null, "created_at" timestamptz not null default now(), "cancelled_at" timestamptz null, "checked_in_at" timestamptz null, constraint "signup_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "signup_volunteer_id_created_at_index" on "signup" ("volunteer_id", "created_at");`);
    this.addSql(`create index "signup_shift_id_status_created_at_index" on "signup" ("shift_id", "status", "created_at");`);
    this.addSql(`create unique index "signup_one_live_per_volunteer" on "signup" ("shift_id", "volunteer_id") where status <> 'CANCELLED';`);
    this.addSql(
      `alter table "signup" add constraint "signup_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "signup" add constraint "signup_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "signup", "outbox", "idempotency_key" cascade;');
    this.addSql('drop type if exists "signup_status";');
  }
}
