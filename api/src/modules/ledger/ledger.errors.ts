import { ConflictError, NotFoundError } from '../../common/errors.js';
import { Reason } from '../../common/error-reasons.js';

export class HourEntryNotFoundError extends NotFoundError {
  constructor() {
    super('HourEntry');
  }
}

export class CorrectionRequestNotFoundError extends NotFoundError {
  constructor() {
    super('HourCorrectionRequest');
  }
}

export class CertificateNotFoundError extends NotFoundError {
  constructor() {
    super('Certificate');
  }
}

export class AlreadyRecordedError extends ConflictError {
  constructor(field: string) {
    super(Reason.ALREADY_RECORDED, 'The volunteer has hours recorded for this shift: reverse them first', field);
  }
}

export class AlreadyReversedError extends ConflictError {
  constructor() {
    super(Reason.ALREADY_REVERSED, 'The entry has been reversed', 'entryId');
  }
}

export class ShiftNotEndedError extends ConflictError {
  constructor() {
    super(Reason.SHIFT_NOT_ENDED, 'Hours are recorded after the shift ends', 'shiftId');
  }
}
