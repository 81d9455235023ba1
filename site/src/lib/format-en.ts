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
