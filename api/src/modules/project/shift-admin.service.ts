// Changing one shift of a published activity: a coordinator moves it (the weather, the venue) or
// cancels it alone (one date of a weekly series); everyone holding, waiting for or entered for a
// place is told in the same transaction. The activity's other shifts are untouched.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import type { DomainEventBus } from '../../common/domain-events.js';
import { checkText } from '../../common/text-input.js';
import { OutboxTopic } from '../outbox/outbox.queries.js';
import { emitWebhookEvent } from '../webhook/webhook.queries.js';
import { checkShiftSpan, managedProject } from './project-admin.service.js';
import { Project, ProjectStatus } from './project.entity.js';
import './project.events.js';
import type { CancelShiftInput, MoveShiftInput } from './project.inputs.js';
import {
  countOtherLiveShifts,
  findShiftTimes,
  lockProjectStatus,
  lockShifts,
  markShiftCancelled,
  refreshProjectSpan,
  setShiftTimes,
  type ShiftTimesRow,
} from './project.queries.js';
import { Shift, ShiftAllocation } from './shift.entity.js';

/** What a change did: the shift and its activity as they are now, and how many volunteers were told. */
export interface ShiftChange {
  shift: Shift;
  project: Project;
  notified: number;
}

/** The shift cannot be changed now; `reason` says why (for clients' own wording). */
export class ShiftUnchangeableError extends DomainError {
  constructor(reason: Reason.NOT_PUBLISHED | Reason.SHIFT_STARTED | Reason.SHIFT_CANCELLED | Reason.LAST_SHIFT, message: string) {
    super('CONFLICT', reason, message, { field: 'shiftId' });
  }
}

export class ShiftAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: DomainEventBus,
  ) {}

  async move(actor: Actor | null, input: MoveShiftInput): Promise<ShiftChange> {
    const shift = await this.managedShift(actor, input.shiftId);
    const reason = checkText('reason', input.reason, 1, 200);
    const { startsAt, endsAt } = input;
    checkShiftSpan(startsAt, endsAt, 'endsAt');
    if (startsAt.getTime() <= Date.now()) throw new BadUserInputError('startsAt', Reason.TIME_IN_PAST, 'The new start must be in the future');
    // Moving never changes a lottery's registration window, so its draw stays due when entries close.
    const closes = shift.allocation === ShiftAllocation.LOTTERY ? shift.registrationClosesAt : null;
    if (closes && closes.getTime() >= startsAt.getTime()) {
      throw new BadUserInputError(
        'startsAt',
        Reason.BEFORE_REGISTRATION_CLOSES,
        `The lottery's entries close at ${closes.toISOString()}: the new start must be later`,
        {
          registrationClosesAt: closes.toISOString(),
        },
      );
    }
    const projectId = shift.project.id;
    const notified = await this.em.transactional(async (tx) => {
      const old = await this.lockedForChange(tx, projectId, { shiftId: shift.id }, shift.id);
      if (old.starts_at.getTime() === startsAt.getTime() && old.ends_at.getTime() === endsAt.getTime()) {
        throw new BadUserInputError('startsAt', Reason.UNCHANGED, 'These are the times the shift has already');
      }
      await setShiftTimes(tx, shift.id, startsAt, endsAt);
      await refreshProjectSpan(tx, projectId);
      const move = {
        projectId,
        shiftId: shift.id,
        oldStartsAt: old.starts_at,
        oldEndsAt: old.ends_at,
        newStartsAt: startsAt,
        newEndsAt: endsAt,
        reason,
        told: 0,
      };
      await this.events.raise(tx, 'shiftMoved', move);
      await emitWebhookEvent(tx, shift.project.organization.id, 'shift.moved', {
        shiftId: shift.id,
        projectId,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        previousStartsAt: old.starts_at.toISOString(),
        previousEndsAt: old.ends_at.toISOString(),
      });
      return move.told;
    });
    return this.changed(shift.id, notified);
  }

  async cancel(actor: Actor | null, input: CancelShiftInput): Promise<ShiftChange> {
    const shift = await this.managedShift(actor, input.shiftId);
    const reason = checkText('reason', input.reason, 1, 200);
    const projectId = shift.project.id;
    const notified = await this.em.transactional(async (tx) => {
      // Every shift of the activity is locked, so two cancellations at once cannot both leave it without one.
      await this.lockedForChange(tx, projectId, { projectId }, shift.id);
      if ((await countOtherLiveShifts(tx, projectId, shift.id)) === 0)
        throw new ShiftUnchangeableError(Reason.LAST_SHIFT, "This is the activity's last shift: cancel the whole activity instead");
      await markShiftCancelled(tx, shift.id);
      const cancelled = { scope: { shiftId: shift.id }, projectId, topic: OutboxTopic.SHIFT_CANCELLED, reason, told: 0 };
      await this.events.raise(tx, 'shiftsCancelled', cancelled);
      await refreshProjectSpan(tx, projectId);
      // Its sign-ups end with it: partners hear of the shift, not of each sign-up.
      await emitWebhookEvent(tx, shift.project.organization.id, 'shift.cancelled', { shiftId: shift.id, projectId });
      return cancelled.told;
    });
    return this.changed(shift.id, notified);
  }

  /** The shift with its activity, once the actor is found to manage the activity (as cancelProject checks). */
  private async managedShift(actor: Actor | null, shiftId: string): Promise<Shift> {
    const shift = nodeTypeOf(shiftId) === 'Shift' ? await this.em.findOne(Shift, { id: shiftId }, { populate: ['project'] }) : null;
    if (!shift) throw new NotFoundError('Shift');
    await managedProject(this.em, actor, shift.project.id);
    return shift;
  }

  /**
   * Locks the activity, then the shifts of `scope` (the order cancelProject takes them in), and
   * checks under the locks that the shift may change: a published activity's shift, not
   * cancelled, not started. The shift's times as they are.
   */
  private async lockedForChange(
    tx: EntityManager,
    projectId: string,
    scope: { shiftId: string } | { projectId: string },
    shiftId: string,
  ): Promise<ShiftTimesRow> {
    if ((await lockProjectStatus(tx, projectId)) !== ProjectStatus.PUBLISHED)
      throw new ShiftUnchangeableError(Reason.NOT_PUBLISHED, 'Only shifts of a published activity can be moved or cancelled');
    await lockShifts(tx, scope);
    const row = await findShiftTimes(tx, shiftId);
    if (row.cancelled_at) throw new ShiftUnchangeableError(Reason.SHIFT_CANCELLED, 'The shift is cancelled already');
    const startsAt = new Date(row.starts_at);
    if (startsAt.getTime() <= Date.now())
      throw new ShiftUnchangeableError(Reason.SHIFT_STARTED, 'The shift has started or ended: it can no longer be moved or cancelled');
    return { starts_at: startsAt, ends_at: new Date(row.ends_at), cancelled_at: null };
  }

  private async changed(shiftId: string, notified: number): Promise<ShiftChange> {
    const em = this.em.fork();
    const shift = (await em.findOne(Shift, { id: shiftId }, { populate: ['project'] }))!;
    return { shift, project: shift.project, notified };
  }
}
