// 需求审核 (/admin/requests/): the whole platform's triage queue of service requests.
import type { Locale } from '../i18n/locales';
import { AdminGate } from './AdminGate';
import { RequestTriage } from './RequestTriage';

export function AdminRequests({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <RequestTriage locale={locale} staff />}</AdminGate>;
}
