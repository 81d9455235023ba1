import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { requireSelfOrStaff } from './ledger-access.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Shift } from '../project/shift.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { CorrectionService } from './correction.service.js';
import { CorrectionStatus, HourCorrectionRequest } from './hour-correction-request.entity.js';
import { HourEntry } from './hour-entry.entity.js';
import { RequestHourCorrectionInput, ResolveHourCorrectionInput } from './ledger.inputs.js';
import { ledgerLoaders } from './ledger.loaders.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { organizationById } from '../organization/organization.loaders.js';
import { shiftById } from '../project/project.loaders.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';

const CorrectionConnection = createConnectionType('HourCorrectionRequest', HourCorrectionRequest);

@Resolver(() => HourCorrectionRequest)
export class HourCorrectionResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => HourCorrectionRequest, { description: 'A volunteer asks the organisation to correct (or add) their record for a shift they signed up for' })
  requestHourCorrection(
    @Arg('input', () => RequestHourCorrectionInput) input: RequestHourCorrectionInput,
    @Ctx() ctx: Context,
  ): Promise<HourCorrectionRequest> {
    return new CorrectionService(ctx.em).request(ctx.viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => HourCorrectionRequest, {
    description: 'Coordinators: accept (the live record is reversed and the corrected minutes recorded) or reject, with a note',
  })
  resolveHourCorrection(
    @Arg('input', () => ResolveHourCorrectionInput) input: ResolveHourCorrectionInput,
    @Ctx() ctx: Context,
  ): Promise<HourCorrectionRequest> {
    return new CorrectionService(ctx.em).resolve(ctx.viewer, input);
  }

  @FieldResolver(() => Volunteer)
  async volunteer(@Root() request: HourCorrectionRequest, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx).load(request.volunteer.id))!;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() request: HourCorrectionRequest, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(request.organization.id))!;
  }

  @FieldResolver(() => Shift)
  async shift(@Root() request: HourCorrectionRequest, @Ctx() ctx: Context): Promise<Shift> {
    return (await shiftById(ctx).load(request.shift.id))!;
  }

  @FieldResolver(() => HourEntry, { nullable: true, description: 'The record disputed; null when it was missing' })
  async entry(@Root() request: HourCorrectionRequest, @Ctx() ctx: Context): Promise<HourEntry | null> {
    return request.entry ? ledgerLoaders(ctx).entry.load(request.entry.id) : null;
  }
}

@Resolver(() => Organization)
export class OrganizationCorrectionResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => CorrectionConnection, { nullable: true, description: 'Coordinators: correction requests to this organisation, newest first' })
  hourCorrectionRequests(
    @Root() org: Organization,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => CorrectionStatus, { nullable: true }) status: CorrectionStatus | null,
    @Ctx() ctx: Context,
  ): Promise<Page<HourCorrectionRequest>> {
    return new CorrectionService(ctx.em).listForOrganization(ctx.viewer, org.id, status, args);
  }
}

@Resolver(() => Volunteer)
export class VolunteerCorrectionResolver {
  @AppAccess(AppScope.HOURS)
  @FieldResolver(() => CorrectionConnection, {
    nullable: true,
    description: "The volunteer's correction requests, newest first (the volunteer and platform staff)",
  })
  hourCorrectionRequests(
    @Root() volunteer: Volunteer,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<HourCorrectionRequest>> {
    requireSelfOrStaff(ctx.viewer, volunteer.id);
    return new CorrectionService(ctx.em).listForVolunteer(volunteer.id, args);
  }
}
