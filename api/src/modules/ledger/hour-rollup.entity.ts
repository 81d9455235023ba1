import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Organization } from '../organization/organization.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

/**
 * Minutes per volunteer, organisation and month of service, kept in the same transaction as
 * the entries (see applyEntries): leaderboards for a district or an organisation over a period
 * read these rows through covering indexes instead of summing the ledger. `district` is the
 * organisation's district when the row was first written.
 */
@Entity({ tableName: 'hour_rollup' })
@Index({
  name: 'hour_rollup_district_month',
  expression: `create index "hour_rollup_district_month" on "hour_rollup" ("district", "month") include ("volunteer_id", "organization_id", "minutes")`,
})
@Index({
  name: 'hour_rollup_organization_month',
  expression: `create index "hour_rollup_organization_month" on "hour_rollup" ("organization_id", "month") include ("volunteer_id", "minutes")`,
})
export class HourRollup {
  @ManyToOne(() => Volunteer, { primary: true })
  volunteer!: Rel<Volunteer>;

  @ManyToOne(() => Organization, { primary: true })
  organization!: Rel<Organization>;

  /** First day of the month (China calendar) of the service date. */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  district?: string | null;

  @Property({ type: 'integer' })
  minutes!: number;
}
