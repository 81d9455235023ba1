import { Reason } from '../../common/error-reasons.js';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';

export class StoryNotFoundError extends NotFoundError {
  constructor() {
    super('Story');
  }
}

export class StoryNotAttendedError extends ForbiddenError {
  constructor() {
    super(Reason.STORY_NOT_ATTENDED, 'Only a volunteer who attended the activity (checked in or with hours recorded) may write a story of it');
  }
}
