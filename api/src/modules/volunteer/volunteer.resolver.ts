import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { starLevelFor } from './star-level.js';
import { maskPhone, maskResidentId } from '../../common/masking.js';
import type { Context } from '../../context.js';
import { mayRead, type PersonalField, volunteerLoaders } from './volunteer-access.js';
import { Volunteer } from './volunteer.entity.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { AuditLog } from '../audit/audit-log.entity.js';
import { volunteerById } from './volunteer.loaders.js';

async function allowed(ctx: Context, volunteer: Volunteer, field: PersonalField): Promise<boolean> {
  if (volunteer.deletedAt) return false;
  return mayRead(await volunteerLoaders(ctx).access.load(volunteer.id), field);
}

/** The personal fields of a volunteer, each null unless the viewer may see it (masked where the contract says). */
@Resolver(() => Volunteer)
export class VolunteerResolver {
  @FieldResolver(() => Int, { description: '0..5 stars from approved hours' })
  starLevel(@Root() volunteer: Volunteer, @Ctx() ctx: Context): number {
    return starLevelFor(volunteer.totalMinutes, ctx.settings.starHours);
  }

  @AppAccess(AppScope.PROFILE)
  @FieldResolver(() => String, { nullable: true, description: 'Real name; the volunteer, coordinators of their organisations and platform staff only' })
  async realName(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string | null> {
    if (!(await allowed(ctx, volunteer, 'realName'))) return null;
    if (volunteer.id !== ctx.viewer?.volunteerId) await volunteerLoaders(ctx).auditRead.load({ subjectId: volunteer.id, field: 'realName' });
    return (await volunteerLoaders(ctx).personalData.load(volunteer.id)).realName;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The volunteer card's photo (证件照) as a data: URL (WebP, 240×320), for checking who is at the door; the volunteer, coordinators of their organisations and platform staff only",
  })
  async cardPhoto(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string | null> {
    if (!(await allowed(ctx, volunteer, 'cardPhoto'))) return null;
    const photo = await volunteerLoaders(ctx).cardPhoto.load(volunteer.id);
    if (photo && volunteer.id !== ctx.viewer?.volunteerId) await volunteerLoaders(ctx).auditRead.load({ subjectId: volunteer.id, field: 'cardPhoto' });
    return photo;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, { nullable: true, description: 'e.g. 460106********123X; the volunteer and platform staff only' })
  async idNumberMasked(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string | null> {
    if (!(await allowed(ctx, volunteer, 'idNumberMasked'))) return null;
    const { idNumber } = await volunteerLoaders(ctx).personalData.load(volunteer.id);
    return idNumber ? maskResidentId(idNumber) : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, { nullable: true, description: 'e.g. 138****0002' })
  async phoneMasked(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string | null> {
    if (!(await allowed(ctx, volunteer, 'phoneMasked'))) return null;
    const { phone } = await volunteerLoaders(ctx).personalData.load(volunteer.id);
    return phone ? maskPhone(phone) : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, { nullable: true, description: 'The volunteer and platform staff only' })
  async email(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string | null> {
    return (await allowed(ctx, volunteer, 'email')) ? (volunteer.email ?? null) : null;
  }

  @AppAccess(AppScope.PROFILE)
  @FieldResolver(() => Boolean, { nullable: true, description: 'Platform staff (the /admin/ pages); the volunteer and platform staff only' })
  isPlatformAdmin(@Root() volunteer: Volunteer, @Ctx() ctx: Context): boolean | null {
    const viewer = ctx.viewer;
    if (!viewer || (viewer.volunteerId !== volunteer.id && !viewer.isPlatformAdmin)) return null;
    return volunteer.isPlatformAdmin;
  }

  @AppAccess(AppScope.PROFILE)
  @FieldResolver(() => String, { nullable: true })
  async district(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string | null> {
    return (await allowed(ctx, volunteer, 'district')) ? (volunteer.district ?? null) : null;
  }

  @AppAccess(AppScope.PROFILE)
  @FieldResolver(() => [String], { nullable: true })
  async skills(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<string[] | null> {
    return (await allowed(ctx, volunteer, 'skills')) ? volunteer.skills : null;
  }
}

/** Who did what the audit trail records: the volunteer module adds the person to the event. */
@Resolver(() => AuditLog)
export class AuditEventActorResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: 'Who did it (null for the system or an erased account)' })
  async actor(@Root() event: AuditLog, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return event.actorId ? volunteerById(ctx).load(event.actorId) : null;
  }
}
