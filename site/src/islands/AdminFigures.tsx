// 平台数据 (/admin/figures/): the platform's totals, then 人次 and service hours by year, district and
// team, each as a bar chart with the full table of figures behind it.
import type { AdminFiguresQuery, AdminFiguresQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { AdminGate } from './AdminGate';
import { BarChartSvg } from './BarChartSvg';
import { ManageSection } from './ManageSection';
import { FIGURE_WORDS } from './words/admin-figures';
import './admin.css';

const figureRow = /* GraphQL */ `
  fragment FigureRowFields on FigureRow {
    key
    label
    volunteers
    teams
    activities
    hours
    personTimes
  }
`;

const figuresQuery = operation<AdminFiguresQuery, AdminFiguresQueryVariables>(
  /* GraphQL */ `
  query AdminFigures {
    stats {
      volunteerCount
      organizationCount
      projectCount
      totalServiceMinutes
      personTimes
      byYear {
        ...FigureRowFields
      }
      byDistrict {
        ...FigureRowFields
      }
      byTeam(first: 10) {
        ...FigureRowFields
      }
    }
  }
`,
  figureRow,
);

type Row = AdminFiguresQuery['stats']['byYear'][number];

export function AdminFigures({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <Figures locale={locale} />}</AdminGate>;
}

function Figures({ locale }: { locale: Locale }) {
  const w = FIGURE_WORDS[locale];
  const { state, retry } = useLoaded(() => request(figuresQuery, {}), locale);
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <>
      <ManageSection id="figures-totals" title={w.totals} note={w.personTimesNote} state={state} retry={retry} locale={locale}>
        {({ stats: s }) => (
          <dl class="figure-totals">
            {(
              [
                [w.volunteers, s.volunteerCount],
                [w.teams, s.organizationCount],
                [w.activities, s.projectCount],
                [w.hours, Math.round(s.totalServiceMinutes / 60)],
                [w.personTimes, s.personTimes],
              ] as const
            ).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{number(value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </ManageSection>
      {state.status === 'ready' && (
        <>
          <Breakdown id="figures-year" by={w.byYear} head={w.year} rows={state.data.stats.byYear} locale={locale} />
          <Breakdown id="figures-district" by={w.byDistrict} head={w.district} rows={state.data.stats.byDistrict} locale={locale} />
          <Breakdown id="figures-team" by={w.byTeam} head={w.team} rows={state.data.stats.byTeam} locale={locale} />
        </>
      )}
    </>
  );
}

function Breakdown({ id, by, head, rows, locale }: { id: string; by: string; head: string; rows: Row[]; locale: Locale }) {
  const w = FIGURE_WORDS[locale];
  const label = (r: Row) => r.label || w.noDistrict;
  // Place and team names are Chinese whatever the page's language.
  const lang = locale === 'en' && id !== 'figures-year' ? 'zh-CN' : undefined;
  // A team's own row would count one team: that column is for years and districts.
  const teams = id !== 'figures-team';
  const bars = (value: (r: Row) => number) => rows.map((r) => ({ label: label(r), value: value(r), lang }));
  return (
    <section class="account-card manage-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{by}</h2>
      {rows.length ? (
        <>
          <div class="figure-charts">
            <BarChartSvg title={w.chart(w.personTimes, by)} bars={bars((r) => r.personTimes)} unit={w.timesUnit} describedBy={`${id}-table`} />
            <BarChartSvg title={w.chart(w.hours, by)} bars={bars((r) => Math.round(r.hours))} unit={w.hoursUnit} describedBy={`${id}-table`} />
          </div>
          {/* Scrolls sideways on a phone: focusable, so the keyboard scrolls it too. */}
          <div class="manage-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
            <table class="manage-table" id={`${id}-table`}>
              <caption id={`${id}-caption`}>{w.table(by)}</caption>
              <thead>
                <tr>
                  <th scope="col">{head}</th>
                  <th scope="col">{w.volunteers}</th>
                  {teams && <th scope="col">{w.teams}</th>}
                  <th scope="col">{w.activities}</th>
                  <th scope="col">{w.hours}</th>
                  <th scope="col">{w.personTimes}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row" lang={lang}>
                      {label(r)}
                    </th>
                    <td>{r.volunteers}</td>
                    {teams && <td>{r.teams}</td>}
                    <td>{r.activities}</td>
                    <td>{r.hours}</td>
                    <td>{r.personTimes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p class="account-empty">{w.none}</p>
      )}
    </section>
  );
}
