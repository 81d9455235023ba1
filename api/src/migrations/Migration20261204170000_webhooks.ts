// Partner webhooks: endpoints (their signing secrets sealed) and the delivery log, with a
// notice on commit whenever deliveries are written, so a process running jobs starts on them at once.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204170000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "webhook_delivery_status" as enum ('PENDING', 'DELIVERED', 'FAILED');`);
    this.addSql(
      `create table "webhook" ("id" varchar(30) not null, "organization_id" varchar(30) not null, "url" varchar(2000) not null, "events" text[] not null, "secret_enc" bytea not null, "created_by_id" varchar(30) null, "created_at" timestamptz not null default now(), "disabled_at" timestamptz null, "failure_count" int not null default 0, "failing_since" timestamptz null, "last_delivered_at" timestamptz null, constraint "webhook_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_organization_id_created_at_index" on "webhook" ("organization_id", "created_at");`);
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null default gen_random_uuid(), "webhook_id" varchar(30) not null, "event" varchar(40) not null, "payload" jsonb not null, "status" "webhook_delivery_status" not null default 'PENDING', "attempts" smallint not null default 0, "max_attempts" smallint null, "response_status" smallint null, "last_error" varchar(300) null, "created_at" timestamptz(3) not null default now(), "last_attempt_at" timestamptz null, "next_attempt_at" timestamptz null default now(), "delivered_at" timestamptz null, "locked_until" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at") where status = 'PENDING';`);
    this.addSql(`create index "webhook_delivery_webhook_id_created_at_id_index" on "webhook_delivery" ("webhook_id", "created_at", "id");`);
    this.addSql(
      `alter table "webhook" add constraint "webhook_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook" add constraint "webhook_created_by_id_foreign" foreign key ("created_by_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_foreign" foreign key ("webhook_id") references "webhook" ("id") on update cascade on delete cascade;`,
    );
    // Once per statement that wrote deliveries, delivered on commit (never for a rollback); the
    // listeners in webhook-jobs.ts start delivering. Statements that wrote none stay silent.
    this.addSql(`create function "webhook_delivery_notify"() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from inserted) then perform pg_notify('aixin_webhook_delivery', ''); end if;
        return null;
      end $$;`);
    this.addSql(
      `create trigger "webhook_delivery_notify" after insert on "webhook_delivery" referencing new table as inserted for each statement execute function "webhook_delivery_notify"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop function if exists "webhook_delivery_notify"();`);
    this.addSql(`drop table if exists "webhook";`);
    this.addSql(`drop type if exists "webhook_delivery_status";`);
  }
}
