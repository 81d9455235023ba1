// 评价参加过的活动 on "my account": the activities the volunteer attended, the most recently over
// first, each with their rating or a form to give one (1–5 stars as radio buttons, an optional
// comment). Its own island, so "my account" stays within its budget; nothing shows to a volunteer
// who has attended nothing yet.
import { useMemo, useRef, useState } from 'preact/hooks';
import { MyAttendedProjectsDocument, RateProjectDocument, type MyAttendedProjectFragment } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ReasonField } from './ReasonField';
import { Stars } from './RatingItem';
import { RATING_WORDS } from './words/ratings';
import './forms.css';
import './my-account.css';

const operations = /* GraphQL */ `
  fragment MyAttendedProject on Project {
    id
    title
    endsAt
    organization {
      id
      name
    }
    viewerRating {
      id
      score
      comment
      commentHidden
    }
  }

  query MyAttendedProjects($after: String) {
    me {
      id
      attendedProjects(first: 10, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...MyAttendedProject
        }
      }
    }
  }

  mutation RateProject($input: RateProjectInput!) {
    rateProject(input: $input) {
      id
      score
      comment
      commentHidden
    }
  }
`;

type Attended = MyAttendedProjectFragment;
type Page = { nodes: Attended[]; after: string | null };

const SCORES = [1, 2, 3, 4, 5];

export function RateActivities({ locale }: { locale: Locale }) {
  const w = RATING_WORDS[locale].rate;
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Status>(null);
  const load = async (after: string | null) => {
    const result = await request(MyAttendedProjectsDocument, { after });
    if (!result.ok) return result;
    const page = result.data.me?.attendedProjects;
    const data: Page = { nodes: page?.nodes ?? [], after: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
    return { ok: true as const, data };
  };
  const { state, update } = useLoaded(() => load(null), locale);
  if (state.status !== 'ready' || state.data.nodes.length === 0) return null;
  const more = async (after: string) => {
    setBusy(true);
    const result = await load(after);
    setBusy(false);
    if (!result.ok) return setNote({ tone: 'error', text: await failureText(result, locale) });
    update((d) => ({ nodes: [...d.nodes, ...result.data.nodes], after: result.data.after }));
  };
  const rated = (project: Attended, rating: NonNullable<Attended['viewerRating']>) =>
    update((d) => ({ ...d, nodes: d.nodes.map((p) => (p.id === project.id ? { ...p, viewerRating: rating } : p)) }));
  const date = locale === 'en' ? formatDateEn : formatDate;
  return (
    <section class="account-card" aria-labelledby="rate-title" id="rate-activities">
      <h2 id="rate-title">{w.title}</h2>
      <p class="account-note">{w.note}</p>
      <ul class="rate-list">
        {state.data.nodes.map((p) => (
          <li key={p.id} class="rate-item" data-project={p.id}>
            <h3 lang="zh-CN">{p.title}</h3>
            <p class="account-note">
              <span lang="zh-CN">{p.organization.name}</span> · {date(p.endsAt)}
            </p>
            {p.viewerRating ? <YourRating rating={p.viewerRating} locale={locale} /> : <RateForm project={p} locale={locale} onRated={rated} />}
          </li>
        ))}
      </ul>
      {state.data.after && (
        <button type="button" class="signup-more" disabled={busy} onClick={() => void more(state.data.after!)}>
          {w.more}
        </button>
      )}
      <FormStatus status={note} locale={locale} />
    </section>
  );
}

function YourRating({ rating, locale }: { rating: NonNullable<Attended['viewerRating']>; locale: Locale }) {
  const w = RATING_WORDS[locale];
  return (
    <p class="rate-yours">
      {w.rate.yours}
      <Stars score={rating.score} locale={locale} />
      {rating.commentHidden ? ` ${w.hidden}` : rating.comment && <span lang="zh-CN"> {rating.comment}</span>}
    </p>
  );
}

function RateForm({ project, locale, onRated }: { project: Attended; locale: Locale; onRated: (p: Attended, r: NonNullable<Attended['viewerRating']>) => void }) {
  const all = RATING_WORDS[locale];
  const w = all.rate;
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const firstScore = useRef<HTMLInputElement>(null);
  // One key per form: sending twice (a double tap, a retry after a lost answer) rates once.
  const key = useMemo(() => crypto.randomUUID(), []);
  const name = `score-${project.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!score) {
      setStatus({ tone: 'error', text: w.needScore });
      return firstScore.current?.focus();
    }
    setBusy(true);
    setStatus({ tone: 'info', text: w.sending });
    const result = await send(RateProjectDocument, { input: { projectId: project.id, score, comment: comment.trim() || null, idempotencyKey: key } }, locale, all.fields);
    setBusy(false);
    if (result.ok) {
      setStatus({ tone: 'success', text: w.thanks });
      return onRated(project, result.data.rateProject);
    }
    if (result.field === 'comment') setCommentError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  return (
    <form class="island-form rate-form" noValidate onSubmit={(e) => void submit(e)}>
      <fieldset class="rate-scores">
        <legend>
          {w.legend}
          <span class="visually-hidden">：{project.title}</span>
        </legend>
        {SCORES.map((n) => (
          <label key={n}>
            <input ref={n === 1 ? firstScore : undefined} type="radio" name={name} value={n} checked={score === n} onChange={() => (setScore(n), setStatus(null))} />
            <span>
              <span aria-hidden="true" class="rating-stars">
                ★
              </span>{' '}
              {all.score(n)}
            </span>
          </label>
        ))}
      </fieldset>
      <ReasonField id={`comment-${project.id}`} label={w.comment} value={comment} onValue={(v) => (setComment(v), setCommentError(null))} error={commentError} />
      <button type="submit" class="form-submit" disabled={busy}>
        {w.submit}
        <span class="visually-hidden">：{project.title}</span>
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
