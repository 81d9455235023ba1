// The shifts of an activity with their places, and signing up for them. Rendered at build time
// from props (places as they were then, a 登录后报名 link: all of it readable without
// JavaScript); in the browser it asks the API for live places and the visitor's own sign-ups
// every 30 s, and offers 报名 / 加入候补 / 取消报名 per shift. A lottery shift (抽签分配) shows
// its registration window and the number of entrants instead of places until its draw, offers
// 参加抽签 / 取消抽签, then the visitor's result and the draw's public record.
// DOM contract (end-to-end tests rely on it): the element with data-shift-id="<id>" holds only
// the number of remaining places (a lottery shows it once drawn; before, data-entrants="<id>"
// holds the number of entrants); the root gets data-live="true" once live figures arrived,
// data-live="error" while the API can't be reached; each shift's <li> has data-shift="<id>"
// and, for a lottery, data-lottery="soon|open|closed|drawn".
import { useEffect, useRef, useState } from 'preact/hooks';
import { ShiftSignupsDocument, SignUpDocument, type DrawRecordFragment, type SignupStatus } from '../gql/graphql';
import { failureText } from '../lib/api-messages';
import { formatMoment } from '../lib/format';
import { request, type ApiFailure } from '../lib/graphql-client';
import { onViewerChange } from '../lib/session';
import { cancelSignup, idempotencyKey, signupLabel, type SignupState } from '../lib/signups';
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
        registrationOpensAt
        registrationClosesAt
        draw {
          ...DrawRecord
        }
        viewerSignup {
          id
          status
          waitlistPosition
          drawPosition
        }
        viewerDrawEntry {
          id
          status
          waitlistPosition
          drawPosition
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
      drawPosition
      shift {
        ...ShiftFigures
      }
    }
  }
`;

export const POLL_INTERVAL_MS = 30_000;
/** Between a lottery's closing and its draw (seconds, normally): look again soon. */
const DRAW_POLL_MS = 5_000;

/** The public record of a lottery's draw (Shift.draw): the seed is revealed once drawn. */
export type DrawRecord = DrawRecordFragment;

export interface ShiftLottery {
  /** Entries accepted from (null: since publication) until `closesAt`, when the places are drawn. */
  opensAt: string | null;
  closesAt: string;
  draw: DrawRecord | null;
}

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
  /** LOTTERY: entries waiting for the draw. */
  entrantCount: number;
  /** Null for first come. */
  lottery: ShiftLottery | null;
}

interface Props {
  projectId: string;
  /** Whether the activity was open (PUBLISHED) when the page was built. */
  open: boolean;
  shifts: ShiftPlace[];
  /** When the page was built (ISO-8601): the clock of the first render, so hydration changes nothing. */
  builtAt: string;
  /** The API's address as the public reaches it, for the command that checks a draw. */
  apiUrl: string;
}

const PHASE_LABEL = { ongoing: '进行中', ended: '已结束' } as const;

type Figures = Pick<ShiftPlace, 'capacity' | 'confirmedCount' | 'remaining' | 'waitlistCount' | 'entrantCount'>;
type Mine = SignupState & { id: string };
type LiveState = 'true' | 'error' | undefined;
type Message = { tone: 'success' | 'error'; text: string };
type Stage = 'soon' | 'open' | 'closed' | 'drawn';

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const LIVE = new Set<SignupStatus>(['CONFIRMED', 'WAITLISTED', 'PENDING_DRAW']);
// setTimeout's ceiling; later boundaries are caught by the regular polls.
const MAX_TIMER_MS = 2 ** 31 - 1;

const time = (iso: string) => new Date(iso).getTime();

/** Where a lottery stands at `now`: entries not yet taken, taken, closed awaiting the draw, drawn. */
function stageOf(lottery: ShiftLottery, now: number): Stage {
  if (lottery.draw?.drawnAt) return 'drawn';
  if (lottery.opensAt && now < time(lottery.opensAt)) return 'soon';
  return now < time(lottery.closesAt) ? 'open' : 'closed';
}

export function ShiftSignup({ projectId, open: openAtBuild, shifts, builtAt, apiUrl }: Props) {
  const [live, setLive] = useState<LiveState>(undefined);
  const [liveFailure, setLiveFailure] = useState<ApiFailure | null>(null);
  const [figures, setFigures] = useState<Record<string, Figures>>({});
  const [lotteries, setLotteries] = useState<Record<string, ShiftLottery>>({});
  const [mine, setMine] = useState<Record<string, Mine | null>>({});
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [open, setOpen] = useState(openAtBuild);
  const [now, setNow] = useState(() => time(builtAt));
  const [busy, setBusy] = useState<string | null>(null);
  const [messages, setMessages] = useState<Record<string, Message>>({});
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const keys = useRef<Record<string, string>>({});
  const refreshRef = useRef<() => Promise<void>>(async () => {});
  const polls = shifts.some((s) => s.phase !== 'ended');

  const take = (shift: Figures & { id: string }) => setFigures((old) => ({ ...old, [shift.id]: shift }));
  const say = (shiftId: string, message: Message) => setMessages((old) => ({ ...old, [shiftId]: message }));
  const lotteryOf = (shift: ShiftPlace) => lotteries[shift.id] ?? shift.lottery;

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
      setFigures(Object.fromEntries(project.shifts.map((s) => [s.id, s])));
      const windows: Record<string, ShiftLottery> = {};
      for (const s of project.shifts) {
        if (s.registrationClosesAt) windows[s.id] = { opensAt: s.registrationOpensAt ?? null, closesAt: s.registrationClosesAt, draw: s.draw ?? null };
      }
      setLotteries(windows);
      // A lottery entry that was not drawn is no longer live, but its result is still the visitor's.
      setMine(Object.fromEntries(project.shifts.map((s) => [s.id, s.viewerSignup ?? s.viewerDrawEntry ?? null])));
      setNow(Date.now());
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

  // A lottery's window opening or closing changes what the page offers: look again right then,
  // and every few seconds while a closed window waits for its draw.
  useEffect(() => {
    if (!live) return;
    const waits = shifts.flatMap((shift) => {
      const lottery = lotteryOf(shift);
      if (!lottery || shift.phase === 'ended') return [];
      const stage = stageOf(lottery, now);
      if (stage === 'closed') return [DRAW_POLL_MS];
      const next = stage === 'soon' ? lottery.opensAt : stage === 'open' ? lottery.closesAt : null;
      return next ? [time(next) - now + 1000] : [];
    });
    const wait = Math.min(...waits);
    if (!Number.isFinite(wait) || wait > MAX_TIMER_MS) return;
    const timer = setTimeout(() => void refreshRef.current(), Math.max(wait, 1000));
    return () => clearTimeout(timer);
  }, [live, now, lotteries]);

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
    const lottery = lotteries[shiftId] ?? shifts.find((s) => s.id === shiftId)?.lottery;
    say(
      shiftId,
      signup.status === 'PENDING_DRAW'
        ? { tone: 'success', text: `已参加抽签！报名截止后（${lottery ? formatMoment(lottery.closesAt) : '截止时'}）自动抽签，结果会显示在这里和“我的”中。` }
        : signup.status === 'CONFIRMED'
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
    say(shiftId, {
      tone: 'success',
      text: signup.status === 'PENDING_DRAW' ? '已取消抽签。' : signup.status === 'WAITLISTED' ? '已取消候补。' : '已取消报名，名额已释放。',
    });
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
          const { capacity, confirmedCount, remaining, waitlistCount, entrantCount } = figures[shift.id] ?? shift;
          const lottery = lotteryOf(shift);
          const stage = lottery ? stageOf(lottery, now) : null;
          const draw = lottery?.draw ?? null;
          // Until its draw a lottery takes entries, not places: no race for the last one.
          const entries = stage !== null && stage !== 'drawn';
          const full = !entries && remaining <= 0;
          const closed = !open || shift.phase !== 'upcoming' || time(shift.startsAt) <= now;
          const my = mine[shift.id];
          const message = messages[shift.id];
          const busyHere = busy === shift.id;
          const describedBy = `when-${shift.id}`;
          const button = (label: string, onClick: () => void, quiet = false) => (
            <button type="button" class={`shift-button${quiet ? ' shift-button-quiet' : ''}`} disabled={busyHere} onClick={onClick} aria-describedby={describedBy}>
              {busyHere && !quiet ? '正在提交……' : label}
            </button>
          );
          // A drawn entry that holds nothing any more (not selected, or withdrawn) still says how the draw went.
          const result = my && !LIVE.has(my.status) && my.drawPosition ? signupLabel(my, draw?.selectedCount) : null;
          const mineLabel = (m: Mine) => (m.status === 'PENDING_DRAW' ? '已参加抽签，待开奖' : signupLabel(m, draw?.selectedCount));

          let action;
          if (my && LIVE.has(my.status)) {
            const canCancel = !closed && (my.status !== 'PENDING_DRAW' || stage === 'open');
            const cancelLabel = my.status === 'PENDING_DRAW' ? '取消抽签' : my.status === 'WAITLISTED' ? '取消候补' : '取消报名';
            action = (
              <>
                <span class={`shift-mine shift-mine-${my.status.toLowerCase()}`}>{mineLabel(my)}</span>
                {canCancel && button(cancelLabel, () => cancel(shift.id, my), true)}
              </>
            );
          } else if (my && !result) {
            action = <span class="shift-mine">{signupLabel(my)}</span>;
          } else {
            const resultLabel = result && <span class="shift-mine shift-mine-cancelled">{result}</span>;
            let next;
            if (closed) next = !result && <span class="shift-closed">{open ? '报名已截止' : '活动已结束或已取消'}</span>;
            else if (stage === 'soon') next = <span class="shift-closed">{formatMoment(lottery!.opensAt!)} 开始报名</span>;
            else if (stage === 'closed') next = <span class="shift-closed">报名已截止，正在抽签</span>;
            else if (full && !shift.waitlist) next = !result && <span class="shift-closed">名额已满</span>;
            else if (signedIn) next = button(entries ? '参加抽签' : full ? '加入候补' : '报名', () => signUp(shift.id));
            else
              next = (
                <a class="shift-button" href={loginHref} aria-describedby={describedBy}>
                  {entries ? '登录后参加抽签' : '登录后报名'}
                </a>
              );
            action = (
              <>
                {resultLabel}
                {next}
              </>
            );
          }

          return (
            <li key={shift.id} data-shift={shift.id} data-lottery={stage ?? undefined} class={`shift shift-${shift.phase}${full ? ' shift-full' : ''}`}>
              <p class="shift-when">
                <time dateTime={shift.startsAt} id={describedBy}>
                  {shift.when}
                </time>
                {lottery && <span class="badge badge-lottery">抽签分配</span>}
                {shift.phase !== 'upcoming' && <span class="badge badge-ended">{PHASE_LABEL[shift.phase]}</span>}
              </p>
              {lottery && (
                <p class="shift-window">
                  {stage === 'drawn' && draw?.drawnAt ? (
                    <span>
                      {formatMoment(draw.drawnAt)} 已抽签：{draw.entrantCount ?? 0} 人参加，{draw.selectedCount ?? 0} 人中签
                    </span>
                  ) : (
                    <>
                      <span>
                        {lottery.opensAt ? `报名时间 ${formatMoment(lottery.opensAt)} 至 ${formatMoment(lottery.closesAt)}` : `报名截止 ${formatMoment(lottery.closesAt)}`}
                      </span>
                      <span>抽签时间 {formatMoment(lottery.closesAt)}（报名截止后自动抽签）</span>
                    </>
                  )}
                </p>
              )}
              <p class="shift-figures" aria-live="polite">
                {entries ? (
                  <>
                    <span class="shift-remaining">
                      已有 <strong data-entrants={shift.id}>{entrantCount}</strong> 人参加抽签
                    </span>
                    <span class="shift-detail">共 {capacity} 个名额</span>
                  </>
                ) : (
                  <>
                    <span class="shift-remaining">
                      剩余名额 <strong data-shift-id={shift.id}>{remaining}</strong>
                      {full && <span class="badge badge-full">已满</span>}
                    </span>
                    <span class="shift-detail">
                      已报名 {confirmedCount} / 共 {capacity} 人{full && shift.waitlist ? `，候补 ${waitlistCount} 人` : ''}
                    </span>
                  </>
                )}
              </p>
              <div class="shift-action">{action}</div>
              <p class="shift-message" data-tone={message?.tone} role="status">
                {message?.text}
              </p>
              {draw && <DrawDetails shiftId={shift.id} draw={draw} apiUrl={apiUrl} position={my?.drawPosition ?? null} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The draw's public record: the seed's commitment before, the seed after, and how to check it. */
function DrawDetails({ shiftId, draw, apiUrl, position }: { shiftId: string; draw: DrawRecord; apiUrl: string; position: number | null }) {
  const drawn = Boolean(draw.drawnAt && draw.seed);
  return (
    <details class="shift-draw">
      <summary>{drawn ? '抽签记录（可复核）' : '抽签如何保证公平'}</summary>
      <dl>
        <div>
          <dt>算法</dt>
          <dd>{draw.algorithm}</dd>
        </div>
        <div>
          <dt>种子承诺</dt>
          <dd>
            <code>{draw.seedCommitment}</code>
          </dd>
        </div>
        {drawn && (
          <div>
            <dt>种子</dt>
            <dd>
              <code data-seed>{draw.seed}</code>
            </dd>
          </div>
        )}
        {drawn && position && (
          <div>
            <dt>你的顺位</dt>
            <dd>第 {position} 位（前 {draw.selectedCount} 位中签）</dd>
          </div>
        )}
      </dl>
      {drawn ? (
        <>
          <p>种子的 SHA-256 与抽签前公开的承诺一致，即可确认种子没有在报名结束后更换；用种子可以重新算出全部顺位：</p>
          <pre>
            <code>{`npx tsx api/src/scripts/verify-draw.ts ${apiUrl} ${shiftId}`}</code>
          </pre>
        </>
      ) : (
        <p>随机种子在设立抽签时就已生成并锁定，这里公开的是它的 SHA-256（承诺值）。抽签后公布种子，任何人都可以核对它与承诺值一致，并重新算出每个人的顺位。</p>
      )}
      <p>
        <a href="/about/#lottery">抽签规则与复核方法</a>
      </p>
    </details>
  );
}

function signUpFailure(failure: ApiFailure): string {
  if (failure.network) return failureText(failure);
  const [error] = failure.errors;
  if (error.code === 'CAPACITY_REACHED') return '很遗憾，该时段名额已满，且不设候补。';
  if (error.code === 'UNAUTHENTICATED') return '登录已失效，请重新登录后报名。';
  return failureText(failure);
}
