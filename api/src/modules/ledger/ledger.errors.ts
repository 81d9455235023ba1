import { ConflictError, NotFoundError } from '../../common/errors.js';

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
    super('该志愿者在此时段已有服务时长记录；如需更正，请先冲正原记录', field);
  }
}

export class AlreadyReversedError extends ConflictError {
  constructor() {
    super('该记录已被冲正', 'entryId');
  }
}

export class ShiftNotEndedError extends ConflictError {
  constructor() {
    super('时段结束后才能登记服务时长', 'shiftId');
  }
}
