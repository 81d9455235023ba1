import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';

export class StationNotFoundError extends NotFoundError {
  constructor(entity: 'Station' | 'StationSwap' | 'StationDuty' = 'Station') {
    super(entity);
  }
}

export class StationSlugTakenError extends ConflictError {
  constructor() {
    super(Reason.SLUG_TAKEN, 'Another station has this slug', 'slug');
  }
}

export class DutyHasSignupsError extends ConflictError {
  constructor(dutyId: string) {
    super(Reason.DUTY_HAS_SIGNUPS, 'A duty day with volunteers signed up keeps its team; cancel those sign-ups first', undefined, { dutyId });
  }
}

export class SwapNotPendingError extends ConflictError {
  constructor(status: string) {
    super(Reason.SWAP_NOT_PENDING, 'The swap was answered already', undefined, { status });
  }
}

export class SwapNotPossibleError extends BadUserInputError {
  constructor(field: string, message: string) {
    super(field, Reason.SWAP_NOT_POSSIBLE, message);
  }
}
