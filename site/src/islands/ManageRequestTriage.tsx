// 需求审核 (/manage/triage/): the service requests of the districts of the federations the
// volunteer is an ADMIN of, to publish, decline or merge.
import type { Locale } from '../i18n/locales';
import { ManageGate } from './ManageGate';
import { RequestTriage } from './RequestTriage';
import { MANAGE_REQUEST_WORDS } from './words/manage-requests';

export function ManageRequestTriage({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{() => <RequestTriage locale={locale} staff={false} note={MANAGE_REQUEST_WORDS[locale].notTriager} />}</ManageGate>;
}
