import { ChangesPlatformFigures, ChangesPublicSite } from '../../common/site-changes.js';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { maskPhone } from '../../common/masking.js';
import type { Context } from '../../context.js';
import { Membership, MemberRole } from './membership.entity.js';
import { MembershipService } from './membership.service.js';
import { OrganizationAdminService } from './organization-admin.service.js';
import { Organization, OrganizationStatus } from './organization.entity.js';
import { isParentAdmin, MANAGING_ROLES } from './organization-access.js';
import { OrganizationFilter, RegisterOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { loadersFor, organizationById } from './organization.loaders.js';
import { OrganizationService } from './organization.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, APP_PUBLIC, NOT_FOR_APPS } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { AuditLog } from '../audit/audit-log.entity.js';
import { AuditService } from '../audit/audit.service.js';

export const OrganizationConnection = createConnectionType('Organization', Organization);
export const MembershipConnection = createConnectionType('Membership', Membership);

@Resolver(() => Organization)
export class OrganizationResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => OrganizationConnection, { description: 'Approved organisations' })
  organizations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Ctx() { em }: Context,
  ): Promise<Page<Organization>> {
    return new OrganizationService(em).list(args, filter);
  }

  @AppAccess(APP_PUBLIC)
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

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Organization, { description: 'Registers an organisation (status PENDING); the caller becomes its ADMIN' })
  registerOrganization(
    @Arg('input', () => RegisterOrganizationInput) input: RegisterOrganizationInput,
    @Ctx() { em, viewer, vault }: Context,
  ): Promise<Organization> {
    return new OrganizationAdminService(em, vault).register(viewer, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Organization, { description: "Edits a team's profile (its ADMINs, platform staff); a returned pending team is thereby resubmitted" })
  updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() { em, viewer, vault }: Context,
  ): Promise<Organization> {
    return new OrganizationAdminService(em, vault).update(viewer, id, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Organization, {
    description: "Sends a pending team's registration back with a reason (its parent's ADMINs, platform staff); it stays PENDING",
  })
  returnOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '2..500 characters, read by the team' }) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<Organization> {
    return new OrganizationAdminService(em).returnForChanges(viewer, id, reason);
  }

  @UseMiddleware(ChangesPublicSite, ChangesPlatformFigures)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Organization, { description: "PENDING → APPROVED (the parent's ADMINs, platform staff); SUSPENDED → APPROVED (platform staff)" })
  approveOrganization(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Organization> {
    return new OrganizationAdminService(em).approve(viewer, id);
  }

  @UseMiddleware(ChangesPublicSite, ChangesPlatformFigures)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Organization, { description: 'Takes an organisation out of public view (platform staff); its admins see the reason' })
  suspendOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '2..500 characters' }) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<Organization> {
    return new OrganizationAdminService(em).suspend(viewer, id, reason);
  }

  @UseMiddleware(ChangesPublicSite, ChangesPlatformFigures)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Organization, {
    description: 'SUSPENDED → APPROVED with a reason kept in the audit trail (platform staff); the suspension reason is cleared',
  })
  restoreOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '2..500 characters' }) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<Organization> {
    return new OrganizationAdminService(em).restore(viewer, id, reason);
  }

  @Query(() => OrganizationConnection, { description: 'Any organisation whatever its status, by part of its name, oldest first (platform staff)' })
  staffOrganizations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name (at most 50 characters; letter case ignored)' }) search: string | null,
    @Arg('status', () => OrganizationStatus, { nullable: true }) status: OrganizationStatus | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Page<Organization>> {
    return new OrganizationAdminService(em).staffSearch(viewer, args, search, status);
  }

  @FieldResolver(() => Organization, { nullable: true })
  async parent(@Root() org: Organization, @Ctx() ctx: Context): Promise<Organization | null> {
    if (!org.parent) return null;
    const parent = await organizationById(ctx).load(org.parent.id);
    return parent && parent.status === OrganizationStatus.APPROVED ? parent : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => MembershipConnection, {
    nullable: true,
    description: 'Members in joining order, optionally of one role: ADMINs and COORDINATORs of the organisation and platform staff only',
  })
  members(
    @Root() org: Organization,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('role', () => MemberRole, { nullable: true }) role: MemberRole | null,
    @Arg('search', () => String, { nullable: true, description: 'A volunteer number (or its start) or a mobile number' }) search: string | null,
    @Ctx() { em, viewer, vault }: Context,
  ): Promise<Page<Membership>> {
    const term = search?.replace(/\s/g, '') ?? '';
    const phone = /^1[3-9]\d{9}$/.test(term) ? vault.blindIndex('phone', term) : null;
    return new MembershipService(em).list(viewer, org.id, args, role, term ? { number: phone ? null : term, phoneIndex: phone } : undefined);
  }

  @AppAccess(AppScope.PROFILE)
  @FieldResolver(() => MemberRole, { nullable: true, description: "The signed-in volunteer's role here; null when not a member" })
  viewerRole(@Root() org: Organization, @Ctx() ctx: Context): Promise<MemberRole | null> {
    return loadersFor(ctx).viewerRole.load(org.id);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => OrganizationConnection, {
    nullable: true,
    description: 'Teams registered under this one that await its review, oldest first: for its ADMINs and platform staff',
  })
  pendingChildren(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Organization>> {
    return new OrganizationAdminService(em).pendingChildren(viewer, org.id, args);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, { nullable: true, description: "Contact person: for the team's managers, its parent's admins and platform staff" })
  async contactName(@Root() org: Organization, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.seesContact(org, ctx)) ? (org.contactName ?? null) : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, {
    nullable: true,
    description: "Contact phone, masked (138****0001): for the team's managers, its parent's admins and platform staff",
  })
  async contactPhoneMasked(@Root() org: Organization, @Ctx() ctx: Context): Promise<string | null> {
    if (!(await this.seesContact(org, ctx))) return null;
    await ctx.em.populate(org, ['contactPhoneEnc']);
    return org.contactPhoneEnc ? maskPhone(ctx.vault.decrypt(org.contactPhoneEnc)) : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, {
    nullable: true,
    description: "Why the reviewer returned the pending registration: for the team's ADMINs, its parent's admins and platform staff",
  })
  async returnedReason(@Root() org: Organization, @Ctx() ctx: Context): Promise<string | null> {
    if (!org.returnedReason || !ctx.viewer) return null;
    if (ctx.viewer.isPlatformAdmin || (await loadersFor(ctx).viewerRole.load(org.id)) === MemberRole.ADMIN) return org.returnedReason;
    return (await isParentAdmin(ctx.em, ctx.viewer.volunteerId, org.id)) ? org.returnedReason : null;
  }

  private async seesContact(org: Organization, ctx: Context): Promise<boolean> {
    if (!ctx.viewer) return false;
    if (ctx.viewer.isPlatformAdmin) return true;
    const role = await loadersFor(ctx).viewerRole.load(org.id);
    return (role !== null && MANAGING_ROLES.includes(role)) || isParentAdmin(ctx.em, ctx.viewer.volunteerId, org.id);
  }

  @FieldResolver(() => Date, { nullable: true, description: "When platform staff suspended it; for the organisation's ADMINs and platform staff" })
  async suspendedAt(@Root() org: Organization, @Ctx() ctx: Context): Promise<Date | null> {
    return (await this.seesSuspension(org, ctx)) ? (org.suspendedAt ?? null) : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, { nullable: true, description: "Why platform staff suspended it; for the organisation's ADMINs and platform staff" })
  async suspendedReason(@Root() org: Organization, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.seesSuspension(org, ctx)) ? (org.suspendedReason ?? null) : null;
  }

  private async seesSuspension(org: Organization, ctx: Context): Promise<boolean> {
    if (!org.suspendedAt && !org.suspendedReason) return false;
    if (!ctx.viewer) return false;
    return ctx.viewer.isPlatformAdmin || (await loadersFor(ctx).viewerRole.load(org.id)) === MemberRole.ADMIN;
  }
}

/** The organisation an audited event concerns: the organisation module adds it to the event. */
@Resolver(() => AuditLog)
export class AuditEventOrganizationResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation the event concerns: its subject when that is one, else the organisation named in its details (a partner key’s, …)',
  })
  async organization(@Root() event: AuditLog, @Ctx() ctx: Context): Promise<Organization | null> {
    const id = AuditService.organizationOf(event);
    return id ? organizationById(ctx).load(id) : null;
  }
}
