// Each volunteer's messages in the outbox become their inbox: read by recipient, newest first,
// with the time they were marked read.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261202210000_inbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "outbox" add column "read_at" timestamptz null;`);
    this.addSql(`create index "outbox_recipient_id_id_index" on "outbox" ("recipient_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "outbox_recipient_id_id_index";`);
    this.addSql(`alter table "outbox" drop column if exists "read_at";`);
  }
}
