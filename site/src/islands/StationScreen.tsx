// A volunteer station's screen (/screen/<station>/), for a TV or LED wall left on for days: in a
// loop, the upcoming activities with their places left, today's duty team, the platform's figures
// and role models. One timer drives it: every tick (12 s) the next slide shows, and every fifth
// tick (or every tick while the API is out of reach) the API is asked again. Each answer replaces
// the one before, on screen and in localStorage, so a reload or an outage shows the last good one
// with the time it was fetched; nothing accumulates.
import { useEffect, useState } from 'preact/hooks';
import { StationScreenDocument, type StationScreenQuery } from '../gql/graphql';
import { request } from '../lib/graphql-client';
import { feedKey, readFeed, shouldPoll, writeFeed, type Feed } from '../lib/screen-feed';
import './station-screen.css';

// Read by codegen; the island sends the typed document it generates (like NearbyProjects).
const operation = /* GraphQL */ `
  query StationScreen($slug: String!, $after: DateTime!, $district: String) {
    station(slug: $slug) {
      id
      name
      dutyToday {
        date
        filled
        capacity
        team {
          id
          name
        }
        shift {
          startsAt
          endsAt
        }
      }
    }
    projects(first: 6, filter: { startsAfter: $after, district: $district }) {
      nodes {
        id
        title
        address
        organization {
          name
        }
        shifts {
          id
          startsAt
          endsAt
          capacity
          remaining
        }
      }
    }
    stats {
      volunteerCount
      organizationCount
      projectCount
      totalServiceMinutes
    }
    roleModels(first: 4) {
      nodes {
        id
        name
        honor
        citation
      }
    }
  }
`;

const TICK_MS = 12_000;
/** Ticks between two polls while the API answers: about a minute. */
const POLL_EVERY = 5;
const SLIDES = ['activities', 'duty', 'figures', 'roleModels'] as const;

const WORDS = {
  activities: '近期志愿活动',
  noActivities: '近期暂无招募中的活动',
  remaining: (n: number) => `余 ${n} 个名额`,
  full: '已满员',
  duty: '今日值守',
  noDuty: '今日暂无值守安排',
  filled: (filled: number, capacity: number) => `已报名 ${filled} / ${capacity} 人`,
  figures: '平台数据',
  volunteers: '注册志愿者',
  organizations: '志愿组织',
  projects: '志愿活动',
  hours: '服务时长（小时）',
  roleModels: '志愿榜样',
  loading: '正在载入…',
  updated: (hhmm: string) => `更新于 ${hhmm}`,
  offline: '网络中断，显示最近一次数据',
};

type Data = StationScreenQuery;

const time = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const day = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', weekday: 'short' });
const count = new Intl.NumberFormat('zh-CN');

interface Props {
  slug: string;
  name: string;
  /** The station's district: its activities are those of the district (all when null). */
  district: string | null;
}

export function StationScreen({ slug, name, district }: Props) {
  const [feed, setFeed] = useState<Feed<Data> | null>(null);
  const [failing, setFailing] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const key = feedKey(slug);
    const kept = readFeed<Data>(localStorage, key);
    if (kept) setFeed(kept);
    let sinceSuccess = 0;
    let down = false;
    let asking = false;
    const poll = async () => {
      if (asking) return;
      asking = true;
      const res = await request(StationScreenDocument, { slug, district, after: new Date().toISOString() });
      asking = false;
      down = !res.ok;
      setFailing(down);
      if (!res.ok) return;
      sinceSuccess = 0;
      const fresh = { data: res.data, at: new Date().toISOString() };
      writeFeed(localStorage, key, fresh);
      setFeed(fresh);
    };
    void poll();
    const timer = setInterval(() => {
      sinceSuccess++;
      setTick((t) => (t + 1) % SLIDES.length);
      if (shouldPoll(sinceSuccess, down, POLL_EVERY)) void poll();
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [slug, district]);

  const data = feed?.data;
  const current = SLIDES[tick];
  const duty = data?.station?.dutyToday;
  return (
    <main class="screen" data-stale={failing ? 'true' : undefined}>
      <header class="screen-head">
        <h1 lang="zh-CN">{data?.station?.name ?? name}</h1>
        {feed && <p class="screen-day">{day.format(new Date(feed.at))}</p>}
      </header>
      {!data && <p class="screen-loading">{WORDS.loading}</p>}
      {data && (
        <>
          <section class="screen-slide" data-slide="activities" hidden={current !== 'activities'} aria-hidden={current !== 'activities'}>
            <h2>{WORDS.activities}</h2>
            {data.projects.nodes.length === 0 && <p class="screen-empty">{WORDS.noActivities}</p>}
            <ol class="screen-activities">
              {data.projects.nodes.map((p) => {
                const next = p.shifts.find((s) => new Date(s.startsAt) > new Date(feed.at)) ?? p.shifts[0];
                return (
                  <li key={p.id} data-project={p.id}>
                    <p class="screen-title">{p.title}</p>
                    <p class="screen-meta">
                      {next && (
                        <span>
                          {day.format(new Date(next.startsAt))} {time.format(new Date(next.startsAt))}
                        </span>
                      )}
                      <span>{p.organization.name}</span>
                    </p>
                    {next && (
                      <p class={`screen-places${next.remaining > 0 ? '' : ' is-full'}`} data-shift={next.id} data-remaining={next.remaining}>
                        {next.remaining > 0 ? WORDS.remaining(next.remaining) : WORDS.full}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
          <section class="screen-slide" data-slide="duty" hidden={current !== 'duty'} aria-hidden={current !== 'duty'}>
            <h2>{WORDS.duty}</h2>
            {duty ? (
              <div class="screen-duty">
                <p class="screen-team">{duty.team.name}</p>
                {duty.shift && (
                  <p class="screen-meta">
                    {time.format(new Date(duty.shift.startsAt))}–{time.format(new Date(duty.shift.endsAt))}
                  </p>
                )}
                <p class="screen-places" data-filled={duty.filled}>
                  {WORDS.filled(duty.filled, duty.capacity)}
                </p>
              </div>
            ) : (
              <p class="screen-empty">{WORDS.noDuty}</p>
            )}
          </section>
          <section class="screen-slide" data-slide="figures" hidden={current !== 'figures'} aria-hidden={current !== 'figures'}>
            <h2>{WORDS.figures}</h2>
            <dl class="screen-figures">
              {(
                [
                  [WORDS.volunteers, data.stats.volunteerCount],
                  [WORDS.organizations, data.stats.organizationCount],
                  [WORDS.projects, data.stats.projectCount],
                  [WORDS.hours, Math.round(data.stats.totalServiceMinutes / 60)],
                ] as const
              ).map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{count.format(value)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section class="screen-slide" data-slide="roleModels" hidden={current !== 'roleModels'} aria-hidden={current !== 'roleModels'}>
            <h2>{WORDS.roleModels}</h2>
            <ul class="screen-models">
              {data.roleModels.nodes.map((m) => (
                <li key={m.id}>
                  <p class="screen-title">{m.name}</p>
                  {m.honor && <p class="screen-meta">{m.honor}</p>}
                  <p class="screen-citation">{m.citation}</p>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <footer class="screen-foot">
        <ol class="screen-dots" aria-hidden="true">
          {SLIDES.map((s) => (
            <li key={s} class={s === current ? 'is-on' : undefined} />
          ))}
        </ol>
        {feed && (
          <p class="screen-updated" data-updated={feed.at}>
            {failing && <span class="screen-offline">{WORDS.offline} · </span>}
            {WORDS.updated(time.format(new Date(feed.at)))}
          </p>
        )}
      </footer>
    </main>
  );
}
