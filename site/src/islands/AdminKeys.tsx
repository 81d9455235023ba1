// 合作方密钥 (/admin/keys/): staff choose any team by name, then see, issue and revoke its keys.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { AdminGate } from './AdminGate';
import { PartnerKeys } from './PartnerKeys';
import { TeamFinder, type StaffTeam } from './TeamFinder';
import { KEY_WORDS } from './words/admin-keys';
import { ADMIN_TEAM_WORDS } from './words/admin-teams';

export function AdminKeys({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <Keys locale={locale} />}</AdminGate>;
}

function Keys({ locale }: { locale: Locale }) {
  const [team, setTeam] = useState<StaffTeam | null>(null);
  return (
    <>
      <section class="account-card manage-section" aria-labelledby="admin-keys-team">
        <h2 id="admin-keys-team">{KEY_WORDS[locale].chooseTeam}</h2>
        {team && (
          <p class="manage-meta" aria-live="polite">
            {ADMIN_TEAM_WORDS[locale].finder.chosen(team.name)}
          </p>
        )}
        <TeamFinder id="admin-keys" locale={locale} onChoose={setTeam} />
      </section>
      {team && (
        <div key={team.id} class="manage-body">
          <PartnerKeys team={team} locale={locale} />
        </div>
      )}
    </>
  );
}
