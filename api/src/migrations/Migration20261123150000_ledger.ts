// The service-hour ledger: append-only entries (PostgreSQL refuses UPDATE, DELETE and TRUNCATE),
// monthly and yearly rollups for leaderboards, organisation totals, correction requests and certificates.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150000_ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "hour_entry_kind" as enum ('SERVICE', 'REVERSAL');`);
    this.addSql(`create type "hour_correction_status" as enum ('OPEN', 'ACCEPTED', 'REJECTED');`);
    this.addSql(
      `create table "hour_rollup" ("volunteer_id" varchar(30) not null, "organization_id" varchar(30) not null, "month" date not null, "district" varchar(40) null, "minutes" int not null, constraint "hour_rollup_pkey" primary key ("volunteer_id", "organization_id", "month"));`,
    );
    this.addSql(`create index "hour_rollup_organization_month" on "hour_rollup" ("organization_id", "month") include ("volunteer_id", "minutes");`);
    this.addSql(`create index "hour_rollup_district_month" on "hour_rollup" ("district", "month") include ("volunteer_id", "organization_id", "minutes");`);

    this.addSql(
      `create table "district_year_rollup" ("district" varchar(40) not null, "year" smallint not null, "volunteer_id" varchar(30) not null, "minutes" int not null, constraint "district_year_rollup_pkey" primary key ("district", "year", "volunteer_id"));`,
    );
    this.addSql(`create index "district_year_rollup_ranking" on "district_year_rollup" ("district", "year", "minutes" desc, "volunteer_id");`);

    this.addSql(
      `create table "hour_entry" ("id" varchar(30) not null, "kind" "hour_entry_kind" not null, "minutes" int not null, "volunteer_id" varchar(30) not null, "organization_id" varchar(30) not null, "shift_id" varchar(30) null, "revision" smallint null, "reverses_id" varchar(30) null, "reason" varchar(500) null, "activity" varchar(120) not null, "service_date" date not null, "place" varchar(200) null, "service_content" varchar(300) not null, "recorded_by_id" varchar(30) null, "created_at" timestamptz not null default now(), constraint "hour_entry_pkey" primary key ("id"), constraint hour_entry_kind_shape check ((kind = 'SERVICE' and minutes > 0 and reverses_id is null) or (kind = 'REVERSAL' and minutes < 0 and reverses_id is not null and reason is not null)));`,
    );
    this.addSql(`create unique index "hour_entry_one_reversal" on "hour_entry" ("reverses_id") where reverses_id is not null;`);
    this.addSql(`create unique index "hour_entry_one_service_per_revision" on "hour_entry" ("shift_id", "volunteer_id", "revision") where kind = 'SERVICE';`);
    this.addSql(`create index "hour_entry_organization_id_service_date_id_index" on "hour_entry" ("organization_id", "service_date", "id");`);
    this.addSql(`create index "hour_entry_volunteer_id_id_index" on "hour_entry" ("volunteer_id", "id");`);

    this.addSql(
      `create table "hour_correction_request" ("id" varchar(30) not null, "volunteer_id" varchar(30) not null, "organization_id" varchar(30) not null, "shift_id" varchar(30) not null, "entry_id" varchar(30) null, "requested_minutes" int not null, "message" varchar(500) not null, "status" "hour_correction_status" not null default 'OPEN', "resolved_by_id" varchar(30) null, "resolution" varchar(500) null, "created_at" timestamptz not null default now(), "resolved_at" timestamptz null, constraint "hour_correction_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create unique index "hour_correction_one_open_per_shift" on "hour_correction_request" ("volunteer_id", "shift_id") where status = 'OPEN';`);
    this.addSql(`create index "hour_correction_request_volunteer_id_id_index" on "hour_correction_request" ("volunteer_id", "id");`);
    this.addSql(`create index "hour_correction_request_organization_id_status_id_index" on "hour_correction_request" ("organization_id", "status", "id");`);

    this.addSql(
      `create table "certificate" ("code" varchar(40) not null, "volunteer_id" varchar(30) not null, "volunteer_number" varchar(20) not null, "display_name" varchar(40) not null, "id_type" varchar(20) not null, "id_number_masked" varchar(40) null, "total_minutes" int not null, "record_count" int not null, "records" jsonb not null, "issuer" jsonb not null, "issued_by_id" varchar(30) not null, "issued_at" timestamptz not null, constraint "certificate_pkey" primary key ("code"));`,
    );
    this.addSql(`create index "certificate_volunteer_id_issued_at_index" on "certificate" ("volunteer_id", "issued_at");`);

    this.addSql(
      `alter table "hour_rollup" add constraint "hour_rollup_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "hour_rollup" add constraint "hour_rollup_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "district_year_rollup" add constraint "district_year_rollup_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "hour_entry" add constraint "hour_entry_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "hour_entry" add constraint "hour_entry_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "hour_entry" add constraint "hour_entry_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "hour_entry" add constraint "hour_entry_reverses_id_foreign" foreign key ("reverses_id") references "hour_entry" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "hour_entry" add constraint "hour_entry_recorded_by_id_foreign" foreign key ("recorded_by_id") references "volunteer" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "hour_correction_request" add constraint "hour_correction_request_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "hour_correction_request" add constraint "hour_correction_request_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "hour_correction_request" add constraint "hour_correction_request_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "hour_correction_request" add constraint "hour_correction_request_entry_id_foreign" foreign key ("entry_id") references "hour_entry" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "hour_correction_request" add constraint "hour_correction_request_resolved_by_id_foreign" foreign key ("resolved_by_id") references "volunteer" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_issued_by_id_foreign" foreign key ("issued_by_id") references "volunteer" ("id") on update cascade;`,
    );

    this.addSql(`alter table "organization" add column "total_minutes" bigint not null default 0;`);

    // Append-only, enforced by the database whatever the application does.
    this.addSql(`create or replace function aixin_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'restrict_violation';
      end
    $$;`);
    for (const table of ['hour_entry', 'certificate']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "${table}" for each row execute function aixin_refuse_change();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}" for each statement execute function aixin_refuse_change();`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "certificate", "hour_correction_request", "hour_entry", "hour_rollup", "district_year_rollup" cascade;');
    this.addSql('drop function if exists aixin_refuse_change();');
    this.addSql('drop type if exists "hour_correction_status";');
    this.addSql('drop type if exists "hour_entry_kind";');
    this.addSql('alter table "organization" drop column if exists "total_minutes";');
  }
}
