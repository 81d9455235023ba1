// Uploaded images (the normalised original and its WebP/AVIF variants, one row per distinct
// file), a team's logo and an activity's ordered photo gallery with alt texts.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204110000_images extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "image_purpose" as enum ('LOGO', 'PHOTO', 'COVER', 'PORTRAIT');`);
    this.addSql(
      `create table "image" ("id" varchar(30) not null, "uploader_id" varchar(30) null, "organization_id" varchar(30) null, "purpose" "image_purpose" not null, "original_type" varchar(10) not null, "width" int not null, "height" int not null, "bytes" int not null, "sha256" varchar(64) not null, "original" jsonb not null, "variants" jsonb not null, "created_at" timestamptz not null default now(), constraint "image_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "image_uploader_id_index" on "image" ("uploader_id");`);
    this.addSql(`alter table "image" add constraint "image_sha256_unique" unique ("sha256");`);
    this.addSql(`create index "image_organization_id_created_at_index" on "image" ("organization_id", "created_at");`);
    this.addSql(`create index "image_original_key_index" on "image" (("original"->>'key'));`);
    this.addSql(
      `create table "project_photo" ("project_id" varchar(30) not null, "image_id" varchar(30) not null, "position" int not null, "alt" varchar(200) not null, constraint "project_photo_pkey" primary key ("project_id", "image_id"));`,
    );
    this.addSql(`create index "project_photo_image_id_index" on "project_photo" ("image_id");`);
    this.addSql(
      `create table "organization_logo" ("organization_id" varchar(30) not null, "image_id" varchar(30) not null, constraint "organization_logo_pkey" primary key ("organization_id"));`,
    );
    this.addSql(`create index "organization_logo_image_id_index" on "organization_logo" ("image_id");`);
    this.addSql(
      `alter table "image" add constraint "image_uploader_id_foreign" foreign key ("uploader_id") references "volunteer" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "image" add constraint "image_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "project_photo" add constraint "project_photo_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "project_photo" add constraint "project_photo_image_id_foreign" foreign key ("image_id") references "image" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organization_logo" add constraint "organization_logo_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organization_logo" add constraint "organization_logo_image_id_foreign" foreign key ("image_id") references "image" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization_logo";`);
    this.addSql(`drop table if exists "project_photo";`);
    this.addSql(`drop table if exists "image";`);
    this.addSql(`drop type if exists "image_purpose";`);
  }
}
