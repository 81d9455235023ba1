import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Membership, MemberRole } from './membership.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { MembershipService } from './membership.service.js';
import { Organization } from './organization.entity.js';
import { forgetOrganization, organizationById } from './organization.loaders.js';
import { MembershipConnection } from './organization.resolver.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Membership, { description: 'The signed-in volunteer joins an approved organisation as a MEMBER' })
  async joinOrganization(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: '1..255 characters: the same key from the same caller replays the first result' })
    idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    const membership = await new MembershipService(ctx.em).join(ctx.viewer, organizationId, idempotencyKey);
    forgetOrganization(ctx, organizationId);
    return membership;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, {
    description: 'The signed-in volunteer leaves an organisation; false when they were not a member. The last ADMIN cannot leave',
  })
  async leaveOrganization(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: Context): Promise<boolean> {
    const left = await new MembershipService(ctx.em).leave(ctx.viewer, organizationId);
    forgetOrganization(ctx, organizationId);
    return left;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Membership, { description: "Changes a member's role (ADMINs of the organisation and platform staff); the last ADMIN stays ADMIN" })
  async setMemberRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => MemberRole) role: MemberRole,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    const membership = await new MembershipService(ctx.em).setRole(ctx.viewer, membershipId, role);
    forgetOrganization(ctx, membership.organization.id);
    return membership;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(membership.organization.id))!;
  }

  @FieldResolver(() => Volunteer)
  async volunteer(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx).load(membership.volunteer.id))!;
  }
}

@Resolver(() => Volunteer)
export class VolunteerMembershipResolver {
  @AppAccess(AppScope.PROFILE)
  @FieldResolver(() => MembershipConnection, {
    description:
      'Organisations the volunteer joined, in joining order: all for the volunteer and platform staff, those they manage for ADMINs and COORDINATORs, none for others',
  })
  memberships(@Root() volunteer: Volunteer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Membership>> {
    return new MembershipService(em).listForVolunteer(viewer, volunteer.id, args);
  }
}
