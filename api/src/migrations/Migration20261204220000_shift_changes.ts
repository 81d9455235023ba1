// A shift of a published activity can be cancelled on its own (its activity goes on): the
// shift stays, with its cancelled sign-ups, and says when it was cancelled.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204220000_shift_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "shift" add column "cancelled_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "shift" drop column if exists "cancelled_at";`);
  }
}
