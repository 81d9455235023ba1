import { Reason } from '../../common/error-reasons.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';

export class RatingNotFoundError extends NotFoundError {
  constructor() {
    super('Rating');
  }
}

export class NotAttendedError extends ForbiddenError {
  constructor() {
    super(Reason.NOT_ATTENDED, 'Only a volunteer who attended the activity (checked in or with hours recorded) may rate it, once their shift has ended');
  }
}

export class AlreadyRatedError extends ConflictError {
  constructor() {
    super(Reason.ALREADY_RATED, 'The volunteer has rated this activity already; a rating cannot be changed', 'projectId');
  }
}
