import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Project } from '../project/project.entity.js';
import { ProjectService } from '../project/project.service.js';
import { Membership, MemberRole } from '../volunteer/membership.entity.js';
import { MembershipService } from './membership.service.js';
import { OrganizationAdminService } from './organization-admin.service.js';
import { Organization } from './organization.entity.js';
import { OrganizationFilter, RegisterOrganizationInput } from './organization.inputs.js';
import { callerOrganizations, loadersFor } from './organization.loaders.js';
import { OrganizationService } from './organization.service.js';

export const OrganizationConnection = createConnectionType('Organization', Organization);
export const MembershipConnection = createConnectionType('Membership', Membership);
const ProjectConnection = createConnectionType('Project', Project);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Approved organisations' })
  organizations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Ctx() { em }: Context,
  ): Promise<Page<Organization>> {
    return new OrganizationService(em).list(args, filter);
  }

  @Query(() => Organization, {
    nullable: true,
    description: 'By ID or slug. Approved organisations are public; a pending or suspended one only to its members and platform staff',
  })
  organization(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Organization | null> {
    return new OrganizationService(em).findVisible(id, slug, viewer);
  }

  @Query(() => OrganizationConnection, { description: 'The incubation queue: organisations awaiting approval, oldest first (platform staff)' })
  pendingOrganizations(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Organization>> {
    return new OrganizationAdminService(em).pending(viewer, args);
  }

  @Mutation(() => Organization, { description: 'Registers an organisation (status PENDING); the caller becomes its ADMIN' })
  registerOrganization(
    @Arg('input', () => RegisterOrganizationInput) input: RegisterOrganizationInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<Organization> {
    return new OrganizationAdminService(em).register(viewer, input);
  }

  @Mutation(() => Organization, { description: 'PENDING or SUSPENDED → APPROVED (platform staff)' })
  approveOrganization(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Organization> {
    return new OrganizationAdminService(em).approve(viewer, id);
  }

  @Mutation(() => Organization, { description: 'Takes an organisation out of public view (platform staff); its admins see the reason' })
  suspendOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '2..500 characters' }) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<Organization> {
    return new OrganizationAdminService(em).suspend(viewer, id, reason);
  }

  @FieldResolver(() => Organization, { nullable: true })
  async parent(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> {
    if (!org.parent) return null;
    const parent = await loaders.organization.load(org.parent.id);
    return parent && parent.status === 'APPROVED' ? parent : null;
  }

  @FieldResolver(() => ProjectConnection, {
    description: 'Projects of this organisation, soonest first: the public ones, and for its members and partner keys drafts and cancelled ones too',
  })
  async projects(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Project>> {
    return new ProjectService(ctx.em).list(args, { organizationId: org.id }, await callerOrganizations(ctx));
  }

  @FieldResolver(() => MembershipConnection, {
    nullable: true,
    description: 'Members in joining order, optionally of one role: ADMINs and COORDINATORs of the organisation and platform staff only',
  })
  members(
    @Root() org: Organization,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('role', () => MemberRole, { nullable: true }) role: MemberRole | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Page<Membership>> {
    return new MembershipService(em).list(viewer, org.id, args, role);
  }

  @FieldResolver(() => MemberRole, { nullable: true, description: "The signed-in volunteer's role here; null when not a member" })
  viewerRole(@Root() org: Organization, @Ctx() ctx: Context): Promise<MemberRole | null> {
    return loadersFor(ctx).viewerRole.load(org.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "Why platform staff suspended it; for the organisation's ADMINs and platform staff" })
  async suspendedReason(@Root() org: Organization, @Ctx() ctx: Context): Promise<string | null> {
    if (!org.suspendedReason || !ctx.viewer) return null;
    if (ctx.viewer.isPlatformAdmin || (await loadersFor(ctx).viewerRole.load(org.id)) === MemberRole.ADMIN) return org.suspendedReason;
    return null;
  }
}
