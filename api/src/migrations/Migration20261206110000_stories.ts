// Stories (志愿心得): an attendee's story of an activity with up to nine photos, reviewed before it
// is public; likes (one per volunteer) and reports of abuse.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261206110000_stories extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "image_purpose" add value if not exists 'STORY';`);
    this.addSql(`create type "story_status" as enum ('PENDING', 'PUBLISHED', 'REJECTED', 'HIDDEN');`);
    this.addSql(`create type "story_report_reason" as enum ('SPAM', 'ABUSE', 'PRIVACY', 'FALSE', 'OTHER');`);
    this.addSql(
      `create table "story" ("id" varchar(30) not null, "volunteer_id" varchar(30) not null, "project_id" varchar(30) not null, "organization_id" varchar(30) not null, "title" varchar(60) not null, "body" text not null, "status" "story_status" not null default 'PENDING', "review_note" varchar(500) null, "reviewed_by_id" varchar(30) null, "reviewed_at" timestamptz null, "published_at" timestamptz null, "hidden_at" timestamptz null, "like_count" int not null default 0, "report_count" int not null default 0, "created_at" timestamptz not null default now(), constraint "story_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "story_published" on "story" ("published_at", "id") where status = 'PUBLISHED';`);
    this.addSql(`create index "story_project_id_status_index" on "story" ("project_id", "status");`);
    this.addSql(`create index "story_organization_id_status_created_at_index" on "story" ("organization_id", "status", "created_at");`);
    this.addSql(`create index "story_volunteer_id_created_at_index" on "story" ("volunteer_id", "created_at");`);
    for (const [column, table, rule] of [
      ['volunteer_id', 'volunteer', 'cascade'],
      ['project_id', 'project', 'cascade'],
      ['organization_id', 'organization', 'cascade'],
      ['reviewed_by_id', 'volunteer', 'set null'],
    ])
      this.addSql(
        `alter table "story" add constraint "story_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${rule};`,
      );

    this.addSql(
      `create table "story_image" ("story_id" varchar(30) not null, "image_id" varchar(30) not null, "position" int not null, "alt" varchar(200) not null, constraint "story_image_pkey" primary key ("story_id", "image_id"));`,
    );
    this.addSql(`create index "story_image_image_id_index" on "story_image" ("image_id");`);
    this.addSql(
      `alter table "story_image" add constraint "story_image_story_id_foreign" foreign key ("story_id") references "story" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "story_image" add constraint "story_image_image_id_foreign" foreign key ("image_id") references "image" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "story_like" ("story_id" varchar(30) not null, "volunteer_id" varchar(30) not null, "created_at" timestamptz not null default now(), constraint "story_like_pkey" primary key ("story_id", "volunteer_id"));`,
    );
    this.addSql(`create index "story_like_volunteer_id_index" on "story_like" ("volunteer_id");`);
    this.addSql(
      `alter table "story_like" add constraint "story_like_story_id_foreign" foreign key ("story_id") references "story" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "story_like" add constraint "story_like_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "story_report" ("id" varchar(30) not null, "story_id" varchar(30) not null, "reporter_id" varchar(30) not null, "reason" "story_report_reason" not null, "note" varchar(500) null, "created_at" timestamptz not null default now(), constraint "story_report_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "story_report" add constraint "story_report_one_per_volunteer" unique ("story_id", "reporter_id");`);
    this.addSql(`create index "story_report_created_at_id_index" on "story_report" ("created_at", "id");`);
    this.addSql(
      `alter table "story_report" add constraint "story_report_story_id_foreign" foreign key ("story_id") references "story" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "story_report" add constraint "story_report_reporter_id_foreign" foreign key ("reporter_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "story_report";`);
    this.addSql(`drop table if exists "story_like";`);
    this.addSql(`drop table if exists "story_image";`);
    this.addSql(`drop table if exists "story";`);
    this.addSql(`drop type if exists "story_report_reason";`);
    this.addSql(`drop type if exists "story_status";`);
  }
}
