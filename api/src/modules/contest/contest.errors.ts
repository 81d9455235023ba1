import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import type { ContestEntryKind, ContestStatus } from './contest.entity.js';

export class ContestNotFoundError extends NotFoundError {
  constructor(entity: 'Contest' | 'ContestCategory' | 'ContestEntry' = 'Contest') {
    super(entity);
  }
}

export class ContestPhaseError extends ConflictError {
  constructor(status: ContestStatus, message: string) {
    super(Reason.CONTEST_PHASE, message, undefined, { status });
  }
}

export class VotingClosedError extends ConflictError {
  constructor(votingEndsAt: Date) {
    super(Reason.VOTING_CLOSED, 'Voting has closed', undefined, { votingEndsAt: votingEndsAt.toISOString() });
  }
}

export class AlreadyVotedError extends ConflictError {
  constructor() {
    super(Reason.ALREADY_VOTED, 'The volunteer has voted in this category already', 'entryId');
  }
}

export class AlreadyEnteredError extends ConflictError {
  constructor() {
    super(Reason.ALREADY_ENTERED, 'This volunteer, activity or writer is in the category already', 'categoryId');
  }
}

export class WrongEntryKindError extends BadUserInputError {
  constructor(kind: ContestEntryKind) {
    super('categoryId', Reason.WRONG_ENTRY_KIND, `The category takes ${kind} entries`, { kind });
  }
}

export class OutsideFederationError extends ForbiddenError {
  constructor() {
    super(Reason.OUTSIDE_FEDERATION, 'Only teams of the federation that runs the contest may nominate');
  }
}

export class JudgesOnlyError extends ForbiddenError {
  constructor() {
    super(Reason.JUDGES_ONLY, "Only the contest's judging panel may score its entries");
  }
}

export class NotAWinnerError extends BadUserInputError {
  constructor() {
    super('entryId', Reason.NOT_A_WINNER, 'Only a winning volunteer of published results can become a role model');
  }
}

export class NotYourStoryError extends BadUserInputError {
  constructor() {
    super('storyId', Reason.NOT_YOUR_STORY, 'A volunteer enters only a story of their own');
  }
}

export class StoryNotPublishedError extends BadUserInputError {
  constructor() {
    super('storyId', Reason.STORY_NOT_PUBLISHED, 'Only a published story can be entered');
  }
}
