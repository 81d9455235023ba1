import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';

export class RatingNotFoundError extends NotFoundError {
  constructor() {
    super('Rating');
  }
}

export class NotAttendedError extends ForbiddenError {
  constructor() {
    super('参加过该活动（已签到或已登记服务时长）并且时段结束后才能评价');
  }
}

export class AlreadyRatedError extends ConflictError {
  constructor() {
    super('你已评价过该活动，评价提交后不能修改', 'projectId');
  }
}
