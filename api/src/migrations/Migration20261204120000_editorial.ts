// Review of teams' news (submitted → in review → published or returned with a reason), and news
// linked to the activity it reports on (活动过程).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204120000_editorial extends Migration {
  override async up(): Promise<void> {
    // New enum values cannot be used in the transaction that adds them: nothing below does.
    this.addSql(`alter type "content_status" add value if not exists 'IN_REVIEW' before 'PUBLISHED';`);
    this.addSql(`alter type "content_status" add value if not exists 'RETURNED' before 'PUBLISHED';`);
    this.addSql(
      `alter table "news_article" add column "project_id" varchar(30) null, add column "submitted_at" timestamptz null, add column "returned_reason" varchar(500) null;`,
    );
    this.addSql(
      `alter table "news_article" add constraint "news_article_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "news_article_project_id_index" on "news_article" ("project_id");`);
    // The review queue: by status, oldest submission first.
    this.addSql(`create index "news_article_status_submitted_at_id_index" on "news_article" ("status", "submitted_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "news_article" set "status" = 'DRAFT' where "status"::text in ('IN_REVIEW', 'RETURNED');`);
    this.addSql(`drop index if exists "news_article_status_submitted_at_id_index";`);
    this.addSql(`drop index if exists "news_article_project_id_index";`);
    this.addSql(`alter table "news_article" drop constraint if exists "news_article_project_id_foreign";`);
    this.addSql(
      `alter table "news_article" drop column if exists "project_id", drop column if exists "submitted_at", drop column if exists "returned_reason";`,
    );
    // PostgreSQL cannot drop enum values; the two stay unused.
  }
}
