// 志愿心得管理 (/admin/stories/): the reports of stories, newest first, each with the story and a
// form to hide it (the reason is audited and told to its writer); below, the stories of every team
// still waiting for review, which staff may approve or return.
import { useRef, useState } from 'preact/hooks';
import type {
  AdminHideStoryMutation,
  AdminHideStoryMutationVariables,
  AdminStoriesQuery,
  AdminStoriesQueryVariables,
  ReviewStoryLineFragment,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { AdminGate } from './AdminGate';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { ReasonField } from './ReasonField';
import { ReviewButtons, reviewStoryLine, StoryLine } from './StoryReview';
import { STORY_WORDS } from './words/stories';

const storiesQuery = operation<AdminStoriesQuery, AdminStoriesQueryVariables>(
  /* GraphQL */ `
    query AdminStories {
      storyReports(first: 50) {
        nodes {
          id
          reason
          note
          createdAt
          story {
            ...ReviewStoryLine
          }
        }
      }
      storiesToReview(first: 50) {
        nodes {
          ...ReviewStoryLine
        }
      }
    }
  `,
  reviewStoryLine,
);

const hideMutation = operation<AdminHideStoryMutation, AdminHideStoryMutationVariables>(
  /* GraphQL */ `
    mutation AdminHideStory($input: HideStoryInput!) {
      hideStory(input: $input) {
        ...ReviewStoryLine
      }
    }
  `,
  reviewStoryLine,
);

type Report = AdminStoriesQuery['storyReports']['nodes'][number];
type Data = { reports: Report[]; pending: ReviewStoryLineFragment[] };

export function AdminStories({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <StaffStories locale={locale} />}</AdminGate>;
}

function StaffStories({ locale }: { locale: Locale }) {
  const all = STORY_WORDS[locale];
  const w = all.admin;
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Data>> => {
    const result = await request(storiesQuery, {});
    return result.ok ? { ok: true, data: { reports: result.data.storyReports.nodes, pending: result.data.storiesToReview.nodes } } : result;
  }, locale);
  const changed = (story: ReviewStoryLineFragment, text: string) => {
    setNote({ tone: 'success', text });
    update((d) => ({
      reports: d.reports.map((r) => (r.story.id === story.id ? { ...r, story } : r)),
      pending: d.pending.filter((s) => s.id !== story.id),
    }));
  };
  // One entry per reported story, with every report of it.
  const byStory = (reports: Report[]) => [...new Map(reports.map((r) => [r.story.id, r.story])).values()];
  return (
    <ManageSection id="admin-stories" title={w.title} state={state} retry={retry} locale={locale}>
      {({ reports, pending }) => (
        <>
          <FormStatus status={note} locale={locale} />
          <h3>{w.reports}</h3>
          {reports.length ? (
            <ul class="story-item-list">
              {byStory(reports).map((story) => (
                <StoryLine key={story.id} story={story} locale={locale}>
                  <ul class="story-item-meta">
                    {reports
                      .filter((r) => r.story.id === story.id)
                      .map((r) => (
                        <li key={r.id}>
                          {all.reasons[r.reason]}
                          {r.note && <span lang="zh-CN">：{r.note}</span>}
                        </li>
                      ))}
                  </ul>
                  {story.status !== 'HIDDEN' && <HideForm story={story} locale={locale} onHidden={changed} />}
                </StoryLine>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.noReports}</p>
          )}
          <h3>{w.pending}</h3>
          {pending.length ? (
            <ul class="story-item-list">
              {pending.map((s) => (
                <StoryLine key={s.id} story={s} locale={locale}>
                  <ReviewButtons story={s} locale={locale} onDone={changed} />
                </StoryLine>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{all.review.empty}</p>
          )}
        </>
      )}
    </ManageSection>
  );
}

function HideForm({
  story,
  locale,
  onHidden,
}: {
  story: ReviewStoryLineFragment;
  locale: Locale;
  onHidden: (s: ReviewStoryLineFragment, text: string) => void;
}) {
  const w = STORY_WORDS[locale].admin;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const hide = async () => {
    if (reason.trim().length < 2) {
      setError(w.needReason);
      return input.current?.focus();
    }
    setBusy(true);
    const result = await send(hideMutation, { input: { id: story.id, reason } }, locale);
    setBusy(false);
    if (result.ok) return onHidden(result.data.hideStory, w.hidden);
    if (result.field === 'reason') setError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  return (
    <div class="island-form">
      <ReasonField id={`hide-${story.id}`} label={w.hideReason} value={reason} onValue={(v) => (setReason(v), setError(null))} error={error} inputRef={input} />
      <div class="manage-actions">
        <button type="button" class="signup-more" disabled={busy} onClick={() => void hide()}>
          {w.hide}
          <span class="visually-hidden">：{story.title}</span>
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </div>
  );
}
