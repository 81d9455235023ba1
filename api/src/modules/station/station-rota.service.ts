// A station's duty rota (值班制): the manager sets which team is on duty on each weekday (or on
// given dates); each duty day in the coming weeks becomes a published activity of that team with
// one shift, which the team's coordinators fill with the ordinary sign-up tools and whose hours
// are recorded like any shift's. Teams swap days with each other's consent; days short of
// volunteers in the coming week are flagged, and the daily job tells the duty team.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { addDays, chinaDate, chinaTime, isCalendarDate } from '../../common/china-time.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { writeAudit } from '../audit/audit.service.js';
import { MemberRole } from '../organization/membership.entity.js';
import { MANAGING_ROLES, managedOrganizationIds, requireOrgRole } from '../organization/organization-access.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import { OrganizationNotFoundError } from '../organization/organization.errors.js';
import { Station, StationDuty, StationRotaEntry, StationSwap, StationSwapStatus } from './station.entity.js';
import { DutyHasSignupsError, StationNotFoundError, SwapNotPendingError, SwapNotPossibleError } from './station.errors.js';
import type { ProposeStationSwapInput, SetStationRotaInput, StationRotaLineInput } from './station.inputs.js';
import {
  deleteUnfilledDutiesAfter,
  dutiesBetween,
  gapsBetween,
  insertDuty,
  liveSignupsOf,
  lockDuties,
  lockStation,
  lockSwap,
  notifyGap,
  swapDutyTeams,
} from './station.queries.js';
import { StationService } from './station.service.js';

/** How many days ahead duty days are generated (today included). */
export const DUTY_HORIZON_DAYS = 28;
/** Days ahead (today included) in which a duty short of volunteers is a gap. */
export const GAP_DAYS = 7;
/** The longest span `duties(from, to)` answers. */
const MAX_SPAN_DAYS = 62;
const MAX_ROTA_LINES = 100;
const TIME_SHAPE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** ISO weekday of a date, 1 (Monday)..7 (Sunday). */
function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

export function checkDate(field: string, value: string): string {
  if (!isCalendarDate(value)) {
    throw new BadUserInputError(field, Reason.BAD_FORMAT, `${field} must be a date YYYY-MM-DD`, { expected: 'YYYY-MM-DD' });
  }
  return value;
}

function checkLine(line: StationRotaLineInput, i: number): StationRotaLineInput {
  const field = `lines.${i}`;
  if ((line.weekday == null) === (line.date == null)) throw new BadUserInputError(`${field}.weekday`, Reason.BAD_FORMAT, 'Give a weekday or a date');
  if (line.weekday != null && (!Number.isInteger(line.weekday) || line.weekday < 1 || line.weekday > 7))
    throw new BadUserInputError(`${field}.weekday`, Reason.OUT_OF_RANGE, 'weekday must be 1..7', { min: 1, max: 7 });
  if (line.date != null) checkDate(`${field}.date`, line.date);
  for (const key of ['startsAt', 'endsAt'] as const) {
    if (!TIME_SHAPE.test(line[key])) throw new BadUserInputError(`${field}.${key}`, Reason.BAD_FORMAT, `${key} must be HH:MM`, { expected: 'HH:MM' });
  }
  if (line.endsAt <= line.startsAt) throw new BadUserInputError(`${field}.endsAt`, Reason.OUT_OF_RANGE, 'The duty ends after it starts');
  if (!Number.isInteger(line.places) || line.places < 1 || line.places > 100)
    throw new BadUserInputError(`${field}.places`, Reason.OUT_OF_RANGE, 'places must be 1..100', { min: 1, max: 100 });
  return line;
}

export class StationRotaService {
  constructor(private readonly em: EntityManager) {}

  /** Its rota lines: weekly ones by weekday, then dated ones by date. */
  rota(station: Station): Promise<StationRotaEntry[]> {
    return this.em.find(StationRotaEntry, { station: station.id }, { orderBy: { weekday: 'asc', date: 'asc' } });
  }

  async managedRota(viewer: Viewer | null, stationId: string): Promise<StationRotaEntry[]> {
    return this.rota(await new StationService(this.em).managed(viewer, stationId));
  }

  /** Duty days from..to (China dates), in date order. */
  async duties(stationId: string, from: string, to: string): Promise<StationDuty[]> {
    checkDate('from', from);
    checkDate('to', to);
    if (to < from || to > addDays(from, MAX_SPAN_DAYS))
      throw new BadUserInputError('to', Reason.OUT_OF_RANGE, `to is from..from + ${MAX_SPAN_DAYS} days`, { max: MAX_SPAN_DAYS });
    return dutiesBetween(this.em, stationId, from, to);
  }

  /** Duty days of the coming week (today included) with fewer volunteers than places, for the station's managers. */
  async gaps(viewer: Viewer | null, stationId: string, now = new Date()): Promise<StationDuty[]> {
    const station = await new StationService(this.em).managed(viewer, stationId);
    const today = chinaDate(now);
    return gapsBetween(this.em, station.id, today, addDays(today, GAP_DAYS - 1));
  }

  /** Duty days of the teams the viewer coordinates (ADMIN or COORDINATOR), today and the coming weeks. */
  async teamDuties(viewer: Viewer | null, now = new Date()): Promise<StationDuty[]> {
    const v = requireViewer(viewer);
    const teams = await managedOrganizationIds(this.em, v.volunteerId);
    if (!teams.length) return [];
    const today = chinaDate(now);
    return this.em.find(
      StationDuty,
      { team: { $in: teams }, date: { $gte: today, $lte: addDays(today, DUTY_HORIZON_DAYS - 1) } },
      { orderBy: { date: 'asc', id: 'asc' } },
    );
  }

  /**
   * Replaces the rota and regenerates the coming duty days: days after today that nobody has
   * signed up for are made again from the new rota; days with sign-ups keep their team.
   */
  async setRota(viewer: Viewer | null, input: SetStationRotaInput, now = new Date()): Promise<StationDuty[]> {
    const v = requireViewer(viewer);
    const station = await new StationService(this.em).managed(v, input.stationId);
    if (input.lines.length > MAX_ROTA_LINES)
      throw new BadUserInputError('lines', Reason.OUT_OF_RANGE, `At most ${MAX_ROTA_LINES} lines`, { max: MAX_ROTA_LINES });
    const lines = input.lines.map(checkLine);
    const seen = new Set<string>();
    for (const [i, line] of lines.entries()) {
      const key = line.weekday != null ? `w${line.weekday}` : `d${line.date}`;
      if (seen.has(key)) throw new BadUserInputError(`lines.${i}`, Reason.BAD_FORMAT, 'One team per weekday or date');
      seen.add(key);
    }
    const teamIds = [...new Set(lines.map((l) => l.teamId))];
    const teams = teamIds.every((id) => nodeTypeOf(id) === 'Organization')
      ? await this.em.find(Organization, { id: { $in: teamIds }, status: OrganizationStatus.APPROVED })
      : [];
    if (teams.length !== teamIds.length) throw new OrganizationNotFoundError();
    const today = chinaDate(now);
    await this.em.transactional(async (tx) => {
      await lockStation(tx, station.id);
      await tx.nativeDelete(StationRotaEntry, { station: station.id });
      for (const line of lines) {
        const entry = new StationRotaEntry();
        Object.assign(entry, {
          station: tx.getReference(Station, station.id),
          weekday: line.weekday ?? null,
          date: line.date ?? null,
          team: tx.getReference(Organization, line.teamId),
          startsAt: line.startsAt,
          endsAt: line.endsAt,
          places: line.places,
        });
        tx.persist(entry);
      }
      await tx.flush();
      await deleteUnfilledDutiesAfter(tx, station.id, today);
      await this.generate(tx, station, today);
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'station.rota-set', subjectId: station.id, detail: { lines: lines.length } }]);
    });
    return dutiesBetween(this.em, station.id, today, addDays(today, DUTY_HORIZON_DAYS - 1));
  }

  /**
   * Makes the missing duty days from `today` to the horizon from the station's rota: one
   * published activity of the duty team with one shift per day. Run inside a transaction that
   * holds the station's lock. How many it made.
   */
  async generate(tx: EntityManager, station: Station, today: string): Promise<number> {
    const rota = await tx.find(StationRotaEntry, { station: station.id });
    if (!rota.length) return 0;
    const last = addDays(today, DUTY_HORIZON_DAYS - 1);
    const existing = new Set((await dutiesBetween(tx, station.id, today, last)).map((d) => d.date));
    const byDate = new Map(rota.filter((r) => r.date).map((r) => [r.date!, r]));
    const byWeekday = new Map(rota.filter((r) => r.weekday != null).map((r) => [r.weekday!, r]));
    let made = 0;
    for (let date = today; date <= last; date = addDays(date, 1)) {
      if (existing.has(date)) continue;
      const line = byDate.get(date) ?? byWeekday.get(weekdayOf(date));
      if (!line) continue;
      await insertDuty(tx, {
        station,
        date,
        teamId: line.team.id,
        startsAt: chinaTime(date, line.startsAt),
        endsAt: chinaTime(date, line.endsAt),
        places: line.places,
      });
      made++;
    }
    return made;
  }

  /** Team A (its ADMIN or COORDINATOR) asks team B to swap A's coming duty day for B's. */
  async proposeSwap(viewer: Viewer | null, input: ProposeStationSwapInput, now = new Date()): Promise<StationSwap> {
    const v = requireViewer(viewer);
    const [from, to] = await Promise.all([this.duty(input.fromDutyId), this.duty(input.toDutyId)]);
    await requireOrgRole(this.em, v, from.team.id, MANAGING_ROLES);
    const today = chinaDate(now);
    if (from.station.id !== to.station.id) throw new SwapNotPossibleError('toDutyId', 'Both days are duty days of the same station');
    if (from.team.id === to.team.id) throw new SwapNotPossibleError('toDutyId', 'The other day belongs to another team');
    if (from.date <= today) throw new SwapNotPossibleError('fromDutyId', 'Only coming days (after today) are swapped');
    if (to.date <= today) throw new SwapNotPossibleError('toDutyId', 'Only coming days (after today) are swapped');
    for (const d of [from, to]) if ((await liveSignupsOf(this.em, [d.shift?.id ?? ''])) > 0) throw new DutyHasSignupsError(d.id);
    const swap = new StationSwap();
    Object.assign(swap, { station: from.station, fromDuty: from, toDuty: to, fromTeam: from.team, toTeam: to.team, proposedBy: v.volunteerId });
    await this.em.persistAndFlush(swap);
    return swap;
  }

  /**
   * Team B (its ADMIN or COORDINATOR) accepts or declines. Accepting swaps the two days' teams
   * (their duty rows and their activities' owners) in one transaction, while neither day has
   * volunteers signed up: those signed up as members of one team cannot be moved onto another
   * team's roster (it records their hours), so such a swap is refused.
   */
  async answerSwap(viewer: Viewer | null, id: string, accept: boolean): Promise<StationSwap> {
    const v = requireViewer(viewer);
    const swap = nodeTypeOf(id) === 'StationSwap' ? await this.em.findOne(StationSwap, { id }) : null;
    if (!swap) throw new StationNotFoundError('StationSwap');
    await requireOrgRole(this.em, v, swap.toTeam.id, MANAGING_ROLES);
    await this.em.transactional(async (tx) => {
      const status = await lockSwap(tx, id);
      if (status !== StationSwapStatus.PENDING) throw new SwapNotPendingError(status);
      if (accept) {
        const duties = await lockDuties(tx, [swap.fromDuty.id, swap.toDuty.id]);
        const from = duties.find((d) => d.id === swap.fromDuty.id)!;
        const to = duties.find((d) => d.id === swap.toDuty.id)!;
        if (from.team_id !== swap.fromTeam.id || to.team_id !== swap.toTeam.id)
          throw new SwapNotPossibleError('id', 'One of the days changed team since the swap was proposed');
        if (from.date <= chinaDate(new Date()) || to.date <= chinaDate(new Date())) throw new SwapNotPossibleError('id', 'Only coming days are swapped');
        for (const d of [from, to]) if ((await liveSignupsOf(tx, [d.shift_id ?? ''])) > 0) throw new DutyHasSignupsError(d.id);
        await swapDutyTeams(tx, from, to);
      }
      await tx.nativeUpdate(
        StationSwap,
        { id },
        { status: accept ? StationSwapStatus.ACCEPTED : StationSwapStatus.DECLINED, answeredBy: v.volunteerId, answeredAt: new Date() },
      );
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'station.swap-answered', subjectId: id, detail: { accepted: accept } }]);
    });
    return (await this.em.fork().findOne(StationSwap, { id }))!;
  }

  /** Swaps the viewer sees: of the stations they manage, and those in or out of the teams they coordinate; newest first. */
  async swaps(viewer: Viewer | null): Promise<StationSwap[]> {
    const v = requireViewer(viewer);
    const stations = (await new StationService(this.em).managedStations(v)).map((s) => s.id);
    const teams = await managedOrganizationIds(this.em, v.volunteerId);
    return this.em.find(
      StationSwap,
      { $or: [{ station: { $in: stations } }, { fromTeam: { $in: teams } }, { toTeam: { $in: teams } }] },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 },
    );
  }

  private async duty(id: string): Promise<StationDuty> {
    const duty = nodeTypeOf(id) === 'StationDuty' ? await this.em.findOne(StationDuty, { id }) : null;
    if (!duty) throw new StationNotFoundError('StationDuty');
    return duty;
  }

  /**
   * The daily job: extends every station's duty days to the horizon, and tells the coordinators
   * (ADMINs and COORDINATORs) of each duty team whose day in the coming week is short of
   * volunteers (once a day per duty). How many days it made and how many gaps it told of.
   */
  async daily(now = new Date()): Promise<{ made: number; notified: number }> {
    const today = chinaDate(now);
    let made = 0;
    let notified = 0;
    for (const station of await this.em.find(Station, {})) {
      made += await this.em.transactional(async (tx) => {
        await lockStation(tx, station.id);
        return this.generate(tx, station, today);
      });
      for (const gap of await gapsBetween(this.em, station.id, today, addDays(today, GAP_DAYS - 1))) {
        if (await notifyGap(this.em, station, gap, today, [MemberRole.ADMIN, MemberRole.COORDINATOR])) notified++;
      }
    }
    return { made, notified };
  }
}
