// 供需对接 over GraphQL: thin resolvers over ServiceRequestService, and who may read a request's
// contact (never the public; masked for the requester and the teams involved; in full for staff,
// the federation of its district and the ADMINs of a claiming team, each read audited).
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { maskName, maskPhone } from '../../common/masking.js';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { writeAudit } from '../audit/audit.service.js';
import { MemberRole } from '../organization/membership.entity.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import { Notification } from '../notification/notification.resolver.js';
import { Project, ProjectStatus } from '../project/project.entity.js';
import { ServiceRequest, ServiceRequestClaim, ServiceRequestStatus } from './service-request.entity.js';
import { ClaimServiceRequestInput, ConfirmServiceRequestInput, ServiceRequestFilter, SubmitServiceRequestInput } from './service-request.inputs.js';
import { claimingRoles, metByDistrict } from './service-request.queries.js';
import { once, ServiceRequestService } from './service-request.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { PartnerScope } from '../../common/auth.js';
import { AppAccess, APP_PUBLIC, NOT_FOR_APPS } from '../../common/app-scope.js';
import { perRequest } from '../../common/request-scope.js';
import { organizationById } from '../organization/organization.loaders.js';
import { projectById } from '../project/project.loaders.js';

const ServiceRequestConnection = createConnectionType('ServiceRequest', ServiceRequest);

@ObjectType('ServiceRequestDistrictFigure', { description: 'Needs met (DONE or CONFIRMED) in a district' })
export class ServiceRequestDistrictFigure {
  @Field(() => String) district!: string;
  @Field(() => Int) met!: number;
}

type ContactAccess = 'none' | 'masked' | 'full';
type Contact = { name: string; phone: string };

/** Per GraphQL request: one service (which keeps what the viewer triages and manages) and, per row, the contact's access and text. */
interface RequestScope {
  service: ServiceRequestService;
  access: Map<string, Promise<ContactAccess>>;
  contact: Map<string, Promise<Contact>>;
}
const scopeOf = perRequest((ctx: Context): RequestScope => ({ service: new ServiceRequestService(ctx.em), access: new Map(), contact: new Map() }));

async function decideAccess(ctx: Context, service: ServiceRequestService, request: ServiceRequest): Promise<ContactAccess> {
  const viewer = ctx.viewer;
  if (!viewer) return 'none';
  if (await service.triages(viewer, request)) return 'full';
  if ((await claimingRoles(ctx.em, viewer.volunteerId, request.id)).includes(MemberRole.ADMIN)) return 'full';
  return (await service.asksOrWorksOn(viewer, request)) ? 'masked' : 'none';
}

/** What the viewer may see of the request's contact, decided once per request and row. */
function contactAccess(ctx: Context, request: ServiceRequest): Promise<ContactAccess> {
  const scope = scopeOf(ctx);
  return once(scope.access, request.id, () => decideAccess(ctx, scope.service, request));
}

/** The request's contact, read (lazy columns) and decrypted once for the masked and the full fields. */
function contactOf(ctx: Context, request: ServiceRequest): Promise<Contact> {
  return once(scopeOf(ctx).contact, request.id, async () => {
    const row = await ctx.em.findOneOrFail(ServiceRequest, { id: request.id }, { fields: ['contactNameEnc', 'contactPhoneEnc'] });
    return { name: ctx.vault.decrypt(row.contactNameEnc), phone: ctx.vault.decrypt(row.contactPhoneEnc) };
  });
}

async function unmasked(ctx: Context, request: ServiceRequest, field: 'contactName' | 'contactPhone'): Promise<string | null> {
  if ((await contactAccess(ctx, request)) !== 'full') return null;
  const contact = await contactOf(ctx, request);
  await writeAudit(ctx.em, [{ actorId: ctx.viewer?.volunteerId ?? null, action: 'personal-data.read', subjectId: request.id, detail: { field } }]);
  return field === 'contactName' ? contact.name : contact.phone;
}

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => ServiceRequestConnection, {
    description: 'The public board: OPEN needs by default, newest first (nearest first with near); never their contact',
  })
  serviceRequests(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ServiceRequestFilter, { nullable: true }) filter: ServiceRequestFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<ServiceRequest>> {
    return new ServiceRequestService(ctx.em).board(args, filter);
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => ServiceRequest, { nullable: true, description: 'A request in a public status, or one the viewer submitted, triages or works on' })
  serviceRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceRequest | null> {
    return new ServiceRequestService(ctx.em).findVisible(ctx.viewer, id);
  }

  @Query(() => ServiceRequestConnection, {
    description:
      'The triage queue of platform staff (all districts) and federation ADMINs (their district): SUBMITTED requests, or with stale those OPEN and unclaimed for AIXIN_REQUEST_STALE_DAYS days',
  })
  serviceRequestQueue(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('stale', () => Boolean, { nullable: true, defaultValue: false }) stale: boolean,
    @Ctx() ctx: Context,
  ): Promise<Page<ServiceRequest>> {
    return new ServiceRequestService(ctx.em).queue(ctx.viewer, args, stale, ctx.settings.requestStaleDays);
  }

  @Query(() => ServiceRequestConnection, { description: "The signed-in volunteer's own requests, newest first" })
  myServiceRequests(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<ServiceRequest>> {
    return new ServiceRequestService(ctx.em).mine(ctx.viewer, args);
  }

  @KeyScope(PartnerScope.REQUEST)
  @Query(() => ServiceRequestConnection, { description: 'Requests the team claimed, for its ADMINs and COORDINATORs' })
  claimedServiceRequests(
    @Arg('organizationId', () => ID) organizationId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ServiceRequest>> {
    return new ServiceRequestService(ctx.em).claimedBy(ctx.viewer ?? ctx.partner, organizationId, args);
  }

  @Query(() => [ServiceRequestDistrictFigure], { description: 'Needs met per district, most first' })
  serviceRequestFigures(@Ctx() ctx: Context): Promise<ServiceRequestDistrictFigure[]> {
    return metByDistrict(ctx.em);
  }

  @KeyScope(PartnerScope.REQUEST)
  @Mutation(() => ServiceRequest, {
    description: 'A need, SUBMITTED for triage: by anyone signed in, a team manager for the team, a partner key with REQUEST, or staff for a resident',
  })
  submitServiceRequest(@Arg('input', () => SubmitServiceRequestInput) input: SubmitServiceRequestInput, @Ctx() ctx: Context): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).submit(ctx.viewer ?? ctx.partner, ctx.vault, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ServiceRequest, { description: 'SUBMITTED → OPEN (the public board); platform staff or a federation ADMIN of its district' })
  acceptServiceRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).accept(ctx.viewer, id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ServiceRequest, { description: 'SUBMITTED → DECLINED with a reason the requester reads' })
  declineServiceRequest(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).decline(ctx.viewer, id, reason);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ServiceRequest, { description: 'A duplicate (SUBMITTED, or OPEN and unclaimed) → MERGED into the request kept' })
  mergeServiceRequest(@Arg('id', () => ID) id: string, @Arg('intoId', () => ID) intoId: string, @Ctx() ctx: Context): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).merge(ctx.viewer, id, intoId);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PartnerScope.REQUEST)
  @Mutation(() => ServiceRequest, {
    description: "A team's ADMIN or COORDINATOR claims (part of) an OPEN need; once claims cover it, CLAIMED. CAPACITY_REACHED when others came first",
  })
  claimServiceRequest(@Arg('input', () => ClaimServiceRequestInput) input: ClaimServiceRequestInput, @Ctx() ctx: Context): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).claim(ctx.viewer ?? ctx.partner, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PartnerScope.REQUEST)
  @Mutation(() => ServiceRequest, { description: 'The team takes its claim back; a request no longer covered is OPEN again' })
  withdrawServiceRequestClaim(
    @Arg('id', () => ID) id: string,
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: Context,
  ): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).withdraw(ctx.viewer ?? ctx.partner, id, organizationId);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PartnerScope.REQUEST)
  @Mutation(() => ServiceRequest, { description: 'CLAIMED → IN_PROGRESS, by a claiming team' })
  startServiceRequest(@Arg('id', () => ID) id: string, @Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: Context): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).start(ctx.viewer ?? ctx.partner, id, organizationId);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PartnerScope.REQUEST)
  @Mutation(() => ServiceRequest, { description: 'CLAIMED or IN_PROGRESS → DONE, by a claiming team; the requester is asked to confirm' })
  completeServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: Context,
  ): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).complete(ctx.viewer ?? ctx.partner, id, organizationId);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PartnerScope.REQUEST)
  @Mutation(() => ServiceRequest, {
    description: 'Closes a request that will not be done, with a reason: a claiming team (organizationId), or staff and the federation of its district',
  })
  closeServiceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).close(ctx.viewer ?? ctx.partner, id, organizationId, reason);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ServiceRequest, { description: 'DONE → CONFIRMED by the requester, with a score 1..5 and a comment' })
  confirmServiceRequest(@Arg('input', () => ConfirmServiceRequestInput) input: ConfirmServiceRequestInput, @Ctx() ctx: Context): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).confirm(ctx.viewer, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ServiceRequest, { description: "Platform staff hide a confirmed request's comment (the score stays)" })
  hideServiceRequestFeedback(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceRequest> {
    return new ServiceRequestService(ctx.em).hideFeedback(ctx.viewer, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was declined or closed' })
  reason(@Root() request: ServiceRequest): string | null {
    return request.reason ?? null;
  }

  @FieldResolver(() => ServiceRequest, { nullable: true, description: 'MERGED: the request kept' })
  mergedInto(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<ServiceRequest | null> {
    return request.mergedInto ? new ServiceRequestService(ctx.em).findVisible(ctx.viewer, request.mergedInto.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The team or department that asked, if any' })
  async requestingOrganization(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<Organization | null> {
    const org = request.requestingOrganization ? await organizationById(ctx).load(request.requestingOrganization.id) : null;
    return org?.status === OrganizationStatus.APPROVED ? org : null;
  }

  @FieldResolver(() => [ServiceRequestClaim], { description: 'The teams that claimed it, first first' })
  claims(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<ServiceRequestClaim[]> {
    return ctx.em.find(ServiceRequestClaim, { request: request.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => Date, { nullable: true, description: 'OPEN with no claim: since when' })
  unclaimedSince(@Root() request: ServiceRequest): Date | null {
    return request.status === ServiceRequestStatus.OPEN && request.volunteersClaimed === 0 ? (request.openedAt ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'OPEN and unclaimed for AIXIN_REQUEST_STALE_DAYS days or more (flagged to its federation)' })
  stale(@Root() request: ServiceRequest, @Ctx() ctx: Context): boolean {
    const since = this.unclaimedSince(request);
    return !!since && Date.now() - since.getTime() >= ctx.settings.requestStaleDays * 86_400_000;
  }

  @FieldResolver(() => String, { nullable: true, description: "The requester's comment once confirmed; null when staff hid it (staff still read it)" })
  feedbackComment(@Root() request: ServiceRequest, @Ctx() ctx: Context): string | null {
    if (request.feedbackHiddenAt && !ctx.viewer?.isPlatformAdmin) return null;
    return request.feedbackComment ?? null;
  }

  @FieldResolver(() => Boolean)
  feedbackHidden(@Root() request: ServiceRequest): boolean {
    return !!request.feedbackHiddenAt;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked (王*); null for the public' })
  async contactNameMasked(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<string | null> {
    return (await contactAccess(ctx, request)) === 'none' ? null : maskName((await contactOf(ctx, request)).name);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked (138****0002); null for the public' })
  async contactPhoneMasked(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<string | null> {
    return (await contactAccess(ctx, request)) === 'none' ? null : maskPhone((await contactOf(ctx, request)).phone);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'In full for platform staff, the federation of its district and ADMINs of a claiming team (the read is audited); null for anyone else',
  })
  contactName(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<string | null> {
    return unmasked(ctx, request, 'contactName');
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'In full for platform staff, the federation of its district and ADMINs of a claiming team (the read is audited); null for anyone else',
  })
  contactPhone(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<string | null> {
    return unmasked(ctx, request, 'contactPhone');
  }
}

@Resolver(() => ServiceRequestClaim)
export class ServiceRequestClaimResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() claim: ServiceRequestClaim, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(claim.organization.id))!;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The activity the team made of it, once published' })
  async project(@Root() claim: ServiceRequestClaim, @Ctx() ctx: Context): Promise<Project | null> {
    const project = claim.project ? await projectById(ctx).load(claim.project.id) : null;
    return project && project.status !== ProjectStatus.DRAFT ? project : null;
  }
}

@Resolver(() => Notification)
export class NotificationServiceRequestResolver {
  @FieldResolver(() => ServiceRequest, { nullable: true, description: 'SERVICE_REQUEST_CLAIMED and SERVICE_REQUEST_DONE: the request' })
  serviceRequest(@Root() n: Notification, @Ctx() ctx: Context): Promise<ServiceRequest | null> {
    return n.serviceRequestId ? new ServiceRequestService(ctx.em).findVisible(ctx.viewer, n.serviceRequestId) : Promise.resolve(null);
  }
}

export const serviceRequestResolvers = [ServiceRequestResolver, ServiceRequestClaimResolver, NotificationServiceRequestResolver] as const;
