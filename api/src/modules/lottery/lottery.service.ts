// The lottery draw: run once per LOTTERY shift when its registration window closes, by the
// job queue's worker that takes its job (modules/lottery/draw-jobs.ts), or a coordinator's drawShift.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth.js';
import { ConflictError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Shift, ShiftAllocation } from '../project/shift.entity.js';
import { ProjectStatus } from '../project/project.entity.js';
import { countShiftPlaces } from '../project/project.queries.js';
import { SignupStatus } from '../signup/signup.entity.js';
import { claimDraw, drawEntrants, findUndrawnShifts, lockDrawSeed, placeEntrants, recordDraw, type PlacedEntrant } from './lottery.queries.js';
import { ShiftNotFoundError } from '../signup/signup.errors.js';
import { drawOrder } from './draw-order.js';
import { Reason } from '../../common/error-reasons.js';

export interface DrawResult {
  shiftId: string;
  entrants: number;
  confirmed: number;
  waitlisted: number;
  notSelected: number;
}

export class LotteryService {
  constructor(private readonly em: EntityManager) {}

  /**
   * LOTTERY shifts of published projects not drawn yet, with when their registration closes
   * (those of `projectIds` only, when given): each gets a draw job for that moment.
   */
  async undrawn(projectIds?: string[]): Promise<{ shiftId: string; closesAt: Date }[]> {
    const rows = await findUndrawnShifts(this.em, projectIds);
    return rows.map((r) => ({ shiftId: r.id, closesAt: new Date(r.closes_at) }));
  }

  /**
   * Draws the shift if it is due and not drawn yet; null when there is nothing to do. Runs
   * exactly once whatever the number of callers and processes: the conditional UPDATE that
   * sets `drawn_at` claims the draw, and a concurrent caller waits for that row lock, then
   * finds `drawn_at` set and changes nothing. Entries, cancellations and project cancellation
   * take the same row lock first, so the entrants cannot change while they are drawn.
   */
  async runDraw(shiftId: string): Promise<DrawResult | null> {
    return this.em.transactional(async (tx) => {
      const claim = await claimDraw(tx, shiftId);
      if (!claim) return null;
      const seed = await lockDrawSeed(tx, shiftId);
      if (!seed) throw new Error(`lottery shift ${shiftId} has no draw record`);
      const order = drawOrder(seed, await drawEntrants(tx, shiftId));
      const confirmed = Math.min(claim.capacity, order.length);
      const rest = order.length - confirmed;
      const placed = order.map((id, i): PlacedEntrant => ({
        id,
        position: i + 1,
        // Beyond capacity: the waitlist in draw order, or, on a shift without one, not selected.
        status: i < claim.capacity ? SignupStatus.CONFIRMED : claim.waitlist ? SignupStatus.WAITLISTED : SignupStatus.CANCELLED,
      }));
      // Every entrant hears their result through the outbox, written with the result itself.
      await placeEntrants(tx, { shiftId, projectId: claim.project_id, entrants: order.length, selected: confirmed }, placed);
      await countShiftPlaces(tx, shiftId, { confirmed, waitlisted: claim.waitlist ? rest : 0 });
      await recordDraw(tx, shiftId, claim.drawn_at, order, confirmed);
      return {
        shiftId,
        entrants: order.length,
        confirmed,
        waitlisted: claim.waitlist ? rest : 0,
        notSelected: claim.waitlist ? 0 : rest,
      };
    });
  }

  /** A coordinator draws a shift now rather than wait for the scheduler; a drawn shift is returned as it is. */
  async drawNow(viewer: Viewer | null, shiftId: string): Promise<Shift> {
    if (nodeTypeOf(shiftId) !== 'Shift') throw new ShiftNotFoundError();
    const shift = await this.em.findOne(Shift, { id: shiftId }, { populate: ['project'] });
    if (!shift) throw new ShiftNotFoundError();
    await requireOrgRole(this.em, viewer, shift.project.organization.id, MANAGING_ROLES);
    if (shift.allocation !== ShiftAllocation.LOTTERY) throw new ConflictError(Reason.NOT_A_LOTTERY, 'This shift gives places first come, first served', 'id');
    if (!shift.drawnAt) await this.runDraw(shiftId);
    const fresh = (await this.em.fork().findOne(Shift, { id: shiftId }))!;
    if (!fresh.drawnAt) {
      if (shift.project.status !== ProjectStatus.PUBLISHED)
        throw new ConflictError(Reason.PROJECT_NOT_PUBLISHED, 'Only shifts of published activities are drawn', 'id');
      throw new ConflictError(Reason.REGISTRATION_STILL_OPEN, 'The draw runs after entries close', 'id');
    }
    return fresh;
  }
}
