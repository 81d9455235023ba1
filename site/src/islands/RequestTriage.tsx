// The triage queue of service requests, for platform staff (/admin/requests/, every district) and
// the ADMINs of a district's volunteer federation (/manage/triage/, its district): publish a need
// on the board, decline it with a reason the requester reads, or merge a duplicate into another;
// needs left unclaimed too long are listed apart. Staff also see requesters' ratings and may hide
// an abusive comment.
import { useState } from 'preact/hooks';
import type {
  TriageRequestsQuery,
  TriageRequestsQueryVariables,
  TriageDecisionMutation,
  TriageDecisionMutationVariables,
  HideRequestFeedbackMutation,
  HideRequestFeedbackMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { ReasonField } from './ReasonField';
import { MANAGE_REQUEST_WORDS } from './words/manage-requests';
import { REQUEST_WORDS } from './words/requests';
import './service-requests.css';

const triageQuery = operation<TriageRequestsQuery, TriageRequestsQueryVariables>(/* GraphQL */ `
  query TriageRequests($staff: Boolean!) {
    queue: serviceRequestQueue(first: 30) {
      nodes {
        ...TriagedRequest
      }
    }
    stale: serviceRequestQueue(stale: true, first: 30) {
      nodes {
        ...TriagedRequest
      }
    }
    rated: serviceRequests(filter: { status: CONFIRMED }, first: 30) @include(if: $staff) {
      nodes {
        id
        title
        score
        feedbackComment
        feedbackHidden
      }
    }
  }
  fragment TriagedRequest on ServiceRequest {
    id
    title
    description
    category
    district
    address
    status
    neededFrom
    neededUntil
    volunteersNeeded
    unclaimedSince
    contactName
    contactPhone
  }
`);

// Accept, decline or merge: one document, the decision chosen by the variables.
const decisionMutation = operation<TriageDecisionMutation, TriageDecisionMutationVariables>(/* GraphQL */ `
  mutation TriageDecision($id: ID!, $accept: Boolean!, $decline: Boolean!, $merge: Boolean!, $reason: String!, $intoId: ID!) {
    accepted: acceptServiceRequest(id: $id) @include(if: $accept) {
      id
      status
    }
    declined: declineServiceRequest(id: $id, reason: $reason) @include(if: $decline) {
      id
      status
    }
    merged: mergeServiceRequest(id: $id, intoId: $intoId) @include(if: $merge) {
      id
      status
    }
  }
`);

const hideMutation = operation<HideRequestFeedbackMutation, HideRequestFeedbackMutationVariables>(/* GraphQL */ `
  mutation HideRequestFeedback($id: ID!) {
    hideServiceRequestFeedback(id: $id) {
      id
      feedbackHidden
    }
  }
`);

type Item = TriageRequestsQuery['queue']['nodes'][number];
type Rated = NonNullable<TriageRequestsQuery['rated']>['nodes'][number];
type Data = { queue: Item[]; stale: Item[]; rated: Rated[] };

export function RequestTriage({ locale, staff, note }: { locale: Locale; staff: boolean; note?: string }) {
  const w = MANAGE_REQUEST_WORDS[locale];
  const [message, setMessage] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Data | null>> => {
    const result = await request(triageQuery, { staff });
    if (!result.ok) return result;
    return { ok: true, data: { queue: result.data.queue.nodes, stale: result.data.stale.nodes, rated: result.data.rated?.nodes ?? [] } };
  }, locale);
  const decided = (id: string, text: string) => {
    setMessage({ tone: 'success', text });
    update((d) => ({ ...d, queue: d.queue.filter((r) => r.id !== id), stale: d.stale.filter((r) => r.id !== id) }));
  };
  // The submitted and the stale lists alike: each request may be merged into any other of both.
  const queued = (d: Data, list: Item[], empty: string) =>
    list.length ? (
      <ul class="request-list">
        {list.map((r) => (
          <QueuedRequest key={r.id} item={r} others={[...d.queue, ...d.stale].filter((o) => o.id !== r.id)} locale={locale} onDecided={decided} />
        ))}
      </ul>
    ) : (
      <p class="account-empty">{empty}</p>
    );
  return (
    <>
      <FormStatus status={message} locale={locale} />
      <ManageSection id="triage-queue" title={w.queue} note={note} state={state} retry={retry} locale={locale}>
        {(d) => queued(d, d.queue, w.queueEmpty)}
      </ManageSection>
      <ManageSection id="triage-stale" title={w.stale} state={state} retry={retry} locale={locale}>
        {(d) => queued(d, d.stale, w.staleEmpty)}
      </ManageSection>
      {staff && (
        <ManageSection id="triage-feedback" title={w.feedback} state={state} retry={retry} locale={locale}>
          {(d) =>
            d.rated.length ? (
              <ul class="request-list">
                {d.rated.map((r) => (
                  <RatedRequest
                    key={r.id}
                    item={r}
                    locale={locale}
                    onHidden={() => update((old) => ({ ...old, rated: old.rated.map((o) => (o.id === r.id ? { ...o, feedbackHidden: true } : o)) }))}
                  />
                ))}
              </ul>
            ) : (
              <p class="account-empty">{w.feedbackEmpty}</p>
            )
          }
        </ManageSection>
      )}
    </>
  );
}

function QueuedRequest({ item, others, locale, onDecided }: { item: Item; others: Item[]; locale: Locale; onDecided: (id: string, text: string) => void }) {
  const w = MANAGE_REQUEST_WORDS[locale];
  const r = REQUEST_WORDS[locale];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [intoId, setIntoId] = useState(others[0]?.id ?? '');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const date = locale === 'en' ? formatDateEn : formatDate;
  const decide = async (decision: 'accept' | 'decline' | 'merge') => {
    if (decision === 'decline' && reason.trim().length < 2) return setError(w.needReason);
    setBusy(true);
    const result = await send(
      decisionMutation,
      { id: item.id, accept: decision === 'accept', decline: decision === 'decline', merge: decision === 'merge', reason, intoId: intoId || item.id },
      locale,
    );
    setBusy(false);
    if (result.ok) return onDecided(item.id, (decision === 'accept' ? w.accepted : decision === 'decline' ? w.declined : w.merged)(item.title));
    if (result.field === 'reason') setError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  const mergeId = `merge-${item.id}`;
  return (
    <li class="request-item island-form" data-request={item.id}>
      <h3>
        <span lang="zh-CN">{item.title}</span>
        <span class="request-status">{r.statuses[item.status]}</span>
      </h3>
      <p class="manage-meta">
        {r.categories[item.category]} · <span lang="zh-CN">{item.district}</span> · {date(item.neededFrom)} – {date(item.neededUntil)} ·{' '}
        {r.board.needed(String(item.volunteersNeeded))}
      </p>
      {item.unclaimedSince && <p class="request-stale">{w.unclaimedSince(date(item.unclaimedSince))}</p>}
      <p lang="zh-CN">{item.description}</p>
      <p class="manage-meta" lang="zh-CN">
        {item.address} · {w.contact}: {item.contactName} {item.contactPhone}
      </p>
      {item.status === 'SUBMITTED' && (
        <>
          <ReasonField id={`decline-${item.id}`} label={w.declineReason} value={reason} onValue={(v) => (setReason(v), setError(null))} error={error} />
          <div class="manage-actions">
            <button type="button" class="form-submit" disabled={busy} onClick={() => void decide('accept')}>
              {w.accept}
              <span class="visually-hidden">：{item.title}</span>
            </button>
            <button type="button" class="signup-more" disabled={busy} onClick={() => void decide('decline')}>
              {w.decline}
              <span class="visually-hidden">：{item.title}</span>
            </button>
          </div>
        </>
      )}
      {others.length > 0 && (
        <div class="manage-actions">
          <div class="field">
            <label for={mergeId}>{w.mergeInto}</label>
            <select id={mergeId} value={intoId} onChange={(e) => setIntoId(e.currentTarget.value)}>
              {others.map((o) => (
                <option key={o.id} value={o.id} lang="zh-CN">
                  {o.title} · {o.district}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="signup-more" disabled={busy} onClick={() => void decide('merge')}>
            {w.merge}
            <span class="visually-hidden">：{item.title}</span>
          </button>
        </div>
      )}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}

function RatedRequest({ item, locale, onHidden }: { item: Rated; locale: Locale; onHidden: () => void }) {
  const w = MANAGE_REQUEST_WORDS[locale];
  const [status, setStatus] = useState<Status>(null);
  const hide = async () => {
    const result = await send(hideMutation, { id: item.id }, locale);
    if (result.ok) return onHidden();
    setStatus({ tone: 'error', text: result.text });
  };
  return (
    <li class="request-item">
      <h3 lang="zh-CN">{item.title}</h3>
      <p class="manage-meta">{item.score && w.score(item.score)}</p>
      {item.feedbackComment && <p lang="zh-CN">{item.feedbackComment}</p>}
      {item.feedbackComment &&
        (item.feedbackHidden ? (
          <p class="manage-meta">{w.hidden}</p>
        ) : (
          <button type="button" class="signup-more" onClick={() => void hide()}>
            {w.hide}
            <span class="visually-hidden">：{item.title}</span>
          </button>
        ))}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
