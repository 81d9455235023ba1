// 内容审核 (/admin/review/): the whole platform's queue of teams' news awaiting review, read as it
// will look, published (now or at a time) or returned with a reason.
import type { Locale } from '../i18n/locales';
import { AdminGate } from './AdminGate';
import { ReviewQueue } from './ReviewQueue';

export function AdminReview({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <ReviewQueue locale={locale} />}</AdminGate>;
}
