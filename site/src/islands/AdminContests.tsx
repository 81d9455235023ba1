// 评比 (/admin/contests/): platform staff run the platform's contests (and see every federation's)
// at the organisers' desk, and make winners role models.
import type { Locale } from '../i18n/locales';
import { AdminGate } from './AdminGate';
import { ContestDesk } from './ContestDesk';

export function AdminContests({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <ContestDesk locale={locale} organizerId={null} canCreate staff />}</AdminGate>;
}
