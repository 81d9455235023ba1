// Training in the graph: qualification kinds (platform staff), courses and sessions (public once
// published; teams and staff manage them), enrolments, attendance, and qualifications on the
// volunteer and on shifts that require one.
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { requireViewer } from '../../common/auth.js';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import type { Context } from '../../context.js';
import { organizationById } from '../organization/organization.loaders.js';
import { Organization } from '../organization/organization.entity.js';
import { Shift } from '../project/shift.entity.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { Course, CourseSession, Enrolment, Qualification, QualificationKind } from './training.entity.js';
import { AddCourseSessionInput, CreateCourseInput, CreateQualificationKindInput, EnrolInSessionInput, RecordAttendanceInput } from './training.inputs.js';
import { courseById, courseSessionById, qualificationKindById, trainingLoaders } from './training.loaders.js';
import { TrainingService } from './training.service.js';

export const QualificationKindConnection = createConnectionType('QualificationKind', QualificationKind);
export const CourseConnection = createConnectionType('Course', Course);
export const EnrolmentConnection = createConnectionType('Enrolment', Enrolment);

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => QualificationKindConnection, { description: 'Qualification kinds courses grant and shifts may require, by name (public)' })
  qualificationKinds(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em }: Context): Promise<Page<QualificationKind>> {
    return new TrainingService(em).kinds(args);
  }

  @Query(() => CourseConnection, { description: 'Published courses, newest first (public); of one team with organizationId' })
  courses(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() { em }: Context,
  ): Promise<Page<Course>> {
    return new TrainingService(em).publicCourses(args, organizationId);
  }

  @Query(() => Course, { nullable: true, description: 'A published course; a draft for those who manage it; null otherwise' })
  course(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Course | null> {
    return new TrainingService(em).findVisible(viewer, id);
  }

  @Query(() => CourseSession, { nullable: true, description: 'A session of a course the viewer may see (as course does); null otherwise' })
  courseSession(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<CourseSession | null> {
    return new TrainingService(em).findVisibleSession(viewer, id);
  }

  @Query(() => CourseConnection, { description: "A team's courses, drafts too, newest first: its ADMINs and COORDINATORs, platform staff" })
  teamCourses(
    @Arg('organizationId', () => ID) organizationId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Page<Course>> {
    return new TrainingService(em).teamCourses(viewer, organizationId, args);
  }

  @Query(() => CourseConnection, { description: "The platform's own courses, drafts too, newest first (platform staff)" })
  platformCourses(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Course>> {
    return new TrainingService(em).platformCourses(viewer, args);
  }

  @Query(() => [Qualification], { description: "The signed-in volunteer's qualifications, those expiring last first (expired ones too)" })
  myQualifications(@Ctx() { em, viewer }: Context): Promise<Qualification[]> {
    return new TrainingService(em).qualificationsOf(requireViewer(viewer).volunteerId);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => QualificationKind, { description: 'Adds a qualification kind courses can grant (platform staff)' })
  createQualificationKind(
    @Arg('input', () => CreateQualificationKindInput) input: CreateQualificationKindInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<QualificationKind> {
    return new TrainingService(em).createKind(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Course, { description: "Creates a DRAFT course: a team's (its ADMINs and COORDINATORs) or the platform's (platform staff)" })
  createCourse(@Arg('input', () => CreateCourseInput) input: CreateCourseInput, @Ctx() { em, viewer }: Context): Promise<Course> {
    return new TrainingService(em).createCourse(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Course, { description: 'Publishes a course: it is listed and its sessions take enrolments (its managers)' })
  publishCourse(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Course> {
    return new TrainingService(em).publishCourse(viewer, id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => CourseSession, { description: 'Adds a session to a course (its managers)' })
  addCourseSession(@Arg('input', () => AddCourseSessionInput) input: AddCourseSessionInput, @Ctx() { em, viewer }: Context): Promise<CourseSession> {
    return new TrainingService(em).addSession(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Enrolment, { description: 'The signed-in volunteer takes a place in a session that has not started (CAPACITY_REACHED when full)' })
  enrolInSession(@Arg('input', () => EnrolInSessionInput) input: EnrolInSessionInput, @Ctx() { em, viewer }: Context): Promise<Enrolment> {
    return new TrainingService(em).enrol(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Enrolment, { description: 'Gives up a place before the session starts (the volunteer, or the course’s managers)' })
  cancelEnrolment(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Enrolment> {
    return new TrainingService(em).cancelEnrolment(viewer, id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Enrolment, {
    description: 'Records whether an enrolled volunteer came, from an hour before the session (the course’s managers); attending issues the qualification',
  })
  recordAttendance(@Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput, @Ctx() { em, viewer }: Context): Promise<Enrolment> {
    return new TrainingService(em).recordAttendance(viewer, input);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The team running it; null for a platform course' })
  async organization(@Root() course: Course, @Ctx() ctx: Context): Promise<Organization | null> {
    return course.organization ? organizationById(ctx).load(course.organization.id) : null;
  }

  @FieldResolver(() => QualificationKind, { description: 'The qualification attending it grants' })
  async qualificationKind(@Root() course: Course, @Ctx() ctx: Context): Promise<QualificationKind> {
    return (await qualificationKindById(ctx).load(course.kind.id))!;
  }

  @FieldResolver(() => [CourseSession], { description: 'Its sessions, earliest first' })
  sessions(@Root() course: Course, @Ctx() ctx: Context): Promise<CourseSession[]> {
    return trainingLoaders(ctx).sessionsOfCourse.load(course.id);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => Boolean, { description: 'Whether the signed-in viewer manages it (records attendance, adds sessions)' })
  viewerCanManage(@Root() course: Course, @Ctx() { em, viewer }: Context): Promise<boolean> {
    return new TrainingService(em).manages(viewer, course);
  }
}

@Resolver(() => CourseSession)
export class CourseSessionResolver {
  @FieldResolver(() => Course)
  async course(@Root() session: CourseSession, @Ctx() ctx: Context): Promise<Course> {
    return (await courseById(ctx).load(session.course.id))!;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => Enrolment, { nullable: true, description: "The signed-in volunteer's live enrolment in it; null when none" })
  viewerEnrolment(@Root() session: CourseSession, @Ctx() ctx: Context): Promise<Enrolment | null> {
    return trainingLoaders(ctx).viewerEnrolment.load(session.id);
  }

  @KeyScope(PEOPLE_ONLY)
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => EnrolmentConnection, { description: 'Its enrolments, in arrival order: the course’s managers' })
  enrolments(@Root() session: CourseSession, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Enrolment>> {
    return new TrainingService(em).enrolments(viewer, session, args);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @FieldResolver(() => CourseSession)
  async session(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<CourseSession> {
    return (await courseSessionById(ctx).load(enrolment.session.id))!;
  }

  @FieldResolver(() => Volunteer)
  async volunteer(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx).load(enrolment.volunteer.id))!;
  }
}

@Resolver(() => Qualification)
export class QualificationResolver {
  @FieldResolver(() => QualificationKind)
  async kind(@Root() q: Qualification, @Ctx() ctx: Context): Promise<QualificationKind> {
    return (await qualificationKindById(ctx).load(q.kind.id))!;
  }

  @FieldResolver(() => Course, { nullable: true, description: 'The course whose session last issued or extended it' })
  async course(@Root() q: Qualification, @Ctx() ctx: Context): Promise<Course | null> {
    return q.course ? courseById(ctx).load(q.course.id) : null;
  }
}

@Resolver(() => Volunteer)
export class VolunteerQualificationResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => [Qualification], { nullable: true, description: 'Their qualifications, expiring last first: the volunteer only' })
  qualifications(@Root() volunteer: Volunteer, @Ctx() { em, viewer }: Context): Promise<Qualification[]> | null {
    return viewer?.volunteerId === volunteer.id ? new TrainingService(em).qualificationsOf(volunteer.id) : null;
  }
}

@Resolver(() => Shift)
export class ShiftQualificationResolver {
  @FieldResolver(() => QualificationKind, { nullable: true, description: 'The qualification a volunteer must hold, unexpired, to sign up; null for none' })
  requiredQualification(@Root() shift: Shift, @Ctx() ctx: Context): Promise<QualificationKind | null> | null {
    return shift.requiredQualificationKindId ? qualificationKindById(ctx).load(shift.requiredQualificationKindId) : null;
  }
}

export const trainingResolvers = [
  CourseResolver,
  CourseSessionResolver,
  EnrolmentResolver,
  QualificationResolver,
  VolunteerQualificationResolver,
  ShiftQualificationResolver,
] as const;
