// "My account" (/account/): who I am (volunteer number, masked ID and phone), my service hours
// and stars with my certificates, my sign-ups, upcoming (with cancel; lottery entries waiting for
// their draw among them) and past, my calendar subscription, and my service records with
// correction requests. Everything comes from the API with the visitor's session cookie (the
// account and its ledger in two parallel queries); signed out, it offers to sign in.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MyAccountDocument, type MyAccountQuery } from '../gql/graphql';
import { failureText } from '../lib/api-messages';
import { formatMoment, formatTimeSpan } from '../lib/format';
import { request } from '../lib/graphql-client';
import { loadMyLedger, type MyLedger } from '../lib/my-ledger';
import { onViewerChange } from '../lib/session';
import { cancelSignup, signupLabel } from '../lib/signups';
import { CalendarSubscription } from './CalendarSubscription';
import { MyCertificates } from './MyCertificates';
import { MyHours } from './MyHours';
import './facts.css';
import './forms.css';
import './my-account.css';

const operation = /* GraphQL */ `
  query MyAccount($after: String) {
    me {
      id
      volunteerNumber
      realName
      displayName
      idNumberMasked
      phoneMasked
      email
      district
      totalMinutes
      starLevel
      calendarFeed {
        url
        createdAt
      }
      signups(first: 50, after: $after) {
        nodes {
          id
          status
          waitlistPosition
          drawPosition
          shift {
            id
            startsAt
            endsAt
            registrationClosesAt
            draw {
              drawnAt
              selectedCount
            }
            project {
              id
              title
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

type Me = NonNullable<MyAccountQuery['me']>;
type Signup = NonNullable<Me['signups']>['nodes'][number];
type State = { status: 'loading' } | { status: 'signed-out' } | { status: 'error'; text: string } | { status: 'ready'; me: Me; ledger: MyLedger };

/** Sign-ups that hold a place, a waitlist position or a lottery entry. */
const LIVE = new Set<Signup['status']>(['CONFIRMED', 'WAITLISTED', 'PENDING_DRAW']);

const hours = (minutes: number) => (minutes / 60).toFixed(1).replace(/\.0$/, '');

export function MyAccount() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [signups, setSignups] = useState<Signup[]>([]);
  const [more, setMore] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const load = async (after: string | null = null) => {
    // More sign-ups keep the ledger already shown.
    const [result, ledger] = await Promise.all([request(MyAccountDocument, { after }), after ? null : loadMyLedger()]);
    const failed = !result.ok ? result : ledger && !ledger.ok ? ledger : null;
    if (failed) {
      if (after) setMessage({ tone: 'error', text: await failureText(failed, 'zh-CN') });
      else setState({ status: 'error', text: await failureText(failed, 'zh-CN') });
      return;
    }
    const me = result.ok ? result.data.me : null;
    const mine = ledger?.ok ? ledger.data.me : null;
    if (!me || (!after && !mine)) return setState({ status: 'signed-out' });
    const page = me.signups?.nodes ?? [];
    setSignups((old) => (after ? [...old, ...page] : page));
    setMore(me.signups?.pageInfo.hasNextPage ? (me.signups.pageInfo.endCursor ?? null) : null);
    setState((old) => ({ status: 'ready', me, ledger: mine ?? (old as Extract<State, { status: 'ready' }>).ledger }));
  };

  useEffect(() => {
    void load();
    return onViewerChange((s) => s.status === 'signed-out' && setState({ status: 'signed-out' }));
  }, []);

  const cancel = async (signup: Signup, when: string) => {
    const entry = signup.status === 'PENDING_DRAW';
    if (!confirm(`确定${entry ? '退出' : '取消'}“${signup.shift.project.title}”（${when}）的${entry ? '抽签' : '报名'}吗？`)) return;
    setBusy(signup.id);
    const result = await cancelSignup(signup.id);
    setBusy(null);
    if (!result.ok) return setMessage({ tone: 'error', text: await failureText(result, 'zh-CN') });
    setSignups((old) => old.map((s) => (s.id === signup.id ? { ...s, status: result.data.cancelSignup.status, waitlistPosition: null } : s)));
    setMessage({ tone: 'success', text: `已${entry ? '退出' : '取消'}“${signup.shift.project.title}”（${when}）的${entry ? '抽签' : '报名'}。` });
  };

  if (state.status === 'loading') {
    return (
      <div class="account" aria-busy="true">
        <p key="loading" class="account-loading">
          正在读取你的账户……
        </p>
      </div>
    );
  }
  if (state.status === 'signed-out') {
    return (
      <div class="account">
        <section key="out" class="account-card account-signed-out">
          <h2>请先登录</h2>
          <p>登录后可以查看你的报名、服务时长和星级。</p>
          <p class="account-actions">
            <a class="form-submit" href="/login/?next=%2Faccount%2F">
              登录
            </a>
            <a href="/register/">还没有账号？注册</a>
          </p>
        </section>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="account">
        <section key="error" class="account-card account-error" role="alert">
          <h2>暂时无法读取账户</h2>
          <p>{state.text}</p>
          <button type="button" class="form-submit" onClick={() => (setState({ status: 'loading' }), void load())}>
            重试
          </button>
        </section>
      </div>
    );
  }

  const { me, ledger } = state;
  const now = Date.now();
  const upcoming = signups.filter((s) => LIVE.has(s.status) && new Date(s.shift.endsAt).getTime() > now);
  const past = signups.filter((s) => !upcoming.includes(s));
  upcoming.sort((a, b) => a.shift.startsAt.localeCompare(b.shift.startsAt));

  const item = (s: Signup) => {
    const when = formatTimeSpan(s.shift.startsAt, s.shift.endsAt);
    const closesAt = s.shift.registrationClosesAt;
    const entry = s.status === 'PENDING_DRAW';
    // An entry can be withdrawn while its window is open; a place until the shift starts.
    const canCancel = LIVE.has(s.status) && new Date(entry && closesAt ? closesAt : s.shift.startsAt).getTime() > now;
    return (
      <li key={s.id} class="signup" data-signup={s.id}>
        <div class="signup-main">
          <a href={`/projects/${s.shift.project.id}/`}>{s.shift.project.title}</a>
          <span class="signup-when">{when}</span>
          {entry && closesAt && (
            <span class="signup-draw">
              {new Date(closesAt).getTime() > now ? `${formatMoment(closesAt)} 报名截止后抽签，结果将在这里显示` : '报名已截止，正在抽签，结果稍后显示'}
            </span>
          )}
        </div>
        <span class={`signup-status signup-${s.status.toLowerCase()}`}>{signupLabel(s, 'zh-CN', s.shift.draw?.selectedCount)}</span>
        {canCancel && (
          <button type="button" class="signup-cancel" disabled={busy === s.id} onClick={() => cancel(s, when)}>
            {entry ? '取消抽签' : '取消报名'}
            <span class="visually-hidden">：{s.shift.project.title}，{when}</span>
          </button>
        )}
      </li>
    );
  };

  const list = (name: string, title: string, items: Signup[], empty: ComponentChildren) => (
    <>
      <h3>{title}</h3>
      {items.length ? (
        <ul class="signup-list" data-list={name}>
          {items.map(item)}
        </ul>
      ) : (
        <p class="account-empty">{empty}</p>
      )}
    </>
  );

  return (
    <div class="account">
      <div key="ready" class="account-grid">
        <section class="account-card" aria-labelledby="account-me">
          <h2 id="account-me">{me.realName ?? me.displayName}</h2>
          <dl class="facts">
            <div>
              <dt>志愿者编号</dt>
              <dd data-field="volunteerNumber">{me.volunteerNumber}</dd>
            </div>
            <div>
              <dt>身份证号</dt>
              <dd data-field="idNumberMasked">{me.idNumberMasked ?? '—'}</dd>
            </div>
            <div>
              <dt>手机号</dt>
              <dd data-field="phoneMasked">{me.phoneMasked ?? '—'}</dd>
            </div>
            {me.email && (
              <div>
                <dt>邮箱</dt>
                <dd>{me.email}</dd>
              </div>
            )}
            {me.district && (
              <div>
                <dt>所在区县</dt>
                <dd>{me.district}</dd>
              </div>
            )}
          </dl>
          <p class="account-note">身份证号和手机号只显示部分号码。</p>
        </section>

        <section class="account-card account-hours" aria-labelledby="account-hours">
          <h2 id="account-hours">服务时长与星级</h2>
          <p class="account-total">
            <strong data-field="totalHours">{hours(me.totalMinutes)}</strong> 小时
          </p>
          <p class="account-stars" role="img" aria-label={`星级：${me.starLevel} 星（共 5 星）`}>
            <span aria-hidden="true">
              {'★'.repeat(me.starLevel)}
              <span class="account-stars-off">{'★'.repeat(5 - me.starLevel)}</span>
            </span>
            <span class="account-star-text" aria-hidden="true">
              {me.starLevel ? `${me.starLevel} 星志愿者` : '暂无星级'}
            </span>
          </p>
          <p class="account-note">时长由活动组织方在活动结束后记录，星级按累计服务时长评定。</p>
          <MyCertificates ledger={ledger} totalMinutes={me.totalMinutes} />
        </section>

        <section class="account-card account-signups" aria-labelledby="account-signups">
          <div class="account-signups-head">
            <h2 id="account-signups">我的报名</h2>
            <a href="#account-calendar">同步到手机日历</a>
          </div>
          <p class="account-message" data-tone={message?.tone} role="status">
            {message?.text}
          </p>
          {list('upcoming', '即将参加', upcoming, <>暂无即将参加的活动。<a href="/projects/">去看看志愿活动</a></>)}
          {list('past', '历史记录', past, '暂无历史记录。')}
          {more && (
            <button type="button" class="signup-more" onClick={() => void load(more)}>
              加载更多报名记录
            </button>
          )}
        </section>

        <CalendarSubscription feed={me.calendarFeed ?? null} />
        <MyHours ledger={ledger} />
      </div>
    </div>
  );
}
