// Messages by SMS too: each volunteer chooses whether to get them (on unless turned off), and a
// message's delivery by text has its own row beside its email. A volunteer changing their phone
// proves the new one with a code (purpose CHANGE_PHONE).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204210000_sms_messages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "volunteer" add column "notify_sms" boolean not null default true;`);
    this.addSql(`alter type "delivery_channel" add value if not exists 'SMS';`);
    this.addSql(`alter type "code_purpose" add value if not exists 'CHANGE_PHONE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "volunteer" drop column if exists "notify_sms";`);
  }
}
