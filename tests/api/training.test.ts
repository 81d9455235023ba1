// Training: places in a course session hold under parallel enrolments; attendance issues the
// qualification with its expiry (and attending again extends it); a shift requiring a
// qualification refuses a volunteer without a valid one, naming the courses that give it, and
// accepts them once qualified; an expired one is refused; who may do what; bad input's codes;
// certificates list the holder's valid qualifications.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../helpers/api.js';
import { activitiesStage, publishedShift, type ActivitiesStage } from '../helpers/activities.js';
import { DEMO, signIn } from '../helpers/auth.js';

const CREATE_KIND = `mutation($input: CreateQualificationKindInput!) { createQualificationKind(input: $input) { id name nameEn validityMonths } }`;
const CREATE_COURSE = `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id status title organization { id } qualificationKind { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishCourse(id: $id) { id status } }`;
const ADD_SESSION = `mutation($input: AddCourseSessionInput!) { addCourseSession(input: $input) { id capacity enrolledCount remaining } }`;
const ENROL = `mutation($s: ID!) { enrolInSession(input: { sessionId: $s }) { id status session { id } } }`;
const CANCEL = `mutation($id: ID!) { cancelEnrolment(id: $id) { id status } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status } }`;
const SIGN_UP = `mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }`;
const MINE = `{ myQualifications { id valid issuedAt expiresAt kind { id name } course { id } } me { qualifications { id } } }`;

let stage: ActivitiesStage;
let admin: Record<string, string>;
let kindId: string;
let courseId: string;
const at = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

beforeAll(async () => {
  stage = await activitiesStage(12);
  admin = await signIn(stage.server, DEMO.admin);
});

afterAll(async () => {
  await stage?.close();
});

async function session(startsInHours: number, capacity: number): Promise<string> {
  const res = await stage.server.gql(
    ADD_SESSION,
    { input: { courseId, startsAt: at(startsInHours), endsAt: at(startsInHours + 3), place: '龙华区红十字会培训中心', capacity } },
    stage.coordinator,
  );
  expect(res.errors).toBeUndefined();
  return res.data.addCourseSession.id;
}

describe('qualification kinds and courses', () => {
  it('are created by platform staff (kinds) and a team’s coordinators (courses), with clear errors for bad input', async () => {
    const { server, coordinator, crowd, orgId } = stage;
    expect(errorCode(await server.gql(CREATE_KIND, { input: { name: '高空作业', validityMonths: 12 } }, coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(CREATE_KIND, { input: { name: '高空作业', validityMonths: 12 } }))).toBe('UNAUTHENTICATED');
    for (const [input, field] of [
      [{ name: '', validityMonths: 12 }, 'name'],
      [{ name: '高空作业', validityMonths: 0 }, 'validityMonths'],
      [{ name: '高空作业', validityMonths: 121 }, 'validityMonths'],
      [{ name: '高'.repeat(61), validityMonths: 12 }, 'name'],
    ] as const) {
      const res = await server.gql(CREATE_KIND, { input }, admin);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const kind = await server.gql(CREATE_KIND, { input: { name: '高空作业', nameEn: 'Work at height', validityMonths: 12 } }, admin);
    expect(kind.errors).toBeUndefined();
    kindId = kind.data.createQualificationKind.id;
    expect(errorCode(await server.gql(CREATE_KIND, { input: { name: '高空作业', validityMonths: 6 } }, admin))).toBe('CONFLICT');

    // A volunteer neither runs a team course nor a platform one.
    expect(errorCode(await server.gql(CREATE_COURSE, { input: { organizationId: orgId, qualificationKindId: kindId, title: '课' } }, crowd[0].headers))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await server.gql(CREATE_COURSE, { input: { qualificationKindId: kindId, title: '课' } }, coordinator))).toBe('FORBIDDEN');
    const unknownKind = await server.gql(CREATE_COURSE, { input: { organizationId: orgId, qualificationKindId: 'qlk_nope', title: '课' } }, coordinator);
    expect(unknownKind.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'qualificationKindId' });
    const untitled = await server.gql(CREATE_COURSE, { input: { organizationId: orgId, qualificationKindId: kindId, title: ' ' } }, coordinator);
    expect(untitled.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });

    const created = await server.gql(CREATE_COURSE, { input: { organizationId: orgId, qualificationKindId: kindId, title: '高空作业安全培训' } }, coordinator);
    expect(created.errors).toBeUndefined();
    expect(created.data.createCourse).toMatchObject({ status: 'DRAFT', organization: { id: orgId }, qualificationKind: { id: kindId } });
    courseId = created.data.createCourse.id;
    // A draft is for its managers only.
    expect((await server.gql(`query($id: ID!) { course(id: $id) { id } }`, { id: courseId })).data.course).toBeNull();
    expect((await server.gql(`query($id: ID!) { course(id: $id) { id viewerCanManage } }`, { id: courseId }, coordinator)).data.course).toEqual({
      id: courseId,
      viewerCanManage: true,
    });
    const platform = await server.gql(CREATE_COURSE, { input: { qualificationKindId: kindId, title: '平台课程' } }, admin);
    expect(platform.data.createCourse.organization).toBeNull();
    const staffList = await server.gql(`{ platformCourses(first: 10) { nodes { id } } }`, {}, admin);
    expect(staffList.data.platformCourses.nodes.map((c: { id: string }) => c.id)).toContain(platform.data.createCourse.id);
    expect(errorCode(await server.gql(`{ platformCourses(first: 10) { nodes { id } } }`, {}, coordinator))).toBe('FORBIDDEN');
  });

  it('takes sessions in the future with a sensible capacity, and is published by its managers', async () => {
    const { server, coordinator, crowd } = stage;
    const base = { courseId, startsAt: at(48), endsAt: at(51), place: '培训中心', capacity: 5 };
    for (const [change, field] of [
      [{ endsAt: at(47) }, 'endsAt'],
      [{ endsAt: at(80) }, 'endsAt'],
      [{ startsAt: at(-3), endsAt: at(-1) }, 'startsAt'],
      [{ capacity: 0 }, 'capacity'],
      [{ place: '' }, 'place'],
    ] as const) {
      const res = await server.gql(ADD_SESSION, { input: { ...base, ...change } }, coordinator);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(errorCode(await server.gql(ADD_SESSION, { input: base }, crowd[0].headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(PUBLISH, { id: courseId }, crowd[0].headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(PUBLISH, { id: 'crs_nope' }, coordinator))).toBe('NOT_FOUND');
    expect((await server.gql(PUBLISH, { id: courseId }, coordinator)).data.publishCourse.status).toBe('PUBLISHED');
    const list = await server.gql(`{ courses(first: 50) { totalCount nodes { id title sessions { id } } } }`);
    expect(list.data.courses.nodes.map((c: { id: string }) => c.id)).toContain(courseId);
  });
});

describe('enrolment', () => {
  it('never exceeds a session’s capacity, whatever the concurrency', async () => {
    const { server, crowd, sql } = stage;
    const sessionId = await session(72, 3);
    const answers = await Promise.all(crowd.slice(0, 10).map((m) => server.gql(ENROL, { s: sessionId }, m.headers)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(3);
    expect(answers.filter((a) => errorCode(a) === 'CAPACITY_REACHED')).toHaveLength(7);
    const [row] = await sql<{ enrolled_count: number; live: string }>(
      `select enrolled_count, (select count(*) from enrolment where session_id = s.id and status <> 'CANCELLED') as live from course_session s where id = ?`,
      [sessionId],
    );
    expect(row.enrolled_count).toBe(3);
    expect(Number(row.live)).toBe(3);
    // Cancelling frees the place for the next.
    const holder = answers.findIndex((a) => !a.errors);
    const cancelled = await server.gql(CANCEL, { id: answers[holder].data.enrolInSession.id }, crowd[holder].headers);
    expect(cancelled.data.cancelEnrolment.status).toBe('CANCELLED');
    const loser = answers.findIndex((a) => !!a.errors);
    expect((await server.gql(ENROL, { s: sessionId }, crowd[loser].headers)).errors).toBeUndefined();
  });

  it('refuses a second enrolment, a session that started, unknown IDs and the signed out', async () => {
    const { server, crowd, sql } = stage;
    const sessionId = await session(96, 5);
    expect((await server.gql(ENROL, { s: sessionId }, crowd[11].headers)).errors).toBeUndefined();
    const again = await server.gql(ENROL, { s: sessionId }, crowd[11].headers);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED' });
    expect(errorCode(await server.gql(ENROL, { s: sessionId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(ENROL, { s: 'css_nope' }, crowd[11].headers))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(ENROL, { s: 'sft_nope' }, crowd[11].headers))).toBe('NOT_FOUND');
    const past = await session(100, 5);
    await sql(`update course_session set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = ?`, [past]);
    const late = await server.gql(ENROL, { s: past }, crowd[11].headers);
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_STARTED' });
    // Someone else's enrolment is not theirs to cancel.
    const [{ id: enrolmentId }] = await sql<{ id: string }>(`select id from enrolment where session_id = ? and volunteer_id = ?`, [sessionId, crowd[11].id]);
    expect(errorCode(await server.gql(CANCEL, { id: enrolmentId }, crowd[10].headers))).toBe('FORBIDDEN');
  });
});

describe('attendance, qualifications and gated sign-ups', () => {
  it('issues the qualification with expiry = session end + validity; the gated shift refuses, then accepts', async () => {
    const { server, coordinator, crowd, sql } = stage;
    const volunteer = crowd[5];
    const { shiftId } = await publishedShift(stage, '高空作业志愿服务', { startsInHours: 24 * 30, capacity: 5 });
    await sql(`update shift set required_qualification_kind_id = ? where id = ?`, [kindId, shiftId]);
    const shift = await server.gql(`query($id: ID!) { node(id: $id) { ... on Shift { requiredQualification { id name nameEn } } } }`, { id: shiftId });
    expect(shift.data.node.requiredQualification).toEqual({ id: kindId, name: '高空作业', nameEn: 'Work at height' });

    const refused = await server.gql(SIGN_UP, { s: shiftId }, volunteer.headers);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'QUALIFICATION_REQUIRED',
      qualificationKindId: kindId,
      qualificationName: '高空作业',
      courses: [{ id: courseId, title: '高空作业安全培训' }],
    });
    expect(Number((await sql(`select count(*) as n from signup where shift_id = ?`, [shiftId]))[0].n)).toBe(0);

    // Enrols in a session starting in 30 minutes: attendance opens an hour before.
    const sessionId = await session(0.5, 10);
    const enrolled = await server.gql(ENROL, { s: sessionId }, volunteer.headers);
    const enrolmentId = enrolled.data.enrolInSession.id;
    expect(errorCode(await server.gql(ATTEND, { input: { enrolmentId, attended: true } }, volunteer.headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(ATTEND, { input: { enrolmentId: 'enr_nope', attended: true } }, coordinator))).toBe('NOT_FOUND');
    const roster = await server.gql(
      `query($id: ID!) { course(id: $id) { sessions { id enrolments(first: 20) { totalCount nodes { id status volunteer { id } } } } } }`,
      { id: courseId },
      coordinator,
    );
    const listed = roster.data.course.sessions.find((s: { id: string }) => s.id === sessionId);
    expect(listed.enrolments.nodes).toEqual([{ id: enrolmentId, status: 'ENROLLED', volunteer: { id: volunteer.id } }]);
    expect(
      errorCode(
        await server.gql(`query($id: ID!) { course(id: $id) { sessions { enrolments(first: 5) { totalCount } } } }`, { id: courseId }, volunteer.headers),
      ),
    ).toBe('FORBIDDEN');

    const marked = await server.gql(ATTEND, { input: { enrolmentId, attended: true } }, coordinator);
    expect(marked.data.recordAttendance.status).toBe('ATTENDED');
    const mine = await server.gql(MINE, {}, volunteer.headers);
    expect(mine.data.myQualifications).toHaveLength(1);
    const q = mine.data.myQualifications[0];
    expect(q).toMatchObject({ valid: true, kind: { id: kindId, name: '高空作业' }, course: { id: courseId } });
    expect(mine.data.me.qualifications).toEqual([{ id: q.id }]);
    const [{ ends_at }] = await sql<{ ends_at: Date }>(`select ends_at from course_session where id = ?`, [sessionId]);
    const expected = new Date(ends_at);
    expected.setUTCMonth(expected.getUTCMonth() + 12);
    expect(Math.abs(new Date(q.expiresAt).getTime() - expected.getTime())).toBeLessThan(3 * 86_400_000);
    expect(new Date(q.expiresAt).getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000);

    const accepted = await server.gql(SIGN_UP, { s: shiftId }, volunteer.headers);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.signUp.status).toBe('CONFIRMED');
    // An attended mark stays; the audit trail has it.
    expect((await server.gql(ATTEND, { input: { enrolmentId, attended: false } }, coordinator)).errors![0].extensions!.reason).toBe('NOT_ENROLLED');
    expect(Number((await sql(`select count(*) as n from audit_log where action = 'enrolment.attended' and subject_id = ?`, [enrolmentId]))[0].n)).toBe(1);
  });

  it('refuses an expired qualification, and attending again extends it', async () => {
    const { server, coordinator, crowd, sql } = stage;
    const volunteer = crowd[6];
    const { shiftId } = await publishedShift(stage, '高空作业志愿服务（二）', { startsInHours: 24 * 20, capacity: 5 });
    await sql(`update shift set required_qualification_kind_id = ? where id = ?`, [kindId, shiftId]);
    await sql(
      `insert into qualification (id, volunteer_id, kind_id, issued_at, expires_at) values ('qlf_expired0000000000000000', ?, ?, now() - interval '13 months', now() - interval '1 day')`,
      [volunteer.id, kindId],
    );
    expect((await server.gql(MINE, {}, volunteer.headers)).data.myQualifications[0].valid).toBe(false);
    expect((await server.gql(SIGN_UP, { s: shiftId }, volunteer.headers)).errors![0].extensions!.reason).toBe('QUALIFICATION_REQUIRED');
    const sessionId = await session(0.5, 10);
    const enrolmentId = (await server.gql(ENROL, { s: sessionId }, volunteer.headers)).data.enrolInSession.id;
    // Absent first, then corrected to attended.
    expect((await server.gql(ATTEND, { input: { enrolmentId, attended: false } }, coordinator)).data.recordAttendance.status).toBe('ABSENT');
    expect((await server.gql(SIGN_UP, { s: shiftId }, volunteer.headers)).errors![0].extensions!.reason).toBe('QUALIFICATION_REQUIRED');
    expect((await server.gql(ATTEND, { input: { enrolmentId, attended: true } }, coordinator)).data.recordAttendance.status).toBe('ATTENDED');
    const mine = (await server.gql(MINE, {}, volunteer.headers)).data.myQualifications;
    expect(mine).toHaveLength(1);
    expect(mine[0].id).toBe('qlf_expired0000000000000000');
    expect(mine[0].valid).toBe(true);
    expect((await server.gql(SIGN_UP, { s: shiftId }, volunteer.headers)).data.signUp.status).toBe('CONFIRMED');
  });

  it('lets a coordinator require a known qualification on a shift, refusing an unknown one', async () => {
    const { server, coordinator, orgId } = stage;
    const shift = (requiredQualificationKindId: string) => ({
      organizationId: orgId,
      title: '需要资质的活动',
      summary: '测试',
      shifts: [{ startsAt: at(100), endsAt: at(102), capacity: 3, requiredQualificationKindId }],
    });
    const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { requiredQualification { id } } } }`;
    const bad = await server.gql(CREATE, { input: shift('qlk_unknown') }, coordinator);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shifts.0.requiredQualificationKindId' });
    const good = await server.gql(CREATE, { input: shift(kindId) }, coordinator);
    expect(good.errors).toBeUndefined();
    expect(good.data.createProject.shifts).toEqual([{ requiredQualification: { id: kindId } }]);
  });

  it('lists the valid qualifications on a certificate', async () => {
    const { server, coordinator, crowd, sql } = stage;
    const volunteer = crowd[5];
    // Service hours to certify: a sign-up on an ended shift, recorded by the team.
    const { shiftId } = await publishedShift(stage, '证书用活动', { startsInHours: 1, capacity: 5 });
    expect((await server.gql(SIGN_UP, { s: shiftId }, volunteer.headers)).errors).toBeUndefined();
    await sql(`update shift set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ?`, [shiftId]);
    const recorded = await server.gql(
      `mutation($input: RecordHoursInput!) { recordHours(input: $input) { id } }`,
      { input: { shiftId, entries: [{ volunteerId: volunteer.id, minutes: 90 }] } },
      coordinator,
    );
    expect(recorded.errors).toBeUndefined();
    const issued = await server.gql(`mutation { issueCertificate { code url qualifications { name nameEn expiresOn } } }`, {}, volunteer.headers);
    expect(issued.errors).toBeUndefined();
    expect(issued.data.issueCertificate.qualifications).toEqual([
      { name: '高空作业', nameEn: 'Work at height', expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
    const verified = await server.gql(`query($c: String!) { verifyCertificate(code: $c) { valid } }`, { c: issued.data.issueCertificate.code });
    expect(verified.data.verifyCertificate.valid).toBe(true);
    const page = await fetch(`${stage.server.url}${issued.data.issueCertificate.url}`);
    expect(await page.text()).toContain('高空作业（有效期至');
  });
});
