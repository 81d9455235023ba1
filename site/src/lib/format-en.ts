// Dates and times for English readers, by the rules of lib/format (China time, the year only
// when it is not the current one) in English words. Pure functions, so an island that needs
// one of them ships that one alone.
import { CHINA_TIME_ZONE, monthKey } from './format';

const englishParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface EnglishParts {
  year: string;
  month: string;
  day: string;
  weekday: string;
  time: string;
  /** 1..12, for the long month name. */
  monthNumber: number;
}

export function partsEn(value: string | Date): EnglishParts {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(value)}`);
  const p: Record<string, string> = {};
  for (const { type, value: v } of englishParts.formatToParts(date)) p[type] = v;
  return {
    year: p.year,
    month: p.month,
    day: p.day,
    weekday: p.weekday,
    time: `${p.hour}:${p.minute}`,
    monthNumber: Number(monthKey(date.toISOString()).slice(5)),
  };
}

/** `Sat 5 Dec`, `5 Dec 2027` without the weekday; the year only when it is not the current one. */
export function englishDayLabel(t: EnglishParts, now: EnglishParts, withWeekday = true): string {
  return `${withWeekday ? `${t.weekday} ` : ''}${t.day} ${t.month}${t.year === now.year ? '' : ` ${t.year}`}`;
}

/** `27 Nov 20:00`: a moment such as a deadline (the English twin of lib/format's formatMoment). */
export function formatMomentEn(value: string, now: Date = new Date()): string {
  const t = partsEn(value);
  return `${englishDayLabel(t, partsEn(now), false)} ${t.time}`;
}

const longMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' });

/** `March`, for a month number 1..12. */
export function monthNameEn(month: number): string {
  return longMonth.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** `5 March 2026`, always with the year: for publication and issue dates. */
export function formatDateEn(value: string): string {
  const t = partsEn(value);
  return `${t.day} ${monthNameEn(t.monthNumber)} ${t.year}`;
}

const sameDayEn = (a: EnglishParts, b: EnglishParts) => a.year === b.year && a.month === b.month && a.day === b.day;

/** `Sat 5 Dec 09:00–12:00` (the English twin of lib/format's formatTimeSpan). */
export function formatTimeSpanEn(startsAt: string, endsAt: string, now: Date = new Date()): string {
  const today = partsEn(now);
  const start = partsEn(startsAt);
  const end = partsEn(endsAt);
  const endLabel = sameDayEn(start, end) ? end.time : `${englishDayLabel(end, today)} ${end.time}`;
  return `${englishDayLabel(start, today)} ${start.time}–${endLabel}`;
}

/** `18 November 2026` for a ledger's `YYYY-MM-DD` service date (already a China date: no time-zone shift). */
export function formatServiceDateEn(ymd: string): string {
  const [year, month, day] = ymd.split('-');
  return `${Number(day)} ${monthNameEn(Number(month))} ${year}`;
}
