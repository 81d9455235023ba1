// Messages leave promptly: a statement that adds messages to the outbox tells listening workers
// when its transaction commits (one notification per statement, none for a rollback).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204200000_outbox_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function outbox_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('aixin_outbox', '');
  return null;
end $$;`);
    this.addSql(`create trigger outbox_notify after insert on outbox for each statement execute function outbox_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists outbox_notify on outbox;`);
    this.addSql(`drop function if exists outbox_notify();`);
  }
}
