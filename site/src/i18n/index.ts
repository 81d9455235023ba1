// What a component needs to speak the page's language: `const { t, fmt, href, zh } = i18n(Astro)`.
import { formatters, type Formatters } from './format';
import { asLocale, localizePath, type Locale } from './locales';
import { messages, type Messages } from './messages';

export interface I18n {
  locale: Locale;
  t: Messages;
  fmt: Formatters;
  /** A site path in this language: `/news/` → `/en/news/` on English pages. */
  href: (path: string) => string;
  /**
   * The `lang` of Chinese content (titles, names, places from the API) on this page: nothing on
   * Chinese pages, where it is the page's own language; `zh-CN` on English pages.
   */
  zh: 'zh-CN' | undefined;
  /** HTML from the API (an article body) with its links to pages of this site in this language. */
  localizeLinks: (html: string) => string;
}

// A root-relative link (not `//host`) without a file extension is a page of this site.
const SITE_LINK = /href="(\/(?!\/)[^"]*)"/g;
const isFile = (path: string) => /\.[a-z0-9]+$/i.test(path.split(/[?#]/)[0]);

export function i18n(astro: { currentLocale?: string | undefined }): I18n {
  const locale = asLocale(astro.currentLocale);
  return {
    locale,
    t: messages(locale),
    fmt: formatters(locale),
    href: (path) => localizePath(path, locale),
    zh: locale === 'en' ? 'zh-CN' : undefined,
    localizeLinks: (html) =>
      locale === 'en' ? html.replace(SITE_LINK, (link, path: string) => (isFile(path) ? link : `href="${localizePath(path, locale)}"`)) : html,
  };
}

/** An organisation's kind (`NGO`, …) in the page's language; unknown kinds as they are. */
export function kindLabel(t: Messages, kind: string | null | undefined): string | null {
  return kind ? (t.organizations.kinds[kind] ?? kind) : null;
}

export { alternates, localizePath, neutralPath, LOCALES, type Locale } from './locales';
