import { raw } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, Field, FieldResolver, ObjectType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requirePlatformAdmin } from '../../common/auth.js';
import { ConnectionArgs, createConnectionType, paginate, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { Shift } from '../project/shift.entity.js';
import { Signup } from '../signup/signup.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { HourEntry, HourEntryKind } from './hour-entry.entity.js';
import { checkLedger, LedgerConsistency } from './ledger-consistency.js';
import { AWAITING_RECORD_SQL } from './ledger.queries.js';
import { RecordHoursInput, ReverseHourEntryInput } from './ledger.inputs.js';
import { ledgerLoaders } from './ledger.loaders.js';
import { LedgerService } from './ledger.service.js';
import { exportPeriod } from './ledger-export.js';
import { KeyScope } from '../../common/key-scope.js';
import { PartnerScope } from '../../common/auth.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { organizationById } from '../organization/organization.loaders.js';
import { projectById, shiftById } from '../project/project.loaders.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';

export const HourEntryConnection = createConnectionType('HourEntry', HourEntry);
const SignupConnection = createConnectionType('Signup', Signup);
const ShiftConnection = createConnectionType('Shift', Shift);

const ENTRY_ORDER = [{ column: 'e.id', value: (e: HourEntry) => e.id, type: 'string' as const }];
/** A volunteer's records by the day served (a record entered late or imported sorts where it happened). */
const RECORD_ORDER = [{ column: 'e.service_date', value: (e: HourEntry) => e.serviceDate, type: 'string' as const }, ...ENTRY_ORDER];

@ObjectType('HoursExport', { description: "Download links for an organisation's service records (CSV with BOM, XLSX)" })
export class HoursExport {
  @Field(() => String) csvUrl!: string;
  @Field(() => String) xlsxUrl!: string;
}

/** A coordinator of the shift's organisation; a partner key only where the field declares `keyScope`. */
async function requireShiftManager(ctx: Context, shift: Shift, keyScope?: PartnerScope): Promise<string> {
  const project = (await projectById(ctx).load(shift.project.id)) as Project;
  await requireOrgRole(ctx.em, ctx.viewer ?? ctx.partner, project.organization.id, MANAGING_ROLES, keyScope);
  return project.organization.id;
}

@Resolver(() => HourEntry)
export class HourEntryResolver {
  @KeyScope(PartnerScope.RECORD_HOURS)
  @Mutation(() => [HourEntry], {
    description: 'Records service time after a shift (COORDINATOR/ADMIN of its organisation); one live SERVICE entry per volunteer and shift',
  })
  recordHours(@Arg('input', () => RecordHoursInput) input: RecordHoursInput, @Ctx() ctx: Context): Promise<HourEntry[]> {
    return new LedgerService(ctx.em).recordHours(ctx.viewer ?? ctx.partner, input);
  }

  @KeyScope(PartnerScope.RECORD_HOURS)
  @Mutation(() => HourEntry, { description: 'Writes the REVERSAL (negative minutes) of a SERVICE entry; entries are never edited' })
  reverseHourEntry(@Arg('input', () => ReverseHourEntryInput) input: ReverseHourEntryInput, @Ctx() ctx: Context): Promise<HourEntry> {
    return new LedgerService(ctx.em).reverse(ctx.viewer ?? ctx.partner, input);
  }

  @Query(() => LedgerConsistency, { description: 'Platform staff: checks every kept total against the sums of the ledger entries' })
  ledgerConsistency(@Ctx() ctx: Context): Promise<LedgerConsistency> {
    requirePlatformAdmin(ctx.viewer);
    return checkLedger(ctx.em);
  }

  @FieldResolver(() => Volunteer)
  async volunteer(@Root() entry: HourEntry, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx).load(entry.volunteer.id))!;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() entry: HourEntry, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(entry.organization.id))!;
  }

  @FieldResolver(() => Shift, { nullable: true, description: 'Null for records imported from before the platform' })
  async shift(@Root() entry: HourEntry, @Ctx() ctx: Context): Promise<Shift | null> {
    return entry.shift ? shiftById(ctx).load(entry.shift.id) : null;
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Who recorded it' })
  async recordedBy(@Root() entry: HourEntry, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return entry.recordedBy ? volunteerById(ctx).load(entry.recordedBy.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The partner app that recorded it (its API key's name), when one did" })
  async recordedByApp(@Root() entry: HourEntry, @Ctx() ctx: Context): Promise<string | null> {
    return entry.recordedByKey ? ledgerLoaders(ctx).appName.load(entry.recordedByKey.id) : null;
  }

  @FieldResolver(() => HourEntry, { nullable: true, description: 'For a REVERSAL: the entry it cancels' })
  async reverses(@Root() entry: HourEntry, @Ctx() ctx: Context): Promise<HourEntry | null> {
    return entry.reverses ? ledgerLoaders(ctx).entry.load(entry.reverses.id) : null;
  }

  @FieldResolver(() => HourEntry, { nullable: true, description: 'For a SERVICE entry: the REVERSAL that cancelled it, if any' })
  async reversedBy(@Root() entry: HourEntry, @Ctx() ctx: Context): Promise<HourEntry | null> {
    return entry.kind === HourEntryKind.SERVICE ? ledgerLoaders(ctx).reversalOf.load(entry.id) : null;
  }
}

@Resolver(() => Volunteer)
export class VolunteerLedgerResolver {
  @AppAccess(AppScope.HOURS)
  @FieldResolver(() => HourEntryConnection, {
    description:
      'Service records, newest service date first: all of them for the volunteer and platform staff, those of their organisations for coordinators, none for others',
  })
  async hourEntries(@Root() volunteer: Volunteer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<HourEntry>> {
    const qb = ctx.em.createQueryBuilder(HourEntry, 'e').where({ volunteer: volunteer.id });
    const viewer = ctx.viewer;
    if (!viewer) qb.andWhere(raw('false'));
    else if (!viewer.isPlatformAdmin && viewer.volunteerId !== volunteer.id) {
      const managed = await ledgerLoaders(ctx).managed();
      if (managed.length) qb.andWhere({ organization: { $in: managed } });
      else qb.andWhere(raw('false'));
    }
    return paginate(qb, args, RECORD_ORDER, 'desc');
  }
}

@Resolver(() => Shift)
export class ShiftLedgerResolver {
  @KeyScope(PartnerScope.RECORD_HOURS)
  @FieldResolver(() => SignupConnection, {
    nullable: true,
    description: 'Coordinators: CONFIRMED or ATTENDED sign-ups that still lack a live service record (待登记)',
  })
  async unrecordedSignups(@Root() shift: Shift, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Signup>> {
    await requireShiftManager(ctx, shift, PartnerScope.RECORD_HOURS);
    const qb = ctx.em.createQueryBuilder(Signup, 'g').where({ shift: shift.id }).andWhere(raw(AWAITING_RECORD_SQL));
    return paginate(qb, args, [{ column: 'g.id', value: (s: Signup) => s.id, type: 'string' }]);
  }

  @KeyScope(PartnerScope.RECORD_HOURS)
  @FieldResolver(() => HourEntryConnection, { nullable: true, description: "Coordinators: the shift's ledger entries in order" })
  async hourEntries(@Root() shift: Shift, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<HourEntry>> {
    await requireShiftManager(ctx, shift, PartnerScope.RECORD_HOURS);
    return paginate(ctx.em.createQueryBuilder(HourEntry, 'e').where({ shift: shift.id }), args, ENTRY_ORDER);
  }
}

@Resolver(() => Organization)
export class OrganizationLedgerResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => ShiftConnection, {
    nullable: true,
    description: 'Coordinators: ended shifts with sign-ups still awaiting a service record, latest first',
  })
  async shiftsAwaitingHours(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Shift>> {
    await requireOrgRole(ctx.em, ctx.viewer, org.id, MANAGING_ROLES);
    const qb = ctx.em
      .createQueryBuilder(Shift, 's')
      .join('s.project', 'p')
      .where({ 'p.organization': org.id })
      .andWhere(raw('s.ends_at <= now()'))
      .andWhere(raw(`exists (select 1 from signup g where g.shift_id = s.id and ${AWAITING_RECORD_SQL})`));
    return paginate(
      qb,
      args,
      [
        { column: 's.ends_at', value: (s: Shift) => s.endsAt, type: 'date' },
        { column: 's.id', value: (s: Shift) => s.id, type: 'string' },
      ],
      'desc',
    );
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => HoursExport, {
    nullable: true,
    description: "Coordinators: links to download the organisation's records of a period (YYYY-MM-DD, inclusive)",
  })
  async hoursExport(
    @Root() org: Organization,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: Context,
  ): Promise<HoursExport> {
    await requireOrgRole(ctx.em, ctx.viewer, org.id, MANAGING_ROLES);
    const period = exportPeriod(from, to);
    const base = `/exports/organizations/${org.id}/hours`;
    const query = `?from=${period.from}&to=${period.to}`;
    return { csvUrl: `${base}.csv${query}`, xlsxUrl: `${base}.xlsx${query}` };
  }
}
