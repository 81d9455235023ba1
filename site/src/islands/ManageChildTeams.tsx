// 下属团队 (/manage/teams/): teams registered under this organisation. Its ADMINs approve a pending
// one or return it with a reason the team reads (incubation by the parent); approved ones are listed.
import { useRef, useState } from 'preact/hooks';
import type {
  ManageApproveTeamMutation,
  ManageApproveTeamMutationVariables,
  ManageChildTeamsQuery,
  ManageChildTeamsQueryVariables,
  ManageReturnTeamMutation,
  ManageReturnTeamMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ReasonField } from './ReasonField';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { TEAM_WORDS } from './words/manage-teams';

const childrenQuery = operation<ManageChildTeamsQuery, ManageChildTeamsQueryVariables>(/* GraphQL */ `
  query ManageChildTeams($id: ID!) {
    organization(id: $id) {
      id
      pendingChildren(first: 50) {
        nodes {
          id
          name
          kind
          district
          description
          address
          contactName
          contactPhoneMasked
          returnedReason
          createdAt
        }
      }
    }
    organizations(first: 100, filter: { parentId: $id }) {
      nodes {
        id
        name
        district
        memberCount
      }
    }
  }
`);

const approveMutation = operation<ManageApproveTeamMutation, ManageApproveTeamMutationVariables>(/* GraphQL */ `
  mutation ManageApproveTeam($id: ID!) {
    approveOrganization(id: $id) {
      id
      status
    }
  }
`);

const returnMutation = operation<ManageReturnTeamMutation, ManageReturnTeamMutationVariables>(/* GraphQL */ `
  mutation ManageReturnTeam($id: ID!, $reason: String!) {
    returnOrganization(id: $id, reason: $reason) {
      id
      returnedReason
    }
  }
`);

type Data = {
  pending: NonNullable<NonNullable<ManageChildTeamsQuery['organization']>['pendingChildren']>['nodes'];
  approved: ManageChildTeamsQuery['organizations']['nodes'];
};

export function ManageChildTeams({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <ChildTeams org={org} locale={locale} />}</ManageGate>;
}

function ChildTeams({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = TEAM_WORDS[locale].children;
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Data | null>> => {
    const result = await request(childrenQuery, { id: org.id });
    if (!result.ok) return result;
    const pending = result.data.organization?.pendingChildren?.nodes;
    return { ok: true, data: pending ? { pending, approved: result.data.organizations.nodes } : null };
  }, locale);
  if (org.role !== 'ADMIN') {
    return (
      <section class="account-card">
        <p>{w.notAdmin}</p>
      </section>
    );
  }
  const decided = (id: string, text: string, approved: boolean) => {
    setNote({ tone: 'success', text });
    update((d) => {
      const team = d.pending.find((t) => t.id === id)!;
      return {
        pending: approved ? d.pending.filter((t) => t.id !== id) : d.pending,
        approved: approved ? [...d.approved, { __typename: 'Organization', id, name: team.name, district: team.district, memberCount: 1 }] : d.approved,
      } as Data;
    });
  };
  return (
    <>
      <ManageSection id="manage-child-teams" title={w.pending} state={state} retry={retry} locale={locale}>
        {({ pending }) => (
          <>
            <FormStatus status={note} locale={locale} />
            {pending.length ? (
              <ul class="manage-list">
                {pending.map((t) => (
                  <PendingTeam key={t.id} team={t} locale={locale} onDecided={decided} />
                ))}
              </ul>
            ) : (
              <p class="account-empty">{w.none}</p>
            )}
          </>
        )}
      </ManageSection>
      {state.status === 'ready' && (
        <section class="account-card" aria-labelledby="approved-teams">
          <h2 id="approved-teams">{w.approved}</h2>
          {state.data.approved.length ? (
            <ul class="manage-list">
              {state.data.approved.map((t) => (
                <li key={t.id} class="manage-item">
                  <strong>{t.name}</strong>
                  <span class="manage-meta">{t.district}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.noneApproved}</p>
          )}
        </section>
      )}
    </>
  );
}

function PendingTeam({
  team,
  locale,
  onDecided,
}: {
  team: Data['pending'][number];
  locale: Locale;
  onDecided: (id: string, text: string, approved: boolean) => void;
}) {
  const all = TEAM_WORDS[locale];
  const w = all.children;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const field = `reason-${team.id}`;
  const approve = async () => {
    setBusy(true);
    const result = await send(approveMutation, { id: team.id }, locale, all.fields);
    setBusy(false);
    if (result.ok) return onDecided(team.id, w.approved1(team.name), true);
    setStatus({ tone: 'error', text: result.text });
  };
  const giveBack = async () => {
    if (reason.trim().length < 2) {
      setError(w.needReason);
      return reasonInput.current?.focus();
    }
    setBusy(true);
    const result = await send(returnMutation, { id: team.id, reason }, locale, all.fields);
    setBusy(false);
    if (result.ok) {
      setReason('');
      return onDecided(team.id, w.returned1(team.name), false);
    }
    if (result.field === 'reason') setError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  const date = locale === 'en' ? formatDateEn : formatDate;
  return (
    <li class="manage-item island-form" data-team={team.id}>
      <h3>{team.name}</h3>
      <p class="manage-meta">
        {all.kinds[team.kind ?? ''] ?? team.kind} · {team.district} · {w.registeredAt} {date(team.createdAt)}
      </p>
      {team.description && <p>{team.description}</p>}
      <p class="manage-meta">
        {w.contact}: {team.contactName ?? '—'} {team.contactPhoneMasked ?? ''} {team.address ? `· ${team.address}` : ''}
      </p>
      {team.returnedReason && (
        <p class="manage-meta">
          {all.returned}：{team.returnedReason}
        </p>
      )}
      <ReasonField id={field} label={w.reason} value={reason} onValue={(v) => (setReason(v), setError(null))} error={error} inputRef={reasonInput} />
      <div class="manage-actions">
        <button type="button" class="form-submit" disabled={busy} onClick={() => void approve()}>
          {w.approve}
          <span class="visually-hidden">：{team.name}</span>
        </button>
        <button type="button" class="signup-more" disabled={busy} onClick={() => void giveBack()}>
          {w.ret}
          <span class="visually-hidden">：{team.name}</span>
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
