import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformStats } from './platform-stats.type.js';

// The figures change slowly and cost full scans on a national data set, so each
// process reuses them for a short while.
const TTL_MS = 30_000;
let cached: { at: number; value: Promise<PlatformStats> } | null = null;

export class StatsService {
  constructor(private readonly em: EntityManager) {}

  platform(now = Date.now()): Promise<PlatformStats> {
    if (cached && now - cached.at < TTL_MS) return cached.value;
    const value = this.compute();
    cached = { at: now, value };
    value.catch(() => (cached = null));
    return value;
  }

  static invalidate(): void {
    cached = null;
  }

  private async compute(): Promise<PlatformStats> {
    const [row] = await this.em.getConnection().execute<Record<string, string>[]>(`
      select
        (select count(*) from volunteer) as volunteer_count,
        (select count(*) from organization where status = 'APPROVED') as organization_count,
        (select count(*) from project where status in ('PUBLISHED', 'COMPLETED')) as project_count,
        (select coalesce(sum(total_minutes), 0) from volunteer) as total_service_minutes,
        (select count(*) from shift s join project p on p.id = s.project_id
          where p.status = 'PUBLISHED' and s.starts_at > now() and s.confirmed_count < s.capacity) as open_shift_count`);
    return {
      volunteerCount: Number(row.volunteer_count),
      organizationCount: Number(row.organization_count),
      projectCount: Number(row.project_count),
      totalServiceMinutes: Number(row.total_service_minutes),
      openShiftCount: Number(row.open_shift_count),
    };
  }
}
