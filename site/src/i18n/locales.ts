// The site's languages: Chinese at `/`, English at `/en/`. One set of page components serves
// both; they learn their language from Astro.currentLocale (astro.config.mjs `i18n`).
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Path prefix of each language; the default one has none. */
const PREFIX: Record<Locale, string> = { 'zh-CN': '', en: '/en' };

export function asLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** `/news/` in a language: `/news/` or `/en/news/`. Paths are site-absolute. */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith('/')) throw new Error(`Not a site path: ${path}`);
  return `${PREFIX[locale]}${path}`;
}

/** The language-neutral form of a pathname: `/en/news/` → `/news/`. */
export function neutralPath(pathname: string): string {
  return pathname === '/en' || pathname.startsWith('/en/') ? pathname.slice(3) || '/' : pathname;
}

/** `hreflang` values, one per language, and the one crawlers get when none fits. */
export const HREFLANG: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en' };

/** Every language version of a page, for `<link rel="alternate" hreflang>` and the sitemap. */
export function alternates(path: string): { locale: Locale; hreflang: string; path: string }[] {
  const neutral = neutralPath(path);
  return LOCALES.map((locale) => ({ locale, hreflang: HREFLANG[locale], path: localizePath(neutral, locale) }));
}
