// 申请加入, on a team's public page: the signed-in volunteer asks to join (or joins at once where
// the team lets anyone), sees their request pending, declined with the reason, or that they are a
// member, and may withdraw a pending request. Signed out, it leads to signing in and back.
import { useEffect, useState } from 'preact/hooks';
import { JoinTeamStateDocument, RequestToJoinDocument, WithdrawJoinRequestDocument, JoinTeamDocument } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import './forms.css';
import './join-team.css';

// Read by codegen, which generates JoinTeamStateDocument.
const stateQueryText = /* GraphQL */ `
  query JoinTeamState($id: ID!) {
    me {
      id
    }
    organization(id: $id) {
      id
      viewerRole
      viewerJoinRequest {
        id
        status
        decisionReason
      }
    }
  }
`;

// Read by codegen, which generates RequestToJoinDocument.
const requestMutationText = /* GraphQL */ `
  mutation RequestToJoin($id: ID!, $message: String) {
    requestToJoin(organizationId: $id, message: $message) {
      id
      status
      decisionReason
    }
  }
`;

// Read by codegen, which generates WithdrawJoinRequestDocument.
const withdrawMutationText = /* GraphQL */ `
  mutation WithdrawJoinRequest($id: ID!) {
    withdrawJoinRequest(id: $id) {
      id
      status
      decisionReason
    }
  }
`;

// Read by codegen, which generates JoinTeamDocument.
const joinMutationText = /* GraphQL */ `
  mutation JoinTeam($id: ID!) {
    joinOrganization(organizationId: $id) {
      id
      role
    }
  }
`;

const WORDS = {
  'zh-CN': {
    apply: '申请加入',
    join: '加入团队',
    message: '给团队的留言（选填）',
    pending: '你的入队申请已提交，等待团队审核。',
    withdraw: '撤回申请',
    declined: (r: string | null) => `你上次的申请未通过${r ? `：${r}` : '。'}可以再次申请。`,
    member: '你已是这个团队的成员。',
    signIn: '登录后申请加入',
    sent: '已提交申请。',
    joined: '你已加入这个团队。',
  },
  en: {
    apply: 'Ask to join',
    join: 'Join the team',
    message: 'A note to the team (optional)',
    pending: 'Your request to join has been sent; the team will answer it.',
    withdraw: 'Withdraw the request',
    declined: (r: string | null) => `Your last request was declined${r ? `: ${r}` : '.'} You can ask again.`,
    member: 'You are a member of this team.',
    signIn: 'Sign in to ask to join',
    sent: 'Your request is sent.',
    joined: 'You have joined the team.',
  },
};

type State =
  { status: 'loading' } | { status: 'out' } | { status: 'member' } | { status: 'pending'; id: string } | { status: 'can'; declined: string | null | undefined };

export function JoinTeam({ locale, organizationId, joinPolicy }: { locale: Locale; organizationId: string; joinPolicy: 'APPROVAL' | 'OPEN' }) {
  const w = WORDS[locale];
  const [state, setState] = useState<State>({ status: 'loading' });
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void request(JoinTeamStateDocument, { id: organizationId }).then((r) => {
      if (!r.ok || !r.data.me) return setState({ status: 'out' });
      const org = r.data.organization;
      if (org?.viewerRole) return setState({ status: 'member' });
      const last = org?.viewerJoinRequest;
      if (last?.status === 'PENDING') return setState({ status: 'pending', id: last.id });
      setState({ status: 'can', declined: last?.status === 'DECLINED' ? (last.decisionReason ?? null) : undefined });
    });
  }, []);

  const act = async () => {
    setBusy(true);
    if (state.status === 'pending') {
      const r = await send(WithdrawJoinRequestDocument, { id: state.id }, locale);
      setBusy(false);
      if (!r.ok) return setStatus({ tone: 'error', text: r.text });
      setStatus(null);
      return setState({ status: 'can', declined: undefined });
    }
    if (joinPolicy === 'OPEN') {
      const r = await send(JoinTeamDocument, { id: organizationId }, locale);
      setBusy(false);
      if (!r.ok) return setStatus({ tone: 'error', text: r.text });
      setStatus({ tone: 'success', text: w.joined });
      return setState({ status: 'member' });
    }
    const r = await send(RequestToJoinDocument, { id: organizationId, message: message.trim() || null }, locale);
    setBusy(false);
    if (!r.ok) return setStatus({ tone: 'error', text: r.text });
    setStatus({ tone: 'success', text: w.sent });
    setState({ status: 'pending', id: r.data.requestToJoin.id });
  };

  if (state.status === 'loading') return <div class="join-team" aria-busy="true" />;
  if (state.status === 'out') {
    return (
      <div class="join-team">
        <a class="form-submit" href={`${localizePath('/login/', locale)}?next=${encodeURIComponent(location.pathname)}`}>
          {w.signIn}
        </a>
      </div>
    );
  }
  if (state.status === 'member') {
    return (
      <div class="join-team">
        <p class="join-note" data-state="member">
          {w.member}
        </p>
        <FormStatus status={status} locale={locale} />
      </div>
    );
  }
  return (
    <div class="join-team island-form" data-state={state.status}>
      {state.status === 'pending' && <p class="join-note">{w.pending}</p>}
      {state.status === 'can' && state.declined !== undefined && <p class="join-note">{w.declined(state.declined)}</p>}
      {state.status === 'can' && joinPolicy === 'APPROVAL' && (
        <div class="field">
          <label for="join-message">{w.message}</label>
          <input id="join-message" maxLength={300} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />
        </div>
      )}
      <p>
        <button type="button" class={state.status === 'pending' ? 'form-secondary' : 'form-submit'} disabled={busy} onClick={() => void act()}>
          {state.status === 'pending' ? w.withdraw : joinPolicy === 'OPEN' ? w.join : w.apply}
        </button>
      </p>
      <FormStatus status={status} locale={locale} />
    </div>
  );
}
