// Where the volunteers' own pages (register, log in, my account) are for a page's language.
// They exist in Chinese only for now, so every language leads to the Chinese ones.
import type { Locale } from '../i18n/locales';

export function accountPath(path: string, _locale: Locale): string {
  return path;
}
