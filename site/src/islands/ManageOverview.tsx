// The back office's first page (/manage/): the team being managed, what waits for it (service
// time to record, correction requests to answer) and a card per section. A volunteer who manages
// no team is shown how to register one (by the gate).
import { useEffect, useState } from 'preact/hooks';
import type { ManageOverviewQuery, ManageOverviewQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { MANAGE_SECTIONS, MANAGE_WORDS, managePath } from './words/manage';

const overviewQuery = operation<ManageOverviewQuery, ManageOverviewQueryVariables>(/* GraphQL */ `
  query ManageOverview($id: ID!) {
    organization(id: $id) {
      id
      shiftsAwaitingHours(first: 1) {
        totalCount
      }
      hourCorrectionRequests(status: OPEN, first: 1) {
        totalCount
      }
    }
  }
`);

const WAITING: Record<Locale, { hours: (n: number) => string; corrections: (n: number) => string }> = {
  'zh-CN': { hours: (n) => `${n} 个时段待登记时长`, corrections: (n) => `${n} 条更正申请待处理` },
  en: {
    hours: (n) => `${n} ${n === 1 ? 'shift awaits' : 'shifts await'} service time`,
    corrections: (n) => `${n} correction ${n === 1 ? 'request' : 'requests'} to answer`,
  },
};

export function ManageOverview({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <Overview org={org} locale={locale} />}</ManageGate>;
}

function Overview({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = MANAGE_WORDS[locale];
  const [counts, setCounts] = useState<{ hours: number; corrections: number } | null>(null);
  useEffect(() => {
    void request(overviewQuery, { id: org.id }).then((result) => {
      const o = result.ok ? result.data.organization : null;
      if (o) setCounts({ hours: o.shiftsAwaitingHours?.totalCount ?? 0, corrections: o.hourCorrectionRequests?.totalCount ?? 0 });
    });
  }, [org.id]);
  const waiting = counts
    ? [counts.hours && WAITING[locale].hours(counts.hours), counts.corrections && WAITING[locale].corrections(counts.corrections)].filter(Boolean)
    : [];

  return (
    <section class="account-card" aria-labelledby="manage-overview">
      <h2 id="manage-overview">{w.overview.todo}</h2>
      <p class="account-note">{w.overview.sections}</p>
      <ul class="manage-cards">
        {MANAGE_SECTIONS.filter((key) => key !== 'overview').map((key) => (
          <li key={key}>
            <a href={`${localizePath(managePath(key), locale)}?org=${encodeURIComponent(org.id)}`}>
              <strong>{w.sections[key].nav}</strong>
              <span>{w.sections[key].description}</span>
              {key === 'hours' && waiting.length > 0 && <em class="manage-waiting">{waiting.join(locale === 'en' ? '; ' : '；')}</em>}
            </a>
          </li>
        ))}
      </ul>
      <p class="account-actions">
        <a href={localizePath('/manage/register-team/', locale)}>{w.overview.registerAnother}</a>
      </p>
    </section>
  );
}
