// 团队审核与管理 (/admin/teams/): the teams awaiting review (approve, or return with a reason), the
// suspended ones (restore with a reason), and any team found by name (suspend an approved one with
// a reason). Every decision is audited by the API; the lists are read again after each.
import { useRef, useState } from 'preact/hooks';
import type {
  AdminApproveTeamMutation,
  AdminApproveTeamMutationVariables,
  AdminRestoreTeamMutation,
  AdminRestoreTeamMutationVariables,
  AdminReturnTeamMutation,
  AdminReturnTeamMutationVariables,
  AdminSuspendTeamMutation,
  AdminSuspendTeamMutationVariables,
  AdminTeamsQuery,
  AdminTeamsQueryVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { AdminGate } from './AdminGate';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { staffTeam, TeamFinder, type StaffTeam } from './TeamFinder';
import { ADMIN_TEAM_WORDS } from './words/admin-teams';

const teamsQuery = operation<AdminTeamsQuery, AdminTeamsQueryVariables>(
  /* GraphQL */ `
  query AdminTeams {
    pendingOrganizations(first: 100) {
      totalCount
      nodes {
        ...StaffTeam
      }
    }
    staffOrganizations(status: SUSPENDED, first: 100) {
      totalCount
      nodes {
        ...StaffTeam
      }
    }
  }
`,
  staffTeam,
);

const approveMutation = operation<AdminApproveTeamMutation, AdminApproveTeamMutationVariables>(
  /* GraphQL */ `
  mutation AdminApproveTeam($id: ID!) {
    approveOrganization(id: $id) {
      ...StaffTeam
    }
  }
`,
  staffTeam,
);

const returnMutation = operation<AdminReturnTeamMutation, AdminReturnTeamMutationVariables>(
  /* GraphQL */ `
  mutation AdminReturnTeam($id: ID!, $reason: String!) {
    returnOrganization(id: $id, reason: $reason) {
      ...StaffTeam
    }
  }
`,
  staffTeam,
);

const suspendMutation = operation<AdminSuspendTeamMutation, AdminSuspendTeamMutationVariables>(
  /* GraphQL */ `
  mutation AdminSuspendTeam($id: ID!, $reason: String!) {
    suspendOrganization(id: $id, reason: $reason) {
      ...StaffTeam
    }
  }
`,
  staffTeam,
);

const restoreMutation = operation<AdminRestoreTeamMutation, AdminRestoreTeamMutationVariables>(
  /* GraphQL */ `
  mutation AdminRestoreTeam($id: ID!, $reason: String!) {
    restoreOrganization(id: $id, reason: $reason) {
      ...StaffTeam
    }
  }
`,
  staffTeam,
);

type Action = 'approve' | 'ret' | 'suspend' | 'restore';
const ACTIONS: Record<StaffTeam['status'], Action[]> = { PENDING: ['approve', 'ret'], APPROVED: ['suspend'], SUSPENDED: ['restore'] };

export function AdminTeams({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <Teams locale={locale} />}</AdminGate>;
}

function Teams({ locale }: { locale: Locale }) {
  const w = ADMIN_TEAM_WORDS[locale];
  const [note, setNote] = useState<Status>(null);
  const { state, retry, reload } = useLoaded(() => request(teamsQuery, {}), locale);
  const changed = (text: string) => {
    setNote({ tone: 'success', text });
    void reload();
  };
  const list = (teams: StaffTeam[], none: string) =>
    teams.length ? (
      <ul class="manage-list">
        {teams.map((t) => (
          <TeamCard key={t.id} team={t} locale={locale} onChanged={changed} />
        ))}
      </ul>
    ) : (
      <p class="account-empty">{none}</p>
    );
  return (
    <>
      <FormStatus status={note} locale={locale} />
      <ManageSection id="admin-pending" title={w.pending} state={state} retry={retry} locale={locale}>
        {(data) => list(data.pendingOrganizations.nodes, w.pendingNone)}
      </ManageSection>
      <ManageSection id="admin-suspended" title={w.suspended} state={state} retry={retry} locale={locale}>
        {(data) => list(data.staffOrganizations.nodes, w.suspendedNone)}
      </ManageSection>
      <section class="account-card manage-section" aria-labelledby="admin-search-title">
        <h2 id="admin-search-title">{w.search}</h2>
        <TeamFinder id="admin-teams" locale={locale}>
          {(team, refresh) => <TeamCard key={team.id} team={team} locale={locale} onChanged={(text) => (changed(text), refresh())} />}
        </TeamFinder>
      </section>
    </>
  );
}

function TeamCard({ team, locale, onChanged }: { team: StaffTeam; locale: Locale; onChanged: (text: string) => void }) {
  const w = ADMIN_TEAM_WORDS[locale];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const actions = ACTIONS[team.status];
  const needsReason = actions.some((a) => a !== 'approve');
  const field = `reason-${team.id}`;
  const act = async (action: Action) => {
    if (action !== 'approve' && reason.trim().length < 2) {
      setError(w.needReason);
      return reasonInput.current?.focus();
    }
    setBusy(true);
    setStatus(null);
    const vars = { id: team.id, reason };
    const result =
      action === 'approve'
        ? await send(approveMutation, { id: team.id }, locale, w.fields)
        : action === 'ret'
          ? await send(returnMutation, vars, locale, w.fields)
          : action === 'suspend'
            ? await send(suspendMutation, vars, locale, w.fields)
            : await send(restoreMutation, vars, locale, w.fields);
    setBusy(false);
    if (result.ok) {
      setReason('');
      return onChanged(w.done[action](team.name));
    }
    if (result.field === 'reason') {
      setError(result.text);
      reasonInput.current?.focus();
    }
    setStatus({ tone: 'error', text: result.text });
  };
  const date = locale === 'en' ? formatDateEn : formatDate;
  return (
    <li class="manage-item island-form" data-team={team.id} data-status={team.status}>
      <h3>{team.name}</h3>
      <p class="manage-meta">
        <span class="manage-badge">{w.status[team.status]}</span> {team.district} · {w.members(team.memberCount)} · {w.registeredAt} {date(team.createdAt)}
        {team.suspendedAt && ` · ${w.suspendedAt} ${date(team.suspendedAt)}`}
      </p>
      {team.returnedReason && (
        <p class="manage-meta">
          {w.returnedReason}: {team.returnedReason}
        </p>
      )}
      {team.suspendedReason && (
        <p class="manage-meta">
          {w.suspendedReason}: {team.suspendedReason}
        </p>
      )}
      {needsReason && (
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for={field}>{w.reason}</label>
          <textarea
            id={field}
            ref={reasonInput}
            rows={2}
            maxLength={500}
            value={reason}
            onInput={(e) => (setReason(e.currentTarget.value), setError(null))}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${field}-hint ${field}-error`}
          />
          <p id={`${field}-hint`} class="field-hint">
            {w.reasonHint}
          </p>
          <p id={`${field}-error`} class="field-error">
            {error}
          </p>
        </div>
      )}
      <div class="manage-actions">
        {actions.map((a, i) => (
          <button key={a} type="button" class={i === 0 ? 'form-submit' : 'signup-more'} disabled={busy} onClick={() => void act(a)}>
            {w[a]}
            <span class="visually-hidden">：{team.name}</span>
          </button>
        ))}
      </div>
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
