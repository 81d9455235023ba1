// Station duty rotas (值班制): the rota's weekly and dated lines, the generated duty days (each
// with its team's activity and shift) and swap requests between teams.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206134000_station_rotas extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "station_swap_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED');`);
    this.addSql(
      `create table "station_duty" ("id" varchar(30) not null, "station_id" varchar(30) not null, "date" date not null, "team_id" varchar(30) not null, "project_id" varchar(30) null, "shift_id" varchar(30) null, "capacity" smallint not null, "gap_notified_on" date null, constraint "station_duty_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "station_duty_team_id_index" on "station_duty" ("team_id");`);
    this.addSql(`create index "station_duty_project_id_index" on "station_duty" ("project_id");`);
    this.addSql(`create index "station_duty_shift_id_index" on "station_duty" ("shift_id");`);
    this.addSql(`alter table "station_duty" add constraint "station_duty_once" unique ("station_id", "date");`);
    this.addSql(
      `create table "station_rota_entry" ("id" varchar(30) not null, "station_id" varchar(30) not null, "weekday" smallint null, "date" date null, "team_id" varchar(30) not null, "starts_at" varchar(5) not null, "ends_at" varchar(5) not null, "places" smallint not null, constraint "station_rota_entry_pkey" primary key ("id"), constraint station_rota_entry_weekday check (weekday >= 1 and weekday <= 7), constraint station_rota_entry_places check (places >= 1 and places <= 100));`,
    );
    this.addSql(`create index "station_rota_entry_team_id_index" on "station_rota_entry" ("team_id");`);
    this.addSql(`create unique index "station_rota_date_once" on "station_rota_entry" ("station_id", "date") where date is not null;`);
    this.addSql(`create unique index "station_rota_weekday_once" on "station_rota_entry" ("station_id", "weekday") where weekday is not null;`);
    this.addSql(
      `create table "station_swap" ("id" varchar(30) not null, "station_id" varchar(30) not null, "from_duty_id" varchar(30) not null, "to_duty_id" varchar(30) not null, "from_team_id" varchar(30) not null, "to_team_id" varchar(30) not null, "status" "station_swap_status" not null default 'PENDING', "proposed_by_id" varchar(30) null, "answered_by_id" varchar(30) null, "created_at" timestamptz not null default now(), "answered_at" timestamptz null, constraint "station_swap_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "station_swap_from_duty_id_index" on "station_swap" ("from_duty_id");`);
    this.addSql(`create index "station_swap_to_duty_id_index" on "station_swap" ("to_duty_id");`);
    this.addSql(`create index "station_swap_from_team_id_index" on "station_swap" ("from_team_id");`);
    this.addSql(`create index "station_swap_to_team_id_index" on "station_swap" ("to_team_id");`);
    this.addSql(`create index "station_swap_station_id_created_at_index" on "station_swap" ("station_id", "created_at");`);
    this.addSql(
      `alter table "station_duty" add constraint "station_duty_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_duty" add constraint "station_duty_team_id_foreign" foreign key ("team_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_duty" add constraint "station_duty_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "station_duty" add constraint "station_duty_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "station_rota_entry" add constraint "station_rota_entry_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_rota_entry" add constraint "station_rota_entry_team_id_foreign" foreign key ("team_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_swap" add constraint "station_swap_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_swap" add constraint "station_swap_from_duty_id_foreign" foreign key ("from_duty_id") references "station_duty" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_swap" add constraint "station_swap_to_duty_id_foreign" foreign key ("to_duty_id") references "station_duty" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_swap" add constraint "station_swap_from_team_id_foreign" foreign key ("from_team_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_swap" add constraint "station_swap_to_team_id_foreign" foreign key ("to_team_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "station_swap" add constraint "station_swap_proposed_by_id_foreign" foreign key ("proposed_by_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "station_swap" add constraint "station_swap_answered_by_id_foreign" foreign key ("answered_by_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "station_swap";`);
    this.addSql(`drop table if exists "station_rota_entry";`);
    this.addSql(`drop table if exists "station_duty";`);
    this.addSql(`drop type if exists "station_swap_status";`);
  }
}
