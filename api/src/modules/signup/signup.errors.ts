import { ConflictError, DomainError, NotFoundError } from '../../common/errors.js';
import { Reason } from '../../common/error-reasons.js';

export class CapacityReachedError extends DomainError {
  constructor() {
    super('CAPACITY_REACHED', Reason.CAPACITY_REACHED, 'The shift is full');
  }
}

export class AlreadySignedUpError extends ConflictError {
  constructor() {
    super(Reason.ALREADY_SIGNED_UP, 'The volunteer holds a place in this shift already', 'shiftId');
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

/** Sign-ups are closed: the shift has started (by default), was cancelled, or its activity is no longer published. */
export class SignupsClosedError extends ConflictError {
  constructor(reason: Reason = Reason.SHIFT_STARTED, message = 'The shift has started') {
    super(reason, message, 'shiftId');
  }
}

/** A LOTTERY shift whose registration window has not opened yet. */
export class RegistrationNotOpenError extends DomainError {
  constructor() {
    super('CONFLICT', Reason.REGISTRATION_NOT_OPEN, 'Entries for the draw are not open yet', { field: 'shiftId' });
  }
}

/** A LOTTERY shift whose window has closed but whose draw has not run yet (seconds, normally). */
export class DrawPendingError extends DomainError {
  constructor() {
    super('CONFLICT', Reason.DRAW_PENDING, 'Entries have closed and the draw is running', { field: 'shiftId' });
  }
}

/** The volunteer holds a confirmed place in another shift at the same time. */
export class OverlappingSignupError extends DomainError {
  constructor(title: string, shiftId: string, startsAt: Date, endsAt: Date) {
    super('CONFLICT', Reason.OVERLAPPING_SIGNUP, `The volunteer holds a place in "${title}" at the same time`, {
      field: 'shiftId',
      conflictingStartsAt: startsAt.toISOString(),
      conflictingEndsAt: endsAt.toISOString(),
      conflictingShiftId: shiftId,
      conflictingTitle: title,
    });
  }
}
