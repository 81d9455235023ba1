// The shifts of an activity with their places, and signing up for them, in the page's language
// (the `locale` prop). Rendered at build time from props (places as they were then, a 登录后报名
// link: all of it readable without JavaScript); in the browser it asks the API for live places and the visitor's own sign-ups
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
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { formatMoment } from '../lib/format';
import { formatMomentEn } from '../lib/format-en';
import { request, type ApiFailure } from '../lib/graphql-client';
import { onViewerChange } from '../lib/session';
import { cancelSignup, idempotencyKey, signupLabel, type SignupState } from '../lib/signups';
import { SHIFT_SIGNUP_WORDS, type ShiftSignupWords } from './words/shift-signup';
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
  /** End as ISO-8601: once past, the shift offers nothing. */
  endsAt: string;
  /** Formatted at build time in China time and the page's language, e.g. `12月5日 周六 09:00–12:00`. */
  when: string;
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
  locale: Locale;
}

type Figures = Pick<ShiftPlace, 'capacity' | 'confirmedCount' | 'remaining' | 'waitlistCount' | 'entrantCount'>;
type Mine = SignupState & { id: string };
type LiveState = 'true' | 'error' | undefined;
/** `links`: where to go next, e.g. the courses that give a qualification the shift requires. */
type Message = { tone: 'success' | 'error'; text: string; links?: { href: string; label: string }[] };
type Stage = 'soon' | 'open' | 'closed' | 'drawn';

// Hours, minutes and seconds read the same in both languages.
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

export function ShiftSignup({ projectId, open: openAtBuild, shifts, builtAt, apiUrl, locale }: Props) {
  const w = SHIFT_SIGNUP_WORDS[locale];
  const moment = (iso: string) => (locale === 'en' ? formatMomentEn(iso) : formatMoment(iso));
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
  const polls = shifts.some((s) => phaseAt(s, time(builtAt)) !== 'ended');

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
      if (!lottery || phaseAt(shift, time(builtAt)) === 'ended') return [];
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
      say(shiftId, { tone: 'error', text: await signUpFailure(result, w, locale), links: courseLinks(result, locale) });
      // A full or closed shift: show its current state.
      if (!result.network) void refreshRef.current();
      return;
    }
    delete keys.current[shiftId];
    const signup = result.data.signUp;
    take(signup.shift);
    setMine((old) => ({ ...old, [shiftId]: signup }));
    const lottery = lotteries[shiftId] ?? shifts.find((s) => s.id === shiftId)?.lottery;
    say(shiftId, {
      tone: 'success',
      text:
        signup.status === 'PENDING_DRAW'
          ? w.done.entered(lottery ? moment(lottery.closesAt) : null)
          : signup.status === 'CONFIRMED'
            ? w.done.confirmed
            : w.done.waitlisted(signup.waitlistPosition ?? 0),
    });
  };

  const cancel = async (shiftId: string, signup: Mine, when: string) => {
    if (!confirm(w.confirmCancel[cancelKind(signup)](when))) return;
    setBusy(shiftId);
    const result = await cancelSignup(signup.id);
    setBusy(null);
    if (!result.ok) {
      say(shiftId, { tone: 'error', text: await failureText(result, locale) });
      return;
    }
    take(result.data.cancelSignup.shift);
    setMine((old) => ({ ...old, [shiftId]: null }));
    say(shiftId, { tone: 'success', text: w.cancelled[cancelKind(signup)] });
  };

  const loginHref = `${localizePath('/login/', locale)}?next=${encodeURIComponent(localizePath(`/projects/${projectId}/`, locale))}`;

  return (
    <section class="shift-places" aria-labelledby="shift-places-title" data-live={live}>
      <div class="shift-places-head">
        <h2 id="shift-places-title">{w.heading}</h2>
        <p class="shift-places-status" role={live === 'error' ? 'alert' : undefined}>
          {live === 'error' ? w.status.error(Boolean(liveFailure?.network), updatedAt) : live === 'true' ? w.status.live(updatedAt ?? '') : w.status.loading}
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
          // Where the shift stands now (the page may be older than its end).
          const phase = phaseAt(shift, now);
          const closed = !open || phase !== 'upcoming';
          const my = mine[shift.id];
          const message = messages[shift.id];
          const busyHere = busy === shift.id;
          const describedBy = `when-${shift.id}`;
          const button = (label: string, onClick: () => void, quiet = false) => (
            <button
              type="button"
              class={`shift-button${quiet ? ' shift-button-quiet' : ''}`}
              disabled={busyHere}
              onClick={onClick}
              aria-describedby={describedBy}
            >
              {busyHere && !quiet ? w.submitting : label}
            </button>
          );
          // A drawn entry that holds nothing any more (not selected, or withdrawn) still says how the draw went.
          const result = my && !LIVE.has(my.status) && my.drawPosition ? signupLabel(my, locale, draw?.selectedCount) : null;
          const mineLabel = (m: Mine) => (m.status === 'PENDING_DRAW' ? w.entered : signupLabel(m, locale, draw?.selectedCount));

          let action;
          if (my && LIVE.has(my.status)) {
            const canCancel = !closed && (my.status !== 'PENDING_DRAW' || stage === 'open');
            const cancelLabel = w.cancel[cancelKind(my)];
            action = (
              <>
                <span class={`shift-mine shift-mine-${my.status.toLowerCase()}`}>{mineLabel(my)}</span>
                {canCancel && button(cancelLabel, () => cancel(shift.id, my, shift.when), true)}
              </>
            );
          } else if (my && !result) {
            action = <span class="shift-mine">{signupLabel(my, locale)}</span>;
          } else {
            const resultLabel = result && <span class="shift-mine shift-mine-cancelled">{result}</span>;
            let next;
            if (closed) next = !result && <span class="shift-closed">{open ? w.closed : w.over}</span>;
            else if (stage === 'soon') next = <span class="shift-closed">{w.opens(moment(lottery.opensAt!))}</span>;
            else if (stage === 'closed') next = <span class="shift-closed">{w.drawing}</span>;
            else if (full && !shift.waitlist) next = !result && <span class="shift-closed">{w.full}</span>;
            else if (signedIn) next = button(entries ? w.enterDraw : full ? w.joinWaitlist : w.signUp, () => signUp(shift.id));
            else
              next = (
                <a class="shift-button" href={loginHref} aria-describedby={describedBy}>
                  {entries ? w.logInToEnter : w.logInToSignUp}
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
            <li
              key={shift.id}
              data-shift={shift.id}
              data-lottery={stage ?? undefined}
              class={`shift shift-${phase}${full && phase === 'upcoming' ? ' shift-full' : ''}`}
            >
              <p class="shift-when">
                <time dateTime={shift.startsAt} id={describedBy}>
                  {shift.when}
                </time>
                {lottery && <span class="badge badge-lottery">{w.lottery}</span>}
                {phase !== 'upcoming' && <span class="badge badge-ended">{w.phase[phase]}</span>}
              </p>
              {lottery && (
                <p class="shift-window">
                  {stage === 'drawn' && draw?.drawnAt ? (
                    <span>{w.drawnSummary(moment(draw.drawnAt), draw.entrantCount ?? 0, draw.selectedCount ?? 0)}</span>
                  ) : (
                    <>
                      <span>{w.window(lottery.opensAt ? moment(lottery.opensAt) : null, moment(lottery.closesAt))}</span>
                      <span>{w.drawAt(moment(lottery.closesAt))}</span>
                    </>
                  )}
                </p>
              )}
              <p class="shift-figures" aria-live="polite">
                {phase !== 'upcoming' ? (
                  // Started or over: there is no place to offer, only who came.
                  <span class="shift-detail">{w.tookPart(confirmedCount, capacity)}</span>
                ) : entries ? (
                  <>
                    <span class="shift-remaining">
                      {w.entrants[0]}
                      <strong data-entrants={shift.id}>{entrantCount}</strong>
                      {w.entrants[1]}
                    </span>
                    <span class="shift-detail">{w.places(capacity)}</span>
                  </>
                ) : (
                  <>
                    <span class="shift-remaining">
                      {w.remaining}
                      <strong data-shift-id={shift.id}>{remaining}</strong>
                      {full && <span class="badge badge-full">{w.fullBadge}</span>}
                    </span>
                    <span class="shift-detail">{w.signedUp(confirmedCount, capacity, full && shift.waitlist ? waitlistCount : null)}</span>
                  </>
                )}
              </p>
              <div class="shift-action">{action}</div>
              <p class="shift-message" data-tone={message?.tone} role="status">
                {message?.text}
                {message?.links?.map((l) => (
                  <span key={l.href}>
                    {' '}
                    <a href={l.href} data-course-link>
                      {l.label}
                    </a>
                  </span>
                ))}
              </p>
              {draw && <DrawDetails shiftId={shift.id} draw={draw} apiUrl={apiUrl} position={my?.drawPosition ?? null} w={w.draw} locale={locale} />}
            </li>
          );
        })}
      </ul>
      {/* What is over goes in no calendar, and there is nothing to check in to. */}
      {open && shifts.some((s) => time(s.endsAt) > now) && (
        <>
          <p class="calendar-link">
            <a href={`/projects/${projectId}.ics`} type="text/calendar">
              {w.calendar}
            </a>
          </p>
          <p class="calendar-link">
            <a href={localizePath('/checkin/', locale)}>{w.checkIn}</a>
          </p>
        </>
      )}
    </section>
  );
}

/** The draw's public record: the seed's commitment before, the seed after, and how to check it. */
function DrawDetails(props: { shiftId: string; draw: DrawRecord; apiUrl: string; position: number | null; w: ShiftSignupWords['draw']; locale: Locale }) {
  const { shiftId, draw, apiUrl, position, w, locale } = props;
  const drawn = Boolean(draw.drawnAt && draw.seed);
  return (
    <details class="shift-draw">
      <summary>{drawn ? w.summaryDrawn : w.summaryBefore}</summary>
      <dl>
        <div>
          <dt>{w.algorithm}</dt>
          <dd>{draw.algorithm}</dd>
        </div>
        <div>
          <dt>{w.commitment}</dt>
          <dd>
            <code>{draw.seedCommitment}</code>
          </dd>
        </div>
        {drawn && (
          <div>
            <dt>{w.seed}</dt>
            <dd>
              <code data-seed>{draw.seed}</code>
            </dd>
          </div>
        )}
        {drawn && position && (
          <div>
            <dt>{w.position}</dt>
            <dd>{w.positionValue(position, draw.selectedCount)}</dd>
          </div>
        )}
      </dl>
      {drawn ? (
        <>
          <p>{w.drawnNote}</p>
          <pre>
            <code>{`npx tsx api/src/scripts/verify-draw.ts ${apiUrl} ${shiftId}`}</code>
          </pre>
        </>
      ) : (
        <p>{w.beforeNote}</p>
      )}
      <p>
        <a href={localizePath('/about/#lottery', locale)}>{w.rules}</a>
      </p>
    </details>
  );
}

/** Whether a shift is still to come, under way or over at a moment (ms). */
function phaseAt(shift: Pick<ShiftPlace, 'startsAt' | 'endsAt'>, at: number): 'upcoming' | 'ongoing' | 'ended' {
  return time(shift.endsAt) <= at ? 'ended' : time(shift.startsAt) <= at ? 'ongoing' : 'upcoming';
}

/** Which of the three kinds of sign-up a cancel button or its result speaks of. */
function cancelKind(signup: SignupState): 'PENDING_DRAW' | 'WAITLISTED' | 'CONFIRMED' {
  return signup.status === 'PENDING_DRAW' || signup.status === 'WAITLISTED' ? signup.status : 'CONFIRMED';
}

/** A shift requiring a qualification the volunteer lacks: links to the published courses that give it. */
function courseLinks(failure: ApiFailure, locale: Locale): { href: string; label: string }[] | undefined {
  const error = failure.network ? null : failure.errors[0];
  if (error?.reason !== 'QUALIFICATION_REQUIRED' || !Array.isArray(error.details.courses)) return undefined;
  return (error.details.courses as { id: string; title: string }[]).map((c) => ({
    href: `${localizePath('/courses/', locale)}#course-${c.id}`,
    label: c.title,
  }));
}

async function signUpFailure(failure: ApiFailure, w: ShiftSignupWords, locale: Locale): Promise<string> {
  if (failure.network) return failureText(failure, locale);
  const [error] = failure.errors;
  if (error.code === 'CAPACITY_REACHED' || error.code === 'UNAUTHENTICATED') return w.failure[error.code];
  return failureText(failure, locale);
}
