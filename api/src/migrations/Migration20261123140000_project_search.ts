// Finding activities: Chinese text by character bigrams, and nearby ones by earth distance.
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123140000_project_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists cube;`);
    this.addSql(`create extension if not exists earthdistance;`);
    this.addSql(`create or replace function aixin_bigrams(t text) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct substr(lower(t), i, 2)), '{}')
        from generate_series(1, greatest(char_length(t) - 1, 0)) as i
       where substr(t, i, 2) !~ '\\s'
    $$;`);
    this.addSql(`create index "project_search_bigrams" on "project" using gin (aixin_bigrams(title || ' ' || summary));`);
    this.addSql(`create index "project_location_earth" on "project" using gist (ll_to_earth(lat, lng)) where lat is not null and lng is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "project_location_earth";`);
    this.addSql(`drop index if exists "project_search_bigrams";`);
    this.addSql(`drop function if exists aixin_bigrams(text);`);
  }
}
