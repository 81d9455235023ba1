// 我提出的服务需求 (/account/): the requests the volunteer submitted, with their status, why one was
// declined or closed, the teams that claimed it, and once a team marked it done, the form that
// confirms it and rates the help (1–5, with a comment).
import { useState } from 'preact/hooks';
import type {
  MyServiceRequestsQuery,
  MyServiceRequestsQueryVariables,
  ConfirmServiceRequestMutation,
  ConfirmServiceRequestMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { useSignedIn } from '../lib/signed-in';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { REQUEST_WORDS } from './words/requests';
import './forms.css';
import './service-requests.css';

const mineQuery = operation<MyServiceRequestsQuery, MyServiceRequestsQueryVariables>(/* GraphQL */ `
  query MyServiceRequests {
    myServiceRequests(first: 50) {
      nodes {
        id
        title
        district
        status
        reason
        score
        feedbackComment
        claims {
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

const confirmMutation = operation<ConfirmServiceRequestMutation, ConfirmServiceRequestMutationVariables>(/* GraphQL */ `
  mutation ConfirmServiceRequest($input: ConfirmServiceRequestInput!) {
    confirmServiceRequest(input: $input) {
      id
      status
      score
      feedbackComment
    }
  }
`);

type Item = MyServiceRequestsQuery['myServiceRequests']['nodes'][number];

/** Shown to a signed-in volunteer only (MyAccount offers the way to sign in). */
export function MyServiceRequests({ locale }: { locale: Locale }) {
  return useSignedIn() ? <MyRequests locale={locale} /> : null;
}

function MyRequests({ locale }: { locale: Locale }) {
  const w = REQUEST_WORDS[locale];
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Item[] | null>> => {
    const result = await request(mineQuery, {});
    return result.ok ? { ok: true, data: result.data.myServiceRequests.nodes } : result;
  }, locale);
  return (
    <ManageSection id="my-service-requests" title={w.mine.title} state={state} retry={retry} locale={locale}>
      {(items) => (
        <>
          {items.length ? (
            <ul class="request-list">
              {items.map((item) => (
                <MyRequest
                  key={item.id}
                  item={item}
                  locale={locale}
                  onConfirmed={(changed) => update((list) => list.map((r) => (r.id === changed.id ? { ...r, ...changed } : r)))}
                />
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.mine.empty}</p>
          )}
          <p>
            <a href={localizePath('/requests/new/', locale)}>{w.mine.submit} →</a>
          </p>
        </>
      )}
    </ManageSection>
  );
}

function MyRequest({ item, locale, onConfirmed }: { item: Item; locale: Locale; onConfirmed: (changed: Partial<Item> & { id: string }) => void }) {
  const w = REQUEST_WORDS[locale];
  const [score, setScore] = useState('5');
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await send(confirmMutation, { input: { id: item.id, score: Number(score), comment: comment.trim() || null } }, locale);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus({ tone: 'success', text: w.mine.confirmed });
    onConfirmed(result.data.confirmServiceRequest);
  };
  const teams = item.claims.map((c) => c.organization.name).join('、');
  return (
    <li class="request-item" data-request={item.id}>
      <h3>
        <span lang="zh-CN">{item.title}</span>
        <span class="request-status">{w.statuses[item.status]}</span>
      </h3>
      {item.reason && (
        <p class="manage-meta">
          {w.mine.reason}: <span lang="zh-CN">{item.reason}</span>
        </p>
      )}
      {teams && (
        <p class="manage-meta">
          {w.mine.teams}: <span lang="zh-CN">{teams}</span>
        </p>
      )}
      {item.score && <p class="manage-meta">{w.mine.yourScore(item.score)}</p>}
      {item.status === 'DONE' && (
        <form class="island-form request-form" onSubmit={(e) => void confirm(e)}>
          <h4>{w.mine.confirmTitle}</h4>
          <div class="field">
            <label for={`score-${item.id}`}>{w.mine.score}</label>
            <select id={`score-${item.id}`} value={score} onChange={(e) => setScore(e.currentTarget.value)}>
              {['5', '4', '3', '2', '1'].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`comment-${item.id}`}>{w.mine.comment}</label>
            <textarea id={`comment-${item.id}`} rows={2} maxLength={500} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
          </div>
          <button type="submit" class="form-submit" disabled={busy}>
            {w.mine.confirm}
          </button>
        </form>
      )}
      {/* Only where there is something to confirm (and its outcome once confirmed): no empty gap on every request. */}
      {(item.status === 'DONE' || status) && <FormStatus status={status} locale={locale} />}
    </li>
  );
}
