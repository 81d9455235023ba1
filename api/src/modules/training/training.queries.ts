// SQL of training: taking a place in a course session in one statement (as sign-ups take shift
// places), releasing it, issuing or extending a qualification, and the checks other modules ask
// ("does this volunteer hold a valid one?", "which courses give it?").
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { CourseStatus, EnrolmentStatus } from './training.entity.js';

/**
 * Whether volunteer `volunteer` holds a qualification of kind `kind` that is still valid at
 * `at` (SQL expressions). Sign-ups put it in their one statement, so the database decides.
 */
export function holdsQualificationSql(volunteer: string, kind: string, at: string): string {
  return `exists (select 1 from qualification q where q.volunteer_id = ${volunteer} and q.kind_id = ${kind} and q.expires_at > ${at})`;
}

/**
 * Takes a place in an open session (its course published, not started) and writes the
 * enrolment, in one statement: the conditional UPDATE decides under the row lock, so places never
 * exceed capacity whatever the concurrency. The partial unique index refuses a second live
 * enrolment (and with it the whole statement). Null when refused.
 */
export async function takeSessionPlace(em: EntityManager, ids: { sessionId: string; volunteerId: string; enrolmentId: string }): Promise<string | null> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with taken as (
       update course_session cs set enrolled_count = enrolled_count + 1
        where cs.id = ? and cs.starts_at > now() and cs.enrolled_count < cs.capacity
          and exists (select 1 from course c where c.id = cs.course_id and c.status::text = ?)
        returning cs.id)
     insert into enrolment (id, session_id, volunteer_id, status)
     select ?, id, ?, ?::enrolment_status from taken
     returning id`,
    [ids.sessionId, CourseStatus.PUBLISHED, ids.enrolmentId, ids.volunteerId, EnrolmentStatus.ENROLLED],
    'all',
    transactionOf(em),
  );
  return rows[0]?.id ?? null;
}

export interface SessionStateRow {
  starts_at: Date;
  course_status: CourseStatus;
}

/** The session's start and its course's status: why a place was refused (null: no such session). */
export async function findSessionState(em: EntityManager, sessionId: string): Promise<SessionStateRow | null> {
  const [row] = await em
    .getConnection()
    .execute<SessionStateRow[]>(
      `select cs.starts_at, c.status::text as course_status from course_session cs join course c on c.id = cs.course_id where cs.id = ?`,
      [sessionId],
      'all',
      transactionOf(em),
    );
  return row ?? null;
}

export interface LockedEnrolmentRow {
  id: string;
  session_id: string;
  volunteer_id: string;
  status: EnrolmentStatus;
  starts_at: Date;
  organization_id: string | null;
}

/** The enrolment, locked, with its session's start and its course's team (null for a platform course). */
export async function lockEnrolment(em: EntityManager, enrolmentId: string): Promise<LockedEnrolmentRow | null> {
  const [row] = await em.getConnection().execute<LockedEnrolmentRow[]>(
    `select e.id, e.session_id, e.volunteer_id, e.status::text as status, cs.starts_at, c.organization_id
       from enrolment e join course_session cs on cs.id = e.session_id join course c on c.id = cs.course_id
      where e.id = ? for update of e`,
    [enrolmentId],
    'all',
    transactionOf(em),
  );
  return row ?? null;
}

/** Sets the enrolment's status; a cancellation gives its place back to the session in the same transaction. */
export async function setEnrolmentStatus(em: EntityManager, row: LockedEnrolmentRow, status: EnrolmentStatus): Promise<void> {
  await em.getConnection().execute(`update enrolment set status = ?::enrolment_status where id = ?`, [status, row.id], 'run', transactionOf(em));
  if (status === EnrolmentStatus.CANCELLED) {
    await em.getConnection().execute(`update course_session set enrolled_count = enrolled_count - 1 where id = ?`, [row.session_id], 'run', transactionOf(em));
  }
}

/**
 * Issues the enrolment's volunteer the qualification its course grants, valid until the session's
 * end plus the kind's validity; one already held is extended (never shortened) and now credits
 * this course. The qualification's ID.
 */
export async function issueQualification(em: EntityManager, enrolmentId: string, qualificationId: string): Promise<string> {
  const [row] = await em.getConnection().execute<{ id: string }[]>(
    `insert into qualification (id, volunteer_id, kind_id, course_id, issued_at, expires_at)
     select ?, e.volunteer_id, c.kind_id, c.id, now(), cs.ends_at + make_interval(months => k.validity_months)
       from enrolment e join course_session cs on cs.id = e.session_id join course c on c.id = cs.course_id
       join qualification_kind k on k.id = c.kind_id
      where e.id = ?
     on conflict (volunteer_id, kind_id) do update
        set expires_at = greatest(qualification.expires_at, excluded.expires_at), issued_at = excluded.issued_at, course_id = excluded.course_id
     returning id`,
    [qualificationId, enrolmentId],
    'all',
    transactionOf(em),
  );
  return row.id;
}

/** Whether the volunteer holds a qualification of the kind still valid at `at`. One query. */
export async function holdsValidQualification(em: EntityManager, volunteerId: string, kindId: string, at: Date): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<{ ok: boolean }[]>(`select ${holdsQualificationSql('?', '?', '?')} as ok`, [volunteerId, kindId, at], 'all', transactionOf(em));
  return row?.ok === true;
}

/** Up to `limit` published courses granting the kind, newest first: where a volunteer can get it. */
export async function coursesGranting(em: EntityManager, kindId: string, limit = 5): Promise<{ id: string; title: string }[]> {
  return em
    .getConnection()
    .execute<{ id: string; title: string }[]>(
      `select id, title from course where kind_id = ? and status::text = ? order by created_at desc, id desc limit ?`,
      [kindId, CourseStatus.PUBLISHED, limit],
      'all',
      transactionOf(em),
    );
}

/** The kind's name, for a refusal's words (null: no such kind). */
export async function qualificationKindName(em: EntityManager, kindId: string): Promise<{ name: string; name_en: string | null } | null> {
  const [row] = await em
    .getConnection()
    .execute<{ name: string; name_en: string | null }[]>(`select name, name_en from qualification_kind where id = ?`, [kindId], 'all', transactionOf(em));
  return row ?? null;
}

/** The volunteer's qualifications valid now, as a certificate lists them (the date in China time), expiring last first. */
export async function validQualificationsOf(em: EntityManager, volunteerId: string): Promise<{ name: string; nameEn: string | null; expiresOn: string }[]> {
  return em.getConnection().execute<{ name: string; nameEn: string | null; expiresOn: string }[]>(
    `select k.name, k.name_en as "nameEn", to_char(q.expires_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "expiresOn"
       from qualification q join qualification_kind k on k.id = q.kind_id
      where q.volunteer_id = ? and q.expires_at > now() order by q.expires_at desc, k.name`,
    [volunteerId],
    'all',
    transactionOf(em),
  );
}
