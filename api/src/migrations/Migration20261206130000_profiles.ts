import { Migration } from '@mikro-orm/migrations';

/** 志愿者风采: the volunteer's public-page switch and a minor's guardian consent; a contest essay's story. */
export class Migration20261206130000_profiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "volunteer" add column "public_profile" boolean not null default false, add column "guardian_consent_at" timestamptz null, add column "guardian_consent_name_enc" bytea null;`,
    );

    this.addSql(`alter table "contest_entry" add column "story_id" varchar(30) null;`);
    this.addSql(
      `alter table "contest_entry" add constraint "contest_entry_story_id_foreign" foreign key ("story_id") references "story" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "contest_entry_story_id_index" on "contest_entry" ("story_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contest_entry" drop constraint "contest_entry_story_id_foreign";`);
    this.addSql(`drop index "contest_entry_story_id_index";`);
    this.addSql(`alter table "contest_entry" drop column "story_id";`);
    this.addSql(`alter table "volunteer" drop column "public_profile", drop column "guardian_consent_at", drop column "guardian_consent_name_enc";`);
  }
}
