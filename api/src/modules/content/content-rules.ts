// Input rules shared by news, role models and showcases; each failure names its field.
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import { checkOptionalText } from '../../common/text-input.js';

export const MAX_TITLE = 120;
export const MAX_SUMMARY = 300;
export const MAX_BODY = 50_000;
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 20;
export const MAX_URL = 500;

// ASCII kebab-case with at least one letter: /news/2/ is a list page, so an all-digit slug
// would collide with it; `tags` is the tag pages' folder.
const SLUG_SHAPE = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const RESERVED_SLUGS = new Set(['tags', 'page', 'rss', 'feed', 'index']);
// Tags name a page (/news/tags/<tag>/): letters, digits, spaces, '-', '_' and '·' only.
const TAG_SHAPE = /^[\p{L}\p{N}](?:[\p{L}\p{N} _·-]*[\p{L}\p{N}])?$/u;

const length = (s: string) => Array.from(s).length;

export function checkSlug(field: string, value: string): string {
  const slug = value.trim();
  if (!SLUG_SHAPE.test(slug) || !/[a-z]/.test(slug) || slug.includes('--')) {
    throw new BadUserInputError(field, Reason.BAD_FORMAT, 'slug must be 1..80 lower-case ASCII letters, digits and single hyphens, with at least one letter', {
      expected: 'lower-case letters, digits and single hyphens',
    });
  }
  if (RESERVED_SLUGS.has(slug)) throw new BadUserInputError(field, Reason.SLUG_RESERVED, `slug "${slug}" is reserved`);
  return slug;
}

export function checkTags(field: string, values: string[] | null | undefined): string[] {
  const tags: string[] = [];
  for (const [i, raw] of (values ?? []).entries()) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (length(tag) < 1 || length(tag) > MAX_TAG_LENGTH || !TAG_SHAPE.test(tag)) {
      throw new BadUserInputError(`${field}.${i}`, Reason.BAD_FORMAT, `a tag is 1..${MAX_TAG_LENGTH} letters or digits (spaces, '-', '_' and '·' inside)`, {
        expected: 'letters and digits',
        max: MAX_TAG_LENGTH,
      });
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS) throw new BadUserInputError(field, Reason.OUT_OF_RANGE, `at most ${MAX_TAGS} tags`, { min: 0, max: MAX_TAGS });
  return tags;
}

/** An image URL: absolute http(s), or a path on the site itself ("/images/…"); null or empty clears it. */
export function checkImageUrl(field: string, value: string | null | undefined): string | null {
  const url = checkOptionalText(field, value, MAX_URL);
  if (url === null) return null;
  if (url.startsWith('/') && !url.startsWith('//')) {
    if (/[\s\\]/.test(url))
      throw new BadUserInputError(field, Reason.BAD_FORMAT, `${field} must be an http(s) URL or a path starting with /`, {
        expected: 'an http(s) URL or a path',
      });
    return url;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BadUserInputError(field, Reason.BAD_FORMAT, `${field} must be an http(s) URL or a path starting with /`, {
      expected: 'an http(s) URL or a path',
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new BadUserInputError(field, Reason.BAD_FORMAT, `${field} must be an http(s) URL or a path starting with /`, {
      expected: 'an http(s) URL or a path',
    });
  }
  if (parsed.username || parsed.password) throw new BadUserInputError(field, Reason.URL_HAS_CREDENTIALS, `${field} must not carry credentials`);
  return parsed.href;
}

export function checkYear(field: string, value: number | null | undefined, now: Date): number | null {
  if (value === null || value === undefined) return null;
  const latest = now.getUTCFullYear() + 1;
  if (!Number.isInteger(value) || value < 1949 || value > latest)
    throw new BadUserInputError(field, Reason.OUT_OF_RANGE, `${field} must be between 1949 and ${latest}`, { min: 1949, max: latest });
  return value;
}

/** A publication date given by staff (e.g. for imported news): not in the future. */
export function checkPublishedAt(field: string, value: Date | null | undefined, now: Date): Date | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) throw new BadUserInputError(field, Reason.BAD_FORMAT, `${field} is not a valid time`, { expected: 'a time' });
  // A little clock skew between the caller and us is fine; scheduling is publishing at a time (checkPublishAt).
  if (value.getTime() > now.getTime() + 5 * 60_000) throw new BadUserInputError(field, Reason.TIME_IN_FUTURE, `${field} cannot be in the future`);
  return value;
}

const MAX_SCHEDULE_DAYS = 366;

/** When to publish: any past time (staff backdate imported news), or up to a year ahead (scheduled). */
export function checkPublishAt(field: string, value: Date | null | undefined, now: Date): Date | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) throw new BadUserInputError(field, Reason.BAD_FORMAT, `${field} is not a valid time`, { expected: 'a time' });
  if (value.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000) {
    throw new BadUserInputError(field, Reason.TOO_FAR_AHEAD, `${field} may be at most ${MAX_SCHEDULE_DAYS} days ahead`, { maxDays: MAX_SCHEDULE_DAYS });
  }
  return value;
}

export const MAX_REASON = 500;

/** Required fields may be left out of an update, but not set to null. */
export function notNull<T>(field: string, value: T | null | undefined): T | undefined {
  if (value === null) throw new BadUserInputError(field, Reason.REQUIRED, `${field} cannot be null`);
  return value;
}
