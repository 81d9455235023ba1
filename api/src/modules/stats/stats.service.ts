import type { EntityManager } from '@mikro-orm/postgresql';
import type { FigureRow } from './figures.type.js';
import type { PlatformStats } from './platform-stats.type.js';

// The figures change slowly and cost full scans on a national data set, so each
// process reuses them for a short while.
const TTL_MS = 30_000;

/** A value computed at most once per TTL in this process, dropped on failure or invalidate(). */
class Cached<T> {
  private entry: { at: number; value: Promise<T> } | null = null;
  get(now: number, compute: () => Promise<T>): Promise<T> {
    if (this.entry && now - this.entry.at < TTL_MS) return this.entry.value;
    const value = compute();
    this.entry = { at: now, value };
    value.catch(() => (this.entry = null));
    return value;
  }
  clear(): void {
    this.entry = null;
  }
}

export interface Figures {
  personTimes: number;
  byYear: FigureRow[];
  byDistrict: FigureRow[];
  /** Approved teams only, most service minutes first. */
  byTeam: FigureRow[];
}

const platformCache = new Cached<PlatformStats>();
const figuresCache = new Cached<Figures>();

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
           case when e.kind = 'SERVICE' and not exists (select 1 from hour_entry r where r.reverses_id = e.id) then 1 else 0 end as person_times
      from hour_entry e
    union all
    select g.volunteer_id, p.organization_id, null, extract(year from s.starts_at at time zone 'Asia/Shanghai')::int, 0, 1
      from signup g join shift s on s.id = g.shift_id join project p on p.id = s.project_id
     where g.status = 'ATTENDED'
       and not exists (select 1 from hour_entry e where e.shift_id = g.shift_id and e.volunteer_id = g.volunteer_id and e.kind = 'SERVICE'
                         and not exists (select 1 from hour_entry r where r.reverses_id = e.id))
    union all
    select null, p.organization_id, p.id, extract(year from s.starts_at at time zone 'Asia/Shanghai')::int, 0, 0
      from project p join shift s on s.project_id = p.id
     where p.status in ('PUBLISHED', 'COMPLETED') and s.cancelled_at is null
  )
  select grouping(f.year) as no_year, grouping(o.district) as no_district, grouping(o.id) as no_team,
         f.year, o.district, o.id as organization_id, max(o.name) as name, bool_or(o.status = 'APPROVED') as approved,
         count(distinct f.volunteer_id) filter (where f.person_times > 0) as volunteers,
         count(distinct f.organization_id) filter (where f.person_times > 0 or f.project_id is not null) as teams,
         count(distinct f.project_id) as activities,
         coalesce(sum(f.minutes), 0) as minutes,
         coalesce(sum(f.person_times), 0) as person_times
    from facts f join organization o on o.id = f.organization_id
   group by grouping sets ((f.year), (o.district), (o.id), ())`;

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export class StatsService {
  constructor(private readonly em: EntityManager) {}

  platform(now = Date.now()): Promise<PlatformStats> {
    return platformCache.get(now, () => this.compute());
  }

  /** Volunteers, teams, activities, service time and 人次 by year, district and team (cached like platform()). */
  figures(now = Date.now()): Promise<Figures> {
    return figuresCache.get(now, () => this.computeFigures());
  }

  static invalidate(): void {
    platformCache.clear();
    figuresCache.clear();
  }

  private async compute(): Promise<PlatformStats> {
    const [row] = await this.em.getConnection().execute<Record<string, string>[]>(`
      select
        (select count(*) from volunteer) as volunteer_count,
        (select count(*) from organization where status = 'APPROVED') as organization_count,
        (select count(*) from project where status in ('PUBLISHED', 'COMPLETED')) as project_count,
        (select coalesce(sum(total_minutes), 0) from volunteer) as total_service_minutes,
        (select count(*) from shift s join project p on p.id = s.project_id
          where p.status = 'PUBLISHED' and s.starts_at > now() and s.cancelled_at is null and s.confirmed_count < s.capacity) as open_shift_count`);
    return {
      volunteerCount: Number(row.volunteer_count),
      organizationCount: Number(row.organization_count),
      projectCount: Number(row.project_count),
      totalServiceMinutes: Number(row.total_service_minutes),
      openShiftCount: Number(row.open_shift_count),
    };
  }

  private async computeFigures(): Promise<Figures> {
    const rows = await this.em.getConnection().execute<Record<string, string | number | boolean | null>[]>(FIGURES_SQL);
    const figures: Figures = { personTimes: 0, byYear: [], byDistrict: [], byTeam: [] };
    for (const r of rows) {
      const row = (key: string, label: string): FigureRow => ({
        key,
        label,
        volunteers: Number(r.volunteers),
        teams: Number(r.teams),
        activities: Number(r.activities),
        minutes: Number(r.minutes),
        hours: hours(Number(r.minutes)),
        personTimes: Number(r.person_times),
      });
      if (!Number(r.no_year)) figures.byYear.push(row(String(r.year), String(r.year)));
      else if (!Number(r.no_district)) figures.byDistrict.push(row(String(r.district ?? ''), String(r.district ?? '')));
      else if (!Number(r.no_team)) {
        if (r.approved) figures.byTeam.push(row(String(r.organization_id), String(r.name)));
      } else figures.personTimes = Number(r.person_times);
    }
    figures.byYear.sort((a, b) => Number(a.key) - Number(b.key));
    figures.byDistrict.sort((a, b) => b.personTimes - a.personTimes || b.minutes - a.minutes || a.key.localeCompare(b.key, 'zh'));
    figures.byTeam.sort((a, b) => b.minutes - a.minutes || b.personTimes - a.personTimes || a.key.localeCompare(b.key));
    return figures;
  }
}
