// "My messages" on "my account": what the platform told the volunteer (a place from the
// waitlist, a lottery result, a cancelled activity), newest first, unread ones marked, with
// "mark all as read". Signed out it shows nothing: the account island above asks to sign in.
import { useEffect, useState } from 'preact/hooks';
import { MarkNotificationsReadDocument, type MyNotificationFragment, type MyNotificationsQuery, type MyNotificationsQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { NOTIFICATION_WORDS } from './words/notifications';
import './my-notifications.css';

// The inbox's query travels in this island's own bundle, not the chunk every island shares
// (lib/manage-operation.ts); the small mutation comes from gql/graphql, which keeps that module
// imported by every island and so in the shared chunk.
const notificationsQuery = operation<MyNotificationsQuery, MyNotificationsQueryVariables>(/* GraphQL */ `
  query MyNotifications($after: String) {
    me {
      id
      unreadNotificationCount
      notifications(first: 10, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...MyNotification
        }
      }
    }
  }

  fragment MyNotification on Notification {
    id
    kind
    read
    reason
    hoursBefore
    oldStartsAt
    oldEndsAt
    newStartsAt
    newEndsAt
    title
    body
    organization {
      name
    }
    createdAt
    project {
      id
      title
      status
    }
    shift {
      startsAt
      endsAt
    }
    signup {
      status
      waitlistPosition
    }
    serviceRequest {
      id
      title
    }
    deliveries {
      channel
      status
    }
  }
`);

export const markRead = /* GraphQL */ `
  mutation MarkNotificationsRead($upTo: ID) {
    markNotificationsRead(upTo: $upTo)
  }
`;

type Item = MyNotificationFragment;
type State = { status: 'loading' | 'hidden' } | { status: 'error'; text: string } | { status: 'ready' };

export function MyNotifications({ locale }: { locale: Locale }) {
  const w = NOTIFICATION_WORDS[locale];
  const [state, setState] = useState<State>({ status: 'loading' });
  const [items, setItems] = useState<Item[]>([]);
  const [unread, setUnread] = useState(0);
  const [more, setMore] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (after: string | null = null) => {
    const result = await request(notificationsQuery, { after });
    // The API out of reach: the account island above says so once for the page.
    if (!result.ok && result.network && !after) return setState({ status: 'hidden' });
    if (!result.ok) return setState({ status: 'error', text: await failureText(result, locale) });
    const me = result.data.me;
    if (!me) return setState({ status: 'hidden' });
    setItems((old) => (after ? [...old, ...me.notifications.nodes] : me.notifications.nodes));
    setUnread(me.unreadNotificationCount ?? 0);
    setMore(me.notifications.pageInfo.hasNextPage ? (me.notifications.pageInfo.endCursor ?? null) : null);
    setState({ status: 'ready' });
  };

  useEffect(() => void load(), []);

  const markAllRead = async () => {
    setBusy(true);
    const result = await request(MarkNotificationsReadDocument, { upTo: items[0]?.id ?? null });
    setBusy(false);
    if (!result.ok) return setState({ status: 'error', text: await failureText(result, locale) });
    setItems((old) => old.map((n) => ({ ...n, read: true })));
    setUnread((n) => Math.max(0, n - result.data.markNotificationsRead));
  };

  if (state.status === 'loading' || state.status === 'hidden') return null;
  const zh = locale === 'en' ? 'zh-CN' : undefined;
  const text = (n: Item) => {
    const title = n.project?.title ?? '';
    const when = n.shift ? w.fmt.timeSpan(n.shift.startsAt, n.shift.endsAt) : '';
    if (n.kind === 'PROJECT_CANCELLED') return w.cancelled(title, n.reason ?? null);
    if (n.kind === 'SERVICE_REQUEST_CLAIMED') return w.requestClaimed(n.serviceRequest?.title ?? '');
    if (n.kind === 'SERVICE_REQUEST_DONE') return w.requestDone(n.serviceRequest?.title ?? '');
    if (n.kind === 'WAITLIST_PROMOTED') return w.promoted(title, when);
    if (n.kind === 'SHIFT_REMINDER') return w.reminder(title, when, n.hoursBefore ?? 24);
    if (n.kind === 'TEAM_MESSAGE') return w.teamMessage(n.organization?.name ?? '', n.title ?? '', n.body ?? '');
    if (n.kind === 'WEBHOOK_DISABLED') return w.webhookDisabled(n.organization?.name ?? '');
    if (n.kind === 'SHIFT_MOVED' && n.oldStartsAt && n.oldEndsAt && n.newStartsAt && n.newEndsAt)
      return w.shiftMoved(title, w.fmt.timeSpan(n.oldStartsAt, n.oldEndsAt), w.fmt.timeSpan(n.newStartsAt, n.newEndsAt), n.reason ?? null);
    if (n.kind === 'SHIFT_CANCELLED') return w.shiftCancelled(title, when, n.reason ?? null);
    if (n.kind === 'STORY_PUBLISHED') return w.storyPublished(n.title ?? '', n.reason ?? null);
    if (n.kind === 'STORY_REJECTED') return w.storyRejected(n.title ?? '', n.reason ?? null);
    if (n.kind === 'STORY_HIDDEN') return w.storyHidden(n.title ?? '', n.reason ?? null);
    if (n.signup?.status === 'CONFIRMED') return w.drawnIn(title, when);
    if (n.signup?.status === 'WAITLISTED') return w.drawnWait(title, when, n.signup.waitlistPosition ?? null);
    return w.drawn(title, when);
  };

  return (
    <section class="account-card inbox" id="messages" aria-labelledby="inbox-title">
      <div class="inbox-head">
        <h2 id="inbox-title">{w.title}</h2>
        {state.status === 'ready' && items.length > 0 && <span class="inbox-count">{w.unread(unread)}</span>}
        {unread > 0 && (
          <button type="button" class="inbox-mark" onClick={markAllRead} disabled={busy}>
            {w.markRead}
          </button>
        )}
      </div>
      {state.status === 'error' ? (
        <p class="account-message" data-tone="error" role="alert">
          {state.text}
        </p>
      ) : items.length === 0 ? (
        <p class="account-note">{w.empty}</p>
      ) : (
        <ol class="inbox-list">
          {items.map((n) => (
            <li key={n.id} class="inbox-item" data-unread={n.read ? undefined : ''}>
              {!n.read && <span class="inbox-new">{w.fresh}</span>}
              <p lang={zh}>{text(n)}</p>
              <p class="inbox-meta">
                <time dateTime={n.createdAt}>{w.fmt.moment(n.createdAt)}</time>
                {n.deliveries.some((d) => d.channel === 'EMAIL' && d.status === 'SENT') && <span class="inbox-emailed">{w.emailed}</span>}
                {n.project && n.project.status === 'PUBLISHED' && <a href={localizePath(`/projects/${n.project.id}/`, locale)}>{w.open}</a>}
                {n.kind === 'WEBHOOK_DISABLED' && <a href={localizePath('/manage/webhooks/', locale)}>{w.toWebhooks}</a>}
              </p>
            </li>
          ))}
        </ol>
      )}
      {more && (
        <button type="button" class="inbox-more" onClick={() => void load(more)}>
          {w.more}
        </button>
      )}
    </section>
  );
}
