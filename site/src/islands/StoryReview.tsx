// A story as a reviewer reads it (the team's queue, the staff's page): title, writer, activity,
// text and photos, with the reviewer's buttons. Approving publishes it; returning needs a note.
// Shared by ManageStories and AdminStories; each sends the operations from its own bundle.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ReviewStoryLineFragment, ReviewStoryMutation, ReviewStoryMutationVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ReasonField } from './ReasonField';
import { STORY_WORDS } from './words/stories';
import './stories.css';

export const reviewStoryLine = /* GraphQL */ `
  fragment ReviewStoryLine on Story {
    id
    title
    body
    status
    createdAt
    reviewNote
    reportCount
    author {
      id
      displayName
    }
    project {
      id
      title
    }
    organization {
      id
      name
    }
    photos {
      id
      url
      alt
    }
  }
`;

const reviewMutation = operation<ReviewStoryMutation, ReviewStoryMutationVariables>(
  /* GraphQL */ `
    mutation ReviewStory($input: ReviewStoryInput!) {
      reviewStory(input: $input) {
        ...ReviewStoryLine
      }
    }
  `,
  reviewStoryLine,
);

export function StoryLine({ story, locale, children }: { story: ReviewStoryLineFragment; locale: Locale; children?: ComponentChildren }) {
  const w = STORY_WORDS[locale];
  return (
    <li class="story-item" data-story={story.id}>
      <h3 lang="zh-CN">{story.title}</h3>
      <p class="story-item-meta">
        <span lang="zh-CN">{w.review.by(story.author.displayName, story.project.title)}</span> · {w.status[story.status]}
      </p>
      <p class="story-item-body" lang="zh-CN">
        {story.body}
      </p>
      {story.photos.length > 0 && (
        <ul class="story-item-photos" aria-label={w.review.photos(story.photos.length)}>
          {story.photos.map((p) => (
            <li key={p.id}>
              <a href={p.url}>
                <img src={p.url} alt={p.alt ?? ''} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </li>
  );
}

/** Approve or return one pending story; `onDone` gets it as reviewed. */
export function ReviewButtons({
  story,
  locale,
  onDone,
}: {
  story: ReviewStoryLineFragment;
  locale: Locale;
  onDone: (s: ReviewStoryLineFragment, text: string) => void;
}) {
  const w = STORY_WORDS[locale].review;
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const noteInput = useRef<HTMLTextAreaElement>(null);
  const decide = async (approve: boolean) => {
    if (!approve && note.trim().length < 2) {
      setError(w.needNote);
      return noteInput.current?.focus();
    }
    setBusy(true);
    const result = await send(reviewMutation, { input: { id: story.id, approve, note: note.trim() || null } }, locale);
    setBusy(false);
    if (result.ok) return onDone(result.data.reviewStory, approve ? w.approved : w.rejected);
    if (result.field === 'note') setError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  return (
    <div class="island-form">
      <ReasonField id={`note-${story.id}`} label={w.rejectNote} value={note} onValue={(v) => (setNote(v), setError(null))} error={error} inputRef={noteInput} />
      <div class="manage-actions">
        <button type="button" class="form-submit" disabled={busy} onClick={() => void decide(true)}>
          {w.approve}
          <span class="visually-hidden">：{story.title}</span>
        </button>
        <button type="button" class="signup-more" disabled={busy} onClick={() => void decide(false)}>
          {w.reject}
          <span class="visually-hidden">：{story.title}</span>
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </div>
  );
}
