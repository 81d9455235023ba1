// China time (UTC+8 all year, no daylight saving), whatever the server's time zone: calendar
// dates of instants (service dates, certificates, birth dates, slugs) and instants of China
// wall-clock times (recurrences). The database says the same with `at time zone 'Asia/Shanghai'`.
const DAY_MS = 86_400_000;
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** UTC midnight of the China calendar date of an instant: its getUTC* fields read that date. */
export function chinaDay(instant: Date): Date {
  return new Date(Math.floor((instant.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS);
}

/** Whether `text` is a calendar date written YYYY-MM-DD that exists (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text;
}

/** The calendar date (YYYY-MM-DD) `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDate(instant: Date): string {
  return chinaDay(instant).toISOString().slice(0, 10);
}

/** The instant of a China wall-clock time ("09:00") on a calendar date ("2026-12-12"). */
export function chinaTime(date: string, time: string): Date {
  return new Date(Date.parse(`${date}T${time}:00Z`) - CHINA_OFFSET_MS);
}

const MOMENT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as a Chinese message names it, China time: `12/5 09:00`. */
export function chinaMoment(instant: Date): string {
  return MOMENT.format(instant);
}
