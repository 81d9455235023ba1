// 点赞 and 举报 on a story's page: the signed-in volunteer likes it (once; again takes the like
// back) and reports abuse with a reason. Signed out, it shows the count and leads to signing in
// and back. The count the page was built with shows until the API answers.
import { useEffect, useState } from 'preact/hooks';
import type {
  LikeStoryMutation,
  LikeStoryMutationVariables,
  ReportStoryMutation,
  ReportStoryMutationVariables,
  StoryViewerStateQuery,
  StoryViewerStateQueryVariables,
  UnlikeStoryMutation,
  UnlikeStoryMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { loadViewer, onViewerChange } from '../lib/session';
import { FormStatus, type Status } from './FormStatus';
import { ReasonField } from './ReasonField';
import { STORY_WORDS } from './words/stories';
import './forms.css';
import './stories.css';

const stateQuery = operation<StoryViewerStateQuery, StoryViewerStateQueryVariables>(/* GraphQL */ `
  query StoryViewerState($id: ID!) {
    story(id: $id) {
      id
      likeCount
      viewerLikes
    }
  }
`);

const likeMutation = operation<LikeStoryMutation, LikeStoryMutationVariables>(/* GraphQL */ `
  mutation LikeStory($id: ID!) {
    likeStory(id: $id) {
      id
      likeCount
      viewerLikes
    }
  }
`);

const unlikeMutation = operation<UnlikeStoryMutation, UnlikeStoryMutationVariables>(/* GraphQL */ `
  mutation UnlikeStory($id: ID!) {
    unlikeStory(id: $id) {
      id
      likeCount
      viewerLikes
    }
  }
`);

const reportMutation = operation<ReportStoryMutation, ReportStoryMutationVariables>(/* GraphQL */ `
  mutation ReportStory($input: ReportStoryInput!) {
    reportStory(input: $input)
  }
`);

type Reason = ReportStoryMutationVariables['input']['reason'];
const REASONS: Reason[] = ['SPAM', 'ABUSE', 'PRIVACY', 'FALSE', 'OTHER'];

export function StoryActions({ storyId, likes, locale }: { storyId: string; likes: number; locale: Locale }) {
  const w = STORY_WORDS[locale].actions;
  const reasons = STORY_WORDS[locale].reasons;
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [count, setCount] = useState(likes);
  const [liked, setLiked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [reason, setReason] = useState<Reason>('SPAM');
  const [note, setNote] = useState('');
  const [reported, setReported] = useState(false);

  // Who is signed in comes from the page's shared session (lib/session.ts); the story's count and
  // whether they like it from the API.
  useEffect(() => {
    void loadViewer().then((viewer) => setSignedIn(viewer.status === 'signed-in'));
    void request(stateQuery, { id: storyId }).then((r) => {
      if (!r.ok || !r.data.story) return;
      setCount(r.data.story.likeCount);
      setLiked(r.data.story.viewerLikes);
    });
    return onViewerChange((viewer) => setSignedIn(viewer.status === 'signed-in'));
  }, [storyId]);

  const toggle = async () => {
    setBusy(true);
    const r = liked ? await send(unlikeMutation, { id: storyId }, locale) : await send(likeMutation, { id: storyId }, locale);
    setBusy(false);
    if (!r.ok) return setStatus({ tone: 'error', text: r.text });
    const story = 'likeStory' in r.data ? r.data.likeStory : r.data.unlikeStory;
    setCount(story.likeCount);
    setLiked(story.viewerLikes);
    setStatus(null);
  };

  const report = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setStatus({ tone: 'info', text: w.sending });
    const r = await send(reportMutation, { input: { id: storyId, reason, note: note.trim() || null } }, locale);
    setBusy(false);
    if (!r.ok) return setStatus({ tone: 'error', text: r.text });
    setReported(true);
    setStatus({ tone: 'success', text: w.reported });
  };

  return (
    <section class="story-actions" aria-label={w.like}>
      <p class="story-likes">
        {signedIn ? (
          <button type="button" class="form-submit" aria-pressed={liked} disabled={busy} onClick={() => void toggle()}>
            <span aria-hidden="true">♥</span> {liked ? w.liked : w.like}
          </button>
        ) : (
          signedIn === false && <a href={`${localizePath('/login/', locale)}?next=${encodeURIComponent(location.pathname)}`}>{w.signIn}</a>
        )}{' '}
        <span data-likes={count}>{w.likes(count)}</span>
      </p>
      {signedIn && !reported && (
        <details class="story-report">
          <summary>{w.report}</summary>
          <form class="island-form story-form" noValidate onSubmit={(e) => void report(e)}>
            <div class="field">
              <label for="report-reason">{w.reason}</label>
              <select id="report-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value as Reason)}>
                {REASONS.map((r) => (
                  <option key={r} value={r}>
                    {reasons[r]}
                  </option>
                ))}
              </select>
            </div>
            <ReasonField id="report-note" label={w.note} value={note} onValue={setNote} error={null} />
            <button type="submit" class="form-submit" disabled={busy}>
              {w.sendReport}
            </button>
          </form>
        </details>
      )}
      <FormStatus status={status} locale={locale} />
    </section>
  );
}
