// 资讯审核 (/manage/review/): the news the member teams of the federations the volunteer is an
// ADMIN of have submitted, read as it will look, published (now or at a time) or returned.
import type { Locale } from '../i18n/locales';
import { ManageGate } from './ManageGate';
import { ReviewQueue } from './ReviewQueue';
import { NEWS_WORDS } from './words/manage-news';

export function ManageReview({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{() => <ReviewQueue locale={locale} note={NEWS_WORDS[locale].notReviewer} />}</ManageGate>;
}
