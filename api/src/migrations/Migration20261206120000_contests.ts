// Contests (评比): categories, nominations and essays, one public vote per volunteer and category
// (with a keyed hash of the address, to flag bursts), the judging panel's scores and the results.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206120000_contests extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "contest_status" as enum ('DRAFT', 'OPEN', 'VOTING', 'JUDGING', 'PUBLISHED');`);
    this.addSql(`create type "contest_entry_kind" as enum ('VOLUNTEER', 'PROJECT', 'ESSAY');`);
    this.addSql(`create type "contest_entry_status" as enum ('PENDING', 'ACCEPTED', 'REJECTED');`);
    this.addSql(
      `create table "contest" ("id" varchar(30) not null, "title" varchar(120) not null, "description" text not null, "organizer_id" varchar(30) null, "status" "contest_status" not null default 'DRAFT', "vote_weight" smallint not null default 30, "voting_ends_at" timestamptz null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "contest_pkey" primary key ("id"), constraint contest_vote_weight_range check (vote_weight >= 0 and vote_weight <= 100));`,
    );
    this.addSql(`create index "contest_organizer_id_index" on "contest" ("organizer_id");`);
    this.addSql(`create index "contest_status_created_at_id_index" on "contest" ("status", "created_at", "id");`);
    this.addSql(
      `create table "contest_category" ("id" varchar(30) not null, "contest_id" varchar(30) not null, "name" varchar(40) not null, "kind" "contest_entry_kind" not null, "places" smallint not null, "position" smallint not null, constraint "contest_category_pkey" primary key ("id"), constraint contest_category_places_range check (places >= 1 and places <= 100));`,
    );
    this.addSql(`create index "contest_category_contest_id_position_index" on "contest_category" ("contest_id", "position");`);
    this.addSql(
      `create table "contest_judge" ("id" varchar(30) not null, "contest_id" varchar(30) not null, "volunteer_id" varchar(30) not null, constraint "contest_judge_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contest_judge_volunteer_id_index" on "contest_judge" ("volunteer_id");`);
    this.addSql(`alter table "contest_judge" add constraint "contest_judge_once" unique ("contest_id", "volunteer_id");`);
    this.addSql(
      `create table "contest_entry" ("id" varchar(30) not null, "contest_id" varchar(30) not null, "category_id" varchar(30) not null, "kind" "contest_entry_kind" not null, "volunteer_id" varchar(30) null, "project_id" varchar(30) null, "organization_id" varchar(30) null, "submitted_by_id" varchar(30) not null, "title" varchar(120) not null, "statement" text not null, "status" "contest_entry_status" not null default 'PENDING', "vote_count" int not null default 0, "flagged_votes" int not null default 0, "judge_score" numeric(5,2) null, "final_score" numeric(6,2) null, "rank" smallint null, "winner" boolean not null default false, "role_model_id" varchar(30) null, "created_at" timestamptz not null default now(), constraint "contest_entry_pkey" primary key ("id"), constraint contest_entry_counts check (vote_count >= 0 and flagged_votes >= 0));`,
    );
    this.addSql(`create index "contest_entry_volunteer_id_index" on "contest_entry" ("volunteer_id");`);
    this.addSql(`create index "contest_entry_organization_id_index" on "contest_entry" ("organization_id");`);
    this.addSql(`create unique index "contest_entry_one_subject" on "contest_entry" ("category_id", coalesce("volunteer_id", "project_id"));`);
    this.addSql(`create index "contest_entry_contest_id_status_index" on "contest_entry" ("contest_id", "status");`);
    this.addSql(`create index "contest_entry_category_id_created_at_id_index" on "contest_entry" ("category_id", "created_at", "id");`);
    this.addSql(
      `create table "contest_vote" ("id" varchar(30) not null, "contest_id" varchar(30) not null, "category_id" varchar(30) not null, "entry_id" varchar(30) not null, "volunteer_id" varchar(30) not null, "address_hash" bytea not null, "flagged" boolean not null default false, "created_at" timestamptz not null default now(), constraint "contest_vote_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contest_vote_entry_id_index" on "contest_vote" ("entry_id");`);
    this.addSql(`create index "contest_vote_contest_id_address_hash_created_at_index" on "contest_vote" ("contest_id", "address_hash", "created_at");`);
    this.addSql(`alter table "contest_vote" add constraint "contest_vote_once" unique ("category_id", "volunteer_id");`);
    this.addSql(
      `create table "contest_score" ("id" varchar(30) not null, "entry_id" varchar(30) not null, "judge_id" varchar(30) not null, "score" smallint not null, constraint "contest_score_pkey" primary key ("id"), constraint contest_score_range check (score >= 1 and score <= 10));`,
    );
    this.addSql(`alter table "contest_score" add constraint "contest_score_once" unique ("entry_id", "judge_id");`);
    this.addSql(
      `alter table "contest" add constraint "contest_organizer_id_foreign" foreign key ("organizer_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_category" add constraint "contest_category_contest_id_foreign" foreign key ("contest_id") references "contest" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_judge" add constraint "contest_judge_contest_id_foreign" foreign key ("contest_id") references "contest" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_judge" add constraint "contest_judge_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_entry" add constraint "contest_entry_contest_id_foreign" foreign key ("contest_id") references "contest" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_entry" add constraint "contest_entry_category_id_foreign" foreign key ("category_id") references "contest_category" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_entry" add constraint "contest_entry_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_entry" add constraint "contest_entry_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_entry" add constraint "contest_entry_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_entry" add constraint "contest_entry_submitted_by_id_foreign" foreign key ("submitted_by_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_vote" add constraint "contest_vote_contest_id_foreign" foreign key ("contest_id") references "contest" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_vote" add constraint "contest_vote_category_id_foreign" foreign key ("category_id") references "contest_category" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_vote" add constraint "contest_vote_entry_id_foreign" foreign key ("entry_id") references "contest_entry" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_vote" add constraint "contest_vote_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_score" add constraint "contest_score_entry_id_foreign" foreign key ("entry_id") references "contest_entry" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "contest_score" add constraint "contest_score_judge_id_foreign" foreign key ("judge_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contest_vote", "contest_score", "contest_entry", "contest_judge", "contest_category", "contest" cascade;`);
    this.addSql(`drop type if exists "contest_entry_status", "contest_entry_kind", "contest_status";`);
  }
}
