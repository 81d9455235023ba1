// Shifts of a project with their places. Rendered at build time from props; in the browser it
// asks the API for live figures every 30 s. DOM contract (end-to-end tests rely on it): the
// element with data-shift-id="<id>" holds only the number of remaining places; the root gets
// data-live="true" once live figures arrived, data-live="error" while the API can't be reached.
import { useEffect, useState } from 'preact/hooks';
import { ShiftPlacesDocument } from '../gql/graphql';
import { request } from '../lib/graphql-client';

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
}

const PHASE_LABEL = { ongoing: '进行中', ended: '已结束' } as const;

type Figures = Pick<ShiftPlace, 'capacity' | 'confirmedCount' | 'remaining' | 'waitlistCount'>;
type LiveState = 'true' | 'error' | undefined;

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function ShiftPlaces({ projectId, shifts }: Props) {
  const [live, setLive] = useState<LiveState>(undefined);
  const [figures, setFigures] = useState<Record<string, Figures>>({});
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const polls = shifts.some((s) => s.phase !== 'ended');

  useEffect(() => {
    let active = true;

    const refresh = async () => {
      const result = await request(ShiftPlacesDocument, { id: projectId });
      if (!active) return;
      const fresh = result.ok ? result.data.project?.shifts : null;
      if (!fresh) {
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
        <h2 id="shift-places-title">活动时段</h2>
        <p class="shift-places-status" role={live === 'error' ? 'alert' : undefined}>
          {live === 'error'
            ? `暂时无法获取实时名额，下面是${updatedAt ? ` ${updatedAt} ` : '页面生成时'}的名额。`
            : live === 'true'
              ? `实时名额，更新于 ${updatedAt}`
              : '名额为页面生成时的数据，正在获取实时名额……'}
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
                {shift.phase !== 'upcoming' && <span class="badge badge-ended">{PHASE_LABEL[shift.phase]}</span>}
              </p>
              <p class="shift-figures">
                <span class="shift-remaining">
                  剩余名额 <strong data-shift-id={shift.id}>{remaining}</strong>
                  {full && <span class="badge badge-full">已满</span>}
                </span>
                <span class="shift-detail">
                  已报名 {confirmedCount} / 共 {capacity} 人
                  {full && shift.waitlist ? `，候补 ${waitlistCount} 人` : ''}
                </span>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
