// Requests to join a team whose joining needs approval (JoinPolicy.APPROVAL): the volunteer asks,
// the team's COORDINATORs and ADMINs accept (the membership is made in the same transaction) or
// decline with a reason the volunteer reads; the volunteer may withdraw while it is pending.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { BadUserInputError, ForbiddenError, isUniqueViolation } from '../../common/errors.js';
import { newId, nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { writeAudit } from '../audit/audit.service.js';
import { Membership, MemberRole } from './membership.entity.js';
import { MembershipRequest, MembershipRequestStatus } from './membership-request.entity.js';
import { MANAGING_ROLES, requireOrgRole } from './organization-access.js';
import { JoinPolicy, OrganizationStatus } from './organization.entity.js';
import { addMember, decideMembershipRequest, findTeamToJoin, insertMembershipRequest, lockOrganizationRow } from './organization.queries.js';
import { AlreadyMemberError, JoinRequestPendingError, MembershipRequestNotFoundError, OrganizationNotFoundError } from './organization.errors.js';
import { Reason } from '../../common/error-reasons.js';

const REQUEST_ORDER: SortKey<MembershipRequest>[] = [{ column: 'r.id', value: (r) => r.id, type: 'string' }];
const TEXT_MAX = 300;

/** A request's message (optional) or a decline's reason (2..300 characters), without control characters. */
function checkNote(value: string | null | undefined, field: string, required: boolean): string | null {
  const text = required ? checkText(field, value, 2, TEXT_MAX) : checkOptionalText(field, value, TEXT_MAX);
  if (text && /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text))
    throw new BadUserInputError(field, Reason.CONTROL_CHARACTERS, `${field} has control characters`);
  return text;
}

export class MembershipRequestService {
  constructor(private readonly em: EntityManager) {}

  /** The signed-in volunteer asks to join an approved team that reviews its members. */
  async request(viewer: Viewer | null, organizationId: string, message: string | null | undefined): Promise<MembershipRequest> {
    const v = requireViewer(viewer);
    const note = checkNote(message, 'message', false);
    if (nodeTypeOf(organizationId) !== 'Organization') throw new OrganizationNotFoundError();
    const org = await findTeamToJoin(this.em, organizationId, v.volunteerId);
    if (!org || org.status !== OrganizationStatus.APPROVED) throw new OrganizationNotFoundError();
    if (org.member) throw new AlreadyMemberError();
    if (org.joinPolicy === JoinPolicy.OPEN) throw new BadUserInputError('organizationId', Reason.JOIN_OPEN, 'The team is open: join it directly');
    const id = newId('mrq');
    try {
      await insertMembershipRequest(this.em, { id, organizationId, volunteerId: v.volunteerId, message: note });
    } catch (error) {
      if (isUniqueViolation(error, 'membership_request_one_pending')) throw new JoinRequestPendingError();
      throw error;
    }
    return this.em.findOneOrFail(MembershipRequest, { id });
  }

  /** The volunteer takes back their pending request (a decided one stays as it was). */
  async withdraw(viewer: Viewer | null, id: string): Promise<MembershipRequest> {
    const v = requireViewer(viewer);
    const request = await this.find(id);
    if (request.volunteer.id !== v.volunteerId) throw new MembershipRequestNotFoundError();
    if (request.status === MembershipRequestStatus.PENDING) {
      await decideMembershipRequest(this.em, id, { status: MembershipRequestStatus.WITHDRAWN });
    }
    return this.em.findOneOrFail(MembershipRequest, { id }, { refresh: true });
  }

  /**
   * A COORDINATOR or ADMIN of the team accepts: the request is decided and the volunteer becomes a
   * MEMBER in one transaction, under the team's row lock (member counts stay exact). Accepting an
   * accepted request answers its membership again.
   */
  async accept(viewer: Viewer | null, id: string): Promise<Membership> {
    const v = requireViewer(viewer);
    const request = await this.find(id);
    const organizationId = request.organization.id;
    await this.em.transactional(async (tx) => {
      await lockOrganizationRow(tx, organizationId);
      await requireOrgRole(tx, v, organizationId, MANAGING_ROLES);
      if (!(await decideMembershipRequest(tx, id, { status: MembershipRequestStatus.ACCEPTED, deciderId: v.volunteerId }))) {
        if (request.status === MembershipRequestStatus.ACCEPTED) return;
        throw new BadUserInputError('id', Reason.ALREADY_DECIDED, 'The request was decided or withdrawn');
      }
      await addMember(tx, organizationId, request.volunteer.id, MemberRole.MEMBER);
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'membership-request.accepted', subjectId: id, detail: { organizationId } }]);
    });
    const membership = await this.em.findOne(Membership, { organization: organizationId, volunteer: request.volunteer.id });
    if (!membership) throw new MembershipRequestNotFoundError();
    return membership;
  }

  /** A COORDINATOR or ADMIN declines, with a reason the volunteer reads. */
  async decline(viewer: Viewer | null, id: string, reason: string | null | undefined): Promise<MembershipRequest> {
    const v = requireViewer(viewer);
    const why = checkNote(reason, 'reason', true);
    const request = await this.find(id);
    await requireOrgRole(this.em, v, request.organization.id, MANAGING_ROLES);
    await this.em.transactional(async (tx) => {
      const decided = await decideMembershipRequest(tx, id, { status: MembershipRequestStatus.DECLINED, deciderId: v.volunteerId, reason: why });
      if (!decided) throw new BadUserInputError('id', Reason.ALREADY_DECIDED, 'The request was decided or withdrawn');
      await writeAudit(tx, [
        { actorId: v.volunteerId, action: 'membership-request.declined', subjectId: id, detail: { organizationId: request.organization.id } },
      ]);
    });
    return this.em.findOneOrFail(MembershipRequest, { id }, { refresh: true });
  }

  /** A team's requests, oldest first, optionally of one status: for its COORDINATORs and ADMINs. */
  async list(
    viewer: Viewer | null,
    organizationId: string,
    status: MembershipRequestStatus | null | undefined,
    args: ConnectionArgs,
  ): Promise<Page<MembershipRequest>> {
    await requireOrgRole(this.em, viewer, organizationId, MANAGING_ROLES);
    const qb = this.em.createQueryBuilder(MembershipRequest, 'r').where({ organization: organizationId });
    if (status) qb.andWhere({ status });
    return paginate(qb, args, REQUEST_ORDER);
  }

  /** The viewer's latest request to the team (pending, or how the last one ended); null when none. */
  async latestOf(viewer: Viewer | null, organizationId: string): Promise<MembershipRequest | null> {
    if (!viewer) return null;
    return this.em.findOne(MembershipRequest, { organization: organizationId, volunteer: viewer.volunteerId }, { orderBy: { id: 'desc' } });
  }

  /** For `node(id)` and the volunteer field: the volunteer who asked and the team's managers see it. */
  async visible(viewer: Viewer | null, request: MembershipRequest): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.isPlatformAdmin || request.volunteer.id === viewer.volunteerId) return true;
    try {
      await requireOrgRole(this.em, viewer, request.organization.id, MANAGING_ROLES);
      return true;
    } catch (error) {
      if (error instanceof ForbiddenError || error instanceof OrganizationNotFoundError) return false;
      throw error;
    }
  }

  private async find(id: string): Promise<MembershipRequest> {
    const request = nodeTypeOf(id) === 'MembershipRequest' ? await this.em.findOne(MembershipRequest, { id }) : null;
    if (!request) throw new MembershipRequestNotFoundError();
    return request;
  }
}
