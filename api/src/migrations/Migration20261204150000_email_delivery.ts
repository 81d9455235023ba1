// Messages leave the platform by email: each volunteer chooses whether to get them (on unless
// turned off), and each message's delivery through a channel has its status and attempts.
// Messages written before there was email are in the inbox already: they are not emailed now.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204150000_email_delivery extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "volunteer" add column "notify_email" boolean not null default true;`);
    this.addSql(`create type "delivery_channel" as enum ('EMAIL');`);
    this.addSql(`create type "delivery_status" as enum ('QUEUED', 'SENT', 'FAILED', 'SKIPPED');`);
    this.addSql(
      `create table "outbox_delivery" ("message_id" bigint not null, "channel" "delivery_channel" not null, "status" "delivery_status" not null default 'QUEUED', "attempts" smallint not null default 0, "last_error" varchar(200) null, "next_attempt_at" timestamptz not null default now(), "claim" uuid null, "sent_at" timestamptz null, "updated_at" timestamptz not null default now(), constraint "outbox_delivery_pkey" primary key ("message_id", "channel"));`,
    );
    this.addSql(
      `alter table "outbox_delivery" add constraint "outbox_delivery_message_id_foreign" foreign key ("message_id") references "outbox" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `insert into "outbox_delivery" ("message_id", "channel", "status") select "id", 'EMAIL', 'SKIPPED' from "outbox" where "delivered_at" is null;`,
    );
    this.addSql(`update "outbox" set "delivered_at" = now() where "delivered_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_delivery";`);
    this.addSql(`drop type if exists "delivery_status";`);
    this.addSql(`drop type if exists "delivery_channel";`);
    this.addSql(`alter table "volunteer" drop column if exists "notify_email";`);
  }
}
