// 值班 on a station's page: the team on duty today and this week's rota, read live from the API
// (the rest of the page is built with the site); a visitor not signed in is offered registration.
import { useEffect, useState } from 'preact/hooks';
import type { StationDutyWeekQuery, StationDutyWeekQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { loadViewer } from '../lib/session';
import { chinaDateIn, STATION_PUBLIC_WORDS, weekdayName } from './words/station-public';

const weekQuery = operation<StationDutyWeekQuery, StationDutyWeekQueryVariables>(/* GraphQL */ `
  query StationDutyWeek($slug: String!, $from: String!, $to: String!) {
    station(slug: $slug) {
      id
      dutyToday {
        date
        filled
        capacity
        team {
          id
          slug
          name
        }
      }
      duties(from: $from, to: $to) {
        date
        filled
        capacity
        team {
          id
          slug
          name
        }
      }
    }
  }
`);

type Station = NonNullable<StationDutyWeekQuery['station']>;

export function StationDuty({ slug, locale }: { slug: string; locale: Locale }) {
  const w = STATION_PUBLIC_WORDS[locale];
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error' } | { status: 'ready'; station: Station | null }>({ status: 'loading' });
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    void loadViewer().then((v) => setSignedOut(v.status === 'signed-out'));
    void request(weekQuery, { slug, from: chinaDateIn(0), to: chinaDateIn(6) }).then((r) =>
      setState(r.ok ? { status: 'ready', station: r.data.station ?? null } : { status: 'error' }),
    );
  }, [slug]);
  const teamLink = (team: { slug: string; name: string }) => (
    <a href={localizePath(`/organizations/${encodeURIComponent(team.slug)}/`, locale)} lang="zh-CN">
      {team.name}
    </a>
  );
  if (state.status === 'loading') return <p class="station-duty-status">{w.loading}</p>;
  if (state.status === 'error' || !state.station) return <p class="station-duty-status">{w.failed}</p>;
  const { dutyToday, duties } = state.station;
  return (
    <div class="station-duty" data-state="ready">
      <section aria-labelledby="station-today">
        <h3 id="station-today">{w.today}</h3>
        {dutyToday ? (
          <p class="station-today" data-today-team={dutyToday.team.id}>
            <strong>{teamLink(dutyToday.team)}</strong> · {w.filled(dutyToday.filled, dutyToday.capacity)}
          </p>
        ) : (
          <p>{w.noDutyToday}</p>
        )}
      </section>
      <section aria-labelledby="station-week">
        <h3 id="station-week">{w.week}</h3>
        {duties.length ? (
          <table class="station-week">
            <thead>
              <tr>
                <th scope="col">{w.date}</th>
                <th scope="col">{w.team}</th>
                <th scope="col">{w.places}</th>
              </tr>
            </thead>
            <tbody>
              {duties.map((d) => (
                <tr key={d.date}>
                  <th scope="row">
                    {d.date.slice(5)} {weekdayName(w, d.date)}
                  </th>
                  <td>{teamLink(d.team)}</td>
                  <td>{w.filled(d.filled, d.capacity)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{w.noDuties}</p>
        )}
      </section>
      {signedOut && (
        <p class="station-join">
          <a href={localizePath('/register/', locale)}>{w.register}</a>
        </p>
      )}
    </div>
  );
}
