// Proof that the kept totals equal the ledger: every volunteer's and organisation's total and
// every monthly rollup against the sums of their entries (full scans: platform staff only).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';

@ObjectType('LedgerConsistency', { description: 'Totals checked against the sums of the ledger entries' })
export class LedgerConsistency {
  @Field(() => Boolean, { description: 'True when every total equals the sum of its entries' }) consistent!: boolean;
  @Field(() => Int) entryCount!: number;
  @Field(() => Int, { description: 'Sum of all entries' }) entryMinutes!: number;
  @Field(() => Int, { description: 'Sum of all volunteer totals' }) volunteerTotalMinutes!: number;
  @Field(() => Int, { description: 'Volunteers whose total differs from their entries' }) volunteerMismatches!: number;
  @Field(() => Int, { description: 'Organisations whose total differs from their entries' }) organizationMismatches!: number;
  @Field(() => Int, { description: 'Monthly and yearly rollups that differ from their entries' }) rollupMismatches!: number;
  @Field(() => DateTimeResolver) checkedAt!: Date;
}

export async function checkLedger(em: EntityManager): Promise<LedgerConsistency> {
  // One statement, so all figures come from one snapshot.
  const [row] = await em.getConnection().execute<Record<string, string>[]>(`
    with by_volunteer as (select volunteer_id, sum(minutes) as m from hour_entry group by volunteer_id),
         by_org as (select organization_id, sum(minutes) as m from hour_entry group by organization_id),
         by_month as (select volunteer_id, organization_id, date_trunc('month', service_date)::date as month, sum(minutes) as m
                        from hour_entry group by 1, 2, 3),
         by_year as (select o.district, extract(year from e.service_date)::smallint as year, e.volunteer_id, sum(e.minutes) as m
                       from hour_entry e join organization o on o.id = e.organization_id where o.district is not null group by 1, 2, 3)
    select
      (select count(*) from hour_entry) as entry_count,
      (select coalesce(sum(minutes), 0) from hour_entry) as entry_minutes,
      (select coalesce(sum(total_minutes), 0) from volunteer) as volunteer_total,
      (select count(*) from volunteer v left join by_volunteer s on s.volunteer_id = v.id where v.total_minutes <> coalesce(s.m, 0)) as volunteer_mismatches,
      (select count(*) from organization o left join by_org s on s.organization_id = o.id where o.total_minutes <> coalesce(s.m, 0)) as organization_mismatches,
      (select count(*) from hour_rollup r full join by_month s using (volunteer_id, organization_id, month)
        where coalesce(r.minutes, 0) <> coalesce(s.m, 0))
      + (select count(*) from district_year_rollup r full join by_year s using (district, year, volunteer_id)
        where coalesce(r.minutes, 0) <> coalesce(s.m, 0)) as rollup_mismatches`);
  const n = (k: string) => Number(row[k]);
  const result = {
    entryCount: n('entry_count'),
    entryMinutes: n('entry_minutes'),
    volunteerTotalMinutes: n('volunteer_total'),
    volunteerMismatches: n('volunteer_mismatches'),
    organizationMismatches: n('organization_mismatches'),
    rollupMismatches: n('rollup_mismatches'),
    checkedAt: new Date(),
  };
  const consistent =
    result.volunteerMismatches === 0 &&
    result.organizationMismatches === 0 &&
    result.rollupMismatches === 0 &&
    result.entryMinutes === result.volunteerTotalMinutes;
  return Object.assign(new LedgerConsistency(), result, { consistent });
}
