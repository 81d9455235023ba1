// What a station's screen (/screen/<station>/) keeps between polls and reloads: the last answer the
// API gave and when, in localStorage under one key per station, replaced on each success (never
// appended), so a screen left on for weeks holds one answer; and when to ask again.

export interface Feed<T> {
  data: T;
  /** When the API gave it (ISO 8601). */
  at: string;
}

/** Where the station's last answer is kept. */
export const feedKey = (station: string) => `aixin-screen:${station}`;

/** The kept answer, or null when there is none or it cannot be read (another version's shape, storage refused). */
export function readFeed<T>(storage: { getItem(key: string): string | null }, key: string): Feed<T> | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const feed = JSON.parse(raw) as Partial<Feed<T>>;
    return feed && typeof feed.at === 'string' && feed.data ? (feed as Feed<T>) : null;
  } catch {
    return null;
  }
}

/** Keeps `feed` in place of the one before; a full or refused storage only loses the copy. */
export function writeFeed<T>(storage: { setItem(key: string, value: string): void }, key: string, feed: Feed<T>): void {
  try {
    storage.setItem(key, JSON.stringify(feed));
  } catch {
    // The screen still shows it; after a reload it waits for the API instead.
  }
}

/**
 * Whether the screen asks the API on this tick of its one timer: every `every` ticks after a
 * success, and on every tick while the last attempt failed (so it recovers soon after the API does).
 */
export function shouldPoll(ticksSinceSuccess: number, failing: boolean, every: number): boolean {
  return failing || ticksSinceSuccess >= every;
}
