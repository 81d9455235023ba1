// 供需对接: needs are submitted, triaged onto the public board (or declined, or merged into a
// duplicate), claimed by teams until their volunteers cover the need, done, then confirmed and
// rated by the requester. Status changes are conditional statements, so two people acting at
// once cannot both move a request.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPartner, PartnerScope, requirePlatformAdmin, requireViewer, type Actor, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { BadUserInputError, ConflictError, DomainError, ForbiddenError, NotFoundError, UnauthenticatedError, isUniqueViolation } from '../../common/errors.js';
import { Reason } from '../../common/error-reasons.js';
import { checkGeoPoint, nearSql, roundedEarthDistance } from '../../common/geo.js';
import { nodeTypeOf } from '../../common/ids.js';
import { Organization } from '../organization/organization.entity.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { whereTextContains } from '../../common/text-search.js';
import { writeAudit, type AuditAction } from '../audit/audit.service.js';
import { checkPhone } from '../../common/phone.js';
import { MANAGING_ROLES, managedOrganizationIds, requireOrgRole } from '../organization/organization-access.js';
import { enqueue, OutboxTopic } from '../outbox/outbox.queries.js';
import { emitWebhookEvent } from '../webhook/webhook.queries.js';
import { checkScore, MAX_COMMENT } from '../../common/rating-scale.js';
import { PUBLIC_REQUEST_STATUSES, ServiceRequest, ServiceRequestStatus } from './service-request.entity.js';
import type { ClaimServiceRequestInput, ConfirmServiceRequestInput, ServiceRequestFilter, SubmitServiceRequestInput } from './service-request.inputs.js';
import { addClaim, claimedBySql, hasClaim, insertClaim, linkClaimProject, removeClaim, triagedDistricts } from './service-request.queries.js';

const S = ServiceRequestStatus;
const MAX_VOLUNTEERS = 1000;
const MAX_SPAN_MS = 366 * 86_400_000;

const NEWEST_FIRST: SortKey<ServiceRequest>[] = [
  { column: 'r.created_at', value: (r) => r.createdAt, type: 'date' },
  { column: 'r.id', value: (r) => r.id, type: 'string' },
];

/** The promise kept under `key`, or `work`'s, kept there for later calls. */
export function once<T>(cache: Map<string, Promise<T>>, key: string, work: () => Promise<T>): Promise<T> {
  let result = cache.get(key);
  if (!result) cache.set(key, (result = work()));
  return result;
}

export class CapacityReachedError extends DomainError {
  constructor() {
    super('CAPACITY_REACHED', Reason.NEED_COVERED, 'Claims already cover this need');
  }
}

export class ServiceRequestService {
  /** Who triages and manages what, asked once per volunteer for the life of the service (a GraphQL request). */
  private readonly triaged = new Map<string, Promise<string[]>>();
  private readonly managed = new Map<string, Promise<string[]>>();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A signed-in volunteer, a team's manager (for the team), a partner key with REQUEST (for its organisation) or staff submit; it starts SUBMITTED. */
  async submit(actor: Actor | null, vault: PersonalDataVault, input: SubmitServiceRequestInput): Promise<ServiceRequest> {
    if (!actor) throw new UnauthenticatedError();
    let organizationId = input.organizationId ?? null;
    if (isPartner(actor)) {
      if (!actor.scopes.includes(PartnerScope.REQUEST))
        throw new DomainError('FORBIDDEN', Reason.KEY_SCOPE_MISSING, 'The API key lacks the REQUEST scope', { requiredScope: PartnerScope.REQUEST });
      if (organizationId && organizationId !== actor.organizationId)
        throw new ForbiddenError(Reason.NOT_ALLOWED, 'An API key submits requests for its own organisation only');
      organizationId = actor.organizationId;
    } else if (organizationId) {
      await requireOrgRole(this.em, actor, organizationId, MANAGING_ROLES, PartnerScope.REQUEST);
    }
    const key = checkIdempotencyKey(input.idempotencyKey);
    const row = this.checkSubmission(input);
    const { idempotencyKey: _key, ...request } = input;
    const owner = isPartner(actor) ? actor.partnerKeyId : actor.volunteerId;
    const id = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'submitServiceRequest', owner, key, request);
        if (claim.kind === 'replay') return claim.resultId;
      }
      const { contactName, contactPhone, ...fields } = row;
      const created = Object.assign(new ServiceRequest(), fields, {
        contactNameEnc: vault.encrypt(contactName),
        contactPhoneEnc: vault.encrypt(contactPhone),
        requesterId: isPartner(actor) ? null : actor.volunteerId,
        requestingOrganization: organizationId ? tx.getReference(Organization, organizationId) : null,
      });
      await tx.persistAndFlush(created);
      if (key) await recordIdempotentResult(tx, 'submitServiceRequest', owner, key, created.id);
      return created.id;
    });
    return (await this.em.fork().findOne(ServiceRequest, { id }))!;
  }

  private checkSubmission(input: SubmitServiceRequestInput) {
    const { neededFrom, neededUntil } = input;
    if (!(neededUntil.getTime() > neededFrom.getTime()))
      throw new BadUserInputError('neededUntil', Reason.END_BEFORE_START, 'neededUntil must be after neededFrom');
    if (neededUntil.getTime() - neededFrom.getTime() > MAX_SPAN_MS)
      throw new BadUserInputError('neededUntil', Reason.SPAN_TOO_LONG, 'A need spans at most a year', { maxDays: MAX_SPAN_MS / 86_400_000 });
    if (neededUntil.getTime() <= this.clock().getTime()) throw new BadUserInputError('neededUntil', Reason.TIME_IN_PAST, 'neededUntil must be in the future');
    if (!Number.isInteger(input.volunteersNeeded) || input.volunteersNeeded < 1 || input.volunteersNeeded > MAX_VOLUNTEERS) {
      throw new BadUserInputError('volunteersNeeded', Reason.OUT_OF_RANGE, `volunteersNeeded must be 1..${MAX_VOLUNTEERS}`, { min: 1, max: MAX_VOLUNTEERS });
    }
    const { lat, lng } = checkGeoPoint(input.location);
    return {
      title: checkText('title', input.title, 1, 120),
      description: checkText('description', input.description, 1, 2000),
      category: input.category,
      district: checkText('district', input.district, 1, 40),
      address: checkText('address', input.address, 1, 200),
      lat,
      lng,
      neededFrom,
      neededUntil,
      recurrence: checkOptionalText('recurrence', input.recurrence, 200),
      volunteersNeeded: input.volunteersNeeded,
      contactName: checkText('contactName', input.contactName, 1, 30),
      contactPhone: checkPhone(input.contactPhone, 'contactPhone'),
    };
  }

  /** The public board: OPEN needs (or another public status), newest first, or nearest first with `near`. */
  board(args: ConnectionArgs, filter: ServiceRequestFilter | null | undefined): Promise<Page<ServiceRequest>> {
    const status = filter?.status ?? S.OPEN;
    if (!PUBLIC_REQUEST_STATUSES.includes(status))
      throw new BadUserInputError('filter.status', Reason.BAD_FORMAT, 'Only public statuses are listed on the board', {
        expected: PUBLIC_REQUEST_STATUSES.join(' or '),
      });
    const qb = this.em.createQueryBuilder(ServiceRequest, 'r').where({ status });
    if (filter?.district) qb.andWhere({ district: filter.district });
    if (filter?.category) qb.andWhere({ category: filter.category });
    whereTextContains(qb, `r.title || ' ' || r.description`, filter?.search);
    if (filter?.near) {
      const { lat, lng } = filter.near;
      const near = nearSql('r', filter.near);
      qb.andWhere(near.where);
      const distance: SortKey<ServiceRequest> = { column: near.distance, value: (r) => roundedEarthDistance(lat, lng, r.lat!, r.lng!), type: 'number' };
      return paginate(qb, args, [distance, NEWEST_FIRST[1]]);
    }
    return paginate(qb, args, NEWEST_FIRST, 'desc');
  }

  /**
   * The triage queue, for platform staff (every district) and the ADMINs of a federation (its
   * district): SUBMITTED requests, or with `stale` those OPEN and unclaimed for `staleDays` days.
   */
  async queue(viewer: Viewer | null, args: ConnectionArgs, stale: boolean, staleDays: number): Promise<Page<ServiceRequest>> {
    const v = requireViewer(viewer);
    const qb = this.em.createQueryBuilder(ServiceRequest, 'r');
    if (stale) qb.where({ status: S.OPEN, volunteersClaimed: 0, openedAt: { $lte: new Date(this.clock().getTime() - staleDays * 86_400_000) } });
    else qb.where({ status: S.SUBMITTED });
    if (!v.isPlatformAdmin) qb.andWhere({ district: { $in: await this.districtsTriagedBy(v.volunteerId) } });
    return paginate(qb, args, NEWEST_FIRST, 'desc');
  }

  /** The signed-in volunteer's own requests, newest first. */
  mine(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<ServiceRequest>> {
    const v = requireViewer(viewer);
    return paginate(this.em.createQueryBuilder(ServiceRequest, 'r').where({ requesterId: v.volunteerId }), args, NEWEST_FIRST, 'desc');
  }

  /** Requests the team claimed, whatever their status now, for its managers. */
  async claimedBy(actor: Actor | null, organizationId: string, args: ConnectionArgs): Promise<Page<ServiceRequest>> {
    await requireOrgRole(this.em, actor, organizationId, MANAGING_ROLES, PartnerScope.REQUEST);
    const qb = this.em.createQueryBuilder(ServiceRequest, 'r').where(claimedBySql('r'), [organizationId]);
    return paginate(qb, args, NEWEST_FIRST, 'desc');
  }

  /** A request anyone may read (public status), or one the viewer takes part in. */
  async findVisible(viewer: Viewer | null, id: string): Promise<ServiceRequest | null> {
    const request = await this.find(id);
    if (!request) return null;
    if (PUBLIC_REQUEST_STATUSES.includes(request.status)) return request;
    return viewer && (await this.takesPart(viewer, request)) ? request : null;
  }

  /** Whether the viewer submitted it, triages it, or manages the team that asked or one that claimed it. */
  async takesPart(viewer: Viewer, request: ServiceRequest): Promise<boolean> {
    if (viewer.isPlatformAdmin || request.requesterId === viewer.volunteerId) return true;
    return (await this.triages(viewer, request)) || this.asksOrWorksOn(viewer, request);
  }

  /** Whether the viewer submitted it, or manages the team that asked or one that claimed it. */
  async asksOrWorksOn(viewer: Viewer, request: ServiceRequest): Promise<boolean> {
    if (request.requesterId === viewer.volunteerId) return true;
    const managed = await this.teamsManagedBy(viewer.volunteerId);
    if (request.requestingOrganization && managed.includes(request.requestingOrganization.id)) return true;
    return hasClaim(this.em, request.id, managed);
  }

  /** Platform staff, or an ADMIN of a federation of the request's district. */
  async triages(viewer: Viewer, request: ServiceRequest): Promise<boolean> {
    return viewer.isPlatformAdmin || (await this.districtsTriagedBy(viewer.volunteerId)).includes(request.district);
  }

  /** SUBMITTED → OPEN: onto the public board. */
  async accept(viewer: Viewer | null, id: string): Promise<ServiceRequest> {
    const v = await this.requireTriager(viewer, id);
    return this.move(v, id, [S.SUBMITTED], { status: S.OPEN, openedAt: this.clock() }, 'service-request.accepted');
  }

  /** SUBMITTED → DECLINED with a reason the requester reads. */
  async decline(viewer: Viewer | null, id: string, reason: string): Promise<ServiceRequest> {
    const v = await this.requireTriager(viewer, id);
    const why = checkText('reason', reason, 2, 500);
    return this.move(v, id, [S.SUBMITTED], { status: S.DECLINED, reason: why }, 'service-request.declined');
  }

  /** A duplicate (SUBMITTED, or OPEN and unclaimed) → MERGED into the request kept. */
  async merge(viewer: Viewer | null, id: string, intoId: string): Promise<ServiceRequest> {
    const v = await this.requireTriager(viewer, id);
    if (intoId === id) throw new BadUserInputError('intoId', Reason.MERGE_INTO_SELF, 'A request cannot be merged into itself');
    const kept = await this.find(intoId);
    if (!kept || [S.MERGED, S.DECLINED].includes(kept.status))
      throw new BadUserInputError('intoId', Reason.MERGE_TARGET_CLOSED, 'Merge into a request that is kept');
    if (!(await this.triages(v, kept))) throw new ForbiddenError(Reason.NOT_ALLOWED, 'You do not triage the request kept');
    const affected = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        ServiceRequest,
        { id, $or: [{ status: S.SUBMITTED }, { status: S.OPEN, volunteersClaimed: 0 }] },
        { status: S.MERGED, mergedInto: intoId },
      );
      if (n) await writeAudit(tx, [{ actorId: v.volunteerId, action: 'service-request.merged', subjectId: id, detail: { intoId } }]);
      return n;
    });
    if (!affected) throw new ConflictError(Reason.STATE_CHANGED, 'Only a submitted or unclaimed request can be merged');
    return (await this.em.fork().findOne(ServiceRequest, { id }))!;
  }

  /** A team's managers claim (part of) an OPEN need; the requester is told. */
  async claim(actor: Actor | null, input: ClaimServiceRequestInput): Promise<ServiceRequest> {
    await requireOrgRole(this.em, actor, input.organizationId, MANAGING_ROLES, PartnerScope.REQUEST);
    const request = await this.existing(input.id);
    if (!Number.isInteger(input.volunteers) || input.volunteers < 1 || input.volunteers > request.volunteersNeeded) {
      throw new BadUserInputError('volunteers', Reason.OUT_OF_RANGE, `volunteers must be 1..${request.volunteersNeeded}`, {
        min: 1,
        max: request.volunteersNeeded,
      });
    }
    await this.em.transactional(async (tx) => {
      const outcome = await addClaim(tx, input.id, input.volunteers);
      if (!outcome) {
        const now = await tx.findOne(ServiceRequest, { id: input.id }, { refresh: true });
        if (now && [S.CLAIMED, S.IN_PROGRESS].includes(now.status)) throw new CapacityReachedError();
        throw new ConflictError(Reason.STATE_CHANGED, 'Only an open request can be claimed');
      }
      try {
        await insertClaim(tx, input.id, input.organizationId, input.volunteers);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError(Reason.ALREADY_CLAIMED, 'This team already claimed the request', 'organizationId');
        throw error;
      }
      if (outcome.requesterId) {
        await enqueue(tx, OutboxTopic.SERVICE_REQUEST_CLAIMED, outcome.requesterId, { serviceRequestId: input.id, organizationId: input.organizationId });
      }
      await emitWebhookEvent(tx, input.organizationId, 'service_request.claimed', { serviceRequestId: input.id, volunteers: input.volunteers });
    });
    return (await this.em.fork().findOne(ServiceRequest, { id: input.id }))!;
  }

  /** The team takes its claim back; a request no longer covered returns to the board (OPEN). */
  async withdraw(actor: Actor | null, id: string, organizationId: string): Promise<ServiceRequest> {
    await requireOrgRole(this.em, actor, organizationId, MANAGING_ROLES, PartnerScope.REQUEST);
    const request = await this.existing(id);
    if (![S.OPEN, S.CLAIMED, S.IN_PROGRESS].includes(request.status)) throw new ConflictError(Reason.STATE_CHANGED, 'The request is already over');
    const removed = await this.em.transactional((tx) => removeClaim(tx, id, organizationId));
    if (!removed) throw new ConflictError(Reason.NOT_CLAIMED, 'This team has no claim on the request', 'organizationId');
    return (await this.em.fork().findOne(ServiceRequest, { id }))!;
  }

  /** CLAIMED → IN_PROGRESS, by a claiming team (also when it makes an activity of it). */
  async start(actor: Actor | null, id: string, organizationId: string): Promise<ServiceRequest> {
    await this.requireClaimant(actor, id, organizationId);
    return this.move(null, id, [S.CLAIMED], { status: S.IN_PROGRESS });
  }

  /** CLAIMED or IN_PROGRESS → DONE, by a claiming team; the requester is asked to confirm. */
  async complete(actor: Actor | null, id: string, organizationId: string): Promise<ServiceRequest> {
    await this.requireClaimant(actor, id, organizationId);
    return this.move(null, id, [S.CLAIMED, S.IN_PROGRESS], { status: S.DONE, doneAt: this.clock() }, undefined, async (tx, request) => {
      if (request.requesterId) await enqueue(tx, OutboxTopic.SERVICE_REQUEST_DONE, request.requesterId, { serviceRequestId: id, organizationId });
      await emitWebhookEvent(tx, organizationId, 'service_request.done', { serviceRequestId: id, status: S.DONE });
    });
  }

  /** Closes a request that will not be done, with a reason: a claiming team, or whoever triages it. */
  async close(actor: Actor | null, id: string, organizationId: string | null, reason: string): Promise<ServiceRequest> {
    const why = checkText('reason', reason, 2, 500);
    let v: Viewer | null = null;
    if (organizationId) await this.requireClaimant(actor, id, organizationId);
    else v = await this.requireTriager(isPartner(actor) ? null : actor, id);
    return this.move(v, id, [S.SUBMITTED, S.OPEN, S.CLAIMED, S.IN_PROGRESS], { status: S.CLOSED, reason: why }, 'service-request.closed');
  }

  /** DONE → CONFIRMED by the requester, with a score and a comment on the activities' rating scale (common/rating-scale.ts): both count in a team's rating. */
  async confirm(viewer: Viewer | null, input: ConfirmServiceRequestInput): Promise<ServiceRequest> {
    const v = requireViewer(viewer);
    const request = await this.existing(input.id);
    if (request.requesterId !== v.volunteerId) throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only the requester confirms a request');
    const score = checkScore(input.score);
    const comment = checkOptionalText('comment', input.comment, MAX_COMMENT);
    return this.move(null, input.id, [S.DONE], { status: S.CONFIRMED, score, feedbackComment: comment, confirmedAt: this.clock() });
  }

  /** Staff hide an abusive comment; the score stays. */
  async hideFeedback(viewer: Viewer | null, id: string): Promise<ServiceRequest> {
    const v = requirePlatformAdmin(viewer);
    await this.existing(id);
    return this.move(v, id, [S.CONFIRMED], { feedbackHiddenAt: this.clock() }, 'service-request.feedback-hidden');
  }

  /** Makes the team's claim the activity `projectId`, in the transaction creating it; a CLAIMED request is then IN_PROGRESS. */
  static async linkProject(tx: EntityManager, requestId: string, organizationId: string, projectId: string): Promise<void> {
    if (nodeTypeOf(requestId) !== 'ServiceRequest' || !(await linkClaimProject(tx, requestId, organizationId, projectId))) {
      throw new BadUserInputError('serviceRequestId', Reason.NOT_CLAIMED, 'The team has not claimed this request');
    }
    await tx.nativeUpdate(ServiceRequest, { id: requestId, status: S.CLAIMED }, { status: S.IN_PROGRESS });
  }

  private districtsTriagedBy(volunteerId: string): Promise<string[]> {
    return once(this.triaged, volunteerId, () => triagedDistricts(this.em, volunteerId));
  }

  private teamsManagedBy(volunteerId: string): Promise<string[]> {
    return once(this.managed, volunteerId, () => managedOrganizationIds(this.em, volunteerId));
  }

  /** The request with this id; null for an id of another kind or none. */
  private find(id: string): Promise<ServiceRequest | null> {
    return nodeTypeOf(id) === 'ServiceRequest' ? this.em.findOne(ServiceRequest, { id }) : Promise.resolve(null);
  }

  private async existing(id: string): Promise<ServiceRequest> {
    const request = await this.find(id);
    if (!request) throw new NotFoundError('ServiceRequest');
    return request;
  }

  private async requireTriager(viewer: Viewer | null, id: string): Promise<Viewer> {
    const v = requireViewer(viewer);
    const request = await this.existing(id);
    if (!(await this.triages(v, request)))
      throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only platform staff or the federation of its district triage a request');
    return v;
  }

  private async requireClaimant(actor: Actor | null, id: string, organizationId: string): Promise<void> {
    await requireOrgRole(this.em, actor, organizationId, MANAGING_ROLES, PartnerScope.REQUEST);
    await this.existing(id);
    if (!(await hasClaim(this.em, id, [organizationId]))) throw new DomainError('FORBIDDEN', Reason.NOT_CLAIMED, 'This team has no claim on the request');
  }

  /** Moves the request from one of `from` with `changes` (and audits it when `action` is given), or CONFLICT. */
  private async move(
    viewer: Viewer | null,
    id: string,
    from: ServiceRequestStatus[],
    changes: Partial<ServiceRequest>,
    action?: AuditAction,
    then?: (tx: EntityManager, request: ServiceRequest) => Promise<void>,
  ): Promise<ServiceRequest> {
    const affected = await this.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(ServiceRequest, { id, status: { $in: from } }, changes);
      if (n && viewer && action) await writeAudit(tx, [{ actorId: viewer.volunteerId, action, subjectId: id, detail: { status: changes.status ?? null } }]);
      if (n && then) await then(tx, (await tx.findOne(ServiceRequest, { id }))!);
      return n;
    });
    if (!affected) throw new ConflictError(Reason.STATE_CHANGED, `Only a request that is ${from.join(' or ')} can be changed so`);
    return (await this.em.fork().findOne(ServiceRequest, { id }))!;
  }
}
