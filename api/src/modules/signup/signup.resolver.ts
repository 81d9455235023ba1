import QRCode from 'qrcode';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Field, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../common/auth.js';
import { ConnectionArgs, createConnectionType, decodeCursor, pageOfRows, pageSize, paginate, type Page } from '../../common/connection.js';
import { ForbiddenError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Project } from '../project/project.entity.js';
import { Shift } from '../project/shift.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { checkInCode, checkInQrPayload, checkInPageUrl, CODE_PERIOD_MS } from './check-in-code.js';
import { Signup, SignupStatus } from './signup.entity.js';
import { CheckInInput, SignUpInput } from './signup.inputs.js';
import { countVolunteerSignups, volunteerSignupPage } from './signup.queries.js';
import { SignupService } from './signup.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { PartnerScope } from '../../common/auth.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { projectById, shiftById } from '../project/project.loaders.js';
import { signupLoaders } from './signup.loaders.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';

const SignupConnection = createConnectionType('Signup', Signup);
// By ID alone: IDs are time-ordered, and a cursor on created_at would lose its microseconds.
const ORDER = [{ column: 'g.id', value: (s: Signup) => s.id, type: 'string' as const }];

@ObjectType('CheckInCode', { description: 'Shown by coordinators; rotates every ten minutes' })
export class CheckInCodeType {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'Text to encode as a QR code: with `origin`, the address of the check-in page, which a phone camera opens' })
  qrPayload!: string;
  @Field(() => String, { nullable: true, description: 'With `origin`: the QR code of qrPayload as SVG markup, for a screen at the door' }) qrSvg!:
    string | null;
  @Field(() => DateTimeResolver, { description: 'When this code is replaced by the next (codes rotate every ten minutes)' }) validUntil!: Date;
}

/** A coordinator of the shift's organisation; a partner key only where the field declares `keyScope`. */
async function requireShiftManager(ctx: Context, shift: Shift, keyScope?: PartnerScope): Promise<void> {
  const project = (await projectById(ctx).load(shift.project.id)) as Project;
  await requireOrgRole(ctx.em, ctx.viewer ?? ctx.partner, project.organization.id, MANAGING_ROLES, keyScope);
}

@Resolver(() => Signup)
export class SignupResolver {
  @AppAccess(AppScope.SIGNUPS)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Signup, {
    description:
      'Takes a place (CONFIRMED), or joins the waitlist (WAITLISTED) when the shift is full; on a LOTTERY shift before its draw, enters the draw (PENDING_DRAW)',
  })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<Signup> {
    return new SignupService(ctx.em).signUp(ctx.viewer, input.shiftId, input.idempotencyKey);
  }

  @AppAccess(AppScope.SIGNUPS)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Signup, { description: 'Cancels before the shift starts; a freed place goes to the oldest waitlisted sign-up' })
  cancelSignup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Signup> {
    return new SignupService(ctx.em).cancel(ctx.viewer, id);
  }

  @AppAccess(AppScope.SIGNUPS)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Signup, { description: "Marks the signed-in volunteer ATTENDED with the shift's check-in code" })
  checkIn(@Arg('input', () => CheckInInput) input: CheckInInput, @Ctx() ctx: Context): Promise<Signup> {
    return new SignupService(ctx.em).checkIn(ctx.viewer, ctx.vault, input.signupId, input.code);
  }

  @AppAccess(AppScope.SIGNUPS)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Signup, {
    description: "Marks the signed-in volunteer ATTENDED on a shift they signed up for, with the shift's check-in code (the door's QR code leads here)",
  })
  checkInToShift(@Arg('shiftId', () => ID) shiftId: string, @Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Signup> {
    return new SignupService(ctx.em).checkInToShift(ctx.viewer, ctx.vault, shiftId, code);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Signup, { description: "Coordinators: signs up a member of the team (a resident registered at the station) for one of the team's shifts" })
  signUpVolunteer(@Arg('shiftId', () => ID) shiftId: string, @Arg('volunteerId', () => ID) volunteerId: string, @Ctx() ctx: Context): Promise<Signup> {
    return new SignupService(ctx.em).signUpFor(ctx.viewer, shiftId, volunteerId);
  }

  @KeyScope(PartnerScope.ROSTER)
  @Mutation(() => Signup, { description: 'Coordinators: marks a volunteer present (from an hour before the start)' })
  markAttended(@Arg('signupId', () => ID) signupId: string, @Ctx() ctx: Context): Promise<Signup> {
    return new SignupService(ctx.em).markAttended(ctx.viewer ?? ctx.partner, signupId);
  }

  @KeyScope(PartnerScope.ROSTER)
  @Mutation(() => Signup, { description: 'Coordinators: marks a confirmed volunteer absent after the shift started' })
  markNoShow(@Arg('signupId', () => ID) signupId: string, @Ctx() ctx: Context): Promise<Signup> {
    return new SignupService(ctx.em).markNoShow(ctx.viewer ?? ctx.partner, signupId);
  }

  @FieldResolver(() => Shift)
  async shift(@Root() signup: Signup, @Ctx() ctx: Context): Promise<Shift> {
    return (await shiftById(ctx).load(signup.shift.id))!;
  }

  @FieldResolver(() => Volunteer)
  async volunteer(@Root() signup: Signup, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx).load(signup.volunteer.id))!;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Place in the waitlist (1 = next; drawn sign-ups in draw order), while WAITLISTED' })
  async waitlistPosition(@Root() signup: Signup, @Ctx() ctx: Context): Promise<number | null> {
    if (signup.status !== SignupStatus.WAITLISTED) return null;
    return signupLoaders(ctx).waitlistPosition.load(signup.id);
  }
}

@Resolver(() => Shift)
export class ShiftSignupResolver {
  @KeyScope(PartnerScope.ROSTER)
  @FieldResolver(() => SignupConnection, { description: "Coordinators and admins of the project's organisation only (FORBIDDEN for others)" })
  async signups(@Root() shift: Shift, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Signup>> {
    await requireShiftManager(ctx, shift, PartnerScope.ROSTER);
    const qb = ctx.em.createQueryBuilder(Signup, 'g').where({ shift: shift.id });
    return paginate(qb, args, ORDER);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => CheckInCodeType, { nullable: true, description: "Coordinators and admins of the project's organisation only" })
  async checkInCode(
    @Root() shift: Shift,
    @Arg('origin', () => String, { nullable: true, description: "The site's origin (https://…), for a QR code that opens its check-in page" })
    origin: string | null,
    @Ctx() ctx: Context,
  ): Promise<CheckInCodeType> {
    await requireShiftManager(ctx, shift);
    const now = Date.now();
    const code = checkInCode(ctx.vault, shift.id, now);
    const validUntil = new Date((Math.floor(now / CODE_PERIOD_MS) + 1) * CODE_PERIOD_MS);
    if (!origin) return { code, qrPayload: checkInQrPayload(shift.id, code), qrSvg: null, validUntil };
    const url = checkInPageUrl(origin, shift.id, code);
    return { code, qrPayload: url, qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }), validUntil };
  }

  @AppAccess(AppScope.SIGNUPS)
  @FieldResolver(() => Signup, { nullable: true, description: "The signed-in volunteer's live sign-up for this shift" })
  async viewerSignup(@Root() shift: Shift, @Ctx() ctx: Context): Promise<Signup | null> {
    const mine = await signupLoaders(ctx).viewerSignupsByShift.load(shift.id);
    return mine.find((s) => s.status !== SignupStatus.CANCELLED) ?? null;
  }
}

@Resolver(() => Volunteer)
export class VolunteerSignupResolver {
  @AppAccess(AppScope.SIGNUPS)
  @FieldResolver(() => SignupConnection, { description: 'The volunteer and platform staff only (FORBIDDEN for others); newest first' })
  async signups(@Root() volunteer: Volunteer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Signup>> {
    const viewer = requireViewer(ctx.viewer);
    if (viewer.volunteerId !== volunteer.id && !viewer.isPlatformAdmin) throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only the volunteer or platform staff');
    const first = pageSize(args.first);
    const before = args.after ? (decodeCursor(args.after, ORDER)[0] as string) : null;
    // One statement reads the page with its shifts; the shift loader then has them already.
    const signups = await volunteerSignupPage(ctx.em, volunteer, before, first + 1);
    for (const signup of signups) shiftById(ctx).prime(signup.shift.id, signup.shift);
    return pageOfRows(signups, first, ORDER, () => countVolunteerSignups(ctx.em, volunteer.id));
  }
}
