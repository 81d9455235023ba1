// The platform staff's first page (/admin/): a card per section.
import { localizePath, type Locale } from '../i18n/locales';
import { AdminGate } from './AdminGate';
import { ADMIN_SECTIONS, ADMIN_WORDS, adminPath } from './words/admin';

export function AdminOverview({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <Overview locale={locale} />}</AdminGate>;
}

function Overview({ locale }: { locale: Locale }) {
  const w = ADMIN_WORDS[locale];
  return (
    <section class="account-card" aria-labelledby="admin-overview">
      <h2 id="admin-overview">{w.overview.sections}</h2>
      <ul class="manage-cards">
        {ADMIN_SECTIONS.filter((key) => key !== 'overview').map((key) => (
          <li key={key}>
            <a href={localizePath(adminPath(key), locale)}>
              <strong>{w.sections[key].nav}</strong>
              <span>{w.sections[key].description}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
