// Organisations, volunteers (encrypted personal data), memberships, projects and shifts.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000_foundation extends Migration {
  override async up(): Promise<void> {
    // Unified volunteer numbers (志愿者编号) are drawn from here, so they never repeat.
    this.addSql(`create sequence "volunteer_number_seq" start 1;`);
    this.addSql(`create type "organization_status" as enum ('PENDING', 'APPROVED', 'SUSPENDED');`);
    this.addSql(`create type "organization_kind" as enum ('YOUTH_LEAGUE', 'GOVERNMENT', 'FEDERATION', 'NGO', 'SCHOOL', 'COMPANY', 'COMMUNITY');`);
    this.addSql(`create type "project_status" as enum ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED');`);
    this.addSql(`create type "member_role" as enum ('MEMBER', 'COORDINATOR', 'ADMIN');`);
    this.addSql(
      `create table "organization" ("id" varchar(30) not null, "slug" varchar(80) not null, "name" varchar(100) not null, "status" "organization_status" not null default 'PENDING', "kind" "organization_kind" null, "district" varchar(40) null, "city" varchar(40) null, "parent_id" varchar(30) null, "description" text null, "member_count" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);
    this.addSql(`alter table "organization" add constraint "organization_name_unique" unique ("name");`);
    this.addSql(`create index "organization_district_index" on "organization" ("district");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
    this.addSql(`create index "organization_status_id_index" on "organization" ("status", "id");`);
    this.addSql(
      `create table "project" ("id" varchar(30) not null, "organization_id" varchar(30) not null, "title" varchar(120) not null, "summary" varchar(300) not null, "description" text null, "status" "project_status" not null default 'DRAFT', "category" varchar(40) null, "district" varchar(40) null, "address" varchar(200) null, "lat" double precision null, "lng" double precision null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "project_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "project_category_index" on "project" ("category");`);
    this.addSql(`create index "project_district_index" on "project" ("district");`);
    this.addSql(`create index "project_organization_id_starts_at_id_index" on "project" ("organization_id", "starts_at", "id");`);
    this.addSql(`create index "project_status_starts_at_id_index" on "project" ("status", "starts_at", "id");`);
    this.addSql(
      `create table "shift" ("id" varchar(30) not null, "project_id" varchar(30) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" int not null, "waitlist" boolean not null default true, "confirmed_count" int not null default 0, "waitlist_count" int not null default 0, constraint "shift_pkey" primary key ("id"), constraint shift_waitlist_count_positive check (waitlist_count >= 0), constraint shift_confirmed_within_capacity check (confirmed_count >= 0 and confirmed_count <= capacity), constraint shift_capacity_positive check (capacity > 0), constraint shift_time_order check (ends_at > starts_at));`,
    );
    this.addSql(`create index "shift_starts_at_index" on "shift" ("starts_at");`);
    this.addSql(`create index "shift_project_id_starts_at_index" on "shift" ("project_id", "starts_at");`);
    this.addSql(
      `create table "volunteer" ("id" varchar(30) not null, "volunteer_number" varchar(20) not null, "display_name" varchar(40) not null, "real_name_enc" bytea not null, "id_number_enc" bytea not null, "id_number_index" bytea not null, "phone_enc" bytea not null, "phone_index" bytea not null, "email" varchar(254) null, "password_hash" varchar(200) null, "birth_date" date not null, "district" varchar(40) null, "skills" text[] not null default '{}', "is_platform_admin" boolean not null default false, "total_minutes" int not null default 0, "created_at" timestamptz not null default now(), constraint "volunteer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "volunteer" add constraint "volunteer_volunteer_number_unique" unique ("volunteer_number");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_id_number_index_unique" unique ("id_number_index");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_phone_index_unique" unique ("phone_index");`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_email_unique" unique ("email");`);
    this.addSql(`create index "volunteer_district_index" on "volunteer" ("district");`);
    this.addSql(
      `create table "membership" ("id" varchar(30) not null, "organization_id" varchar(30) not null, "volunteer_id" varchar(30) not null, "role" "member_role" not null default 'MEMBER', "created_at" timestamptz not null default now(), constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "membership_volunteer_id_index" on "membership" ("volunteer_id");`);
    this.addSql(`alter table "membership" add constraint "membership_organization_id_volunteer_id_unique" unique ("organization_id", "volunteer_id");`);
    this.addSql(
      `alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "project" add constraint "project_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "shift" add constraint "shift_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "membership", "shift", "project", "volunteer", "organization" cascade;');
    this.addSql('drop sequence if exists "volunteer_number_seq";');
    this.addSql('drop type if exists "member_role", "project_status", "organization_kind", "organization_status";');
  }
}
