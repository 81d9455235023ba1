// A station screen's memory (site/src/lib/screen-feed.ts): one kept answer per station, replaced
// on each success, read back after a reload; broken or refused storage never stops the screen;
// the API is asked every few ticks, and on every tick while it is out of reach.
import { describe, expect, it } from 'vitest';
import { feedKey, readFeed, shouldPoll, writeFeed } from '../../site/src/lib/screen-feed.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('the screen feed', () => {
  it('keeps one answer per station, the latest, and reads it back', () => {
    const storage = memoryStorage();
    const key = feedKey('longhua-binhai');
    writeFeed(storage, key, { data: { n: 1 }, at: '2026-12-06T02:00:00.000Z' });
    writeFeed(storage, key, { data: { n: 2 }, at: '2026-12-06T02:01:00.000Z' });
    expect(storage.items.size).toBe(1);
    expect(readFeed(storage, key)).toEqual({ data: { n: 2 }, at: '2026-12-06T02:01:00.000Z' });
    expect(readFeed(storage, feedKey('other'))).toBeNull();
  });

  it('treats unreadable or refused storage as nothing kept', () => {
    const storage = memoryStorage();
    storage.items.set('k', '{not json');
    expect(readFeed(storage, 'k')).toBeNull();
    storage.items.set('k', JSON.stringify({ data: null, at: 5 }));
    expect(readFeed(storage, 'k')).toBeNull();
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readFeed(refusing, 'k')).toBeNull();
    expect(() => writeFeed(refusing, 'k', { data: 1, at: 'x' })).not.toThrow();
  });

  it('asks every few ticks, and on every tick while failing', () => {
    expect(shouldPoll(1, false, 5)).toBe(false);
    expect(shouldPoll(5, false, 5)).toBe(true);
    expect(shouldPoll(1, true, 5)).toBe(true);
  });
});
