// Organisation registration and review (approval and suspension dates, the reason for a
// suspension), name uniqueness that ignores spaces and letter case, substring search on
// names (pg_trgm), and the member list index.
import { Migration } from '@mikro-orm/migrations';

// Keep in step with organizationNameKeySql() in organization.entity.ts.
const NAME_KEY = `lower(regexp_replace(normalize("name", NFKC), '[[:space:]]+', '', 'g'))`;

export class Migration20261123110000_organizations extends Migration {
  override async up(): Promise<void> {
    // A trusted extension since PostgreSQL 13: a database owner may create it without superuser rights.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `alter table "organization" add column "approved_at" timestamptz null, add column "suspended_at" timestamptz null, add column "suspended_reason" varchar(500) null;`,
    );
    this.addSql(`update "organization" set "approved_at" = "created_at" where "status" = 'APPROVED';`);
    this.addSql(`alter table "organization" add constraint organization_member_count_non_negative check (member_count >= 0);`);
    this.addSql(`create unique index "organization_name_key_unique" on "organization" ((${NAME_KEY}));`);
    this.addSql(`create index "organization_name_trgm_index" on "organization" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index "membership_organization_id_id_index" on "membership" ("organization_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "membership_organization_id_id_index";`);
    this.addSql(`drop index if exists "organization_name_trgm_index";`);
    this.addSql(`drop index if exists "organization_name_key_unique";`);
    this.addSql(`alter table "organization" drop constraint if exists organization_member_count_non_negative;`);
    this.addSql(`alter table "organization" drop column "approved_at", drop column "suspended_at", drop column "suspended_reason";`);
  }
}
