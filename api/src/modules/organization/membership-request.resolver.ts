import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Membership } from './membership.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { MembershipRequest, MembershipRequestStatus } from './membership-request.entity.js';
import { MembershipRequestService } from './membership-request.service.js';
import { MembershipService } from './membership.service.js';
import { Organization } from './organization.entity.js';
import { forgetOrganization, organizationById } from './organization.loaders.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';

export const MembershipRequestConnection = createConnectionType('MembershipRequest', MembershipRequest);

@Resolver(() => MembershipRequest)
export class MembershipRequestResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => MembershipRequest, { description: 'The signed-in volunteer asks to join a team that reviews its members (JoinPolicy.APPROVAL)' })
  requestToJoin(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('message', () => String, { nullable: true, description: 'A note to the team, at most 300 characters' }) message: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<MembershipRequest> {
    return new MembershipRequestService(em).request(viewer, organizationId, message);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => MembershipRequest, { description: 'The volunteer withdraws their pending request' })
  withdrawJoinRequest(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<MembershipRequest> {
    return new MembershipRequestService(em).withdraw(viewer, id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Membership, { description: "The team's COORDINATORs and ADMINs accept a request: the volunteer becomes a MEMBER" })
  async acceptJoinRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Membership> {
    const membership = await new MembershipRequestService(ctx.em).accept(ctx.viewer, id);
    forgetOrganization(ctx, membership.organization.id);
    return membership;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => MembershipRequest, { description: "The team's COORDINATORs and ADMINs decline a request, with a reason the volunteer reads" })
  declineJoinRequest(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '2..300 characters' }) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<MembershipRequest> {
    return new MembershipRequestService(em).decline(viewer, id, reason);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, { description: 'Removes a member: ADMINs remove anyone but the last ADMIN, COORDINATORs remove MEMBERs' })
  async removeMember(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: Context): Promise<boolean> {
    return new MembershipService(ctx.em).remove(ctx.viewer, membershipId);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Membership, { description: 'The calling ADMIN makes another member ADMIN and becomes a COORDINATOR, in one step' })
  handOverAdmin(@Arg('membershipId', () => ID) membershipId: string, @Ctx() { em, viewer }: Context): Promise<Membership> {
    return new MembershipService(em).handOverAdmin(viewer, membershipId);
  }

  @FieldResolver(() => Volunteer, { description: 'Who asked (their public profile: masked name, volunteer number, hours and stars)' })
  async volunteer(@Root() request: MembershipRequest, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx).load(request.volunteer.id))!;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() request: MembershipRequest, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(request.organization.id))!;
  }
}

@Resolver(() => Organization)
export class OrganizationMembershipRequestResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => MembershipRequestConnection, {
    nullable: true,
    description: "Requests to join, oldest first, optionally of one status: for the team's COORDINATORs and ADMINs",
  })
  joinRequests(
    @Root() org: Organization,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => MembershipRequestStatus, { nullable: true }) status: MembershipRequestStatus | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Page<MembershipRequest>> {
    return new MembershipRequestService(em).list(viewer, org.id, status, args);
  }

  @AppAccess(AppScope.PROFILE)
  @FieldResolver(() => MembershipRequest, {
    nullable: true,
    description: "The signed-in volunteer's latest request to join this team (pending, or how it ended)",
  })
  viewerJoinRequest(@Root() org: Organization, @Ctx() { em, viewer }: Context): Promise<MembershipRequest | null> {
    return new MembershipRequestService(em).latestOf(viewer, org.id);
  }
}
