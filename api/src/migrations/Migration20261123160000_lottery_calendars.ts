// Fair allocation by lottery (registration window, draw record, draw positions, the new
// PENDING_DRAW status) and volunteers' secret calendar addresses.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123160000_lottery_calendars extends Migration {
  override async up(): Promise<void> {
    // A new enum value may not be used in the transaction that adds it: nothing below does.
    this.addSql(`alter type "signup_status" add value if not exists 'PENDING_DRAW' after 'NO_SHOW';`);
    this.addSql(`alter table "signup" add column "draw_position" int null;`);

    this.addSql(`create type "shift_allocation" as enum ('FIRST_COME', 'LOTTERY');`);
    this.addSql(
      `alter table "shift" add column "allocation" "shift_allocation" not null default 'FIRST_COME', add column "registration_opens_at" timestamptz null, add column "registration_closes_at" timestamptz null, add column "drawn_at" timestamptz null, add column "entrant_count" int not null default 0;`,
    );
    this.addSql(
      `alter table "shift" add constraint shift_registration_window check((allocation = 'FIRST_COME' and registration_opens_at is null and registration_closes_at is null) or (allocation = 'LOTTERY' and registration_closes_at < starts_at and (registration_opens_at is null or registration_opens_at < registration_closes_at)));`,
    );
    this.addSql(`alter table "shift" add constraint shift_entrant_count_positive check(entrant_count >= 0);`);
    this.addSql(`create index "shift_due_draws" on "shift" ("registration_closes_at") where allocation = 'LOTTERY' and drawn_at is null;`);

    this.addSql(
      `create table "shift_draw" ("shift_id" varchar(30) not null, "algorithm" varchar(40) not null, "seed" bytea not null, "drawn_at" timestamptz null, "entries" jsonb null, "selected_count" int null, constraint "shift_draw_pkey" primary key ("shift_id"));`,
    );
    this.addSql(
      `alter table "shift_draw" add constraint "shift_draw_shift_id_foreign" foreign key ("shift_id") references "shift" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "calendar_feed" ("volunteer_id" varchar(30) not null, "nonce" bytea not null, "token_hash" bytea not null, "created_at" timestamptz not null default now(), constraint "calendar_feed_pkey" primary key ("volunteer_id"));`,
    );
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);
    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_feed", "shift_draw" cascade;`);
    this.addSql(`drop index if exists "shift_due_draws";`);
    this.addSql(
      `alter table "shift" drop constraint if exists shift_registration_window, drop constraint if exists shift_entrant_count_positive, drop column "allocation", drop column "registration_opens_at", drop column "registration_closes_at", drop column "drawn_at", drop column "entrant_count";`,
    );
    this.addSql(`drop type if exists "shift_allocation";`);
    this.addSql(`alter table "signup" drop column "draw_position";`);
    // PostgreSQL cannot drop an enum value; PENDING_DRAW stays, unused.
  }
}
