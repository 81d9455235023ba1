// Leaderboards (服务时长排行) for a district or an organisation over whole months, read from the
// monthly rollups that the ledger keeps in step, never by summing entries.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { encodeCursor, decodeCursor, pageSize, type ConnectionArgs, type Page } from '../../common/connection.js';
import { BadUserInputError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { Reason } from '../../common/error-reasons.js';
import {
  countDistrictYear,
  countRankedOrganizations,
  countRankedVolunteers,
  rankDistrictYear,
  rankOrganizations,
  rankVolunteers,
  type RollupScope,
} from './ledger.queries.js';

const MAX_MONTHS = 120;

@ObjectType('VolunteerRanking', { description: "A volunteer's place on a leaderboard" })
export class VolunteerRanking {
  @Field(() => Int) rank!: number;
  @Field(() => Int) minutes!: number;
  @Field(() => Float) hours!: number;
  volunteerId!: string;
}

@ObjectType('OrganizationRanking', { description: "An organisation's place on a leaderboard" })
export class OrganizationRanking {
  @Field(() => Int) rank!: number;
  @Field(() => Int) minutes!: number;
  @Field(() => Float) hours!: number;
  @Field(() => Int, { description: 'Volunteers with time recorded in the period' }) volunteerCount!: number;
  organizationId!: string;
}

export interface Period {
  from: string;
  to: string;
}

/** 'YYYY-MM' .. 'YYYY-MM' (inclusive) as first days of months. */
export function parsePeriod(from: string, to: string): Period {
  const month = (value: string, field: string) => {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
    if (!m) throw new BadUserInputError(field, Reason.BAD_FORMAT, `${field} must be a month, YYYY-MM`, { expected: 'YYYY-MM' });
    return { text: `${m[1]}-${m[2]}-01`, index: Number(m[1]) * 12 + Number(m[2]) - 1 };
  };
  const f = month(from, 'from');
  const t = month(to, 'to');
  if (t.index < f.index) throw new BadUserInputError('to', Reason.END_BEFORE_START, 'to must not be before from');
  if (t.index - f.index + 1 > MAX_MONTHS)
    throw new BadUserInputError('to', Reason.PERIOD_TOO_LONG, `A period has at most ${MAX_MONTHS} months`, { max: MAX_MONTHS, unit: 'month' });
  return { from: f.text, to: t.text };
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

function offsetPage<T>(rows: T[], first: number, offset: number, count: () => Promise<number>): Page<T> {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor([offset + i + 1]) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    count: () => (counted ??= count()),
  };
}

function rankings(rows: { volunteer_id: string; minutes: number }[], offset: number): VolunteerRanking[] {
  return rows.map((r, i) =>
    Object.assign(new VolunteerRanking(), { rank: offset + i + 1, minutes: r.minutes, hours: hours(r.minutes), volunteerId: r.volunteer_id }),
  );
}

/** The year when the period is exactly one calendar year (January to December), else null. */
function calendarYear(period: Period): number | null {
  const year = period.from.slice(0, 4);
  return period.from === `${year}-01-01` && period.to === `${year}-12-01` ? Number(year) : null;
}

function offsetOf(args: ConnectionArgs): number {
  if (!args.after) return 0;
  const [n] = decodeCursor<unknown>(args.after, [{ column: 'rank', value: () => 0, type: 'number' }]);
  if (!Number.isInteger(n) || (n as number) < 0) throw new BadUserInputError('after', Reason.BAD_CURSOR, 'after is not a cursor from this list');
  return n as number;
}

export class LeaderboardService {
  constructor(private readonly em: EntityManager) {}

  /** Volunteers by minutes served with the teams of a district, or with one organisation. */
  async volunteers(scope: { district?: string | null; organizationId?: string | null }, period: Period, args: ConnectionArgs): Promise<Page<VolunteerRanking>> {
    const first = pageSize(args.first);
    const offset = offsetOf(args);
    const where = this.scope(scope);
    const year = calendarYear(period);
    if (year !== null && 'district' in where) return this.districtYear(where.district, year, first, offset);
    const rows = await rankVolunteers(this.em, where, period, first + 1, offset);
    return offsetPage(rankings(rows, offset), first, offset, () => countRankedVolunteers(this.em, where, period));
  }

  /** A calendar year of a district: the first rows of the yearly rollup's ranking index. */
  private async districtYear(district: string, year: number, first: number, offset: number): Promise<Page<VolunteerRanking>> {
    const rows = await rankDistrictYear(this.em, district, year, first + 1, offset);
    return offsetPage(rankings(rows, offset), first, offset, () => countDistrictYear(this.em, district, year));
  }

  /** Organisations of a district by minutes recorded in the period. */
  async organizations(district: string, period: Period, args: ConnectionArgs): Promise<Page<OrganizationRanking>> {
    const first = pageSize(args.first);
    const offset = offsetOf(args);
    const rows = await rankOrganizations(this.em, district, period, first + 1, offset);
    const ranked = rows.map((r, i) =>
      Object.assign(new OrganizationRanking(), {
        rank: offset + i + 1,
        minutes: r.minutes,
        hours: hours(r.minutes),
        volunteerCount: r.volunteers,
        organizationId: r.organization_id,
      }),
    );
    return offsetPage(ranked, first, offset, () => countRankedOrganizations(this.em, district, period));
  }

  private scope(scope: { district?: string | null; organizationId?: string | null }): RollupScope {
    const district = scope.district?.trim();
    if (!!district === !!scope.organizationId)
      throw new BadUserInputError('district', Reason.DISTRICT_OR_ORGANIZATION, 'Give district or organizationId, one of them');
    if (district) {
      if (Array.from(district).length > 40) throw new BadUserInputError('district', Reason.TOO_LONG, 'district has at most 40 characters', { max: 40 });
      return { district };
    }
    if (nodeTypeOf(scope.organizationId!) !== 'Organization')
      throw new BadUserInputError('organizationId', Reason.NOT_FOUND, 'No such organization', { entity: 'Organization' });
    return { organizationId: scope.organizationId! };
  }
}
