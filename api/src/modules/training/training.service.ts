// Training: platform staff keep the qualification kinds; teams (and the platform) publish
// courses with sessions; volunteers enrol (places taken as shift places are); the course's
// managers record attendance, which issues the qualification. Sign-ups ask `qualificationRefusal`.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, isUniqueViolation } from '../../common/errors.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { newId, nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { writeAudit } from '../audit/audit.service.js';
import { MANAGING_ROLES, requireOrgRole, roleIn } from '../organization/organization-access.js';
import { Organization } from '../organization/organization.entity.js';
import { Course, CourseSession, CourseStatus, Enrolment, EnrolmentStatus, Qualification, QualificationKind } from './training.entity.js';
import {
  AlreadyEnrolledError,
  CourseNotFoundError,
  CourseSessionNotFoundError,
  EnrolmentNotFoundError,
  QualificationRequiredError,
  SessionFullError,
} from './training.errors.js';
import type { AddCourseSessionInput, CreateCourseInput, CreateQualificationKindInput, EnrolInSessionInput, RecordAttendanceInput } from './training.inputs.js';
import {
  coursesGranting,
  findSessionState,
  issueQualification,
  lockEnrolment,
  qualificationKindName,
  setEnrolmentStatus,
  takeSessionPlace,
  type LockedEnrolmentRow,
} from './training.queries.js';

const MAX_SESSION_MS = 24 * 3_600_000;
const MAX_SESSION_CAPACITY = 10_000;
/** Attendance is recorded from this long before a session starts (as shift attendance is). */
const ATTENDANCE_OPENS_BEFORE_MS = 3_600_000;

const NEWEST_FIRST: SortKey<Course>[] = [
  { column: 'c.created_at', value: (c) => c.createdAt, type: 'date' },
  { column: 'c.id', value: (c) => c.id, type: 'string' },
];
const BY_NAME: SortKey<QualificationKind>[] = [
  { column: 'k.name', value: (k) => k.name, type: 'string' },
  { column: 'k.id', value: (k) => k.id, type: 'string' },
];
const BY_ARRIVAL: SortKey<Enrolment>[] = [{ column: 'e.id', value: (e) => e.id, type: 'string' }];

/** The error a sign-up answers when the shift asks for a qualification kind the volunteer lacks: it names courses that grant it. */
export async function qualificationRefusal(em: EntityManager, kindId: string): Promise<QualificationRequiredError> {
  const [kind, courses] = await Promise.all([qualificationKindName(em, kindId), coursesGranting(em, kindId)]);
  return new QualificationRequiredError({ id: kindId, name: kind?.name ?? '', nameEn: kind?.name_en ?? null }, courses);
}

export class TrainingService {
  constructor(private readonly em: EntityManager) {}

  // ---- qualification kinds (platform staff) ----

  async createKind(viewer: Viewer | null, input: CreateQualificationKindInput): Promise<QualificationKind> {
    const v = requirePlatformAdmin(viewer);
    const name = checkText('name', input.name, 1, 60);
    const nameEn = checkOptionalText('nameEn', input.nameEn, 60);
    const description = checkOptionalText('description', input.description, 500);
    if (!Number.isInteger(input.validityMonths) || input.validityMonths < 1 || input.validityMonths > 120)
      throw new BadUserInputError('validityMonths', Reason.OUT_OF_RANGE, 'validityMonths must be 1..120', { min: 1, max: 120 });
    const kind = Object.assign(new QualificationKind(), { name, nameEn, description, validityMonths: input.validityMonths });
    try {
      await this.em.transactional(async (tx) => {
        await tx.persist(kind).flush();
        await writeAudit(tx, [{ actorId: v.volunteerId, action: 'qualification-kind.created', subjectId: kind.id, detail: { name } }]);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'qualification_kind_name_unique'))
        throw new ConflictError(Reason.NAME_TAKEN, 'A qualification kind has this name already', 'name');
      throw error;
    }
    return kind;
  }

  kinds(args: ConnectionArgs): Promise<Page<QualificationKind>> {
    return paginate(this.em.createQueryBuilder(QualificationKind, 'k'), args, BY_NAME);
  }

  // ---- courses ----

  async createCourse(viewer: Viewer | null, input: CreateCourseInput): Promise<Course> {
    const v = requireViewer(viewer);
    if (input.organizationId) await requireOrgRole(this.em, v, input.organizationId, MANAGING_ROLES);
    else requirePlatformAdmin(v);
    const title = checkText('title', input.title, 1, 100);
    const description = checkOptionalText('description', input.description, 2000);
    const kind =
      nodeTypeOf(input.qualificationKindId) === 'QualificationKind' ? await this.em.findOne(QualificationKind, { id: input.qualificationKindId }) : null;
    if (!kind) throw new BadUserInputError('qualificationKindId', Reason.NOT_FOUND, 'No such qualification kind');
    const course = Object.assign(new Course(), {
      organization: input.organizationId ? this.em.getReference(Organization, input.organizationId) : null,
      kind,
      title,
      description,
    });
    await this.em.persist(course).flush();
    return course;
  }

  async publishCourse(viewer: Viewer | null, id: string): Promise<Course> {
    const course = await this.managedCourse(viewer, id);
    if (course.status === CourseStatus.PUBLISHED) return course;
    course.status = CourseStatus.PUBLISHED;
    await this.em.flush();
    return course;
  }

  async addSession(viewer: Viewer | null, input: AddCourseSessionInput): Promise<CourseSession> {
    const course = await this.managedCourse(viewer, input.courseId);
    const length = input.endsAt.getTime() - input.startsAt.getTime();
    if (!(length > 0)) throw new BadUserInputError('endsAt', Reason.END_BEFORE_START, 'A session ends after it starts');
    if (length > MAX_SESSION_MS) throw new BadUserInputError('endsAt', Reason.SPAN_TOO_LONG, 'A session lasts at most 24 hours', { maxHours: 24 });
    if (input.startsAt.getTime() <= Date.now()) throw new BadUserInputError('startsAt', Reason.TIME_IN_PAST, 'A session starts in the future');
    const place = checkText('place', input.place, 1, 200);
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > MAX_SESSION_CAPACITY)
      throw new BadUserInputError('capacity', Reason.OUT_OF_RANGE, `capacity must be 1..${MAX_SESSION_CAPACITY}`, { min: 1, max: MAX_SESSION_CAPACITY });
    const session = Object.assign(new CourseSession(), { course, startsAt: input.startsAt, endsAt: input.endsAt, place, capacity: input.capacity });
    await this.em.persist(session).flush();
    return session;
  }

  /** Published courses, newest first (public). */
  publicCourses(args: ConnectionArgs, organizationId?: string | null): Promise<Page<Course>> {
    const qb = this.em.createQueryBuilder(Course, 'c').where({ status: CourseStatus.PUBLISHED });
    if (organizationId) qb.andWhere({ organization: organizationId });
    return paginate(qb, args, NEWEST_FIRST, 'desc');
  }

  /** A team's courses, drafts too, newest first: its ADMINs and COORDINATORs, platform staff. */
  async teamCourses(viewer: Viewer | null, organizationId: string, args: ConnectionArgs): Promise<Page<Course>> {
    await requireOrgRole(this.em, viewer, organizationId, MANAGING_ROLES);
    return paginate(this.em.createQueryBuilder(Course, 'c').where({ organization: organizationId }), args, NEWEST_FIRST, 'desc');
  }

  /** The platform's own courses, drafts too, newest first: platform staff. */
  platformCourses(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<Course>> {
    requirePlatformAdmin(viewer);
    return paginate(this.em.createQueryBuilder(Course, 'c').where({ organization: null }), args, NEWEST_FIRST, 'desc');
  }

  /** A course for anyone once published; a draft for those who manage it; null otherwise. */
  async findVisible(viewer: Viewer | null, id: string): Promise<Course | null> {
    const course = nodeTypeOf(id) === 'Course' ? await this.em.findOne(Course, { id }) : null;
    if (!course) return null;
    if (course.status === CourseStatus.PUBLISHED || (await this.manages(viewer, course))) return course;
    return null;
  }

  /** A session of a course visible to the viewer (see findVisible); null otherwise. */
  async findVisibleSession(viewer: Viewer | null, id: string): Promise<CourseSession | null> {
    const session = nodeTypeOf(id) === 'CourseSession' ? await this.em.findOne(CourseSession, { id }) : null;
    return session && (await this.findVisible(viewer, session.course.id)) ? session : null;
  }

  /** Whether the viewer manages the course: platform staff, or (for a team's course) its ADMINs and COORDINATORs. */
  async manages(viewer: Viewer | null, course: Course): Promise<boolean> {
    if (!viewer || viewer.app) return false;
    if (viewer.isPlatformAdmin) return true;
    if (!course.organization) return false;
    const role = await roleIn(this.em, viewer.volunteerId, course.organization.id);
    return !!role && MANAGING_ROLES.includes(role);
  }

  /** A session's enrolments in arrival order: the course's managers. */
  async enrolments(viewer: Viewer | null, session: CourseSession, args: ConnectionArgs): Promise<Page<Enrolment>> {
    await this.managedCourse(viewer, session.course.id);
    return paginate(this.em.createQueryBuilder(Enrolment, 'e').where({ session: session.id }), args, BY_ARRIVAL);
  }

  // ---- enrolments ----

  /** The signed-in volunteer takes a place in a session of a published course that has not started. */
  async enrol(viewer: Viewer | null, input: EnrolInSessionInput): Promise<Enrolment> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(input.idempotencyKey);
    if (nodeTypeOf(input.sessionId) !== 'CourseSession') throw new CourseSessionNotFoundError();
    try {
      const id = await this.em.transactional(async (tx) => {
        if (key) {
          const claim = await claimIdempotencyKey(tx, 'enrolInSession', v.volunteerId, key, { sessionId: input.sessionId });
          if (claim.kind === 'replay') return claim.resultId;
        }
        const taken = await takeSessionPlace(tx, { sessionId: input.sessionId, volunteerId: v.volunteerId, enrolmentId: newId('enr') });
        if (!taken) {
          const state = await findSessionState(tx, input.sessionId);
          if (!state || state.course_status !== CourseStatus.PUBLISHED) throw new CourseSessionNotFoundError();
          if (new Date(state.starts_at).getTime() <= Date.now())
            throw new ConflictError(Reason.SESSION_STARTED, 'The session has started: enrolments are closed', 'sessionId');
          throw new SessionFullError();
        }
        if (key) await recordIdempotentResult(tx, 'enrolInSession', v.volunteerId, key, taken);
        return taken;
      });
      return await this.load(id);
    } catch (error) {
      if (isUniqueViolation(error, 'enrolment_one_live_per_volunteer')) throw new AlreadyEnrolledError();
      throw error;
    }
  }

  /** The volunteer gives up their place (or a manager of the course cancels it) before the session starts. */
  async cancelEnrolment(viewer: Viewer | null, id: string): Promise<Enrolment> {
    const v = requireViewer(viewer);
    await this.em.transactional(async (tx) => {
      const row = await this.lockedEnrolment(tx, id);
      if (row.volunteer_id !== v.volunteerId) await this.requireManager(tx, v, row.organization_id);
      if (row.status !== EnrolmentStatus.ENROLLED) throw new ConflictError(Reason.NOT_ENROLLED, 'Only a live enrolment is cancelled', 'id');
      if (new Date(row.starts_at).getTime() <= Date.now()) throw new ConflictError(Reason.SESSION_STARTED, 'The session has started', 'id');
      await setEnrolmentStatus(tx, row, EnrolmentStatus.CANCELLED);
    });
    return this.load(id);
  }

  /**
   * The course's managers record whether an enrolled volunteer came, from an hour before the
   * session starts; attending issues the course's qualification (or extends the one held) until
   * the session's end plus the kind's validity. A mark can be corrected while no qualification
   * hangs on it: ATTENDED stays.
   */
  async recordAttendance(viewer: Viewer | null, input: RecordAttendanceInput): Promise<Enrolment> {
    const v = requireViewer(viewer);
    await this.em.transactional(async (tx) => {
      const row = await this.lockedEnrolment(tx, input.enrolmentId);
      await this.requireManager(tx, v, row.organization_id);
      if (Date.now() < new Date(row.starts_at).getTime() - ATTENDANCE_OPENS_BEFORE_MS)
        throw new ConflictError(Reason.SESSION_NOT_STARTED, 'Attendance is recorded from an hour before the session starts', 'enrolmentId');
      const status = input.attended ? EnrolmentStatus.ATTENDED : EnrolmentStatus.ABSENT;
      if (row.status === status) return;
      if (row.status !== EnrolmentStatus.ENROLLED && row.status !== EnrolmentStatus.ABSENT)
        throw new ConflictError(Reason.NOT_ENROLLED, 'Only a live enrolment is marked; an attended one stays attended', 'enrolmentId');
      await setEnrolmentStatus(tx, row, status);
      let qualificationId: string | null = null;
      if (input.attended) qualificationId = await issueQualification(tx, row.id, newId('qlf'));
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: input.attended ? 'enrolment.attended' : 'enrolment.absent',
          subjectId: row.id,
          detail: { volunteerId: row.volunteer_id, qualificationId },
        },
      ]);
    });
    return this.load(input.enrolmentId);
  }

  /** The volunteer's qualifications, those expiring last first (expired ones too). */
  qualificationsOf(volunteerId: string): Promise<Qualification[]> {
    return this.em.find(Qualification, { volunteer: volunteerId }, { orderBy: { expiresAt: 'desc', id: 'asc' } });
  }

  /** The course, once the viewer is found to manage it. */
  private async managedCourse(viewer: Viewer | null, id: string): Promise<Course> {
    const v = requireViewer(viewer);
    const course = nodeTypeOf(id) === 'Course' ? await this.em.findOne(Course, { id }) : null;
    if (!course) throw new CourseNotFoundError();
    await this.requireManager(this.em, v, course.organization?.id ?? null);
    return course;
  }

  private async requireManager(em: EntityManager, v: Viewer, organizationId: string | null): Promise<void> {
    if (organizationId) await requireOrgRole(em, v, organizationId, MANAGING_ROLES);
    else requirePlatformAdmin(v);
  }

  private async lockedEnrolment(tx: EntityManager, id: string): Promise<LockedEnrolmentRow> {
    const row = nodeTypeOf(id) === 'Enrolment' ? await lockEnrolment(tx, id) : null;
    if (!row) throw new EnrolmentNotFoundError();
    return row;
  }

  private async load(id: string): Promise<Enrolment> {
    const enrolment = await this.em.fork().findOne(Enrolment, { id });
    if (!enrolment) throw new EnrolmentNotFoundError();
    return enrolment;
  }
}
