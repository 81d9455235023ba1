// Public content: news articles (资讯), role models (志愿榜样) and showcases (重点项目展示).
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123120000_content extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "content_status" as enum ('DRAFT', 'PUBLISHED');`);
    this.addSql(
      `create table "news_article" ("id" varchar(30) not null, "slug" varchar(80) not null, "title" varchar(120) not null, "summary" varchar(300) not null, "body" text not null, "tags" text[] not null default '{}', "cover_image_url" varchar(500) null, "organization_id" varchar(30) null, "status" "content_status" not null default 'DRAFT', "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "news_article_pkey" primary key ("id"), constraint news_article_published_has_time check (status <> 'PUBLISHED' or published_at is not null));`,
    );
    this.addSql(`alter table "news_article" add constraint "news_article_slug_unique" unique ("slug");`);
    this.addSql(`create index "news_article_organization_id_index" on "news_article" ("organization_id");`);
    this.addSql(`create index "news_article_tags_index" on "news_article" using gin ("tags");`);
    this.addSql(`create index "news_article_status_published_at_id_index" on "news_article" ("status", "published_at", "id");`);
    this.addSql(
      `create table "showcase" ("id" varchar(30) not null, "title" varchar(120) not null, "summary" varchar(300) not null, "body" text null, "cover_image_url" varchar(500) null, "project_id" varchar(30) null, "organization_id" varchar(30) null, "status" "content_status" not null default 'DRAFT', "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "showcase_pkey" primary key ("id"), constraint showcase_published_has_time check (status <> 'PUBLISHED' or published_at is not null));`,
    );
    this.addSql(`create index "showcase_project_id_index" on "showcase" ("project_id");`);
    this.addSql(`create index "showcase_organization_id_index" on "showcase" ("organization_id");`);
    this.addSql(`create index "showcase_status_published_at_id_index" on "showcase" ("status", "published_at", "id");`);
    this.addSql(
      `create table "role_model" ("id" varchar(30) not null, "name" varchar(60) not null, "honor" varchar(60) null, "citation" text not null, "year" int null, "volunteer_id" varchar(30) null, "organization_id" varchar(30) null, "district" varchar(40) null, "photo_url" varchar(500) null, "status" "content_status" not null default 'DRAFT', "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "role_model_pkey" primary key ("id"), constraint role_model_published_has_time check (status <> 'PUBLISHED' or published_at is not null));`,
    );
    this.addSql(`create index "role_model_volunteer_id_index" on "role_model" ("volunteer_id");`);
    this.addSql(`create index "role_model_organization_id_index" on "role_model" ("organization_id");`);
    this.addSql(`create index "role_model_status_published_at_id_index" on "role_model" ("status", "published_at", "id");`);
    this.addSql(
      `alter table "news_article" add constraint "news_article_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "showcase" add constraint "showcase_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "showcase" add constraint "showcase_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "role_model" add constraint "role_model_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "role_model" add constraint "role_model_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "news_article", "role_model", "showcase" cascade;');
    this.addSql('drop type if exists "content_status";');
  }
}
