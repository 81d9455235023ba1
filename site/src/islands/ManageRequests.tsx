// 需求对接 (/manage/requests/): the open requests the team may claim (saying how many volunteers
// it brings) and the requests it claimed, with their contact (in full for the team's ADMINs) and
// the next steps: start, mark done, withdraw the claim, or close with a reason.
import { useState } from 'preact/hooks';
import type {
  ManageRequestsQuery,
  ManageRequestsQueryVariables,
  ManageClaimRequestMutation,
  ManageClaimRequestMutationVariables,
  ManageRequestStepMutation,
  ManageRequestStepMutationVariables,
  ManageCloseRequestMutation,
  ManageCloseRequestMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { ReasonField } from './ReasonField';
import { MANAGE_REQUEST_WORDS } from './words/manage-requests';
import { REQUEST_WORDS } from './words/requests';
import './service-requests.css';

const fragment = /* GraphQL */ `
  fragment ManagedRequest on ServiceRequest {
    id
    title
    description
    category
    district
    address
    status
    neededFrom
    neededUntil
    recurrence
    volunteersNeeded
    volunteersClaimed
    contactNameMasked
    contactPhoneMasked
    contactName
    contactPhone
    claims {
      volunteers
      organization {
        id
        name
      }
    }
  }
`;

const requestsQuery = operation<ManageRequestsQuery, ManageRequestsQueryVariables>(
  /* GraphQL */ `
  query ManageRequests($id: ID!) {
    serviceRequests(first: 20) {
      nodes {
        ...ManagedRequest
      }
    }
    claimedServiceRequests(organizationId: $id, first: 30) {
      nodes {
        ...ManagedRequest
      }
    }
  }
`,
  fragment,
);

const claimMutation = operation<ManageClaimRequestMutation, ManageClaimRequestMutationVariables>(
  /* GraphQL */ `
  mutation ManageClaimRequest($input: ClaimServiceRequestInput!) {
    claimServiceRequest(input: $input) {
      ...ManagedRequest
    }
  }
`,
  fragment,
);

// One document for the three steps without a reason; `step` picks the mutation by its alias.
const stepMutation = operation<ManageRequestStepMutation, ManageRequestStepMutationVariables>(
  /* GraphQL */ `
  mutation ManageRequestStep($id: ID!, $org: ID!, $start: Boolean!, $done: Boolean!, $withdraw: Boolean!) {
    started: startServiceRequest(id: $id, organizationId: $org) @include(if: $start) {
      ...ManagedRequest
    }
    done: completeServiceRequest(id: $id, organizationId: $org) @include(if: $done) {
      ...ManagedRequest
    }
    withdrawn: withdrawServiceRequestClaim(id: $id, organizationId: $org) @include(if: $withdraw) {
      ...ManagedRequest
    }
  }
`,
  fragment,
);

const closeMutation = operation<ManageCloseRequestMutation, ManageCloseRequestMutationVariables>(
  /* GraphQL */ `
  mutation ManageCloseRequest($id: ID!, $org: ID!, $reason: String!) {
    closeServiceRequest(id: $id, organizationId: $org, reason: $reason) {
      ...ManagedRequest
    }
  }
`,
  fragment,
);

type Item = ManageRequestsQuery['serviceRequests']['nodes'][number];
type Data = { board: Item[]; claimed: Item[] };
type Step = 'start' | 'done' | 'withdraw';

export function ManageRequests({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <TeamRequests org={org} locale={locale} />}</ManageGate>;
}

function TeamRequests({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = MANAGE_REQUEST_WORDS[locale];
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Data | null>> => {
    const result = await request(requestsQuery, { id: org.id });
    if (!result.ok) return result;
    return { ok: true, data: { board: result.data.serviceRequests.nodes, claimed: result.data.claimedServiceRequests.nodes } };
  }, locale);
  const changed = (item: Item, text: string) => {
    setNote({ tone: 'success', text });
    update((d) => {
      const mine = item.claims.some((c) => c.organization.id === org.id);
      return {
        board: item.status === 'OPEN' && !mine ? d.board.map((r) => (r.id === item.id ? item : r)) : d.board.filter((r) => r.id !== item.id),
        claimed: mine ? [item, ...d.claimed.filter((r) => r.id !== item.id)] : d.claimed.filter((r) => r.id !== item.id),
      };
    });
  };
  return (
    <>
      <FormStatus status={note} locale={locale} />
      <ManageSection id="manage-claimed-requests" title={w.claimed} state={state} retry={retry} locale={locale}>
        {({ claimed }) =>
          claimed.length ? (
            <ul class="request-list">
              {claimed.map((r) => (
                <ClaimedRequest key={r.id} item={r} org={org} locale={locale} onChanged={changed} />
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.claimedEmpty}</p>
          )
        }
      </ManageSection>
      <ManageSection id="manage-request-board" title={w.board} note={w.boardNote} state={state} retry={retry} locale={locale}>
        {({ board }) => {
          const open = board.filter((r) => !r.claims.some((c) => c.organization.id === org.id));
          return open.length ? (
            <ul class="request-list">
              {open.map((r) => (
                <OpenRequest key={r.id} item={r} org={org} locale={locale} onChanged={changed} />
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.boardEmpty}</p>
          );
        }}
      </ManageSection>
    </>
  );
}

function Summary({ item, locale }: { item: Item; locale: Locale }) {
  const r = REQUEST_WORDS[locale];
  const w = MANAGE_REQUEST_WORDS[locale];
  const date = locale === 'en' ? formatDateEn : formatDate;
  return (
    <>
      <h3>
        <span lang="zh-CN">{item.title}</span>
        <span class="request-status">{r.statuses[item.status]}</span>
      </h3>
      <p class="manage-meta">
        {r.categories[item.category]} · <span lang="zh-CN">{item.district}</span> · {date(item.neededFrom)} – {date(item.neededUntil)}
        {item.recurrence && <span lang="zh-CN"> · {item.recurrence}</span>} · {w.needed(item.volunteersClaimed, item.volunteersNeeded)}
      </p>
      <p lang="zh-CN">{item.description}</p>
      <p class="manage-meta" lang="zh-CN">
        {item.address}
      </p>
    </>
  );
}

function OpenRequest({
  item,
  org,
  locale,
  onChanged,
}: {
  item: Item;
  org: ManagedOrganization;
  locale: Locale;
  onChanged: (item: Item, text: string) => void;
}) {
  const w = MANAGE_REQUEST_WORDS[locale];
  const [volunteers, setVolunteers] = useState(String(Math.max(1, item.volunteersNeeded - item.volunteersClaimed)));
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const claim = async () => {
    setBusy(true);
    const result = await send(claimMutation, { input: { id: item.id, organizationId: org.id, volunteers: Number(volunteers) } }, locale);
    setBusy(false);
    if (result.ok) return onChanged(result.data.claimServiceRequest, w.claimedOne(item.title));
    setStatus({ tone: 'error', text: result.text });
  };
  const id = `bring-${item.id}`;
  return (
    <li class="request-item island-form" data-request={item.id}>
      <Summary item={item} locale={locale} />
      <div class="field">
        <label for={id}>{w.bring}</label>
        <input id={id} type="number" min={1} max={item.volunteersNeeded} value={volunteers} onInput={(e) => setVolunteers(e.currentTarget.value)} />
      </div>
      <div class="manage-actions">
        <button type="button" class="form-submit" disabled={busy} onClick={() => void claim()}>
          {w.claim}
          <span class="visually-hidden">：{item.title}</span>
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </li>
  );
}

function ClaimedRequest({
  item,
  org,
  locale,
  onChanged,
}: {
  item: Item;
  org: ManagedOrganization;
  locale: Locale;
  onChanged: (item: Item, text: string) => void;
}) {
  const w = MANAGE_REQUEST_WORDS[locale];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const step = async (which: Step) => {
    setBusy(true);
    const result = await send(
      stepMutation,
      { id: item.id, org: org.id, start: which === 'start', done: which === 'done', withdraw: which === 'withdraw' },
      locale,
    );
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    const changed = result.data.started ?? result.data.done ?? result.data.withdrawn;
    if (changed) onChanged(changed, w.changed(item.title));
  };
  const close = async () => {
    if (reason.trim().length < 2) return setError(w.needReason);
    setBusy(true);
    const result = await send(closeMutation, { id: item.id, org: org.id, reason }, locale);
    setBusy(false);
    if (result.ok) return onChanged(result.data.closeServiceRequest, w.changed(item.title));
    if (result.field === 'reason') setError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  const live = item.status === 'OPEN' || item.status === 'CLAIMED' || item.status === 'IN_PROGRESS';
  const contact = [item.contactName ?? item.contactNameMasked, item.contactPhone ?? item.contactPhoneMasked].filter(Boolean).join(' ');
  const button = (which: Step, label: string, primary = false) => (
    <button type="button" class={primary ? 'form-submit' : 'signup-more'} disabled={busy} onClick={() => void step(which)}>
      {label}
      <span class="visually-hidden">：{item.title}</span>
    </button>
  );
  return (
    <li class="request-item island-form" data-request={item.id}>
      <Summary item={item} locale={locale} />
      {contact && (
        <p class="manage-meta">
          {w.contact}: <span lang="zh-CN">{contact}</span>
        </p>
      )}
      {live && (
        <>
          {item.status === 'CLAIMED' && (
            <p>
              <a href={`${localizePath('/manage/activities/edit/', locale)}?org=${encodeURIComponent(org.id)}&serviceRequest=${encodeURIComponent(item.id)}`}>
                {w.makeActivity} →
              </a>
            </p>
          )}
          <div class="manage-actions">
            {item.status === 'CLAIMED' && button('start', w.start)}
            {(item.status === 'CLAIMED' || item.status === 'IN_PROGRESS') && button('done', w.done, true)}
            {button('withdraw', w.withdraw)}
          </div>
          <ReasonField id={`close-${item.id}`} label={w.closeReason} value={reason} onValue={(v) => (setReason(v), setError(null))} error={error} />
          <div class="manage-actions">
            <button type="button" class="signup-more" disabled={busy} onClick={() => void close()}>
              {w.close}
              <span class="visually-hidden">：{item.title}</span>
            </button>
          </div>
        </>
      )}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
