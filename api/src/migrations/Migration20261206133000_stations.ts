// Volunteer stations (志愿服务站): a station run by a team or federation, with its address, map
// point, opening hours and services.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206133000_stations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "station" ("id" varchar(30) not null, "slug" varchar(80) not null, "name" varchar(60) not null, "address" varchar(200) not null, "district" varchar(40) null, "lat" double precision null, "lng" double precision null, "opening_hours" varchar(200) not null, "services" text[] not null default '{}', "operator_id" varchar(30) not null, "created_at" timestamptz not null default now(), constraint "station_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "station" add constraint "station_slug_unique" unique ("slug");`);
    this.addSql(`create index "station_operator_id_index" on "station" ("operator_id");`);
    this.addSql(
      `alter table "station" add constraint "station_operator_id_foreign" foreign key ("operator_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "station";`);
  }
}
