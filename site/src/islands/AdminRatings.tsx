// 活动评价留言 (/admin/ratings/): every rating with a comment, newest first; staff hide an abusive
// comment with a reason (audited). Its score still counts, so the public pages do not change.
import { useRef, useState } from 'preact/hooks';
import type {
  AdminHideRatingMutation,
  AdminHideRatingMutationVariables,
  AdminRatingsQuery,
  AdminRatingsQueryVariables,
  RatingLineFragment,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoadedPages, type Paged } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { AdminGate } from './AdminGate';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { pagedRatings, RatingItem, ratingLine, ratingPage } from './RatingItem';
import { ReasonField } from './ReasonField';
import { RATING_WORDS } from './words/ratings';

const ratingsQuery = operation<AdminRatingsQuery, AdminRatingsQueryVariables>(
  /* GraphQL */ `
    query AdminRatings($after: String) {
      staffRatings(first: 20, after: $after) {
        ...RatingPage
      }
    }
  `,
  ratingPage,
  ratingLine,
);

const hideMutation = operation<AdminHideRatingMutation, AdminHideRatingMutationVariables>(
  /* GraphQL */ `
    mutation AdminHideRating($input: HideRatingInput!) {
      hideRating(input: $input) {
        ...RatingLine
      }
    }
  `,
  ratingLine,
);

type Page = Paged<RatingLineFragment>;

export function AdminRatings({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <StaffRatings locale={locale} />}</AdminGate>;
}

function StaffRatings({ locale }: { locale: Locale }) {
  const w = RATING_WORDS[locale].staff;
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry, more, busy, failure } = useLoadedPages(async (after: string | null): Promise<ApiResult<Page>> => {
    const result = await request(ratingsQuery, { after });
    return result.ok ? { ok: true, data: pagedRatings(result.data.staffRatings) } : result;
  }, locale);
  const hidden = (rating: RatingLineFragment) => {
    setNote({ tone: 'success', text: w.hiddenOne });
    update((d) => ({ ...d, nodes: d.nodes.map((r) => (r.id === rating.id ? rating : r)) }));
  };
  return (
    <ManageSection id="admin-ratings" title={w.title} note={w.note} state={state} retry={retry} locale={locale}>
      {(page) => (
        <>
          <FormStatus status={failure ? { tone: 'error', text: failure } : note} locale={locale} />
          {page.nodes.length ? (
            <ul class="manage-list">
              {page.nodes.map((r) => (
                <RatingItem key={r.id} rating={r} team locale={locale}>
                  {!r.commentHidden && <HideForm rating={r} locale={locale} onHidden={hidden} />}
                </RatingItem>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.none}</p>
          )}
          {page.next && (
            <button type="button" class="signup-more" disabled={busy} onClick={() => void more()}>
              {w.more}
            </button>
          )}
        </>
      )}
    </ManageSection>
  );
}

function HideForm({ rating, locale, onHidden }: { rating: RatingLineFragment; locale: Locale; onHidden: (rating: RatingLineFragment) => void }) {
  const all = RATING_WORDS[locale];
  const w = all.staff;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const hide = async () => {
    if (reason.trim().length < 2) {
      setError(w.needReason);
      return reasonInput.current?.focus();
    }
    setBusy(true);
    const result = await send(hideMutation, { input: { id: rating.id, reason } }, locale, all.fields);
    setBusy(false);
    if (result.ok) return onHidden(result.data.hideRating);
    if (result.field === 'reason') setError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  return (
    <div class="island-form">
      <ReasonField
        id={`hide-${rating.id}`}
        label={w.reason}
        value={reason}
        onValue={(v) => (setReason(v), setError(null))}
        error={error}
        inputRef={reasonInput}
      />
      <div class="manage-actions">
        <button type="button" class="signup-more" disabled={busy} onClick={() => void hide()}>
          {w.hide}
          <span class="visually-hidden">：{rating.project.title}</span>
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </div>
  );
}
