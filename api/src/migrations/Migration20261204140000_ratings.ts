// Activity ratings (活动后评价): one anonymous score (1–5) and optional comment per attendee and
// activity; platform staff may hide an abusive comment.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204140000_ratings extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rating" ("id" varchar(30) not null, "project_id" varchar(30) not null, "organization_id" varchar(30) not null, "volunteer_id" varchar(30) not null, "score" smallint not null, "comment" varchar(500) null, "hidden_at" timestamptz null, "hidden_reason" varchar(500) null, "hidden_by_id" varchar(30) null, "created_at" timestamptz not null default now(), constraint "rating_pkey" primary key ("id"), constraint rating_score_range check (score >= 1 and score <= 5));`,
    );
    this.addSql(`alter table "rating" add constraint "rating_one_per_volunteer" unique ("project_id", "volunteer_id");`);
    this.addSql(`create index "rating_organization_id_created_at_id_index" on "rating" ("organization_id", "created_at", "id");`);
    this.addSql(`create index "rating_project_id_created_at_id_index" on "rating" ("project_id", "created_at", "id");`);
    this.addSql(`create index "rating_comments" on "rating" ("created_at", "id") where comment is not null;`);
    this.addSql(
      `alter table "rating" add constraint "rating_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "rating" add constraint "rating_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "rating" add constraint "rating_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "rating" add constraint "rating_hidden_by_id_foreign" foreign key ("hidden_by_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rating";`);
  }
}
