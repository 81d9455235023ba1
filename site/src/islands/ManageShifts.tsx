// 即将开始的活动: the shifts of the organisation's published activities that have not ended,
// soonest first, with their sign-ups and, once check-in is open (an hour before the start until
// the end), the check-in code to show at the venue. The code rotates every ten minutes, so the
// list is read again every minute while the page is open.
import { useEffect } from 'preact/hooks';
import type { ManageUpcomingQuery, ManageUpcomingQueryVariables } from '../gql/graphql';
import { formatTimeSpan } from '../lib/format';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { checkInOpen } from '../lib/manage-time';
import { ManageSection } from './ManageSection';

const upcomingQuery = operation<ManageUpcomingQuery, ManageUpcomingQueryVariables>(/* GraphQL */ `
  query ManageUpcoming($filter: ProjectFilter!) {
    projects(filter: $filter, first: 50) {
      nodes {
        id
        title
        status
        shifts {
          id
          startsAt
          endsAt
          capacity
          confirmedCount
          waitlistCount
          checkInCode {
            code
          }
        }
      }
    }
  }
`);

const REFRESH_MS = 60_000;
/** How many shifts the section lists: the next few weeks of a busy organisation. */
const SHOWN = 20;
/** Projects with a shift that started up to a day ago, so shifts under way are among them. */
const UNDER_WAY_MS = 86_400_000;

export function ManageShifts({ organizationId, onSettled }: { organizationId: string; onSettled: () => void }) {
  const { state, retry, reload } = useLoaded(async () => {
    const filter = { organizationId, startsAfter: new Date(Date.now() - UNDER_WAY_MS).toISOString() };
    const result = await request(upcomingQuery, { filter });
    if (!result.ok) return result;
    const now = Date.now();
    const shifts = result.data.projects.nodes
      .filter((p) => p.status === 'PUBLISHED')
      .flatMap((p) => p.shifts.filter((s) => Date.parse(s.endsAt) > now).map((s) => ({ ...s, project: p })))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return { ok: true as const, data: { shifts: shifts.slice(0, SHOWN), total: shifts.length, at: now } };
  }, 'zh-CN', onSettled);
  useEffect(() => {
    // A hidden tab is not shown at a venue: it catches up when it comes back.
    const refresh = () => void (document.visibilityState === 'visible' && reload());
    const timer = setInterval(refresh, REFRESH_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => (clearInterval(timer), document.removeEventListener('visibilitychange', refresh));
  }, []);

  return (
    <ManageSection
      id="manage-upcoming"
      title="即将开始的活动"
      note="志愿者在活动开始前 1 小时至结束期间，用现场出示的签到码签到；签到码每 10 分钟更换，本页每分钟自动更新。"
      state={state}
      retry={retry}
    >
      {({ shifts, total, at }) =>
        shifts.length ? (
          <>
            <ul class="manage-upcoming" data-list="upcoming">
              {shifts.map((s) => {
                const open = checkInOpen(s, at);
                return (
                  <li key={s.id} class="manage-upcoming-item" data-shift={s.id}>
                    <div class="signup-main">
                      <a href={`/projects/${s.project.id}/`}>{s.project.title}</a>
                      <span class="signup-when">{formatTimeSpan(s.startsAt, s.endsAt)}</span>
                      <span class="signup-when">
                        已报名 {s.confirmedCount} / {s.capacity}
                        {s.waitlistCount > 0 && `，候补 ${s.waitlistCount}`}
                      </span>
                    </div>
                    {open && s.checkInCode ? (
                      <div class="manage-code">
                        <span class="manage-code-label">签到码</span>
                        <span class="manage-code-value" data-field="checkInCode">
                          {s.checkInCode.code}
                        </span>
                      </div>
                    ) : (
                      <span class="manage-code-later">开始前 1 小时显示签到码</span>
                    )}
                  </li>
                );
              })}
            </ul>
            {total > shifts.length && <p class="account-note">另有 {total - shifts.length} 个较晚的时段未列出。</p>}
          </>
        ) : (
          <p class="account-empty">暂无即将开始的活动。</p>
        )
      }
    </ManageSection>
  );
}
