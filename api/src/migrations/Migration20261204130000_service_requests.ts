// Service requests (供需对接): needs residents, teams and departments submit, triaged onto the
// public board, claimed by teams (several for a large need), done, and confirmed with a rating.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204130000_service_requests extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "service_request_category" as enum ('ELDERLY', 'CHILDREN', 'DISABILITY', 'ENVIRONMENT', 'COMMUNITY', 'HEALTH', 'EDUCATION', 'DISASTER', 'OTHER');`,
    );
    this.addSql(
      `create type "service_request_status" as enum ('SUBMITTED', 'OPEN', 'DECLINED', 'MERGED', 'CLAIMED', 'IN_PROGRESS', 'DONE', 'CONFIRMED', 'CLOSED');`,
    );
    this.addSql(
      `create table "service_request" ("id" varchar(30) not null, "title" varchar(120) not null, "description" text not null, "category" "service_request_category" not null, "district" varchar(40) not null, "address" varchar(200) not null, "lat" double precision null, "lng" double precision null, "needed_from" timestamptz not null, "needed_until" timestamptz not null, "recurrence" varchar(200) null, "volunteers_needed" int not null, "volunteers_claimed" int not null default 0, "status" "service_request_status" not null default 'SUBMITTED', "contact_name_enc" bytea not null, "contact_phone_enc" bytea not null, "requester_id" varchar(30) null, "requesting_organization_id" varchar(30) null, "reason" varchar(500) null, "merged_into_id" varchar(30) null, "opened_at" timestamptz null, "done_at" timestamptz null, "score" smallint null, "feedback_comment" varchar(500) null, "feedback_hidden_at" timestamptz null, "confirmed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "service_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "service_request_district_index" on "service_request" ("district");`);
    this.addSql(`create index "service_request_requesting_organization_id_index" on "service_request" ("requesting_organization_id");`);
    this.addSql(
      `create index "service_request_location_earth" on "service_request" using gist (earth_point(lat, lng)) where lat is not null and lng is not null;`,
    );
    this.addSql(`create index "service_request_search_bigrams" on "service_request" using gin (aixin_bigrams(title || ' ' || description));`);
    this.addSql(`create index "service_request_requester_id_created_at_id_index" on "service_request" ("requester_id", "created_at", "id");`);
    this.addSql(`create index "service_request_status_created_at_id_index" on "service_request" ("status", "created_at", "id");`);
    this.addSql(
      `create table "service_request_claim" ("id" varchar(30) not null, "request_id" varchar(30) not null, "organization_id" varchar(30) not null, "volunteers" int not null, "project_id" varchar(30) null, "created_at" timestamptz not null default now(), constraint "service_request_claim_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "service_request_claim_organization_id_index" on "service_request_claim" ("organization_id");`);
    this.addSql(
      `alter table "service_request_claim" add constraint "service_request_claim_request_id_organization_id_unique" unique ("request_id", "organization_id");`,
    );
    this.addSql(
      `alter table "service_request" add constraint "service_request_requesting_organization_id_foreign" foreign key ("requesting_organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "service_request" add constraint "service_request_merged_into_id_foreign" foreign key ("merged_into_id") references "service_request" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "service_request_claim" add constraint "service_request_claim_request_id_foreign" foreign key ("request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_request_claim" add constraint "service_request_claim_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_request_claim" add constraint "service_request_claim_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_request_claim" cascade;`);
    this.addSql(`drop table if exists "service_request" cascade;`);
    this.addSql(`drop type if exists "service_request_status";`);
    this.addSql(`drop type if exists "service_request_category";`);
  }
}
