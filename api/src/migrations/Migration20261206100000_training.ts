// Training (培训): qualification kinds, courses and their sessions, enrolments, qualifications, and
// the qualification a shift may require.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206100000_training extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "course_status" as enum ('DRAFT', 'PUBLISHED');`);
    this.addSql(`create type "enrolment_status" as enum ('ENROLLED', 'CANCELLED', 'ATTENDED', 'ABSENT');`);
    this.addSql(
      `create table "qualification_kind" ("id" varchar(30) not null, "name" varchar(60) not null, "name_en" varchar(60) null, "description" varchar(500) null, "validity_months" smallint not null, "created_at" timestamptz not null default now(), constraint "qualification_kind_pkey" primary key ("id"), constraint qualification_kind_validity check (validity_months >= 1 and validity_months <= 120));`,
    );
    this.addSql(`alter table "qualification_kind" add constraint "qualification_kind_name_unique" unique ("name");`);
    this.addSql(
      `create table "course" ("id" varchar(30) not null, "organization_id" varchar(30) null, "kind_id" varchar(30) not null, "title" varchar(100) not null, "description" varchar(2000) null, "status" "course_status" not null default 'DRAFT', "created_at" timestamptz not null default now(), constraint "course_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "course_organization_id_created_at_id_index" on "course" ("organization_id", "created_at", "id");`);
    this.addSql(`create index "course_published" on "course" ("kind_id", "created_at", "id") where status = 'PUBLISHED';`);
    this.addSql(
      `alter table "course" add constraint "course_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "course" add constraint "course_kind_id_foreign" foreign key ("kind_id") references "qualification_kind" ("id") on update cascade;`,
    );
    this.addSql(
      `create table "course_session" ("id" varchar(30) not null, "course_id" varchar(30) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" varchar(200) not null, "capacity" int not null, "enrolled_count" int not null default 0, constraint "course_session_pkey" primary key ("id"), constraint course_session_time_order check (ends_at > starts_at), constraint course_session_within_capacity check (capacity > 0 and enrolled_count >= 0 and enrolled_count <= capacity));`,
    );
    this.addSql(`create index "course_session_course_id_starts_at_index" on "course_session" ("course_id", "starts_at");`);
    this.addSql(
      `alter table "course_session" add constraint "course_session_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "enrolment" ("id" varchar(30) not null, "session_id" varchar(30) not null, "volunteer_id" varchar(30) not null, "status" "enrolment_status" not null default 'ENROLLED', "created_at" timestamptz not null default now(), constraint "enrolment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "enrolment_session_id_id_index" on "enrolment" ("session_id", "id");`);
    this.addSql(`create index "enrolment_volunteer_id_id_index" on "enrolment" ("volunteer_id", "id");`);
    this.addSql(`create unique index "enrolment_one_live_per_volunteer" on "enrolment" ("session_id", "volunteer_id") where status <> 'CANCELLED';`);
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_session_id_foreign" foreign key ("session_id") references "course_session" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "qualification" ("id" varchar(30) not null, "volunteer_id" varchar(30) not null, "kind_id" varchar(30) not null, "course_id" varchar(30) null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, constraint "qualification_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "qualification" add constraint "qualification_one_per_kind" unique ("volunteer_id", "kind_id");`);
    this.addSql(
      `alter table "qualification" add constraint "qualification_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "qualification" add constraint "qualification_kind_id_foreign" foreign key ("kind_id") references "qualification_kind" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "qualification" add constraint "qualification_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "shift" add column "required_qualification_kind_id" varchar(30) null;`);
    this.addSql(`alter table "certificate" add column "qualifications" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "certificate" drop column if exists "qualifications";`);
    this.addSql(`alter table "shift" drop column if exists "required_qualification_kind_id";`);
    this.addSql(`drop table if exists "qualification";`);
    this.addSql(`drop table if exists "enrolment";`);
    this.addSql(`drop table if exists "course_session";`);
    this.addSql(`drop table if exists "course";`);
    this.addSql(`drop table if exists "qualification_kind";`);
    this.addSql(`drop type if exists "enrolment_status";`);
    this.addSql(`drop type if exists "course_status";`);
  }
}
