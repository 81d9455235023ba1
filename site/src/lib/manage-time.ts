// Times the coordinator console works with: a shift's length (the most a volunteer can be
// credited for it), whether its check-in is open, and China-time calendar dates for exports.
import { CHINA_TIME_ZONE } from './format';

/** Minutes from start to end: the upper bound of recordHours' minutes. */
export function shiftLength(shift: { startsAt: string; endsAt: string }): number {
  return Math.round((Date.parse(shift.endsAt) - Date.parse(shift.startsAt)) / 60_000);
}

/** Volunteers check in from an hour before the start until the end (the API's window). */
export const CHECK_IN_OPENS_BEFORE_MS = 60 * 60_000;

export function checkInOpen(shift: { startsAt: string; endsAt: string }, now: number = Date.now()): boolean {
  return now >= Date.parse(shift.startsAt) - CHECK_IN_OPENS_BEFORE_MS && now <= Date.parse(shift.endsAt);
}

// en-CA writes dates as YYYY-MM-DD, the form <input type="date"> and the export take.
const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The China-time calendar date of an instant, YYYY-MM-DD. */
export function chinaDate(at: Date = new Date()): string {
  return ymd.format(at);
}
