// 成员 (/manage/members/): requests to join to answer, the member list (found by volunteer number
// or mobile, filtered by name) with roles, removal and the admin handover, and the registration of
// a resident without a smartphone, who can then be signed up for one of the team's shifts.
import { useState } from 'preact/hooks';
import type {
  ManageAcceptRequestMutation,
  ManageAcceptRequestMutationVariables,
  ManageDeclineRequestMutation,
  ManageDeclineRequestMutationVariables,
  ManageHandOverMutation,
  ManageHandOverMutationVariables,
  ManageMembersQuery,
  ManageMembersQueryVariables,
  ManageRemoveMemberMutation,
  ManageRemoveMemberMutationVariables,
  ManageSetRoleMutation,
  ManageSetRoleMutationVariables,
  MemberRole,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageAssisted } from './ManageAssisted';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { MEMBER_WORDS } from './words/manage-members';

// Read by codegen like every document; sent with each operation that spreads it.
const memberRow = /* GraphQL */ `
  fragment MemberRow on Membership {
    id
    role
    volunteer {
      id
      realName
      displayName
      volunteerNumber
      phoneMasked
    }
  }
`;

const membersQuery = operation<ManageMembersQuery, ManageMembersQueryVariables>(
  /* GraphQL */ `
  query ManageMembers($id: ID!, $search: String, $after: String) {
    organization(id: $id) {
      id
      joinRequests(status: PENDING, first: 50) {
        nodes {
          id
          message
          createdAt
          volunteer {
            id
            displayName
            volunteerNumber
            totalMinutes
          }
        }
      }
      members(first: 100, after: $after, search: $search) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...MemberRow
        }
      }
    }
  }
`,
  memberRow,
);

const acceptMutation = operation<ManageAcceptRequestMutation, ManageAcceptRequestMutationVariables>(
  /* GraphQL */ `
  mutation ManageAcceptRequest($id: ID!) {
    acceptJoinRequest(id: $id) {
      ...MemberRow
    }
  }
`,
  memberRow,
);

const declineMutation = operation<ManageDeclineRequestMutation, ManageDeclineRequestMutationVariables>(/* GraphQL */ `
  mutation ManageDeclineRequest($id: ID!, $reason: String!) {
    declineJoinRequest(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const roleMutation = operation<ManageSetRoleMutation, ManageSetRoleMutationVariables>(/* GraphQL */ `
  mutation ManageSetRole($id: ID!, $role: MemberRole!) {
    setMemberRole(membershipId: $id, role: $role) {
      id
      role
    }
  }
`);

const removeMutation = operation<ManageRemoveMemberMutation, ManageRemoveMemberMutationVariables>(/* GraphQL */ `
  mutation ManageRemoveMember($id: ID!) {
    removeMember(membershipId: $id)
  }
`);

const handOverMutation = operation<ManageHandOverMutation, ManageHandOverMutationVariables>(/* GraphQL */ `
  mutation ManageHandOver($id: ID!) {
    handOverAdmin(membershipId: $id) {
      id
      role
    }
  }
`);

type Org = NonNullable<ManageMembersQuery['organization']>;
type Request = NonNullable<Org['joinRequests']>['nodes'][number];
type Member = NonNullable<Org['members']>['nodes'][number];
type Data = { requests: Request[]; members: Member[]; total: number; after: string | null };

export function ManageMembers({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <Members org={org} locale={locale} />}</ManageGate>;
}

function Members({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = MEMBER_WORDS[locale];
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState('');
  const [note, setNote] = useState<Status>(null);
  const load = async (after: string | null = null, term = search): Promise<ApiResult<Data | null>> => {
    const result = await request(membersQuery, { id: org.id, search: term.trim() || null, after });
    if (!result.ok) return result;
    const o = result.data.organization;
    if (!o?.members || !o.joinRequests) return { ok: true, data: null };
    return {
      ok: true,
      data: {
        requests: o.joinRequests.nodes,
        members: o.members.nodes,
        total: o.members.totalCount,
        after: o.members.pageInfo.hasNextPage ? (o.members.pageInfo.endCursor ?? null) : null,
      },
    };
  };
  const { state, update, retry, reload } = useLoaded(load, locale);
  const say = (tone: 'success' | 'error', text: string) => setNote({ tone, text });
  const nameOf = (m: Member) => m.volunteer.realName ?? m.volunteer.displayName;

  const act = async (doing: Promise<{ ok: boolean; text?: string }>, success: string, change?: (d: Data) => Data) => {
    const result = await doing;
    if (!result.ok) return say('error', result.text ?? '');
    if (change) update(change);
    say('success', success);
  };

  const more = async (after: string) => {
    const page = await load(after);
    if (page.ok && page.data) update((d) => ({ ...d, members: [...d.members, ...page.data!.members], after: page.data!.after }));
  };

  return (
    <>
      <ManageSection id="manage-requests" title={w.requests} state={state} retry={retry} locale={locale}>
        {({ requests }) =>
          requests.length ? (
            <ul class="manage-list">
              {requests.map((r) => (
                <JoinRequest
                  key={r.id}
                  request={r}
                  locale={locale}
                  onAccepted={(m) => (
                    say('success', w.accepted(nameOf(m))),
                    update((d) => ({ ...d, requests: d.requests.filter((x) => x.id !== r.id), members: [...d.members, m], total: d.total + 1 }))
                  )}
                  onDeclined={() => (
                    say('success', w.declined(r.volunteer.displayName)),
                    update((d) => ({ ...d, requests: d.requests.filter((x) => x.id !== r.id) }))
                  )}
                />
              ))}
            </ul>
          ) : (
            <p class="account-empty" data-state="no-requests">
              {w.noRequests}
            </p>
          )
        }
      </ManageSection>
      <ManageSection id="manage-members" title={w.members} state={state} retry={retry} locale={locale}>
        {({ members, total, after }) => {
          const shown = filter.trim() ? members.filter((m) => nameOf(m).includes(filter.trim())) : members;
          return (
            <>
              <FormStatus status={note} locale={locale} />
              <form class="manage-actions" role="search" onSubmit={(e) => (e.preventDefault(), void reload())}>
                <label for="member-search" class="visually-hidden">
                  {w.search}
                </label>
                <input id="member-search" type="search" placeholder={w.search} value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
                <button type="submit" class="signup-more">
                  {w.find}
                </button>
                <label for="member-filter" class="visually-hidden">
                  {w.filter}
                </label>
                <input id="member-filter" type="search" placeholder={w.filter} value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
              </form>
              <p class="manage-meta">{w.count(total)}</p>
              <div class="manage-table-wrap">
                <table class="manage-table" data-list="members">
                  <thead>
                    <tr>
                      <th scope="col">{w.name}</th>
                      <th scope="col">{w.number}</th>
                      <th scope="col">{w.phone}</th>
                      <th scope="col">{w.role}</th>
                      <th scope="col">{w.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((m) => (
                      <tr key={m.id} data-member={m.id}>
                        <td>{nameOf(m)}</td>
                        <td>{m.volunteer.volunteerNumber}</td>
                        <td>{m.volunteer.phoneMasked}</td>
                        <td>
                          {org.role === 'ADMIN' ? (
                            <select
                              aria-label={`${w.role}：${nameOf(m)}`}
                              value={m.role}
                              onChange={(e) => {
                                const role = e.currentTarget.value as MemberRole;
                                void act(send(roleMutation, { id: m.id, role }, locale, w.fields), w.roleChanged(nameOf(m), w.roles[role]), (d) => ({
                                  ...d,
                                  members: d.members.map((x) => (x.id === m.id ? { ...x, role } : x)),
                                })).then(() => reload());
                              }}
                            >
                              {(['MEMBER', 'COORDINATOR', 'ADMIN'] as const).map((r) => (
                                <option key={r} value={r}>
                                  {w.roles[r]}
                                </option>
                              ))}
                            </select>
                          ) : (
                            w.roles[m.role]
                          )}
                        </td>
                        <td class="manage-actions">
                          {(org.role === 'ADMIN' || m.role === 'MEMBER') && (
                            <button
                              type="button"
                              class="signup-more"
                              onClick={() =>
                                confirm(w.confirmRemove(nameOf(m))) &&
                                void act(send(removeMutation, { id: m.id }, locale, w.fields), w.removed(nameOf(m)), (d) => ({
                                  ...d,
                                  members: d.members.filter((x) => x.id !== m.id),
                                  total: d.total - 1,
                                }))
                              }
                            >
                              {w.remove}
                              <span class="visually-hidden">：{nameOf(m)}</span>
                            </button>
                          )}
                          {org.role === 'ADMIN' && m.role !== 'ADMIN' && (
                            <button
                              type="button"
                              class="signup-more"
                              onClick={() =>
                                confirm(w.confirmHandOver(nameOf(m))) &&
                                void act(send(handOverMutation, { id: m.id }, locale, w.fields), w.handedOver(nameOf(m))).then(() => location.reload())
                              }
                            >
                              {w.handOver}
                              <span class="visually-hidden">：{nameOf(m)}</span>
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {after && (
                <button type="button" class="signup-more" onClick={() => void more(after)}>
                  {w.more}
                </button>
              )}
            </>
          );
        }}
      </ManageSection>
      <ManageAssisted org={org} locale={locale} onRegistered={() => void reload()} />
    </>
  );
}

function JoinRequest({
  request: r,
  locale,
  onAccepted,
  onDeclined,
}: {
  request: Request;
  locale: Locale;
  onAccepted: (m: Member) => void;
  onDeclined: () => void;
}) {
  const w = MEMBER_WORDS[locale];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const field = `decline-${r.id}`;
  const accept = async () => {
    setBusy(true);
    const result = await send(acceptMutation, { id: r.id }, locale, w.fields);
    setBusy(false);
    if (result.ok) return onAccepted(result.data.acceptJoinRequest);
    setStatus({ tone: 'error', text: result.text });
  };
  const decline = async () => {
    if (reason.trim().length < 2) return setError(w.needReason);
    setBusy(true);
    const result = await send(declineMutation, { id: r.id, reason }, locale, w.fields);
    setBusy(false);
    if (result.ok) return onDeclined();
    if (result.field === 'reason') setError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  return (
    <li class="manage-item island-form" data-request={r.id}>
      <h3>
        {r.volunteer.displayName} <span class="manage-number">{r.volunteer.volunteerNumber}</span>
      </h3>
      <p class="manage-meta">
        {w.asked} {(locale === 'en' ? formatDateEn : formatDate)(r.createdAt)}
      </p>
      {r.message && <blockquote class="correction-answer">{r.message}</blockquote>}
      <div class={error ? 'field field-invalid' : 'field'}>
        <label for={field}>{w.declineReason}</label>
        <input
          id={field}
          value={reason}
          maxLength={300}
          onInput={(e) => (setReason(e.currentTarget.value), setError(null))}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${field}-error`}
        />
        <p id={`${field}-error`} class="field-error">
          {error}
        </p>
      </div>
      <div class="manage-actions">
        <button type="button" class="form-submit" disabled={busy} onClick={() => void accept()}>
          {w.accept}
          <span class="visually-hidden">：{r.volunteer.displayName}</span>
        </button>
        <button type="button" class="signup-more" disabled={busy} onClick={() => void decline()}>
          {w.decline}
          <span class="visually-hidden">：{r.volunteer.displayName}</span>
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
