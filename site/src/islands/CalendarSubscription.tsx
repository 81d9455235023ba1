// "My account"'s calendar subscription: the volunteer's secret iCalendar address of their
// confirmed shifts (Volunteer.calendarFeed), to copy or open in a calendar app (webcal://),
// created on request, replaced (the old address stops working) or turned off.
import { useRef, useState } from 'preact/hooks';
import { ResetCalendarFeedDocument, RevokeCalendarFeedDocument } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import type { MyAccountWords } from './words/my-account';

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

export function CalendarSubscription({ feed: initial, w, locale }: { feed: CalendarFeed | null; w: MyAccountWords; locale: Locale }) {
  const c = w.calendar;
  const [feed, setFeed] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const input = useRef<HTMLInputElement>(null);
  const create = useRef<HTMLButtonElement>(null);

  const reset = async (replacing: boolean) => {
    if (replacing && !confirm(c.resetQuestion)) return;
    setBusy(true);
    const result = await request(ResetCalendarFeedDocument, {});
    setBusy(false);
    if (!result.ok) return setNote({ tone: 'error', text: await failureText(result, locale) });
    setFeed(result.data.resetCalendarFeed);
    setNote({ tone: 'success', text: c.created(replacing) });
    // The address replaces the button that had the focus.
    setTimeout(() => input.current?.focus());
  };

  const revoke = async () => {
    if (!confirm(c.revokeQuestion)) return;
    setBusy(true);
    const result = await request(RevokeCalendarFeedDocument, {});
    setBusy(false);
    if (!result.ok) return setNote({ tone: 'error', text: await failureText(result, locale) });
    setFeed(null);
    setNote({ tone: 'success', text: c.revoked });
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
    setNote(done ? { tone: 'success', text: c.copied } : { tone: 'error', text: c.copyFailed });
  };

  return (
    <section class="account-card account-calendar" aria-labelledby="account-calendar">
      <h2 id="account-calendar">{c.title}</h2>
      {feed ? (
        <>
          <p class="account-note">{c.about}</p>
          <label class="calendar-label" for="calendar-url">
            {c.address}
          </label>
          <div class="calendar-row">
            <input
              id="calendar-url"
              ref={input}
              class="calendar-url"
              readOnly
              value={feed.url}
              onFocus={(e) => e.currentTarget.select()}
              data-field="calendarUrl"
            />
            <button type="button" class="calendar-copy" onClick={copy}>
              {c.copy}
            </button>
          </div>
          <p class="calendar-actions">
            <a class="form-submit calendar-subscribe" href={webcalUrl(feed.url)} data-field="webcalUrl">
              {c.subscribe}
            </a>
            <a href={feed.url} type="text/calendar">
              {c.download}
            </a>
          </p>
          <p class="account-note">{c.howTo}</p>
          <p class="account-note calendar-private">{c.privateNote(w.fmt.date(feed.createdAt))}</p>
          <p class="calendar-manage">
            <button type="button" class="signup-cancel" disabled={busy} onClick={() => reset(true)}>
              {c.reset}
            </button>
            <button type="button" class="signup-cancel" disabled={busy} onClick={revoke}>
              {c.revoke}
            </button>
          </p>
        </>
      ) : (
        <>
          <p class="account-note">{c.offer}</p>
          <p class="calendar-manage">
            <button type="button" class="form-submit" ref={create} disabled={busy} onClick={() => reset(false)}>
              {c.create}
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
