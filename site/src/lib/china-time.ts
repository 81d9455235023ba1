// China time (UTC+8 all year, no daylight saving) for the islands' date inputs and rules,
// whatever the browser's time zone; showing a time is format.ts's (Intl in Asia/Shanghai). No
// formatters are made here, so an island that only needs the arithmetic carries a few bytes.
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** An instant as China wall-clock time: the returned Date's UTC fields (getUTCDate, toISOString…) read China time. */
export function chinaWallClock(instant: Date | number): Date {
  return new Date((typeof instant === 'number' ? instant : instant.getTime()) + CHINA_OFFSET_MS);
}

/** The instant of a China wall-clock time written "2026-12-12T09:00:00" (Invalid Date when it is none). */
export function fromChinaWallClock(local: string): Date {
  return new Date(Date.parse(`${local}Z`) - CHINA_OFFSET_MS);
}
