// What the layout computes once per build rather than once per page (it frames tens of
// thousands of pages): the copyright year, OpenGraph locales and the share-card images.
import { shareImage } from '../lib/content';
import { CHINA_TIME_ZONE } from '../lib/format';
import { buildTime } from '../lib/projects';

export const BUILD_YEAR = new Intl.DateTimeFormat('en', { timeZone: CHINA_TIME_ZONE, year: 'numeric' }).format(buildTime);

export const OG_LOCALE = { 'zh-CN': 'zh_CN', en: 'en_US' } as const;

const cards = new Map<string, string>();

/** The share-card image of a page (see shareImage), looked up once per cover. */
export function cardImage(url: string | null | undefined): string {
  let card = cards.get(url ?? '');
  if (card === undefined) cards.set(url ?? '', (card = shareImage(url)));
  return card;
}
