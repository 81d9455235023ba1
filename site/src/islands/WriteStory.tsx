// 写志愿心得 on "my account": the volunteer picks an activity they attended, writes a title and
// their story, adds up to nine photos (uploaded one at a time, each described), and sends it for
// review; below, their own stories with their state and the reviewer's note. Nothing shows to a
// volunteer who has attended nothing yet, or once they sign out.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MyStoriesQuery, MyStoriesQueryVariables, MyStoryFragment, WriteStoryMutation, WriteStoryMutationVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { onViewerChange } from '../lib/session';
import { FormStatus, type Status } from './FormStatus';
import { ImageUpload, type UploadedImage } from './ImageUpload';
import { STORY_WORDS } from './words/stories';
import './forms.css';
import './my-account.css';
import './stories.css';

const MAX_PHOTOS = 9;

const myStory = /* GraphQL */ `
  fragment MyStory on Story {
    id
    title
    status
    reviewNote
    createdAt
    project {
      id
      title
    }
  }
`;

const storiesQuery = operation<MyStoriesQuery, MyStoriesQueryVariables>(
  /* GraphQL */ `
    query MyStories {
      me {
        id
        attendedProjects(first: 50) {
          nodes {
            id
            title
          }
        }
      }
      myStories(first: 20) {
        nodes {
          ...MyStory
        }
      }
    }
  `,
  myStory,
);

const writeMutation = operation<WriteStoryMutation, WriteStoryMutationVariables>(
  /* GraphQL */ `
    mutation WriteStory($input: WriteStoryInput!) {
      writeStory(input: $input) {
        ...MyStory
      }
    }
  `,
  myStory,
);

type Attended = { id: string; title: string };

export function WriteStory({ locale }: { locale: Locale }) {
  const all = STORY_WORDS[locale];
  const w = all.write;
  const [attended, setAttended] = useState<Attended[] | null>(null);
  const [mine, setMine] = useState<MyStoryFragment[]>([]);
  const [projectId, setProjectId] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // One key per story written: sending twice (a double tap, a retry) writes it once.
  const [round, setRound] = useState(0);
  const key = useMemo(() => crypto.randomUUID(), [round]);

  useEffect(() => {
    void request(storiesQuery, {}).then((r) => {
      if (!r.ok || !r.data.me) return;
      setAttended(r.data.me.attendedProjects?.nodes ?? []);
      setMine(r.data.myStories.nodes);
    });
    return onViewerChange((viewer) => viewer.status === 'signed-out' && setAttended(null));
  }, []);

  if (!attended || (attended.length === 0 && mine.length === 0)) return null;

  const edit = (next: UploadedImage[]) => (setPhotos(next), setErrors((e) => ({ ...e, photos: '' })));
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!projectId) return (setErrors({ project: w.needProject }), setStatus({ tone: 'error', text: w.needProject }));
    if (photos.some((p) => !p.alt.trim())) return (setErrors({ photos: w.altMissing }), setStatus({ tone: 'error', text: w.altMissing }));
    setBusy(true);
    setStatus({ tone: 'info', text: w.sending });
    const input = { projectId, title, body, photos: photos.map((p) => ({ imageId: p.id, alt: p.alt.trim() })), idempotencyKey: key };
    const result = await send(writeMutation, { input }, locale);
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    setMine([result.data.writeStory, ...mine]);
    setTitle('');
    setBody('');
    setPhotos([]);
    setErrors({});
    setRound(round + 1);
    setStatus({ tone: 'success', text: w.sent });
  };

  return (
    <section class="account-card" aria-labelledby="write-story-title" id="write-story">
      <h2 id="write-story-title">{w.title}</h2>
      <p class="account-note">{w.note}</p>
      {attended.length > 0 && (
        <form class="island-form story-form" noValidate onSubmit={(e) => void submit(e)}>
          <div class={errors.project || errors.projectId ? 'field field-invalid' : 'field'}>
            <label for="story-project">{w.project}</label>
            <select id="story-project" value={projectId} onChange={(e) => (setProjectId(e.currentTarget.value), setErrors({}))}>
              <option value="">{w.choose}</option>
              {attended.map((p) => (
                <option key={p.id} value={p.id} lang="zh-CN">
                  {p.title}
                </option>
              ))}
            </select>
            <p class="field-error">{errors.project ?? errors.projectId}</p>
          </div>
          <div class={errors.title ? 'field field-invalid' : 'field'}>
            <label for="story-title">{w.storyTitle}</label>
            <input
              id="story-title"
              type="text"
              maxLength={60}
              value={title}
              onInput={(e) => setTitle(e.currentTarget.value)}
              aria-invalid={errors.title ? 'true' : undefined}
            />
            <p class="field-error">{errors.title}</p>
          </div>
          <div class={errors.body ? 'field field-invalid' : 'field'}>
            <label for="story-body">{w.body}</label>
            <p id="story-body-hint" class="field-hint">
              {w.bodyHint}
            </p>
            <textarea
              id="story-body"
              rows={8}
              maxLength={5000}
              value={body}
              onInput={(e) => setBody(e.currentTarget.value)}
              aria-describedby="story-body-hint"
              aria-invalid={errors.body ? 'true' : undefined}
            />
            <p class="field-error">{errors.body}</p>
          </div>
          <fieldset class="field story-photos-field">
            <legend>{w.photos(photos.length)}</legend>
            {photos.length > 0 && (
              <ol class="story-photo-list" data-list="story-photos">
                {photos.map((p, i) => (
                  <li key={p.id} class="story-photo-item">
                    <img src={p.url} alt="" width={p.width} height={p.height} />
                    <div class="field">
                      <label for={`story-photo-alt-${i}`}>{w.photoAlt(i + 1)}</label>
                      <input
                        id={`story-photo-alt-${i}`}
                        type="text"
                        maxLength={200}
                        value={p.alt}
                        onInput={(e) => edit(photos.map((x, j) => (j === i ? { ...x, alt: e.currentTarget.value } : x)))}
                      />
                    </div>
                    <button type="button" class="signup-more" onClick={() => edit(photos.filter((_, j) => j !== i))}>
                      {w.remove(i + 1)}
                    </button>
                  </li>
                ))}
              </ol>
            )}
            {photos.length < MAX_PHOTOS && (
              <ImageUpload
                locale={locale}
                purpose="STORY"
                value={null}
                alt={false}
                label={w.addPhoto}
                onChange={(image) => image && !photos.some((p) => p.id === image.id) && edit([...photos, image])}
              />
            )}
            <p class="field-error">{errors.photos}</p>
          </fieldset>
          <button type="submit" class="form-submit" disabled={busy}>
            {w.submit}
          </button>
          <FormStatus status={status} locale={locale} />
        </form>
      )}
      <h3>{w.mine}</h3>
      {mine.length ? (
        <ul class="story-item-list">
          {mine.map((s) => (
            <li key={s.id} class="story-item" data-story={s.id}>
              <h4 lang="zh-CN">{s.title}</h4>
              <p class="story-item-meta">
                <span lang="zh-CN">{s.project.title}</span> · {all.status[s.status]}
                {s.status === 'PUBLISHED' && (
                  <>
                    {' '}
                    · <a href={localizePath(`/stories/${s.id}/`, locale)}>{w.view}</a>
                  </>
                )}
              </p>
              {s.reviewNote && <p class="story-item-meta">{w.noteFrom(s.reviewNote)}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="account-empty">{w.none}</p>
      )}
    </section>
  );
}
