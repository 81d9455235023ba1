// Dates, times and figures in the reader's language. Chinese uses lib/format; English follows
// the same rules (China time, the year only when it is not the current one) in English words.
import * as zh from '../lib/format';
import { englishDayLabel, formatDateEn, formatTimeSpanEn, monthNameEn, partsEn, type EnglishParts } from '../lib/format-en';
import type { Locale } from './locales';

export interface Formatters {
  /** A shift: `12月5日 周六 09:00–12:00` / `Sat 5 Dec 09:00–12:00`. */
  timeSpan(startsAt: string, endsAt: string, now?: Date): string;
  /** `12月5日 周六` / `Sat 5 Dec`. */
  day(value: string, now?: Date): string;
  /** `11月27日–12月5日` / `27 Nov – 5 Dec`. */
  dayRange(startsAt: string, endsAt: string, now?: Date): string;
  /** A compact date badge. */
  dateBadge(value: string): { month: string; day: string; weekday: string };
  /** A publication date, always with the year: `2026年3月5日` / `5 March 2026`. */
  date(value: string): string;
  /** `3月` / `March`, with the year when it is not the current one. */
  month(key: string, now?: Date): string;
  count(value: number): string;
  /** Service minutes as whole hours. */
  hours(minutes: number): string;
}

const chinese: Formatters = {
  timeSpan: zh.formatTimeSpan,
  day: zh.formatDay,
  dayRange: zh.formatDayRange,
  dateBadge: zh.dateBadge,
  date: zh.formatDate,
  month: zh.monthLabel,
  count: zh.formatCount,
  hours: zh.formatHours,
};

const englishNumber = new Intl.NumberFormat('en');

const parts = partsEn;
type Parts = EnglishParts;
const sameDay = (a: Parts, b: Parts) => a.year === b.year && a.month === b.month && a.day === b.day;
const dayLabel = englishDayLabel;
const monthName = monthNameEn;

const english: Formatters = {
  timeSpan: formatTimeSpanEn,
  day: (value, now = new Date()) => dayLabel(parts(value), parts(now)),
  dayRange(startsAt, endsAt, now = new Date()) {
    const today = parts(now);
    const start = parts(startsAt);
    const end = parts(endsAt);
    if (sameDay(start, end)) return dayLabel(start, today);
    return `${dayLabel(start, today, false)} – ${dayLabel(end, today, false)}`;
  },
  dateBadge(value) {
    const t = parts(value);
    return { month: t.month, day: t.day, weekday: t.weekday };
  },
  date: formatDateEn,
  month(key, now = new Date()) {
    const [year, month] = key.split('-');
    return `${monthName(Number(month))}${year === parts(now).year ? '' : ` ${year}`}`;
  },
  count: (value) => englishNumber.format(value),
  hours: (minutes) => englishNumber.format(Math.round(minutes / 60)),
};

/**
 * Remembers each result: a build formats the same few thousand instants on tens of thousands
 * of pages, and Intl's formatToParts is not cheap.
 */
function memoized(formatters: Formatters): Formatters {
  const out: Record<string, unknown> = {};
  for (const [name, format] of Object.entries(formatters) as [string, (...args: unknown[]) => unknown][]) {
    const cache = new Map<string, unknown>();
    out[name] = (...args: unknown[]) => {
      const key = args.map((a) => (a instanceof Date ? a.getTime() : String(a))).join('|');
      let value = cache.get(key);
      if (value === undefined) cache.set(key, (value = format(...args)));
      return value;
    };
  }
  return out as unknown as Formatters;
}

const BY_LOCALE: Record<Locale, Formatters> = { 'zh-CN': memoized(chinese), en: memoized(english) };

export function formatters(locale: Locale): Formatters {
  return BY_LOCALE[locale];
}
