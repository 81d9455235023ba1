// Reminders before a shift (24 h and 2 h by default): one row per shift and time, so each goes out once.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204160000_shift_reminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "shift_reminder" ("shift_id" varchar(30) not null, "hours_before" int not null, "recipients" int not null, "sent_at" timestamptz not null default now(), constraint "shift_reminder_pkey" primary key ("shift_id", "hours_before"));`,
    );
    this.addSql(
      `alter table "shift_reminder" add constraint "shift_reminder_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "shift_reminder";`);
  }
}
