import { ChangesPublicSite } from '../../common/site-changes.js';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { Shift, ShiftAllocation } from '../project/shift.entity.js';
import { Signup, SignupStatus } from '../signup/signup.entity.js';
import { LotteryService } from './lottery.service.js';
import { ShiftDraw } from './shift-draw.entity.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { drawOfShift } from './lottery.loaders.js';
import { signupLoaders } from '../signup/signup.loaders.js';

@Resolver(() => Shift)
export class LotteryResolver {
  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Shift, {
    description:
      'Coordinators: draws a LOTTERY shift now that its registration has closed (the scheduler would within seconds); a drawn shift is returned unchanged',
  })
  drawShift(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Shift> {
    return new LotteryService(ctx.em).drawNow(ctx.viewer, id);
  }

  @FieldResolver(() => ShiftDraw, { nullable: true, description: 'LOTTERY shifts: the draw’s public record (null for FIRST_COME)' })
  async draw(@Root() shift: Shift, @Ctx() ctx: Context): Promise<ShiftDraw | null> {
    if (shift.allocation !== ShiftAllocation.LOTTERY) return null;
    return drawOfShift(ctx).load(shift.id);
  }

  @AppAccess(AppScope.SIGNUPS)
  @FieldResolver(() => Signup, {
    nullable: true,
    description:
      'LOTTERY: the signed-in volunteer’s entry in the draw as it stands: PENDING_DRAW before the draw, then CONFIRMED, WAITLISTED or CANCELLED (not selected, or withdrawn later) with its drawPosition; null without an entry. Unlike viewerSignup, it stays after an entry is not selected',
  })
  async viewerDrawEntry(@Root() shift: Shift, @Ctx() ctx: Context): Promise<Signup | null> {
    if (!ctx.viewer || shift.allocation !== ShiftAllocation.LOTTERY) return null;
    // At most one sign-up of a volunteer is pending or drawn per shift: only one can be live when the draw runs.
    const mine = await signupLoaders(ctx).viewerSignupsByShift.load(shift.id);
    return mine.find((s) => s.status === SignupStatus.PENDING_DRAW || s.drawPosition != null) ?? null;
  }
}
