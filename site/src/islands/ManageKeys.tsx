// 合作方密钥 (/manage/keys/): a team's ADMINs see, issue and revoke its partner API keys; a
// COORDINATOR is told why not.
import type { Locale } from '../i18n/locales';
import { ManageGate } from './ManageGate';
import { PartnerKeys } from './PartnerKeys';
import { KEY_WORDS } from './words/admin-keys';

export function ManageKeys({ locale }: { locale: Locale }) {
  return (
    <ManageGate locale={locale}>
      {(org) =>
        org.role === 'ADMIN' ? (
          <PartnerKeys team={org} locale={locale} />
        ) : (
          <section class="account-card" data-state="not-admin">
            <p>{KEY_WORDS[locale].notAdmin}</p>
          </section>
        )
      }
    </ManageGate>
  );
}
