// The shifts of an activity with their places, and signing up for them. Rendered at build time
// from props (places as they were then, a 登录后报名 link: all of it readable without
// JavaScript); in the browser it asks the API for live places and the visitor's own sign-ups
// every 30 s, and offers 报名 / 加入候补 / 取消报名 per shift.
// DOM contract (end-to-end tests rely on it): the element with data-shift-id="<id>" holds only
// the number of remaining places; the root gets data-live="true" once live figures arrived,
// data-live="error" while the API can't be reached; each shift's <li> has data-shift="<id>".
import { useEffect, useRef, useState } from 'preact/hooks';
import { ShiftSignupsDocument, SignUpDocument, type SignupStatus } from '../gql/graphql';
import { failureText } from '../lib/api-messages';
import { request, type ApiFailure } from '../lib/graphql-client';
import { onViewerChange } from '../lib/session';
import { cancelSignup, idempotencyKey, signupLabel } from '../lib/signups';
import './shift-signup.css';

// Codegen reads the operations from here and generates their documents, which the island
// imports one by one from gql/graphql: going through `graphql()` would ship every operation of
// the site to the browser.
const operation = /* GraphQL */ `
  query ShiftSignups($id: ID!) {
    me {
      id
    }
    project(id: $id) {
      id
      status
      shifts {
        ...ShiftFigures
        startsAt
        viewerSignup {
          id
          status
          waitlistPosition
        }
      }
    }
  }
`;

const signUpOperation = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      status
      waitlistPosition
      shift {
        ...ShiftFigures
      }
    }
  }
`;

export const POLL_INTERVAL_MS = 30_000;

export interface ShiftPlace {
  id: string;
  /** Start as ISO-8601, for <time datetime>. */
  startsAt: string;
  /** Formatted at build time in China time, e.g. `12月5日 周六 09:00–12:00`. */
  when: string;
  /** Where the shift stood when the page was built. */
  phase: 'upcoming' | 'ongoing' | 'ended';
  capacity: number;
  confirmedCount: number;
  remaining: number;
  waitlist: boolean;
  waitlistCount: number;
}

interface Props {
  projectId: string;
  /** Whether the activity was open (PUBLISHED) when the page was built. */
  open: boolean;
  shifts: ShiftPlace[];
}

const PHASE_LABEL = { ongoing: '进行中', ended: '已结束' } as const;

type Figures = Pick<ShiftPlace, 'capacity' | 'confirmedCount' | 'remaining' | 'waitlistCount'>;
type Mine = { id: string; status: SignupStatus; waitlistPosition?: number | null };
type LiveState = 'true' | 'error' | undefined;
type Message = { tone: 'success' | 'error'; text: string };

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const LIVE = new Set<SignupStatus>(['CONFIRMED', 'WAITLISTED']);

export function ShiftSignup({ projectId, open: openAtBuild, shifts }: Props) {
  const [live, setLive] = useState<LiveState>(undefined);
  const [liveFailure, setLiveFailure] = useState<ApiFailure | null>(null);
  const [figures, setFigures] = useState<Record<string, Figures>>({});
  const [mine, setMine] = useState<Record<string, Mine | null>>({});
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [open, setOpen] = useState(openAtBuild);
  const [started, setStarted] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [messages, setMessages] = useState<Record<string, Message>>({});
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const keys = useRef<Record<string, string>>({});
  const refreshRef = useRef<() => Promise<void>>(async () => {});
  const polls = shifts.some((s) => s.phase !== 'ended');

  const take = (shift: Figures & { id: string }) => setFigures((old) => ({ ...old, [shift.id]: shift }));
  const say = (shiftId: string, message: Message) => setMessages((old) => ({ ...old, [shiftId]: message }));

  useEffect(() => {
    let active = true;

    const refresh = async () => {
      const result = await request(ShiftSignupsDocument, { id: projectId });
      if (!active) return;
      const project = result.ok ? result.data.project : null;
      if (!result.ok || !project) {
        setLive('error');
        setLiveFailure(result.ok ? null : result);
        return;
      }
      const now = Date.now();
      setFigures(Object.fromEntries(project.shifts.map((s) => [s.id, s])));
      setMine(Object.fromEntries(project.shifts.map((s) => [s.id, s.viewerSignup ?? null])));
      setStarted(Object.fromEntries(project.shifts.map((s) => [s.id, new Date(s.startsAt).getTime() <= now])));
      setOpen(project.status === 'PUBLISHED');
      setSignedIn(Boolean(result.data.me));
      setUpdatedAt(clock.format(new Date()));
      setLive('true');
      setLiveFailure(null);
    };
    refreshRef.current = refresh;
    // A tab in the background does not ask; it catches up when shown again.
    const tick = () => {
      if (!document.hidden) void refresh();
    };

    void refresh();
    const off = onViewerChange(() => void refresh());
    // Places of shifts that are over no longer change: one look is enough.
    const timer = polls ? setInterval(tick, POLL_INTERVAL_MS) : undefined;
    if (polls) document.addEventListener('visibilitychange', tick);
    return () => {
      active = false;
      off();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [projectId, polls]);

  const signUp = async (shiftId: string) => {
    setBusy(shiftId);
    // Kept across a failed attempt: a retry after a lost answer cannot take a second place.
    const key = (keys.current[shiftId] ??= idempotencyKey());
    const result = await request(SignUpDocument, { input: { shiftId, idempotencyKey: key } });
    setBusy(null);
    if (!result.ok) {
      if (!result.network) delete keys.current[shiftId];
      say(shiftId, { tone: 'error', text: signUpFailure(result) });
      // A full or closed shift: show its current state.
      if (!result.network) void refreshRef.current();
      return;
    }
    delete keys.current[shiftId];
    const signup = result.data.signUp;
    take(signup.shift);
    setMine((old) => ({ ...old, [shiftId]: signup }));
    say(
      shiftId,
      signup.status === 'CONFIRMED'
        ? { tone: 'success', text: '报名成功！名额已为你保留，可在“我的”中查看。' }
        : { tone: 'success', text: `名额已满，你已加入候补，排在第 ${signup.waitlistPosition} 位。有人取消时按顺序递补。` },
    );
  };

  const cancel = async (shiftId: string, signup: Mine) => {
    setBusy(shiftId);
    const result = await cancelSignup(signup.id);
    setBusy(null);
    if (!result.ok) {
      say(shiftId, { tone: 'error', text: failureText(result) });
      return;
    }
    take(result.data.cancelSignup.shift);
    setMine((old) => ({ ...old, [shiftId]: null }));
    say(shiftId, { tone: 'success', text: signup.status === 'WAITLISTED' ? '已取消候补。' : '已取消报名，名额已释放。' });
  };

  const loginHref = `/login/?next=${encodeURIComponent(`/projects/${projectId}/`)}`;

  return (
    <section class="shift-places" aria-labelledby="shift-places-title" data-live={live}>
      <div class="shift-places-head">
        <h2 id="shift-places-title">活动时段</h2>
        <p class="shift-places-status" role={live === 'error' ? 'alert' : undefined}>
          {live === 'error'
            ? `${liveFailure?.network ? '无法连接服务器，' : ''}暂时无法获取实时名额和报名状态，下面是${updatedAt ? ` ${updatedAt} ` : '页面生成时'}的名额。`
            : live === 'true'
              ? `实时名额，更新于 ${updatedAt}`
              : '名额为页面生成时的数据，正在获取实时名额……'}
        </p>
      </div>
      <ul class="shift-list">
        {shifts.map((shift) => {
          const { capacity, confirmedCount, remaining, waitlistCount } = figures[shift.id] ?? shift;
          const full = remaining <= 0;
          const closed = !open || shift.phase !== 'upcoming' || started[shift.id];
          const my = mine[shift.id];
          const message = messages[shift.id];
          const busyHere = busy === shift.id;
          return (
            <li key={shift.id} data-shift={shift.id} class={`shift shift-${shift.phase}${full ? ' shift-full' : ''}`}>
              <p class="shift-when">
                <time dateTime={shift.startsAt} id={`when-${shift.id}`}>
                  {shift.when}
                </time>
                {shift.phase !== 'upcoming' && <span class="badge badge-ended">{PHASE_LABEL[shift.phase]}</span>}
              </p>
              <p class="shift-figures" aria-live="polite">
                <span class="shift-remaining">
                  剩余名额 <strong data-shift-id={shift.id}>{remaining}</strong>
                  {full && <span class="badge badge-full">已满</span>}
                </span>
                <span class="shift-detail">
                  已报名 {confirmedCount} / 共 {capacity} 人{full && shift.waitlist ? `，候补 ${waitlistCount} 人` : ''}
                </span>
              </p>
              <div class="shift-action">
                {my && LIVE.has(my.status) ? (
                  <>
                    <span class={`shift-mine shift-mine-${my.status.toLowerCase()}`}>{signupLabel(my)}</span>
                    {!closed && (
                      <button type="button" class="shift-button shift-button-quiet" disabled={busyHere} onClick={() => cancel(shift.id, my)} aria-describedby={`when-${shift.id}`}>
                        {my.status === 'WAITLISTED' ? '取消候补' : '取消报名'}
                      </button>
                    )}
                  </>
                ) : my ? (
                  <span class="shift-mine">{signupLabel(my)}</span>
                ) : closed ? (
                  <span class="shift-closed">{open ? '报名已截止' : '活动已结束或已取消'}</span>
                ) : full && !shift.waitlist ? (
                  <span class="shift-closed">名额已满</span>
                ) : signedIn ? (
                  <button type="button" class="shift-button" disabled={busyHere} onClick={() => signUp(shift.id)} aria-describedby={`when-${shift.id}`}>
                    {busyHere ? '正在提交……' : full ? '加入候补' : '报名'}
                  </button>
                ) : (
                  <a class="shift-button" href={loginHref} aria-describedby={`when-${shift.id}`}>
                    登录后报名
                  </a>
                )}
              </div>
              <p class="shift-message" data-tone={message?.tone} role="status">
                {message?.text}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function signUpFailure(failure: ApiFailure): string {
  if (failure.network) return failureText(failure);
  const [error] = failure.errors;
  if (error.code === 'CAPACITY_REACHED') return '很遗憾，该时段名额已满，且不设候补。';
  if (error.code === 'UNAUTHENTICATED') return '登录已失效，请重新登录后报名。';
  return failureText(failure);
}
