// 评价 (/manage/ratings/): what volunteers who attended the team's activities thought of them,
// newest first, without their names, and the team's average.
import type { ManageRatingsQuery, ManageRatingsQueryVariables, RatingLineFragment } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoadedPages, type Paged } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { FormStatus } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { pagedRatings, RatingItem, ratingLine, ratingPage } from './RatingItem';
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
          ...RatingPage
        }
      }
    }
  `,
  ratingPage,
  ratingLine,
);

type Data = Paged<RatingLineFragment> & { summary: NonNullable<ManageRatingsQuery['organization']>['rating'] };

export function ManageRatings({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <TeamRatings org={org} locale={locale} />}</ManageGate>;
}

function TeamRatings({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = RATING_WORDS[locale].team;
  const { state, retry, more, busy, failure } = useLoadedPages(async (after: string | null): Promise<ApiResult<Data | null>> => {
    const result = await request(ratingsQuery, { id: org.id, after });
    if (!result.ok) return result;
    const o = result.data.organization;
    return { ok: true, data: o?.ratings ? { summary: o.rating, ...pagedRatings(o.ratings) } : null };
  }, locale);
  return (
    <ManageSection id="manage-ratings" title={w.title} note={w.anonymous} state={state} retry={retry} locale={locale}>
      {({ summary, nodes, next }) => (
        <>
          <p class="rating-summary" data-count={summary.count}>
            <strong>{summary.average === null || summary.average === undefined ? w.none : w.summary(summary.average.toFixed(1), summary.count)}</strong>
          </p>
          {nodes.length > 0 && (
            <ul class="manage-list">
              {nodes.map((r) => (
                <RatingItem key={r.id} rating={r} locale={locale} />
              ))}
            </ul>
          )}
          {next && (
            <button type="button" class="signup-more" disabled={busy} onClick={() => void more()}>
              {w.more}
            </button>
          )}
          <FormStatus status={failure ? { tone: 'error', text: failure } : null} locale={locale} />
        </>
      )}
    </ManageSection>
  );
}
