// Every change to a session or a volunteer is announced on the channel `aixin_auth`, in the
// transaction that makes it, so API processes can keep signed-in viewers in memory and drop them
// the moment they change (modules/identity/session-cache.ts). A notice names the volunteers
// concerned (`v:<id>,<id>…`, at most 200 to a notice, within PostgreSQL's 8,000-byte payload);
// a statement touching more than 1,000 of them, or a TRUNCATE, announces `*` (everything).
import { Migration } from '@mikro-orm/migrations';

const announce = (fn: string, column: string) => `create or replace function ${fn}() returns trigger language plpgsql as $$
begin
  if TG_OP = 'TRUNCATE' then
    perform pg_notify('aixin_auth', '*');
  elsif (select count(*) from changed) > 1000 then
    perform pg_notify('aixin_auth', '*');
  else
    perform pg_notify('aixin_auth', 'v:' || string_agg(volunteer_id, ','))
      from (select volunteer_id, (row_number() over ()) / 200 as chunk
              from (select distinct ${column} as volunteer_id from changed where ${column} is not null) d) c
     group by chunk;
  end if;
  return null;
end $$;`;

export class Migration20261202200000_auth_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(announce('aixin_announce_volunteers', 'id'));
    this.addSql(announce('aixin_announce_sessions', 'volunteer_id'));
    for (const [table, fn] of [
      ['volunteer', 'aixin_announce_volunteers'],
      ['session', 'aixin_announce_sessions'],
    ]) {
      this.addSql(
        `create trigger "${table}_announce_update" after update on "${table}" referencing new table as changed for each statement execute function ${fn}();`,
      );
      this.addSql(
        `create trigger "${table}_announce_delete" after delete on "${table}" referencing old table as changed for each statement execute function ${fn}();`,
      );
      this.addSql(`create trigger "${table}_announce_truncate" after truncate on "${table}" for each statement execute function ${fn}();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['volunteer', 'session']) {
      for (const op of ['update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "${table}_announce_${op}" on "${table}";`);
    }
    this.addSql('drop function if exists aixin_announce_volunteers();');
    this.addSql('drop function if exists aixin_announce_sessions();');
  }
}
