// Team messages (群发通知): each message, and an index to count who has read it.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204180000_broadcasts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "broadcast_audience" as enum ('MEMBERS', 'SHIFT');`);
    this.addSql(
      `create table "broadcast" ("id" varchar(30) not null, "organization_id" varchar(30) not null, "author_id" varchar(30) null, "audience" "broadcast_audience" not null, "shift_id" varchar(30) null, "title" varchar(60) not null, "body" varchar(1000) not null, "recipient_count" int not null, "created_at" timestamptz not null default now(), constraint "broadcast_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "broadcast_organization_id_created_at_index" on "broadcast" ("organization_id", "created_at");`);
    this.addSql(
      `alter table "broadcast" add constraint "broadcast_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "broadcast" add constraint "broadcast_author_id_foreign" foreign key ("author_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "broadcast" add constraint "broadcast_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade on delete cascade;`,
    );
    // The delivery report counts a message's inbox entries that were read.
    this.addSql(`create index "outbox_broadcast_id_index" on "outbox" ((payload->>'broadcastId')) where topic = 'team.message';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "outbox_broadcast_id_index";`);
    this.addSql(`drop table if exists "broadcast";`);
    this.addSql(`drop type if exists "broadcast_audience";`);
  }
}
