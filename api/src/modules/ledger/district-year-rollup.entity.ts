import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Volunteer } from '../volunteer/volunteer.entity.js';

/**
 * Minutes per district, calendar year and volunteer, kept in the same transaction as the entries
 * (see applyEntries). A year's district leaderboard (年度排行) is then the first rows of one index,
 * whatever the number of volunteers; other periods sum the monthly rollups.
 */
@Entity({ tableName: 'district_year_rollup' })
@Index({
  name: 'district_year_rollup_ranking',
  expression: `create index "district_year_rollup_ranking" on "district_year_rollup" ("district", "year", "minutes" desc, "volunteer_id")`,
})
export class DistrictYearRollup {
  @PrimaryKey({ type: 'string', length: 40 })
  district!: string;

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @ManyToOne(() => Volunteer, { primary: true })
  volunteer!: Rel<Volunteer>;

  @Property({ type: 'integer' })
  minutes!: number;
}
