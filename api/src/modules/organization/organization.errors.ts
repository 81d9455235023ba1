// Domain errors of organisations and memberships; the error mapper gives them their codes.
import { ConflictError, DomainError, NotFoundError } from '../../common/errors.js';
import { Reason } from '../../common/error-reasons.js';

export class OrganizationNameTakenError extends ConflictError {
  constructor() {
    super(Reason.NAME_TAKEN, 'Another organization has this name', 'name');
  }
}

export class OrganizationSlugTakenError extends ConflictError {
  constructor() {
    super(Reason.SLUG_TAKEN, 'Another organization has this slug', 'slug');
  }
}

export class AlreadyMemberError extends ConflictError {
  constructor() {
    super(Reason.ALREADY_MEMBER, 'The volunteer is a member already');
  }
}

/** Every organisation keeps at least one ADMIN, or nobody could manage it. */
export class LastAdminError extends ConflictError {
  constructor(action: 'leave' | 'demote') {
    super(Reason.LAST_ADMIN, `The organization's only admin cannot ${action === 'leave' ? 'leave' : 'be demoted'}`, undefined, { action });
  }
}

/** A team whose joining needs approval: volunteers ask with requestToJoin instead. */
export class JoinRequestRequiredError extends DomainError {
  constructor() {
    super('CONFLICT', Reason.JOIN_REQUEST_REQUIRED, 'The team reviews who joins: ask with requestToJoin');
  }
}

export class JoinRequestPendingError extends ConflictError {
  constructor() {
    super(Reason.JOIN_REQUEST_PENDING, 'The volunteer has asked to join already');
  }
}

export class MembershipRequestNotFoundError extends NotFoundError {
  constructor() {
    super('MembershipRequest');
  }
}

export class OrganizationNotFoundError extends NotFoundError {
  constructor() {
    super('Organization');
  }
}

export class MembershipNotFoundError extends NotFoundError {
  constructor() {
    super('Membership');
  }
}
