// The lottery draw: run once per LOTTERY shift when its registration window closes, by the
// job queue's worker that takes its job (modules/lottery/draw-jobs.ts), or a coordinator's drawShift.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import type { Viewer } from '../../common/auth.js';
import { ConflictError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Shift, ShiftAllocation } from '../project/shift.entity.js';
import { ProjectStatus } from '../project/project.entity.js';
import { enqueueEach, OutboxTopic } from '../outbox/outbox.queries.js';
import { ShiftNotFoundError } from '../signup/signup.errors.js';
import { drawOrder } from './draw-order.js';

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
    const rows = await this.em.getConnection().execute<{ id: string; closes_at: Date }[]>(
      `select s.id, s.registration_closes_at as closes_at from shift s join project p on p.id = s.project_id and p.status = ?
        where s.allocation = ? and s.drawn_at is null and s.cancelled_at is null and s.registration_closes_at is not null${projectIds ? ` and p.id in (${projectIds.map(() => '?').join(', ')})` : ''}
        order by s.registration_closes_at, s.id`,
      [ProjectStatus.PUBLISHED, ShiftAllocation.LOTTERY, ...(projectIds ?? [])],
    );
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
      const conn = tx.getConnection();
      const ctx = transactionOf(tx);
      const [claim] = await conn.execute<{ capacity: number; waitlist: boolean; project_id: string; drawn_at: Date }[]>(
        `update shift s set drawn_at = now(), entrant_count = 0
           from project p
          where s.id = ? and p.id = s.project_id and p.status = 'PUBLISHED'
            and s.allocation = 'LOTTERY' and s.drawn_at is null and s.cancelled_at is null and s.registration_closes_at <= now()
          returning s.capacity, s.waitlist, s.project_id, s.drawn_at`,
        [shiftId],
        'all',
        ctx,
      );
      if (!claim) return null;
      const [record] = await conn.execute<{ seed: Buffer }[]>(`select seed from shift_draw where shift_id = ? for update`, [shiftId], 'all', ctx);
      if (!record) throw new Error(`lottery shift ${shiftId} has no draw record`);
      const entrants = await conn.execute<{ id: string }[]>(`select id from signup where shift_id = ? and status = 'PENDING_DRAW'`, [shiftId], 'all', ctx);
      const order = drawOrder(
        record.seed,
        entrants.map((e) => e.id),
      );
      const confirmed = Math.min(claim.capacity, order.length);
      const rest = order.length - confirmed;
      const placed = order.map((id, i) => ({
        id,
        position: i + 1,
        // Beyond capacity: the waitlist in draw order, or, on a shift without one, not selected.
        status: i < claim.capacity ? 'CONFIRMED' : claim.waitlist ? 'WAITLISTED' : 'CANCELLED',
      }));
      // Every entrant hears their result through the outbox, written with the result itself.
      await conn.execute(
        `with placed as (select * from json_to_recordset(?::json) as v(id text, position int, status text)),
         updated as (
           update signup g set status = placed.status::signup_status, draw_position = placed.position,
                  cancelled_at = case when placed.status = 'CANCELLED' then now() end
             from placed where g.id = placed.id and g.status = 'PENDING_DRAW'
           returning g.id, g.volunteer_id, g.status, g.draw_position)
         ${enqueueEach(
           OutboxTopic.SIGNUP_DRAWN,
           'updated',
           'volunteer_id',
           `jsonb_build_object('signupId', id, 'shiftId', ?::text, 'projectId', ?::text, 'status', status,
                               'drawPosition', draw_position, 'entrants', ?::int, 'selected', ?::int)`,
         )}`,
        [JSON.stringify(placed), shiftId, claim.project_id, order.length, confirmed],
        'run',
        ctx,
      );
      await conn.execute(
        `update shift set confirmed_count = confirmed_count + ?, waitlist_count = waitlist_count + ? where id = ?`,
        [confirmed, claim.waitlist ? rest : 0, shiftId],
        'run',
        ctx,
      );
      await conn.execute(
        `update shift_draw set drawn_at = ?, entries = ?::jsonb, selected_count = ? where shift_id = ?`,
        [claim.drawn_at, JSON.stringify(order), confirmed, shiftId],
        'run',
        ctx,
      );
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
    if (shift.allocation !== ShiftAllocation.LOTTERY) throw new ConflictError('该时段按报名先后分配，没有抽签', 'id');
    if (!shift.drawnAt) await this.runDraw(shiftId);
    const fresh = (await this.em.fork().findOne(Shift, { id: shiftId }))!;
    if (!fresh.drawnAt) {
      if (shift.project.status !== ProjectStatus.PUBLISHED) throw new ConflictError('只有已发布活动的时段可以抽签', 'id');
      throw new ConflictError('报名截止后才能抽签', 'id');
    }
    return fresh;
  }
}
