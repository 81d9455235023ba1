// Domain errors of organisations and memberships; the error mapper gives them their codes.
import { ConflictError, NotFoundError } from '../../common/errors.js';

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
    super(
      action === 'leave'
        ? '你是该组织唯一的管理员，请先任命另一位管理员再退出'
        : '不能撤销该组织唯一管理员的管理员身份，请先任命另一位管理员',
    );
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
