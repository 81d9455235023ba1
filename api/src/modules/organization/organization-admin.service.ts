// Registration of organisations, their profiles, and their review (incubation): platform staff,
// or the ADMINs of the parent federation a team registered under, approve a pending team or
// return it with a reason; the team edits its profile and is reviewed again.
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, requireViewer, type Viewer } from '../../common/auth.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { paginate, type ConnectionArgs, type Page } from '../../common/connection.js';
import { BadUserInputError } from '../../common/errors.js';
import { claimIdempotencyKey, checkIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { nodeTypeOf } from '../../common/ids.js';
import { writeAudit } from '../audit/audit.service.js';
import { Membership, MemberRole } from './membership.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { requireOrgRole, requireReviewer } from './organization-access.js';
import {
  checkOrganizationRegistration,
  checkOrganizationUpdate,
  checkProfile,
  checkSearch,
  checkSuspendReason,
  type CheckedProfile,
} from './organization-rules.js';
import { Organization, OrganizationStatus } from './organization.entity.js';
import { findRegistrationClashes } from './organization.queries.js';
import { OrganizationNameTakenError, OrganizationNotFoundError, OrganizationSlugTakenError } from './organization.errors.js';
import type { RegisterOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { ORGANIZATION_ORDER, whereNameContains } from './organization.service.js';
import { Reason } from '../../common/error-reasons.js';

export class OrganizationAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault?: PersonalDataVault,
  ) {}

  /** The profile's checked fields onto the organisation (the contact phone sealed). */
  private applyProfile(org: Organization, profile: CheckedProfile): void {
    const { contactPhone, ...plain } = profile;
    Object.assign(org, plain);
    if (contactPhone !== undefined) {
      if (contactPhone && !this.vault) throw new Error('OrganizationAdminService needs the vault to store a contact phone');
      org.contactPhoneEnc = contactPhone ? this.vault!.encrypt(contactPhone) : null;
    }
  }

  /**
   * A new organisation, PENDING until platform staff approve it, with the caller as its first
   * ADMIN. Names are unique ignoring spaces and letter case; the check here gives the friendly
   * answer, and the unique index decides between registrations racing past it.
   */
  async register(viewer: Viewer | null, input: RegisterOrganizationInput): Promise<Organization> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(input.idempotencyKey);
    const { idempotencyKey: _key, ...request } = input;
    const data = checkOrganizationRegistration(input);
    const profile = checkProfile(input);
    try {
      const created = await this.em.transactional(async (tx): Promise<Organization | string> => {
        if (key) {
          const claim = await claimIdempotencyKey(tx, 'registerOrganization', v.volunteerId, key, request);
          if (claim.kind === 'replay') return claim.resultId;
        }
        const clashes = await findRegistrationClashes(tx, data.name, data.slug, data.parentId);
        if (data.parentId && clashes.parentStatus !== OrganizationStatus.APPROVED) {
          throw new BadUserInputError('parentId', Reason.PARENT_NOT_APPROVED, 'The parent organization does not exist or is not approved');
        }
        if (clashes.nameTaken) throw new OrganizationNameTakenError();
        if (clashes.slugTaken) throw new OrganizationSlugTakenError();

        const org = Object.assign(new Organization(), {
          name: data.name,
          kind: data.kind,
          district: data.district,
          city: data.city,
          description: data.description,
          parent: data.parentId ? tx.getReference(Organization, data.parentId) : null,
          status: OrganizationStatus.PENDING,
          memberCount: 1,
        });
        this.applyProfile(org, profile);
        // The generated slug reuses the ID's random, URL-safe part: stable, unique, no transliteration.
        org.slug = data.slug ?? `org-${org.id.slice(org.id.indexOf('_') + 1).toLowerCase()}`;
        const admin = Object.assign(new Membership(), {
          organization: org,
          volunteer: tx.getReference(Volunteer, v.volunteerId),
          role: MemberRole.ADMIN,
        });
        await tx.persist([org, admin]).flush();
        await writeAudit(tx, [{ actorId: v.volunteerId, action: 'organization.registered', subjectId: org.id }]);
        if (key) await recordIdempotentResult(tx, 'registerOrganization', v.volunteerId, key, org.id);
        return org;
      });
      return typeof created === 'string' ? await this.find(created) : created;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        const constraint = String((error as { constraint?: string }).constraint ?? '');
        if (constraint.startsWith('organization_name')) throw new OrganizationNameTakenError();
        if (constraint.startsWith('organization_slug')) throw new OrganizationSlugTakenError();
      }
      throw error;
    }
  }

  /**
   * PENDING → APPROVED by its reviewer (the parent's ADMINs or platform staff); SUSPENDED →
   * APPROVED by platform staff only. Approving an approved organisation changes nothing.
   */
  async approve(viewer: Viewer | null, id: string): Promise<Organization> {
    const v = requireViewer(viewer);
    const org = await this.find(id);
    if (org.status === OrganizationStatus.SUSPENDED) requirePlatformAdmin(viewer);
    else await requireReviewer(this.em, viewer, org.id);
    if (org.status !== OrganizationStatus.APPROVED) {
      const from = org.status;
      org.status = OrganizationStatus.APPROVED;
      org.approvedAt ??= new Date();
      org.suspendedAt = null;
      org.suspendedReason = null;
      org.returnedReason = null;
      await this.em.transactional(async (tx) => {
        await tx.flush();
        await writeAudit(tx, [{ actorId: v.volunteerId, action: 'organization.approved', subjectId: org.id, detail: { from } }]);
      });
    }
    return org;
  }

  /** Takes an organisation out of public view (platform staff), with a reason its admins can read. */
  async suspend(viewer: Viewer | null, id: string, reason: string): Promise<Organization> {
    const v = requirePlatformAdmin(viewer);
    const why = checkSuspendReason(reason);
    const org = await this.find(id);
    const from = org.status;
    org.status = OrganizationStatus.SUSPENDED;
    org.suspendedAt ??= new Date();
    org.suspendedReason = why;
    await this.em.transactional(async (tx) => {
      await tx.flush();
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'organization.suspended', subjectId: org.id, detail: { from, reason: why } }]);
    });
    return org;
  }

  /**
   * SUSPENDED → APPROVED (platform staff), with a reason kept in the audit trail: the team is
   * public again and its suspension reason is cleared. Restoring a team that is not suspended is
   * refused, so a reason never records a change that did not happen.
   */
  async restore(viewer: Viewer | null, id: string, reason: string): Promise<Organization> {
    const v = requirePlatformAdmin(viewer);
    const why = checkSuspendReason(reason);
    const org = await this.find(id);
    if (org.status !== OrganizationStatus.SUSPENDED) throw new BadUserInputError('id', Reason.NOT_SUSPENDED, 'Only a suspended organization is restored');
    org.status = OrganizationStatus.APPROVED;
    org.approvedAt ??= new Date();
    org.suspendedAt = null;
    org.suspendedReason = null;
    await this.em.transactional(async (tx) => {
      await tx.flush();
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'organization.restored', subjectId: org.id, detail: { reason: why } }]);
    });
    return org;
  }

  /**
   * Any organisation by part of its name and optionally its status, oldest first: platform
   * staff find teams whatever their state (the public directory lists approved ones only).
   */
  staffSearch(
    viewer: Viewer | null,
    args: ConnectionArgs,
    search: string | null | undefined,
    status: OrganizationStatus | null | undefined,
  ): Promise<Page<Organization>> {
    requirePlatformAdmin(viewer);
    const term = checkSearch(search, 'search');
    const qb = this.em.createQueryBuilder(Organization, 'o');
    if (status) qb.andWhere({ status });
    if (term) whereNameContains(qb, term);
    return paginate(qb, args, ORGANIZATION_ORDER);
  }

  /**
   * Sends a pending registration back to its team with a reason (the parent's ADMINs or platform
   * staff): it stays PENDING; the team's admins read the reason, edit the profile, and it is
   * reviewed again.
   */
  async returnForChanges(viewer: Viewer | null, id: string, reason: string): Promise<Organization> {
    const v = requireViewer(viewer);
    const why = checkSuspendReason(reason);
    const org = await this.find(id);
    await requireReviewer(this.em, viewer, org.id);
    if (org.status !== OrganizationStatus.PENDING) throw new BadUserInputError('id', Reason.NOT_PENDING, 'Only a pending organization is returned');
    org.returnedReason = why;
    org.returnedAt = new Date();
    await this.em.transactional(async (tx) => {
      await tx.flush();
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'organization.returned', subjectId: org.id, detail: { reason: why } }]);
    });
    return org;
  }

  /**
   * The team's ADMIN (or platform staff) edits its profile. A pending team that was returned is
   * thereby resubmitted: the reason is cleared. The registered name is not changed here: it is
   * what the reviewer approved and what the registry knows the team by (队名同步).
   */
  async update(viewer: Viewer | null, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    const v = requireViewer(viewer);
    const changes = checkOrganizationUpdate(input);
    const org = await this.find(id);
    await requireOrgRole(this.em, viewer, org.id, [MemberRole.ADMIN]);
    this.applyProfile(org, changes);
    const resubmitted = org.status === OrganizationStatus.PENDING && !!org.returnedReason;
    if (resubmitted) org.returnedReason = null;
    await this.em.transactional(async (tx) => {
      await tx.flush();
      await writeAudit(tx, [
        {
          actorId: v.volunteerId,
          action: resubmitted ? 'organization.resubmitted' : 'organization.updated',
          subjectId: org.id,
          detail: { fields: Object.keys(changes) },
        },
      ]);
    });
    return org;
  }

  /** Teams registered under this organisation that await review, oldest first: for its ADMINs and platform staff. */
  async pendingChildren(viewer: Viewer | null, parentId: string, args: ConnectionArgs): Promise<Page<Organization>> {
    await requireOrgRole(this.em, viewer, parentId, [MemberRole.ADMIN]);
    const qb = this.em.createQueryBuilder(Organization, 'o').where({ status: OrganizationStatus.PENDING, parent: parentId });
    return paginate(qb, args, ORGANIZATION_ORDER);
  }

  /** The incubation queue for platform staff: pending organisations, oldest first (IDs follow creation order). */
  pending(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<Organization>> {
    requirePlatformAdmin(viewer);
    const qb = this.em.createQueryBuilder(Organization, 'o').where({ status: OrganizationStatus.PENDING });
    return paginate(qb, args, ORGANIZATION_ORDER);
  }

  private async find(id: string): Promise<Organization> {
    const org = nodeTypeOf(id) === 'Organization' ? await this.em.findOne(Organization, { id }) : null;
    if (!org) throw new OrganizationNotFoundError();
    return org;
  }
}
