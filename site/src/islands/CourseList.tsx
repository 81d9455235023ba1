// 培训课程 (/courses/): published courses with their sessions and places; a signed-in volunteer
// enrols in a session (or gives the place up) here. Each course is an <article id="course-<id>">,
// the target of the link a refused shift sign-up shows.
// DOM contract (end-to-end tests rely on it): each session's <li> has data-session="<id>".
import { useEffect, useState } from 'preact/hooks';
import type {
  CancelEnrolmentMutation,
  CancelEnrolmentMutationVariables,
  CourseListQuery,
  CourseListQueryVariables,
  EnrolInSessionMutation,
  EnrolInSessionMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { onViewerChange } from '../lib/session';
import { FormStatus, type Status } from './FormStatus';
import { COURSE_WORDS } from './words/courses';
import './forms.css';
import './my-account.css';
import './manage.css';

const listQuery = operation<CourseListQuery, CourseListQueryVariables>(/* GraphQL */ `
  query CourseList {
    me {
      id
    }
    courses(first: 50) {
      nodes {
        id
        title
        description
        organization {
          id
          name
        }
        qualificationKind {
          id
          name
          nameEn
          validityMonths
        }
        sessions {
          id
          startsAt
          endsAt
          place
          capacity
          remaining
          viewerEnrolment {
            id
            status
          }
        }
      }
    }
  }
`);

const enrolMutation = operation<EnrolInSessionMutation, EnrolInSessionMutationVariables>(/* GraphQL */ `
  mutation EnrolInSession($input: EnrolInSessionInput!) {
    enrolInSession(input: $input) {
      id
      status
      session {
        id
        remaining
      }
    }
  }
`);

const cancelMutation = operation<CancelEnrolmentMutation, CancelEnrolmentMutationVariables>(/* GraphQL */ `
  mutation CancelEnrolment($id: ID!) {
    cancelEnrolment(id: $id) {
      id
      status
      session {
        id
        remaining
      }
    }
  }
`);

type Data = { signedIn: boolean; courses: CourseListQuery['courses']['nodes'] };
type Session = Data['courses'][number]['sessions'][number];

export function CourseList({ locale }: { locale: Locale }) {
  const w = COURSE_WORDS[locale].list;
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Data>> => {
    const r = await request(listQuery, {});
    return r.ok ? { ok: true, data: { signedIn: !!r.data.me, courses: r.data.courses.nodes } } : r;
  }, locale);
  useEffect(() => onViewerChange(() => retry()), []);
  // Opened from a refused sign-up's link: bring the course into view once it is there.
  useEffect(() => {
    if (state.status === 'ready' && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [state.status]);
  const changed = (session: Session) =>
    update((d) => ({ ...d, courses: d.courses.map((c) => ({ ...c, sessions: c.sessions.map((s) => (s.id === session.id ? session : s)) })) }));
  if (state.status === 'loading')
    return (
      <p class="manage-loading" aria-busy="true">
        …
      </p>
    );
  if (state.status === 'error')
    return (
      <div class="manage-failed" role="alert">
        <p>{state.text}</p>
        <button type="button" class="signup-more" onClick={retry}>
          ↻
        </button>
      </div>
    );
  const { courses, signedIn } = state.data;
  if (!courses.length) return <p class="account-empty">{w.none}</p>;
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
  // Courses are written in Chinese: marked so on the English page.
  const zh = locale === 'en' ? 'zh-CN' : undefined;
  return (
    <div class="course-list">
      {courses.map((c) => (
        <article key={c.id} id={`course-${c.id}`} class="account-card" aria-labelledby={`course-${c.id}-title`}>
          <h2 id={`course-${c.id}-title`} lang={zh}>
            {c.title}
          </h2>
          <p class="manage-meta">
            {c.organization ? w.by(c.organization.name) : w.platform} ·{' '}
            {w.grants(
              locale === 'en' ? (c.qualificationKind.nameEn ?? c.qualificationKind.name) : c.qualificationKind.name,
              c.qualificationKind.validityMonths,
            )}
          </p>
          {c.description && <p lang={zh}>{c.description}</p>}
          <ul class="manage-list">
            {c.sessions.map((s) => (
              <SessionItem key={s.id} session={s} when={span(s.startsAt, s.endsAt)} signedIn={signedIn} locale={locale} onChanged={changed} />
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}

function SessionItem({
  session,
  when,
  signedIn,
  locale,
  onChanged,
}: {
  session: Session;
  when: string;
  signedIn: boolean;
  locale: Locale;
  onChanged: (s: Session) => void;
}) {
  const w = COURSE_WORDS[locale].list;
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const mine = session.viewerEnrolment;
  const started = Date.parse(session.startsAt) <= Date.now();
  const enrol = async () => {
    setBusy(true);
    const result = await send(enrolMutation, { input: { sessionId: session.id } }, locale);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    const e = result.data.enrolInSession;
    onChanged({ ...session, remaining: e.session.remaining, viewerEnrolment: { id: e.id, status: e.status } });
    setStatus({ tone: 'success', text: w.enrolledDone });
  };
  const cancel = async () => {
    if (!mine) return;
    setBusy(true);
    const result = await send(cancelMutation, { id: mine.id }, locale);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onChanged({ ...session, remaining: result.data.cancelEnrolment.session.remaining, viewerEnrolment: null });
    setStatus({ tone: 'success', text: w.cancelled });
  };
  let action;
  if (mine?.status === 'ATTENDED') action = <span class="manage-badge">{w.attended}</span>;
  else if (started) action = <span class="manage-badge">{w.started}</span>;
  else if (!signedIn) action = <a href={`${localizePath('/login/', locale)}?next=${encodeURIComponent(location.pathname)}`}>{w.signIn}</a>;
  else if (mine)
    action = (
      <>
        <span class="manage-badge">{w.enrolled}</span>{' '}
        <button type="button" class="signup-more" disabled={busy} onClick={() => void cancel()}>
          {w.cancel}
        </button>
      </>
    );
  else if (session.remaining === 0) action = <span class="manage-badge">{w.full}</span>;
  else
    action = (
      <button type="button" class="form-submit" disabled={busy} onClick={() => void enrol()}>
        {w.enrol}
        <span class="visually-hidden">：{when}</span>
      </button>
    );
  return (
    <li class="manage-item" data-session={session.id}>
      <p>
        <strong>{when}</strong> · {session.place} · {w.remaining(session.remaining, session.capacity)}
      </p>
      <div class="manage-actions">{action}</div>
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
