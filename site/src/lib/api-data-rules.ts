// What the site requires of the API's data beyond its GraphQL types. src/gql/zod.ts (generated)
// applies these by scalar and by field as codegen.ts says, so a collection whose data breaks one
// fails the build.
import { z } from 'astro/zod';

export const isoDateTime = z.string().datetime({ offset: true });
/** Counts, sizes, ranks and minutes: whole, never below zero. */
export const count = z.number().int().nonnegative();
/** A whole number that may fall below zero (a total after corrections). */
export const int = z.number().int();
// IDs become URL path segments (/projects/<id>/); refuse anything that would need escaping.
export const pathSafeId = z.string().regex(/^[A-Za-z0-9_-]+$/, 'ID must be URL-path safe ([A-Za-z0-9_-])');
// Slugs become URL path segments (/news/<slug>/).
export const pathSafeSlug = z.string().regex(/^[a-z0-9-]+$/, 'slug must be URL-path safe ([a-z0-9-])');
// Image URLs from the API are http(s) or paths on this site; anything else fails the build.
export const imageUrl = z.string().regex(/^(https?:\/\/|\/(?!\/))\S*$/, 'image URL must be http(s) or a path on this site');
export const srcset = z.string().regex(/^((https?:\/\/|\/(?!\/))\S+ \d+w(, |$))*$/, 'srcset must list http(s) or site URLs with widths');
/** Volunteers' average rating (no names or comments reach the site). */
export const ratingAverage = z.number().min(1).max(5);
/** A requester's score of the service, 1..5. */
export const score = z.number().int().min(1).max(5);
/** A lottery's seed and the commitment to it published beforehand: SHA-256, in hex. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** A news tag names a page (/news/tags/<tag>/). */
export const tag = z.string().min(1);
