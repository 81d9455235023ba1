// "My account"'s calendar subscription: the volunteer's secret iCalendar address of their
// confirmed shifts (Volunteer.calendarFeed), to copy or open in a calendar app (webcal://),
// created on request, replaced (the old address stops working) or turned off.
import { useRef, useState } from 'preact/hooks';
import { ResetCalendarFeedDocument, RevokeCalendarFeedDocument } from '../gql/graphql';
import { failureText } from '../lib/api-messages';
import { formatDate } from '../lib/format';
import { request } from '../lib/graphql-client';

const resetOperation = /* GraphQL */ `
  mutation ResetCalendarFeed {
    resetCalendarFeed {
      url
      createdAt
    }
  }
`;

const revokeOperation = /* GraphQL */ `
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`;

export interface CalendarFeed {
  url: string;
  createdAt: string;
}

type Note = { tone: 'success' | 'error'; text: string } | null;

/** Calendar apps subscribe to webcal:// addresses (and fetch them over https). */
export const webcalUrl = (url: string) => url.replace(/^https?:\/\//, 'webcal://');

const RESET_QUESTION = '重置后会生成新的订阅地址，旧地址立即失效：用旧地址订阅的日历将不再更新，需要用新地址重新订阅。确定重置吗？';
const REVOKE_QUESTION = '停用后订阅地址立即失效，日历应用里的订阅将不再更新。以后可以重新生成（地址会不同）。确定停用吗？';

export function CalendarSubscription({ feed: initial }: { feed: CalendarFeed | null }) {
  const [feed, setFeed] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const input = useRef<HTMLInputElement>(null);
  const create = useRef<HTMLButtonElement>(null);

  const reset = async (replacing: boolean) => {
    if (replacing && !confirm(RESET_QUESTION)) return;
    setBusy(true);
    const result = await request(ResetCalendarFeedDocument, {});
    setBusy(false);
    if (!result.ok) return setNote({ tone: 'error', text: await failureText(result, 'zh-CN') });
    setFeed(result.data.resetCalendarFeed);
    setNote({ tone: 'success', text: replacing ? '已生成新地址，旧地址已失效。请用新地址重新订阅。' : '订阅地址已生成。' });
    // The address replaces the button that had the focus.
    setTimeout(() => input.current?.focus());
  };

  const revoke = async () => {
    if (!confirm(REVOKE_QUESTION)) return;
    setBusy(true);
    const result = await request(RevokeCalendarFeedDocument, {});
    setBusy(false);
    if (!result.ok) return setNote({ tone: 'error', text: await failureText(result, 'zh-CN') });
    setFeed(null);
    setNote({ tone: 'success', text: '已停用日历订阅，原地址已失效。' });
    setTimeout(() => create.current?.focus());
  };

  const copy = async () => {
    if (!feed) return;
    input.current?.select();
    // The Clipboard API needs a secure context; the selection and execCommand serve elsewhere.
    const copied = await navigator.clipboard?.writeText(feed.url).then(
      () => true,
      () => false,
    );
    const done = copied || document.execCommand('copy');
    setNote(done ? { tone: 'success', text: '已复制订阅地址。' } : { tone: 'error', text: '无法自动复制，请手动复制上面的地址。' });
  };

  return (
    <section class="account-card account-calendar" aria-labelledby="account-calendar">
      <h2 id="account-calendar">日历订阅</h2>
      {feed ? (
        <>
          <p class="account-note">在日历应用中订阅这个地址，你已确认的活动时段会自动出现在日历里，报名变化后随之更新（约每小时同步一次）。</p>
          <label class="calendar-label" for="calendar-url">
            你的订阅地址
          </label>
          <div class="calendar-row">
            <input id="calendar-url" ref={input} class="calendar-url" readOnly value={feed.url} onFocus={(e) => e.currentTarget.select()} data-field="calendarUrl" />
            <button type="button" class="calendar-copy" onClick={copy}>
              复制
            </button>
          </div>
          <p class="calendar-actions">
            <a class="form-submit calendar-subscribe" href={webcalUrl(feed.url)} data-field="webcalUrl">
              订阅到日历
            </a>
            <a href={feed.url} type="text/calendar">
              下载 .ics 文件
            </a>
          </p>
          <p class="account-note">
            “订阅到日历”会打开手机或电脑上的日历应用（webcal:// 地址）；Google 日历等网页日历请选择“通过网址添加”，粘贴上面的 https 地址。
          </p>
          <p class="account-note calendar-private">
            这是你的私人地址（生成于 {formatDate(feed.createdAt)}），知道它的人都能看到你参加的活动时间和地点，请勿分享。地址泄露时请重置：旧地址会立即失效。
          </p>
          <p class="calendar-manage">
            <button type="button" class="signup-cancel" disabled={busy} onClick={() => reset(true)}>
              重置地址
            </button>
            <button type="button" class="signup-cancel" disabled={busy} onClick={revoke}>
              停用
            </button>
          </p>
        </>
      ) : (
        <>
          <p class="account-note">生成一个私人订阅地址，把你已确认的活动时段同步到手机或电脑上的日历（iPhone、安卓、Outlook、Google 日历等）。</p>
          <p class="calendar-manage">
            <button type="button" class="form-submit" ref={create} disabled={busy} onClick={() => reset(false)}>
              生成订阅地址
            </button>
          </p>
        </>
      )}
      <p class="calendar-message" data-tone={note?.tone} role="status">
        {note?.text}
      </p>
    </section>
  );
}
