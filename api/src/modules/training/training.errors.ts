import { Reason } from '../../common/error-reasons.js';
import { ConflictError, DomainError, NotFoundError } from '../../common/errors.js';

export class CourseNotFoundError extends NotFoundError {
  constructor() {
    super('Course');
  }
}

export class CourseSessionNotFoundError extends NotFoundError {
  constructor() {
    super('CourseSession');
  }
}

export class EnrolmentNotFoundError extends NotFoundError {
  constructor() {
    super('Enrolment');
  }
}

export class AlreadyEnrolledError extends ConflictError {
  constructor() {
    super(Reason.ALREADY_ENROLLED, 'The volunteer is enrolled in this session already', 'sessionId');
  }
}

export class SessionFullError extends DomainError {
  constructor() {
    super('CAPACITY_REACHED', Reason.CAPACITY_REACHED, 'The session is full');
  }
}

/**
 * The shift asks for a qualification the volunteer does not hold valid; `courses` are published
 * courses that grant it, so a client can link to them.
 */
export class QualificationRequiredError extends DomainError {
  constructor(kind: { id: string; name: string; nameEn: string | null }, courses: { id: string; title: string }[]) {
    super('FORBIDDEN', Reason.QUALIFICATION_REQUIRED, `The shift requires a valid "${kind.nameEn ?? kind.name}" qualification`, {
      field: 'shiftId',
      qualificationKindId: kind.id,
      qualificationName: kind.name,
      qualificationNameEn: kind.nameEn,
      courses,
    });
  }
}
