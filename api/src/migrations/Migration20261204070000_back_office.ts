// The back office's data: teams' address, map point, contact person and phone (encrypted), join
// policy and the reason a pending registration was returned; requests to join a team; walk-in
// sign-ups; and the natural key and source of imported service records.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204070000_back_office extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "join_policy" as enum ('APPROVAL', 'OPEN');`);
    this.addSql(`create type "membership_request_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');`);
    this.addSql(
      `create table "membership_request" ("id" varchar(30) not null, "organization_id" varchar(30) not null, "volunteer_id" varchar(30) not null, "status" "membership_request_status" not null default 'PENDING', "message" varchar(300) null, "decision_reason" varchar(300) null, "decided_by_id" varchar(30) null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "membership_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "membership_request_volunteer_id_id_index" on "membership_request" ("volunteer_id", "id");`);
    this.addSql(`create index "membership_request_organization_id_status_id_index" on "membership_request" ("organization_id", "status", "id");`);
    this.addSql(`create unique index "membership_request_one_pending" on "membership_request" ("organization_id", "volunteer_id") where status = 'PENDING';`);
    this.addSql(
      `alter table "membership_request" add constraint "membership_request_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership_request" add constraint "membership_request_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership_request" add constraint "membership_request_decided_by_id_foreign" foreign key ("decided_by_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organization" add column "address" varchar(200) null, add column "lat" double precision null, add column "lng" double precision null, add column "contact_name" varchar(30) null, add column "contact_phone_enc" bytea null, add column "join_policy" "join_policy" not null default 'APPROVAL', add column "returned_reason" varchar(500) null, add column "returned_at" timestamptz null;`,
    );
    // Teams registered before joining could need approval keep joining at once; new ones default to APPROVAL.
    this.addSql(`update "organization" set "join_policy" = 'OPEN';`);
    this.addSql(`create index "organization_location_earth" on "organization" using gist (earth_point(lat, lng)) where lat is not null and lng is not null;`);
    this.addSql(`alter table "signup" add column "walk_in" boolean not null default false;`);
    this.addSql(`alter table "hour_entry" add column "import_key" varchar(64) null, add column "import_source" varchar(200) null;`);
    this.addSql(`create unique index "hour_entry_import_key" on "hour_entry" ("import_key") where import_key is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "hour_entry_import_key";`);
    this.addSql(`alter table "hour_entry" drop column if exists "import_key", drop column if exists "import_source";`);
    this.addSql(`alter table "signup" drop column if exists "walk_in";`);
    this.addSql(`drop index if exists "organization_location_earth";`);
    this.addSql(
      `alter table "organization" drop column if exists "address", drop column if exists "lat", drop column if exists "lng", drop column if exists "contact_name", drop column if exists "contact_phone_enc", drop column if exists "join_policy", drop column if exists "returned_reason", drop column if exists "returned_at";`,
    );
    this.addSql(`drop table if exists "membership_request";`);
    this.addSql(`drop type if exists "membership_request_status";`);
    this.addSql(`drop type if exists "join_policy";`);
  }
}
