// SQL of the platform's public figures (stats.service.ts): whole-table counts and sums, one
// statement each.
import type { EntityManager } from '@mikro-orm/postgresql';
import { HourEntryKind } from '../ledger/hour-entry.entity.js';
import { OrganizationStatus } from '../organization/organization.entity.js';
import { ProjectStatus } from '../project/project.entity.js';
import { SignupStatus } from '../signup/signup.entity.js';

/** The platform's headline counts (each a bigint, as text). */
export async function platformCounts(em: EntityManager): Promise<Record<string, string>> {
  const [row] = await em.getConnection().execute<Record<string, string>[]>(
    `
      select
        (select count(*) from volunteer) as volunteer_count,
        (select count(*) from organization where status = ?) as organization_count,
        (select count(*) from project where status in (?, ?)) as project_count,
        (select coalesce(sum(total_minutes), 0) from volunteer) as total_service_minutes,
        (select count(*) from shift s join project p on p.id = s.project_id
          where p.status = ? and s.starts_at > now() and s.cancelled_at is null and s.confirmed_count < s.capacity) as open_shift_count`,
    [OrganizationStatus.APPROVED, ProjectStatus.PUBLISHED, ProjectStatus.COMPLETED, ProjectStatus.PUBLISHED],
  );
  return row;
}

/**
 * 人次 (person-times), the one definition every figure uses: one for each time a volunteer served,
 * that is each live service record (a SERVICE entry of the ledger not reversed; imported records
 * included), plus each ATTENDED sign-up whose shift has no live service record for that volunteer
 * yet (checked in, hours not recorded). A sign-up and its record are one attendance, not two.
 * Each attendance is dated by its service date (a sign-up by its shift's start, China time) and
 * belongs to the organising team and that team's district.
 *
 * The facts below are one row per attendance (person_times 1), per ledger entry (minutes, a
 * reversal's negative) and per public activity shift (project_id), grouped once by year, district
 * and team: one statement for every figure.
 */
const FIGURES_SQL = `
  with facts as (
    select e.volunteer_id, e.organization_id, null::varchar as project_id,
           extract(year from e.service_date)::int as year, e.minutes,
           case when e.kind = ? and not exists (select 1 from hour_entry r where r.reverses_id = e.id) then 1 else 0 end as person_times
      from hour_entry e
    union all
    select g.volunteer_id, p.organization_id, null, extract(year from s.starts_at at time zone 'Asia/Shanghai')::int, 0, 1
      from signup g join shift s on s.id = g.shift_id join project p on p.id = s.project_id
     where g.status = ?
       and not exists (select 1 from hour_entry e where e.shift_id = g.shift_id and e.volunteer_id = g.volunteer_id and e.kind = ?
                         and not exists (select 1 from hour_entry r where r.reverses_id = e.id))
    union all
    select null, p.organization_id, p.id, extract(year from s.starts_at at time zone 'Asia/Shanghai')::int, 0, 0
      from project p join shift s on s.project_id = p.id
     where p.status in (?, ?) and s.cancelled_at is null
  )
  select grouping(f.year) as no_year, grouping(o.district) as no_district, grouping(o.id) as no_team,
         f.year, o.district, o.id as organization_id, max(o.name) as name, bool_or(o.status = ?) as approved,
         count(distinct f.volunteer_id) filter (where f.person_times > 0) as volunteers,
         count(distinct f.organization_id) filter (where f.person_times > 0 or f.project_id is not null) as teams,
         count(distinct f.project_id) as activities,
         coalesce(sum(f.minutes), 0) as minutes,
         coalesce(sum(f.person_times), 0) as person_times
    from facts f join organization o on o.id = f.organization_id
   group by grouping sets ((f.year), (o.district), (o.id), ())`;

/** The figures' rows: one per year, district and team, and one for the whole (see FIGURES_SQL). */
export function figureRows(em: EntityManager): Promise<Record<string, string | number | boolean | null>[]> {
  return em
    .getConnection()
    .execute<Record<string, string | number | boolean | null>[]>(FIGURES_SQL, [
      HourEntryKind.SERVICE,
      SignupStatus.ATTENDED,
      HourEntryKind.SERVICE,
      ProjectStatus.PUBLISHED,
      ProjectStatus.COMPLETED,
      OrganizationStatus.APPROVED,
    ]);
}
