// Nearby searches index `earth_point(lat, lng)` instead of earthdistance's `ll_to_earth`, whose
// body names `earth()` and `cube()` without a schema: pg_restore (empty search_path) could not
// rebuild an index on it. This wrapper keeps the search_path it was created with, so a dump
// restores whole.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261204061000_earth_point extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create or replace function earth_point(lat double precision, lng double precision) returns earth
         language sql immutable strict parallel safe set search_path from current
         as $$ select ll_to_earth(lat, lng) $$;`,
    );
    this.addSql(`drop index if exists "project_location_earth";`);
    this.addSql(`create index "project_location_earth" on "project" using gist (earth_point(lat, lng)) where lat is not null and lng is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "project_location_earth";`);
    this.addSql(`create index "project_location_earth" on "project" using gist (ll_to_earth(lat, lng)) where lat is not null and lng is not null;`);
    this.addSql(`drop function if exists earth_point(double precision, double precision);`);
  }
}
