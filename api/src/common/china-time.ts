// Calendar dates in China (UTC+8, no daylight saving): service dates, recurrences, copies.
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDate(instant: Date): string {
  return new Date(Math.floor((instant.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
