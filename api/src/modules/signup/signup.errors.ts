import { chinaMoment } from '../../common/china-time.js';
import { ConflictError, DomainError, NotFoundError } from '../../common/errors.js';

export class CapacityReachedError extends DomainError {
  constructor() {
    super('CAPACITY_REACHED', '该时段名额已满');
  }
}

export class AlreadySignedUpError extends ConflictError {
  constructor() {
    super('你已报名该时段', 'shiftId');
  }
}

export class ShiftNotFoundError extends NotFoundError {
  constructor() {
    super('Shift');
  }
}

export class SignupNotFoundError extends NotFoundError {
  constructor() {
    super('Signup');
  }
}

export class SignupsClosedError extends ConflictError {
  constructor(message = '该时段已开始或已结束，不能报名') {
    super(message, 'shiftId');
  }
}

/** A LOTTERY shift whose registration window has not opened yet. */
export class RegistrationNotOpenError extends DomainError {
  constructor() {
    super('CONFLICT', '抽签报名尚未开始', { field: 'shiftId', reason: 'REGISTRATION_NOT_OPEN' });
  }
}

/** A LOTTERY shift whose window has closed but whose draw has not run yet (seconds, normally). */
export class DrawPendingError extends DomainError {
  constructor() {
    super('CONFLICT', '报名已截止，正在抽签，请稍后再试', { field: 'shiftId', reason: 'DRAW_PENDING' });
  }
}

/** The volunteer holds a confirmed place in another shift at the same time. */
export class OverlappingSignupError extends DomainError {
  constructor(title: string, shiftId: string, startsAt: Date, endsAt: Date) {
    super('CONFLICT', `你已报名同一时间的「${title}」（${chinaMoment(startsAt)}—${chinaMoment(endsAt)}），不能同时参加两个活动；如需改报，请先取消那边的报名`, {
      field: 'shiftId',
      reason: 'OVERLAPPING_SIGNUP',
      conflictingShiftId: shiftId,
      conflictingTitle: title,
    });
  }
}
