// A partner app with the RECORD_HOURS scope records service hours for its own team's shifts: its
// entries name the key that wrote them, as a coordinator's name them.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261205100000_partner_recording extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "hour_entry" add column "recorded_by_key_id" varchar(30) null;`);
    this.addSql(
      `alter table "hour_entry" add constraint "hour_entry_recorded_by_key_id_foreign" foreign key ("recorded_by_key_id") references "partner_key" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hour_entry" drop column if exists "recorded_by_key_id";`);
  }
}
