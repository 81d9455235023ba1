// The shape of the sentences the site says for the API's error reasons (api/src/common/error-reasons.ts).
import type { Locale } from '../../i18n/locales.js';
import type { ApiError } from '../graphql-client.js';

/** A sentence, or one made from the error's details (`error.details`: its extensions). */
export type Sentence = string | ((error: ApiError) => string);

/** Each reason's sentence in every language. */
export type ReasonWords = Record<string, Record<Locale, Sentence>>;

/** A number the error carries (a limit, a count), or `fallback` when it carries none. */
export function detail(error: ApiError, name: string, fallback = ''): string {
  const value = error.details[name];
  return typeof value === 'number' || typeof value === 'string' ? String(value) : fallback;
}
