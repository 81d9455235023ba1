// Weekly recurrence (e.g. every Saturday 09:00–11:30 for 8 weeks) as shifts: China time (UTC+8,
// no daylight saving), each weekday of each week from the first date on. Errors name the
// recurrence's field.
import { chinaTime } from '../../common/china-time.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import type { ShiftInput, WeeklyRecurrenceInput } from './project.inputs.js';
import { ShiftAllocation } from './shift.entity.js';

export const MAX_RECURRENCE_WEEKS = 52;
const DAY_MS = 86_400_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

export function weeklyShifts(r: WeeklyRecurrenceInput, field = 'recurrence'): ShiftInput[] {
  if (!DATE.test(r.firstDate) || Number.isNaN(Date.parse(`${r.firstDate}T00:00:00Z`)))
    throw new BadUserInputError(`${field}.firstDate`, Reason.BAD_FORMAT, 'firstDate must be a date such as 2026-12-12', { expected: 'YYYY-MM-DD' });
  if (!Number.isInteger(r.weeks) || r.weeks < 1 || r.weeks > MAX_RECURRENCE_WEEKS)
    throw new BadUserInputError(`${field}.weeks`, Reason.OUT_OF_RANGE, `weeks must be 1..${MAX_RECURRENCE_WEEKS}`, { min: 1, max: MAX_RECURRENCE_WEEKS });
  if (!TIME.test(r.startTime))
    throw new BadUserInputError(`${field}.startTime`, Reason.BAD_FORMAT, 'startTime must be a time such as 09:00', { expected: 'HH:MM' });
  if (!TIME.test(r.endTime)) throw new BadUserInputError(`${field}.endTime`, Reason.BAD_FORMAT, 'endTime must be a time such as 11:30', { expected: 'HH:MM' });
  if (r.endTime <= r.startTime) throw new BadUserInputError(`${field}.endTime`, Reason.END_BEFORE_START, 'endTime must be later than startTime');
  const weekdays = [...new Set(r.weekdays?.length ? r.weekdays : [isoWeekday(r.firstDate)])].sort();
  if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw new BadUserInputError(`${field}.weekdays`, Reason.OUT_OF_RANGE, 'weekdays are 1 (Monday) to 7 (Sunday)', { min: 1, max: 7 });
  const first = new Date(`${r.firstDate}T00:00:00Z`).getTime();
  const firstWeekday = isoWeekday(r.firstDate);
  const shifts: ShiftInput[] = [];
  for (let week = 0; week < r.weeks; week++) {
    for (const day of weekdays) {
      // Days from the first date to this weekday of the week (a weekday before the first date's
      // belongs to the next week, so nothing falls before the first date).
      const offset = week * 7 + ((day - firstWeekday + 7) % 7);
      const date = new Date(first + offset * DAY_MS).toISOString().slice(0, 10);
      shifts.push({
        startsAt: chinaTime(date, r.startTime),
        endsAt: chinaTime(date, r.endTime),
        capacity: r.capacity,
        waitlist: r.waitlist ?? true,
        allocation: ShiftAllocation.FIRST_COME,
      });
    }
  }
  return shifts.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
