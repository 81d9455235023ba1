// Domain errors of organisations and memberships; the error mapper gives them their codes.
import { ConflictError, DomainError, NotFoundError } from '../../common/errors.js';

export class OrganizationNameTakenError extends ConflictError {
  constructor() {
    super('该组织名称已被注册', 'name');
  }
}

export class OrganizationSlugTakenError extends ConflictError {
  constructor() {
    super('该网址名称已被使用', 'slug');
  }
}

export class AlreadyMemberError extends ConflictError {
  constructor() {
    super('你已经是该组织的成员');
  }
}

/** Every organisation keeps at least one ADMIN, or nobody could manage it. */
export class LastAdminError extends ConflictError {
  constructor(action: 'leave' | 'demote') {
    super(action === 'leave' ? '你是该组织唯一的管理员，请先任命另一位管理员再退出' : '不能撤销该组织唯一管理员的管理员身份，请先任命另一位管理员');
  }
}

/** A team whose joining needs approval: volunteers ask with requestToJoin instead. */
export class JoinRequestRequiredError extends DomainError {
  constructor() {
    super('CONFLICT', '该团队需要审核入队申请，请提交入队申请', { reason: 'JOIN_REQUEST_REQUIRED' });
  }
}

export class JoinRequestPendingError extends ConflictError {
  constructor() {
    super('你已提交入队申请，请等待团队审核');
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
