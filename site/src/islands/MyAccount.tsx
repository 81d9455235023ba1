// "My account" (/account/): who I am (volunteer number, masked ID and phone), my service hours
// and stars with my certificates, my sign-ups, upcoming (with cancel; lottery entries waiting for
// their draw among them) and past, my calendar subscription, and my service records with
// correction requests. Everything comes from the API with the visitor's session cookie (the
// account and its ledger in two parallel queries); signed out, it offers to sign in.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MyAccountDocument, type MyAccountQuery } from '../gql/graphql';
import { failureText } from '../lib/api-messages';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { loadMyLedger, type MyLedger } from '../lib/my-ledger';
import { onViewerChange } from '../lib/session';
import { cancelSignup, signupLabel } from '../lib/signups';
import { CalendarSubscription } from './CalendarSubscription';
import { MyCertificates } from './MyCertificates';
import { MyHours } from './MyHours';
import { MY_ACCOUNT_WORDS } from './words/my-account';
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
      isPlatformAdmin
      pendingConsents {
        ...PendingConsent
      }
      memberships(first: 100) {
        nodes {
          role
        }
      }
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

export function MyAccount({ locale }: { locale: Locale }) {
  const w = MY_ACCOUNT_WORDS[locale];
  const a = w.account;
  // Titles and places from the API are Chinese on either page.
  const zh = locale === 'en' ? 'zh-CN' : undefined;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [signups, setSignups] = useState<Signup[]>([]);
  const [more, setMore] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  // Loaded only for a volunteer who has a changed agreement or policy to accept (rare).
  const [Consent, setConsent] = useState<typeof import('./ConsentRequest').ConsentRequest | null>(null);

  const load = async (after: string | null = null) => {
    // More sign-ups keep the ledger already shown.
    const [result, ledger] = await Promise.all([request(MyAccountDocument, { after }), after ? null : loadMyLedger()]);
    const failed = !result.ok ? result : ledger && !ledger.ok ? ledger : null;
    if (failed) {
      if (after) setMessage({ tone: 'error', text: await failureText(failed, locale) });
      else setState({ status: 'error', text: await failureText(failed, locale) });
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

  const pending = state.status === 'ready' ? (state.me.pendingConsents?.length ?? 0) : 0;
  useEffect(() => {
    if (pending && !Consent) void import('./ConsentRequest').then((m) => setConsent(() => m.ConsentRequest));
  }, [pending]);

  useEffect(() => {
    void load();
    return onViewerChange((s) => s.status === 'signed-out' && setState({ status: 'signed-out' }));
  }, []);

  const cancel = async (signup: Signup, when: string) => {
    const entry = signup.status === 'PENDING_DRAW';
    if (!confirm(a.confirmCancel(entry, signup.shift.project.title, when))) return;
    setBusy(signup.id);
    const result = await cancelSignup(signup.id);
    setBusy(null);
    if (!result.ok) return setMessage({ tone: 'error', text: await failureText(result, locale) });
    setSignups((old) => old.map((s) => (s.id === signup.id ? { ...s, status: result.data.cancelSignup.status, waitlistPosition: null } : s)));
    setMessage({ tone: 'success', text: a.cancelled(entry, signup.shift.project.title, when) });
  };

  if (state.status === 'loading') {
    return (
      <div class="account" aria-busy="true">
        <p key="loading" class="account-loading">
          {a.loading}
        </p>
      </div>
    );
  }
  if (state.status === 'signed-out') {
    return (
      <div class="account">
        <section key="out" class="account-card account-signed-out">
          <h2>{a.signedOut}</h2>
          <p>{a.signedOutText}</p>
          <p class="account-actions">
            <a class="form-submit" href={`${localizePath('/login/', locale)}?next=${encodeURIComponent(localizePath('/account/', locale))}`}>
              {a.logIn}
            </a>
            <a href={localizePath('/register/', locale)}>{a.register}</a>
          </p>
        </section>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="account">
        <section key="error" class="account-card account-error" role="alert">
          <h2>{a.error}</h2>
          <p>{state.text}</p>
          <button type="button" class="form-submit" onClick={() => (setState({ status: 'loading' }), void load())}>
            {a.retry}
          </button>
        </section>
      </div>
    );
  }

  const { me, ledger } = state;
  const now = Date.now();
  const upcoming = signups.filter((s) => LIVE.has(s.status) && new Date(s.shift.endsAt).getTime() > now);
  // One line per shift in the history: signing up again after cancelling leaves the earlier,
  // cancelled sign-up behind, which says nothing the latest one does not (newest come first).
  const seen = new Set(upcoming.map((s) => s.shift.id));
  const past = signups.filter((s) => {
    if (upcoming.includes(s) || seen.has(s.shift.id)) return false;
    seen.add(s.shift.id);
    return true;
  });
  const manages = me.memberships.nodes.some((m) => m.role === 'ADMIN' || m.role === 'COORDINATOR');
  upcoming.sort((a, b) => a.shift.startsAt.localeCompare(b.shift.startsAt));

  const item = (s: Signup) => {
    const when = w.fmt.timeSpan(s.shift.startsAt, s.shift.endsAt);
    const closesAt = s.shift.registrationClosesAt;
    const entry = s.status === 'PENDING_DRAW';
    // An entry can be withdrawn while its window is open; a place until the shift starts.
    const canCancel = LIVE.has(s.status) && new Date(entry && closesAt ? closesAt : s.shift.startsAt).getTime() > now;
    return (
      <li key={s.id} class="signup" data-signup={s.id}>
        <div class="signup-main">
          <a href={localizePath(`/projects/${s.shift.project.id}/`, locale)} lang={zh}>
            {s.shift.project.title}
          </a>
          <span class="signup-when">{when}</span>
          {entry && closesAt && <span class="signup-draw">{new Date(closesAt).getTime() > now ? a.drawLater(w.fmt.moment(closesAt)) : a.drawing}</span>}
        </div>
        <span class={`signup-status signup-${s.status.toLowerCase()}`}>{signupLabel(s, locale, s.shift.draw?.selectedCount)}</span>
        {canCancel && (
          <button type="button" class="signup-cancel" disabled={busy === s.id} onClick={() => cancel(s, when)}>
            {a.cancel(entry)}
            <span class="visually-hidden">{a.cancelWhat(s.shift.project.title, when)}</span>
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
      {Consent && me.pendingConsents && me.pendingConsents.length > 0 && (
        <Consent documents={me.pendingConsents} locale={locale} onAccepted={() => setState({ status: 'ready', me: { ...me, pendingConsents: [] }, ledger })} />
      )}
      <div key="ready" class="account-grid">
        <section class="account-card" aria-labelledby="account-me">
          <h2 id="account-me" lang={zh}>
            {me.realName ?? me.displayName}
          </h2>
          <dl class="facts">
            <div>
              <dt>{a.volunteerNumber}</dt>
              <dd data-field="volunteerNumber">{me.volunteerNumber}</dd>
            </div>
            <div>
              <dt>{a.idNumber}</dt>
              <dd data-field="idNumberMasked">{me.idNumberMasked ?? '—'}</dd>
            </div>
            <div>
              <dt>{a.phone}</dt>
              <dd data-field="phoneMasked">{me.phoneMasked ?? '—'}</dd>
            </div>
            {me.email && (
              <div>
                <dt>{a.email}</dt>
                <dd>{me.email}</dd>
              </div>
            )}
            {me.district && (
              <div>
                <dt>{a.district}</dt>
                <dd lang={zh}>{me.district}</dd>
              </div>
            )}
          </dl>
          <p class="account-note">{a.masked}</p>
          <p class="account-links">
            <a href={localizePath('/account/settings/', locale)}>{a.settings}</a>
            <a href={localizePath('/account/card/', locale)}>{a.card}</a>
            <a href={localizePath('/account/settings/#settings-public', locale)}>{a.publicPage}</a>
            {manages ? (
              <a href={localizePath('/manage/', locale)}>{a.manage}</a>
            ) : (
              <a href={localizePath('/manage/register-team/', locale)}>{a.registerTeam}</a>
            )}
            {me.isPlatformAdmin && <a href={localizePath('/admin/', locale)}>{a.admin}</a>}
          </p>
        </section>

        <section class="account-card account-hours" aria-labelledby="account-hours">
          <h2 id="account-hours">{a.hoursTitle}</h2>
          <p class="account-total">
            <strong data-field="totalHours">{hours(me.totalMinutes)}</strong>
            {a.hoursUnit(hours(me.totalMinutes))}
          </p>
          <p class="account-stars" role="img" aria-label={a.stars(me.starLevel)}>
            <span aria-hidden="true">
              {'★'.repeat(me.starLevel)}
              <span class="account-stars-off">{'★'.repeat(5 - me.starLevel)}</span>
            </span>
            <span class="account-star-text" aria-hidden="true">
              {a.starText(me.starLevel)}
            </span>
          </p>
          <p class="account-note">{a.hoursNote}</p>
          <MyCertificates ledger={ledger} totalMinutes={me.totalMinutes} w={w} locale={locale} />
        </section>

        <section class="account-card account-signups" aria-labelledby="account-signups">
          <div class="account-signups-head">
            <h2 id="account-signups">{a.signups}</h2>
            <a href="#account-calendar">{a.toCalendar}</a>
          </div>
          <p class="account-message" data-tone={message?.tone} role="status">
            {message?.text}
          </p>
          {list(
            'upcoming',
            a.upcoming,
            upcoming,
            <>
              {a.noUpcoming[0]}
              <a href={localizePath('/projects/', locale)}>{a.noUpcoming[1]}</a>
            </>,
          )}
          {list('past', a.past, past, a.noPast)}
          {more && (
            <button type="button" class="signup-more" onClick={() => void load(more)}>
              {a.more}
            </button>
          )}
        </section>

        <CalendarSubscription feed={me.calendarFeed ?? null} w={w} locale={locale} />
        <MyHours ledger={ledger} w={w} locale={locale} />
      </div>
    </div>
  );
}
