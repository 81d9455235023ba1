// The platform staff's first page (/admin/): what is waiting for them (teams to review, suspended
// teams) and a card per section.
import type { AdminOverviewQuery, AdminOverviewQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { AdminGate } from './AdminGate';
import { ManageSection } from './ManageSection';
import { ADMIN_SECTIONS, ADMIN_WORDS, adminPath, type AdminSectionKey } from './words/admin';
import { FIGURE_WORDS } from './words/admin-figures';

const overviewQuery = operation<AdminOverviewQuery, AdminOverviewQueryVariables>(/* GraphQL */ `
  query AdminOverview {
    pendingOrganizations(first: 1) {
      totalCount
    }
    staffOrganizations(status: SUSPENDED, first: 1) {
      totalCount
    }
    stats {
      personTimes
    }
  }
`);

export function AdminOverview({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <Overview locale={locale} />}</AdminGate>;
}

function Overview({ locale }: { locale: Locale }) {
  const w = ADMIN_WORDS[locale];
  const f = FIGURE_WORDS[locale].overview;
  const { state, retry } = useLoaded(() => request(overviewQuery, {}), locale);
  const counts: Partial<Record<AdminSectionKey, string>> =
    state.status === 'ready'
      ? {
          teams: `${f.pending(state.data.pendingOrganizations.totalCount)} · ${f.suspended(state.data.staffOrganizations.totalCount)}`,
          figures: f.personTimes(state.data.stats.personTimes),
        }
      : {};
  return (
    <>
      <ManageSection id="admin-waiting" title={f.waiting} state={state} retry={retry} locale={locale}>
        {(data) => (
          <p class="manage-meta" data-pending={data.pendingOrganizations.totalCount}>
            <a href={localizePath(adminPath('teams'), locale)}>{f.pending(data.pendingOrganizations.totalCount)}</a>
            {' · '}
            {f.suspended(data.staffOrganizations.totalCount)}
          </p>
        )}
      </ManageSection>
      <section class="account-card" aria-labelledby="admin-overview">
        <h2 id="admin-overview">{w.overview.sections}</h2>
        <ul class="manage-cards">
          {ADMIN_SECTIONS.filter((key) => key !== 'overview').map((key) => (
            <li key={key}>
              <a href={localizePath(adminPath(key), locale)}>
                <strong>{w.sections[key].nav}</strong>
                <span>{w.sections[key].description}</span>
                {counts[key] && <span class="manage-badge">{counts[key]}</span>}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
