// The course desk of the back office: a team's courses (/manage/courses/) or the platform's
// (/admin/courses/), drafts too. Create a course granting a qualification, add sessions, publish,
// see who enrolled and record attendance (attending issues the qualification).
// DOM contract (end-to-end tests rely on it): each course's <li> has data-course="<id>", each
// session's data-session="<id>", each enrolment's <li> data-enrolment="<id>" and data-status.
import { useEffect, useState } from 'preact/hooks';
import type {
  DeskAddSessionMutation,
  DeskAddSessionMutationVariables,
  DeskAttendanceMutation,
  DeskAttendanceMutationVariables,
  DeskCourseFragment,
  DeskCreateCourseMutation,
  DeskCreateCourseMutationVariables,
  DeskPlatformCoursesQuery,
  DeskPlatformCoursesQueryVariables,
  DeskPublishCourseMutation,
  DeskPublishCourseMutationVariables,
  DeskRosterQuery,
  DeskRosterQueryVariables,
  DeskTeamCoursesQuery,
  DeskTeamCoursesQueryVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { failureText } from '../lib/api-messages';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { fromLocalInput, send } from '../lib/manage-submit';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { COURSE_WORDS } from './words/courses';

const deskCourse = /* GraphQL */ `
  fragment DeskCourse on Course {
    id
    title
    description
    status
    qualificationKind {
      id
      name
      nameEn
    }
    sessions {
      id
      startsAt
      endsAt
      place
      capacity
      enrolledCount
    }
  }
`;

// The kinds a new course may give, beside each desk's list.
const deskKinds = /* GraphQL */ `
  fragment DeskKinds on Query {
    qualificationKinds(first: 100) {
      nodes {
        id
        name
        nameEn
      }
    }
  }
`;

// A session's roster, read when its course is shown (a page of courses with every roster would cost too much to ask at once).
const rosterQuery = operation<DeskRosterQuery, DeskRosterQueryVariables>(/* GraphQL */ `
  query DeskRoster($id: ID!) {
    courseSession(id: $id) {
      id
      enrolments(first: 100) {
        nodes {
          id
          status
          volunteer {
            id
            displayName
            volunteerNumber
          }
        }
      }
    }
  }
`);

const teamQuery = operation<DeskTeamCoursesQuery, DeskTeamCoursesQueryVariables>(
  /* GraphQL */ `
    query DeskTeamCourses($organizationId: ID!) {
      teamCourses(organizationId: $organizationId, first: 50) {
        nodes {
          ...DeskCourse
        }
      }
      ...DeskKinds
    }
  `,
  deskCourse,
  deskKinds,
);

const platformQuery = operation<DeskPlatformCoursesQuery, DeskPlatformCoursesQueryVariables>(
  /* GraphQL */ `
    query DeskPlatformCourses {
      platformCourses(first: 50) {
        nodes {
          ...DeskCourse
        }
      }
      ...DeskKinds
    }
  `,
  deskCourse,
  deskKinds,
);

const createMutation = operation<DeskCreateCourseMutation, DeskCreateCourseMutationVariables>(
  /* GraphQL */ `
    mutation DeskCreateCourse($input: CreateCourseInput!) {
      createCourse(input: $input) {
        ...DeskCourse
      }
    }
  `,
  deskCourse,
);

const publishMutation = operation<DeskPublishCourseMutation, DeskPublishCourseMutationVariables>(
  /* GraphQL */ `
    mutation DeskPublishCourse($id: ID!) {
      publishCourse(id: $id) {
        ...DeskCourse
      }
    }
  `,
  deskCourse,
);

const addSessionMutation = operation<DeskAddSessionMutation, DeskAddSessionMutationVariables>(
  /* GraphQL */ `
    mutation DeskAddSession($input: AddCourseSessionInput!) {
      addCourseSession(input: $input) {
        id
        course {
          ...DeskCourse
        }
      }
    }
  `,
  deskCourse,
);

const attendanceMutation = operation<DeskAttendanceMutation, DeskAttendanceMutationVariables>(/* GraphQL */ `
  mutation DeskAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      status
    }
  }
`);

type Kind = { id: string; name: string; nameEn?: string | null };
type Data = { courses: DeskCourseFragment[]; kinds: Kind[] };

const kindName = (k: Kind, locale: Locale) => (locale === 'en' ? (k.nameEn ?? k.name) : k.name);

/** `organizationId`: the team's courses; null: the platform's (platform staff). */
export function CourseDesk({ organizationId, locale }: { organizationId: string | null; locale: Locale }) {
  const w = COURSE_WORDS[locale].desk;
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Data | null>> => {
    if (organizationId) {
      const r = await request(teamQuery, { organizationId });
      return r.ok ? { ok: true, data: { courses: r.data.teamCourses.nodes, kinds: r.data.qualificationKinds.nodes } } : r;
    }
    const r = await request(platformQuery, {});
    return r.ok ? { ok: true, data: { courses: r.data.platformCourses.nodes, kinds: r.data.qualificationKinds.nodes } } : r;
  }, locale);
  const replace = (course: DeskCourseFragment) =>
    update((d) => ({
      ...d,
      courses: d.courses.some((c) => c.id === course.id) ? d.courses.map((c) => (c.id === course.id ? course : c)) : [course, ...d.courses],
    }));
  return (
    <ManageSection
      id="course-desk"
      title={organizationId ? w.title : w.platformTitle}
      note={organizationId ? w.note : w.platformNote}
      state={state}
      retry={retry}
      locale={locale}
    >
      {({ courses, kinds }) => (
        <>
          <NewCourse organizationId={organizationId} kinds={kinds} locale={locale} onCreated={replace} />
          {courses.length ? (
            <ul class="manage-list" data-list="courses">
              {courses.map((c) => (
                <CourseItem key={c.id} course={c} locale={locale} onChanged={replace} />
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.none}</p>
          )}
        </>
      )}
    </ManageSection>
  );
}

function NewCourse({
  organizationId,
  kinds,
  locale,
  onCreated,
}: {
  organizationId: string | null;
  kinds: Kind[];
  locale: Locale;
  onCreated: (c: DeskCourseFragment) => void;
}) {
  const all = COURSE_WORDS[locale];
  const w = all.desk;
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [kindId, setKindId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  if (!kinds.length) return <p class="account-note">{w.noKinds}</p>;
  const create = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus({ tone: 'info', text: w.creating });
    const result = await send(
      createMutation,
      { input: { organizationId, qualificationKindId: kindId, title, description: description.trim() || null } },
      locale,
      all.fields,
    );
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    setTitle('');
    setDescription('');
    setErrors({});
    onCreated(result.data.createCourse);
    setStatus({ tone: 'success', text: w.created });
  };
  return (
    <form class="island-form" onSubmit={create} noValidate aria-busy={busy} data-form="new-course">
      <h3 class="manage-subtitle">{w.create}</h3>
      <Field name="course-title" label={w.labels.title} value={title} onValue={setTitle} error={errors.title} maxLength={100} locale={locale} />
      <div class={errors.qualificationKindId ? 'field field-invalid' : 'field'}>
        <label for="course-kind">{w.labels.kind}</label>
        <select id="course-kind" value={kindId} onChange={(e) => setKindId(e.currentTarget.value)} aria-describedby="course-kind-error">
          <option value="">{w.pickKind}</option>
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {kindName(k, locale)}
            </option>
          ))}
        </select>
        <p id="course-kind-error" class="field-error">
          {errors.qualificationKindId}
        </p>
      </div>
      <div class="field">
        <label for="course-description">
          {w.labels.description}
          <span class="field-optional">{locale === 'en' ? ' (optional)' : '（选填）'}</span>
        </label>
        <textarea id="course-description" rows={3} maxLength={2000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      </div>
      <div class="manage-actions">
        <button type="submit" class="signup-more" disabled={busy}>
          {w.create}
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}

function CourseItem({ course, locale, onChanged }: { course: DeskCourseFragment; locale: Locale; onChanged: (c: DeskCourseFragment) => void }) {
  const w = COURSE_WORDS[locale].desk;
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
  const publish = async () => {
    setBusy(true);
    const result = await send(publishMutation, { id: course.id }, locale);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onChanged(result.data.publishCourse);
    setStatus({ tone: 'success', text: w.published });
  };
  return (
    <li class="manage-item" data-course={course.id} data-status={course.status}>
      <h3 class="manage-subtitle">
        {course.title} <span class="manage-badge">{w.statuses[course.status]}</span>
      </h3>
      <p class="manage-meta">{w.grants(kindName(course.qualificationKind, locale))}</p>
      {course.status === 'DRAFT' && (
        <div class="manage-actions">
          <button type="button" class="signup-more" disabled={busy} onClick={() => void publish()}>
            {w.publish}
            <span class="visually-hidden">：{course.title}</span>
          </button>
        </div>
      )}
      <FormStatus status={status} locale={locale} />
      <h4>{w.sessions}</h4>
      {course.sessions.length ? (
        <ul class="manage-list">
          {course.sessions.map((s) => (
            <li key={s.id} class="manage-item" data-session={s.id}>
              <p>
                <strong>{span(s.startsAt, s.endsAt)}</strong> · {s.place} · {w.places(s.enrolledCount, s.capacity)}
              </p>
              <Roster session={s} locale={locale} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="account-empty">{w.noSessions}</p>
      )}
      <NewSession courseId={course.id} locale={locale} onAdded={onChanged} />
    </li>
  );
}

type Session = DeskCourseFragment['sessions'][number];
type EnrolmentRow = NonNullable<DeskRosterQuery['courseSession']>['enrolments']['nodes'][number];

function Roster({ session, locale }: { session: Session; locale: Locale }) {
  const w = COURSE_WORDS[locale].desk;
  const [rows, setRows] = useState<EnrolmentRow[] | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    void request(rosterQuery, { id: session.id }).then(async (r) => {
      if (r.ok) return setRows((r.data.courseSession?.enrolments.nodes ?? []).filter((e) => e.status !== 'CANCELLED'));
      setRows([]);
      setStatus({ tone: 'error', text: await failureText(r, locale) });
    });
  }, [session.id, session.enrolledCount]);
  const mark = async (row: EnrolmentRow, attended: boolean) => {
    setBusy(row.id);
    const result = await send(attendanceMutation, { input: { enrolmentId: row.id, attended } }, locale);
    setBusy(null);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setRows((old) => old && old.map((r) => (r.id === row.id ? { ...r, status: result.data.recordAttendance.status } : r)));
    setStatus({ tone: 'success', text: w.marked });
  };
  if (!rows) return <p class="manage-loading">…</p>;
  if (!rows.length)
    return (
      <>
        <p class="account-empty">{w.noEnrolments}</p>
        <FormStatus status={status} locale={locale} />
      </>
    );
  return (
    <>
      <ul class="manage-list" aria-label={w.roster}>
        {rows.map((r) => (
          <li key={r.id} class="manage-item" data-enrolment={r.id} data-status={r.status}>
            <p>
              <strong>{r.volunteer.displayName}</strong> <span class="manage-meta">{r.volunteer.volunteerNumber}</span> · {w.enrolmentStatuses[r.status]}
            </p>
            <div class="manage-actions">
              {r.status !== 'ATTENDED' && (
                <button type="button" class="signup-more" disabled={busy === r.id} onClick={() => void mark(r, true)}>
                  {w.attended}
                  <span class="visually-hidden">：{r.volunteer.displayName}</span>
                </button>
              )}
              {r.status === 'ENROLLED' && (
                <button type="button" class="signup-more" disabled={busy === r.id} onClick={() => void mark(r, false)}>
                  {w.absent}
                  <span class="visually-hidden">：{r.volunteer.displayName}</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <FormStatus status={status} locale={locale} />
    </>
  );
}

function NewSession({ courseId, locale, onAdded }: { courseId: string; locale: Locale; onAdded: (c: DeskCourseFragment) => void }) {
  const w = COURSE_WORDS[locale].desk;
  const [values, setValues] = useState({ startsAt: '', endsAt: '', place: '', capacity: '30' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof values, value: string) => (setValues((o) => ({ ...o, [name]: value })), setErrors({}));
  const add = async (event: Event) => {
    event.preventDefault();
    const startsAt = fromLocalInput(values.startsAt);
    const endsAt = fromLocalInput(values.endsAt);
    if (!startsAt || !endsAt)
      return (setErrors({ ...(startsAt ? {} : { startsAt: w.fix }), ...(endsAt ? {} : { endsAt: w.fix }) }), setStatus({ tone: 'error', text: w.fix }));
    setBusy(true);
    const result = await send(addSessionMutation, { input: { courseId, startsAt, endsAt, place: values.place, capacity: Number(values.capacity) } }, locale);
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    setValues({ startsAt: '', endsAt: '', place: values.place, capacity: values.capacity });
    onAdded(result.data.addCourseSession.course);
    setStatus({ tone: 'success', text: w.sessionAdded });
  };
  const id = (name: string) => `${courseId}-${name}`;
  const dateInput = (name: 'startsAt' | 'endsAt') => (
    <div class={errors[name] ? 'field field-invalid' : 'field'}>
      <label for={id(name)}>{w.labels[name]}</label>
      <input
        id={id(name)}
        type="datetime-local"
        value={values[name]}
        onInput={(e) => set(name, e.currentTarget.value)}
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={`${id(name)}-error`}
      />
      <p id={`${id(name)}-error`} class="field-error">
        {errors[name]}
      </p>
    </div>
  );
  return (
    <details class="manage-item" data-form="new-session">
      <summary>{w.addSession}</summary>
      <form class="island-form" onSubmit={add} noValidate aria-busy={busy}>
        <div class="form-row">
          {dateInput('startsAt')}
          {dateInput('endsAt')}
        </div>
        <div class="form-row">
          <Field
            name={id('place')}
            label={w.labels.place}
            value={values.place}
            onValue={(v) => set('place', v)}
            error={errors.place}
            maxLength={200}
            locale={locale}
          />
          <Field
            name={id('capacity')}
            label={w.labels.capacity}
            value={values.capacity}
            onValue={(v) => set('capacity', v)}
            error={errors.capacity}
            inputMode="numeric"
            maxLength={5}
            locale={locale}
          />
        </div>
        <div class="manage-actions">
          <button type="submit" class="signup-more" disabled={busy}>
            {w.saveSession}
          </button>
        </div>
        <FormStatus status={status} locale={locale} />
      </form>
    </details>
  );
}
