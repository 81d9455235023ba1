// 评价 (/manage/ratings/): what volunteers who attended the team's activities thought of them,
// newest first, without their names, and the team's average.
import { useState } from 'preact/hooks';
import type { ManageRatingsQuery, ManageRatingsQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { RatingItem, ratingLine } from './RatingItem';
import { RATING_WORDS } from './words/ratings';

const ratingsQuery = operation<ManageRatingsQuery, ManageRatingsQueryVariables>(
  /* GraphQL */ `
    query ManageRatings($id: ID!, $after: String) {
      organization(id: $id) {
        id
        rating {
          average
          count
        }
        ratings(first: 20, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            ...RatingLine
          }
        }
      }
    }
  `,
  ratingLine,
);

type Ratings = NonNullable<NonNullable<ManageRatingsQuery['organization']>['ratings']>;
type Data = { summary: NonNullable<ManageRatingsQuery['organization']>['rating']; page: Ratings };

export function ManageRatings({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <TeamRatings org={org} locale={locale} />}</ManageGate>;
}

function TeamRatings({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = RATING_WORDS[locale].team;
  const [note, setNote] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const load = async (after: string | null): Promise<ApiResult<Data | null>> => {
    const result = await request(ratingsQuery, { id: org.id, after });
    if (!result.ok) return result;
    const o = result.data.organization;
    return { ok: true, data: o?.ratings ? { summary: o.rating, page: o.ratings } : null };
  };
  const { state, update, retry } = useLoaded(() => load(null), locale);
  const more = async (after: string) => {
    setBusy(true);
    const result = await load(after);
    setBusy(false);
    if (!result.ok) return setNote({ tone: 'error', text: await failureText(result, locale) });
    const next = result.data?.page;
    if (next) update((d) => ({ ...d, page: { ...next, nodes: [...d.page.nodes, ...next.nodes] } }));
  };
  return (
    <ManageSection id="manage-ratings" title={w.title} note={w.anonymous} state={state} retry={retry} locale={locale}>
      {({ summary, page }) => (
        <>
          <p class="rating-summary" data-count={summary.count}>
            <strong>{summary.average === null || summary.average === undefined ? w.none : w.summary(summary.average.toFixed(1), summary.count)}</strong>
          </p>
          {page.nodes.length > 0 && (
            <ul class="manage-list">
              {page.nodes.map((r) => (
                <RatingItem key={r.id} rating={r} locale={locale} />
              ))}
            </ul>
          )}
          {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
            <button type="button" class="signup-more" disabled={busy} onClick={() => void more(page.pageInfo.endCursor!)}>
              {w.more}
            </button>
          )}
          <FormStatus status={note} locale={locale} />
        </>
      )}
    </ManageSection>
  );
}
