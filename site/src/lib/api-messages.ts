// What the islands tell people when an operation fails, in the page's language. The API gives
// every error a reason; the sentence for it comes from lib/error-words, which is loaded when a
// failure happens, so the code every island shares stays small. An island may word its own
// fields' errors itself (`own`).
import type { Locale } from '../i18n/locales';
import type { ApiError, ApiFailure } from './graphql-client';

/**
 * An island's own sentences for its fields' errors, in the page's language, looked up as
 * `CODE.field:REASON`, `field:REASON`, `CODE.field`, then `field` (e.g. `idNumber:CHECK_DIGIT`).
 */
export type FieldSentences = Record<string, string>;

const NETWORK: Record<Locale, string> = {
  'zh-CN': '无法连接服务器，请检查网络后重试。',
  en: 'Cannot reach the server. Check your connection and try again.',
};

export function networkText(locale: Locale): string {
  return NETWORK[locale];
}

function ownSentence({ code, field, reason }: ApiError, own: FieldSentences): string | undefined {
  if (!field) return undefined;
  for (const key of [reason && `${code}.${field}:${reason}`, reason && `${field}:${reason}`, `${code}.${field}`, field]) if (key && own[key]) return own[key];
  return undefined;
}

/** One error as a sentence in the page's language: the island's own for its field, else the one for its reason. */
export async function errorText(error: ApiError, locale: Locale, own: FieldSentences = {}): Promise<string> {
  const mine = ownSentence(error, own);
  if (mine) return mine;
  try {
    return (await import('./error-words')).reasonText(error, locale);
  } catch {
    // The sentences could not be loaded either.
    return NETWORK[locale];
  }
}

/** A failed operation as one sentence. */
export async function failureText(failure: ApiFailure, locale: Locale, own?: FieldSentences): Promise<string> {
  return failure.network ? NETWORK[locale] : errorText(failure.errors[0], locale, own);
}
