// 评价参加过的活动 on "my account": the activities the volunteer attended, the most recently over
// first, each with their rating or a form to give one (1–5 stars as radio buttons, an optional
// comment). Its own island, so "my account" stays within its budget; nothing shows to a volunteer
// who has attended nothing yet, or once they sign out.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type {
  MyAttendedProjectFragment,
  MyAttendedProjectsQuery,
  MyAttendedProjectsQueryVariables,
  RateProjectMutation,
  RateProjectMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoadedPages, type Paged } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { onViewerChange } from '../lib/session';
import { FormStatus, type Status } from './FormStatus';
import { ReasonField } from './ReasonField';
import { Stars } from './RatingItem';
import { RATING_WORDS } from './words/ratings';
import './forms.css';
import './my-account.css';

// Sent with the operation text, not gql/graphql's documents, which would land in the chunk every island shares.
const attendedProject = /* GraphQL */ `
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
`;

const attendedQuery = operation<MyAttendedProjectsQuery, MyAttendedProjectsQueryVariables>(
  /* GraphQL */ `
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
  `,
  attendedProject,
);

const rateMutation = operation<RateProjectMutation, RateProjectMutationVariables>(/* GraphQL */ `
  mutation RateProject($input: RateProjectInput!) {
    rateProject(input: $input) {
      id
      score
      comment
      commentHidden
    }
  }
`);

type Attended = MyAttendedProjectFragment;

const SCORES = [1, 2, 3, 4, 5];

export function RateActivities({ locale }: { locale: Locale }) {
  const w = RATING_WORDS[locale].rate;
  const { state, update, more, busy, failure } = useLoadedPages(async (after: string | null): Promise<ApiResult<Paged<Attended> | null>> => {
    const result = await request(attendedQuery, { after });
    if (!result.ok) return result;
    const page = result.data.me?.attendedProjects;
    return { ok: true, data: { nodes: page?.nodes ?? [], next: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null } };
  }, locale);
  // Signing out in the header takes the section away, as it does the rest of the account.
  useEffect(() => onViewerChange((viewer) => viewer.status === 'signed-out' && update(() => ({ nodes: [], next: null }))), []);
  if (state.status !== 'ready' || state.data.nodes.length === 0) return null;
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
      {state.data.next && (
        <button type="button" class="signup-more" disabled={busy} onClick={() => void more()}>
          {w.more}
        </button>
      )}
      <FormStatus status={failure ? { tone: 'error', text: failure } : null} locale={locale} />
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

function RateForm({
  project,
  locale,
  onRated,
}: {
  project: Attended;
  locale: Locale;
  onRated: (p: Attended, r: NonNullable<Attended['viewerRating']>) => void;
}) {
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
    const result = await send(
      rateMutation,
      { input: { projectId: project.id, score, comment: comment.trim() || null, idempotencyKey: key } },
      locale,
      all.fields,
    );
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
            <input
              ref={n === 1 ? firstScore : undefined}
              type="radio"
              name={name}
              value={n}
              checked={score === n}
              onChange={() => (setScore(n), setStatus(null))}
            />
            <span>
              <span aria-hidden="true" class="rating-stars">
                ★
              </span>{' '}
              {all.score(n)}
            </span>
          </label>
        ))}
      </fieldset>
      <ReasonField
        id={`comment-${project.id}`}
        label={w.comment}
        value={comment}
        onValue={(v) => (setComment(v), setCommentError(null))}
        error={commentError}
      />
      <button type="submit" class="form-submit" disabled={busy}>
        {w.submit}
        <span class="visually-hidden">：{project.title}</span>
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
