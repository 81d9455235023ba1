// Team messages (群发通知, the QQ group's role in the source reports): a team's COORDINATOR or
// ADMIN writes to its members or to the volunteers of one of its shifts; each gets it in their
// inbox (and through their channels, as every outbox message). A team sends at most
// `broadcastsPerDay` in any 24 hours; the message and its recipients' entries are one statement.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, DomainError } from '../../common/errors.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { newId, nodeTypeOf } from '../../common/ids.js';
import { checkText } from '../../common/text-input.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { ShiftNotFoundError } from '../signup/signup.errors.js';
import { Broadcast, BroadcastAudience } from './broadcast.entity.js';
import type { SendBroadcastInput } from './broadcast.inputs.js';
import { countAudience, insertBroadcast, lockAndCountRecent, projectOfTeamShift } from './broadcast.queries.js';

export class BroadcastService {
  constructor(
    private readonly em: EntityManager,
    private readonly perDay: number,
  ) {}

  /** Who a message would reach: how many volunteers (the preview before sending). */
  async audience(viewer: Viewer | null, organizationId: string, shiftId: string | null): Promise<number> {
    const sender = requireViewer(viewer);
    await requireOrgRole(this.em, sender, organizationId, MANAGING_ROLES);
    const shift = await this.shiftOfTeam(organizationId, shiftId);
    return countAudience(this.em, { organizationId, shiftId: shift?.id ?? null, senderId: sender.volunteerId });
  }

  async send(viewer: Viewer | null, input: SendBroadcastInput): Promise<Broadcast> {
    const sender = requireViewer(viewer);
    await requireOrgRole(this.em, sender, input.organizationId, MANAGING_ROLES);
    const title = checkText('title', input.title, 2, 60);
    const body = checkText('body', input.body, 2, 1000);
    const key = checkIdempotencyKey(input.idempotencyKey);
    const shift = await this.shiftOfTeam(input.organizationId, input.shiftId ?? null);
    const { idempotencyKey: _key, ...request } = input;
    const id = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'sendBroadcast', sender.volunteerId, key, request);
        if (claim.kind === 'replay') return claim.resultId;
      }
      const recent = await lockAndCountRecent(tx, input.organizationId);
      if (recent.sent >= this.perDay) {
        const retryAfter = Math.max(1, Math.ceil(((recent.oldest?.getTime() ?? Date.now()) + 86_400_000 - Date.now()) / 1000));
        throw new DomainError('RATE_LIMITED', Reason.BROADCAST_LIMIT_REACHED, `A team sends at most ${this.perDay} messages in 24 hours`, {
          retryAfter,
          max: this.perDay,
        });
      }
      const id = newId('brd');
      await insertBroadcast(tx, {
        id,
        organizationId: input.organizationId,
        senderId: sender.volunteerId,
        authorId: sender.volunteerId,
        audience: shift ? BroadcastAudience.SHIFT : BroadcastAudience.MEMBERS,
        shiftId: shift?.id ?? null,
        projectId: shift?.projectId ?? null,
        title,
        body,
      });
      if (key) await recordIdempotentResult(tx, 'sendBroadcast', sender.volunteerId, key, id);
      return id;
    });
    return (await this.em.fork().findOne(Broadcast, { id }))!;
  }

  /** The team's shift (NOT_FOUND for another team's or an unknown one); null when none is named. */
  private async shiftOfTeam(organizationId: string, shiftId: string | null): Promise<{ id: string; projectId: string } | null> {
    if (!shiftId) return null;
    if (nodeTypeOf(shiftId) !== 'Shift') throw new BadUserInputError('shiftId', Reason.BAD_FORMAT, 'shiftId is not a shift', { expected: 'a Shift ID' });
    const projectId = await projectOfTeamShift(this.em, shiftId, organizationId);
    if (!projectId) throw new ShiftNotFoundError();
    return { id: shiftId, projectId };
  }
}
