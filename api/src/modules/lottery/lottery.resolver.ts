import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Shift, ShiftAllocation } from '../project/shift.entity.js';
import { LotteryService } from './lottery.service.js';
import { ShiftDraw } from './shift-draw.entity.js';

@Resolver(() => Shift)
export class LotteryResolver {
  @Mutation(() => Shift, { description: 'Coordinators: draws a LOTTERY shift now that its registration has closed (the scheduler would within seconds); a drawn shift is returned unchanged' })
  drawShift(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Shift> {
    return new LotteryService(ctx.em).drawNow(ctx.viewer, id);
  }

  @FieldResolver(() => ShiftDraw, { nullable: true, description: 'LOTTERY shifts: the draw’s public record (null for FIRST_COME)' })
  async draw(@Root() shift: Shift, @Ctx() ctx: Context): Promise<ShiftDraw | null> {
    if (shift.allocation !== ShiftAllocation.LOTTERY) return null;
    return ctx.loaders.shiftDraw.load(shift.id);
  }
}
