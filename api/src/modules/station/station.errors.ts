import { Reason } from '../../common/error-reasons.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';

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
