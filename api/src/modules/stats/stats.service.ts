import type { EntityManager } from '@mikro-orm/postgresql';
import type { FigureRow } from './figures.type.js';
import type { PlatformStats } from './platform-stats.type.js';
import { figureRows, platformCounts } from './stats.queries.js';

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
    const row = await platformCounts(this.em);
    return {
      volunteerCount: Number(row.volunteer_count),
      organizationCount: Number(row.organization_count),
      projectCount: Number(row.project_count),
      totalServiceMinutes: Number(row.total_service_minutes),
      openShiftCount: Number(row.open_shift_count),
    };
  }

  private async computeFigures(): Promise<Figures> {
    const rows = await figureRows(this.em);
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
