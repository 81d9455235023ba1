// Dates, times and figures for zh-CN readers. Times are always shown in China time, whatever
// the time zone of the machine that builds the site.
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

const partsFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface ChinaTime {
  year: string;
  month: string;
  day: string;
  weekday: string;
  time: string;
}

function chinaTime(value: string | Date): ChinaTime {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(value)}`);
  const part: Record<string, string> = {};
  for (const { type, value: v } of partsFormat.formatToParts(date)) part[type] = v;
  return { year: part.year, month: part.month, day: part.day, weekday: part.weekday, time: `${part.hour}:${part.minute}` };
}

function dayLabel(t: ChinaTime, now: ChinaTime, withWeekday = true): string {
  const year = t.year === now.year ? '' : `${t.year}年`;
  return `${year}${t.month}月${t.day}日${withWeekday ? ` ${t.weekday}` : ''}`;
}

function sameDay(a: ChinaTime, b: ChinaTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** `12月5日 周六 09:00–12:00`; the year only when it is not the current one; the end day when it differs. */
export function formatTimeSpan(startsAt: string, endsAt: string, now: Date = new Date()): string {
  const today = chinaTime(now);
  const start = chinaTime(startsAt);
  const end = chinaTime(endsAt);
  const endLabel = sameDay(start, end) ? end.time : `${dayLabel(end, today)} ${end.time}`;
  return `${dayLabel(start, today)} ${start.time}–${endLabel}`;
}

/** `11月27日 20:00`: a moment such as a deadline; the year only when it is not the current one. */
export function formatMoment(value: string, now: Date = new Date()): string {
  const t = chinaTime(value);
  return `${dayLabel(t, chinaTime(now), false)} ${t.time}`;
}

/** `12月5日 周六`. */
export function formatDay(value: string, now: Date = new Date()): string {
  return dayLabel(chinaTime(value), chinaTime(now));
}

/** `11月27日–12月5日`, or one day when both fall on it. */
export function formatDayRange(startsAt: string, endsAt: string, now: Date = new Date()): string {
  const today = chinaTime(now);
  const start = chinaTime(startsAt);
  const end = chinaTime(endsAt);
  if (sameDay(start, end)) return dayLabel(start, today);
  return `${dayLabel(start, today, false)}–${dayLabel(end, today, false)}`;
}

/** Month and day for a compact date badge: { month: '12月', day: '5' }. */
export function dateBadge(value: string): { month: string; day: string; weekday: string } {
  const t = chinaTime(value);
  return { month: `${t.month}月`, day: t.day, weekday: t.weekday };
}

const numberFormat = new Intl.NumberFormat('zh-CN');

export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** Service minutes as whole hours, the unit the public figures use. */
export function formatHours(minutes: number): string {
  return numberFormat.format(Math.round(minutes / 60));
}

/** `2026年3月5日`, always with the year: for publication dates. */
export function formatDate(value: string): string {
  const t = chinaTime(value);
  return `${t.year}年${t.month}月${t.day}日`;
}

/** `2026-03`: the China-time month an instant falls in, sortable. */
export function monthKey(value: string): string {
  const t = chinaTime(value);
  return `${t.year}-${t.month.padStart(2, '0')}`;
}

/** `2026年3月` for a month key; the year is left out when it is the current one. */
export function monthLabel(key: string, now: Date = new Date()): string {
  const [year, month] = key.split('-');
  return `${year === chinaTime(now).year ? '' : `${year}年`}${Number(month)}月`;
}

/** Service minutes as hours with up to two decimals, as the ledger and certificates show them: 45 → `0.75`, 240 → `4`. */
export function formatServiceHours(minutes: number): string {
  return (Math.round((minutes / 60) * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
}

/** `2026年11月18日` for a ledger's `YYYY-MM-DD` service date (already a China date: no time-zone shift). */
export function formatServiceDate(ymd: string): string {
  const [year, month, day] = ymd.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}
