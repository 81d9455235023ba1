// 志愿服务站 (/admin/stations/): platform staff open volunteer stations for an operating team or
// federation and edit any station; each operator's ADMINs run its rota at /manage/stations/.
import type { AdminStationsQuery, AdminStationsQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { AdminGate } from './AdminGate';
import { ManageSection } from './ManageSection';
import { StationEditor } from './StationEditor';
import { STATION_DESK_WORDS } from './words/manage-stations';

const stationsQuery = operation<AdminStationsQuery, AdminStationsQueryVariables>(/* GraphQL */ `
  query AdminStations {
    managedStations {
      id
      slug
      name
      address
      district
      openingHours
      services
      operator {
        id
        name
      }
    }
    organizations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export function AdminStations({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <StationsDesk locale={locale} />}</AdminGate>;
}

function StationsDesk({ locale }: { locale: Locale }) {
  const w = STATION_DESK_WORDS[locale];
  const { state, retry } = useLoaded(async () => {
    const r = await request(stationsQuery, {});
    return r.ok ? { ok: true, data: r.data } : r;
  }, locale);
  return (
    <ManageSection id="admin-stations" title={w.stations} state={state} retry={retry} locale={locale}>
      {(data) => (
        <>
          <StationEditor operators={data.organizations.nodes} locale={locale} onSaved={retry} />
          <ul class="manage-list">
            {data.managedStations.map((s) => (
              <li key={s.id} class="manage-item" data-station={s.slug}>
                <p>
                  <strong>{s.name}</strong> · {w.operator}：{s.operator.name} · <a href={localizePath(`/stations/${s.slug}/`, locale)}>{w.viewPage}</a>
                </p>
                <StationEditor station={s} locale={locale} onSaved={retry} />
              </li>
            ))}
          </ul>
        </>
      )}
    </ManageSection>
  );
}
