// Shifts of a project with their places. Rendered at build time from props; in the browser it
// asks the API for live figures every 30 s. DOM contract (end-to-end tests rely on it): the
// element with data-shift-id="<id>" holds only the number of remaining places; the root gets
// data-live="true" once live figures arrived, data-live="error" while the API can't be reached.
import { useEffect, useState } from 'preact/hooks';
import { ShiftPlacesDocument } from '../gql/graphql';
import { createUrqlClient } from '../lib/urql-client';

// Codegen reads the operation from here and generates ShiftPlacesDocument. The island imports
// that document from gql/graphql, which bundles only what is used; going through `graphql()`
// would ship every operation of the site to the browser.
const operation = /* GraphQL */ `
  query ShiftPlaces($id: ID!) {
    project(id: $id) {
      id
      shifts {
        id
        remaining
        confirmedCount
        capacity
        waitlistCount
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
  shifts: ShiftPlace[];
  /** The page's language (the words below); Chinese unless `en`. */
  locale?: string;
}

const LABELS = {
  'zh-CN': {
    title: '活动时段',
    phase: { ongoing: '进行中', ended: '已结束' },
    error: (at: string | null) => `暂时无法获取实时名额，下面是${at ? ` ${at} ` : '页面生成时'}的名额。`,
    live: (at: string | null) => `实时名额，更新于 ${at}`,
    pending: '名额为页面生成时的数据，正在获取实时名额……',
    remaining: '剩余名额',
    full: '已满',
    detail: (confirmed: number, capacity: number) => `已报名 ${confirmed} / 共 ${capacity} 人`,
    waitlist: (n: number) => `，候补 ${n} 人`,
  },
  en: {
    title: 'Shifts',
    phase: { ongoing: 'Under way', ended: 'Ended' },
    error: (at: string | null) => `Live places cannot be fetched right now; shown are the places ${at ? `at ${at}` : 'when the page was built'}.`,
    live: (at: string | null) => `Live places, updated at ${at}`,
    pending: 'Places as of when the page was built; fetching live places…',
    remaining: 'Places left',
    full: 'Full',
    detail: (confirmed: number, capacity: number) => `${confirmed} of ${capacity} signed up`,
    waitlist: (n: number) => `, ${n} waiting`,
  },
};

type Figures = Pick<ShiftPlace, 'capacity' | 'confirmedCount' | 'remaining' | 'waitlistCount'>;
type LiveState = 'true' | 'error' | undefined;

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function ShiftPlaces({ projectId, shifts, locale }: Props) {
  const l = LABELS[locale === 'en' ? 'en' : 'zh-CN'];
  const [live, setLive] = useState<LiveState>(undefined);
  const [figures, setFigures] = useState<Record<string, Figures>>({});
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const polls = shifts.some((s) => s.phase !== 'ended');

  useEffect(() => {
    const client = createUrqlClient();
    let active = true;

    const refresh = async () => {
      const result = await client.query(ShiftPlacesDocument, { id: projectId }, { requestPolicy: 'network-only' }).toPromise();
      if (!active) return;
      const fresh = result.data?.project?.shifts;
      if (result.error || !fresh) {
        setLive('error');
        return;
      }
      setFigures(Object.fromEntries(fresh.map((s) => [s.id, s])));
      setUpdatedAt(clock.format(new Date()));
      setLive('true');
    };
    // A tab in the background does not ask; it catches up when shown again.
    const tick = () => {
      if (!document.hidden) void refresh();
    };

    void refresh();
    // Places of shifts that are over no longer change: one look is enough.
    if (!polls) return () => void (active = false);
    const timer = setInterval(tick, POLL_INTERVAL_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      active = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [projectId, polls]);

  return (
    <section class="shift-places" aria-labelledby="shift-places-title" data-live={live}>
      <div class="shift-places-head">
        <h2 id="shift-places-title">{l.title}</h2>
        <p class="shift-places-status" role={live === 'error' ? 'alert' : undefined}>
          {live === 'error' ? l.error(updatedAt) : live === 'true' ? l.live(updatedAt) : l.pending}
        </p>
      </div>
      <ul class="shift-list" aria-live="polite">
        {shifts.map((shift) => {
          const { capacity, confirmedCount, remaining, waitlistCount } = figures[shift.id] ?? shift;
          const full = remaining <= 0;
          return (
            <li key={shift.id} class={`shift shift-${shift.phase}${full ? ' shift-full' : ''}`}>
              <p class="shift-when">
                <time dateTime={shift.startsAt}>{shift.when}</time>
                {shift.phase !== 'upcoming' && <span class="badge badge-ended">{l.phase[shift.phase]}</span>}
              </p>
              <p class="shift-figures">
                <span class="shift-remaining">
                  {l.remaining} <strong data-shift-id={shift.id}>{remaining}</strong>
                  {full && <span class="badge badge-full">{l.full}</span>}
                </span>
                <span class="shift-detail">
                  {l.detail(confirmedCount, capacity)}
                  {full && shift.waitlist ? l.waitlist(waitlistCount) : ''}
                </span>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
