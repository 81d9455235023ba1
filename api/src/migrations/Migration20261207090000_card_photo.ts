// The volunteer card's photo, sealed like the volunteer's other personal data (a `_enc` column,
// so a data key rotation re-encrypts it) and erased with the account.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090000_card_photo extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "volunteer" add column "card_photo_enc" bytea null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "volunteer" drop column "card_photo_enc";`);
  }
}
