// Request and query-cost counters per caller and minute (common/rate-limits.ts), shared by the API
// processes when no Redis is configured. Unlogged: a counter lost in a crash costs nothing.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261205110000_rate_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
  }
}
