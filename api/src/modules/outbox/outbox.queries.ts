// Writing to the outbox: every message to a volunteer is enqueued here, in the transaction of the
// change it announces, so no message is lost or sent for a change that rolled back. A change
// that concerns many volunteers at once (a draw, a cancelled activity) enqueues one message per
// row it changed, in the same statement (`enqueueEach`); a single change enqueues one (`enqueue`).
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';

/** What a message is about; the inbox words each topic (notification.resolver.ts). */
export enum OutboxTopic {
  SIGNUP_PROMOTED = 'signup.promoted',
  SIGNUP_DRAWN = 'signup.drawn',
  PROJECT_CANCELLED = 'project.cancelled',
  SERVICE_REQUEST_CLAIMED = 'service-request.claimed',
  SERVICE_REQUEST_DONE = 'service-request.done',
  SHIFT_REMINDER = 'shift.reminder',
  TEAM_MESSAGE = 'team.message',
  /** To a team's ADMINs: one of its webhook endpoints kept failing and was disabled. */
  WEBHOOK_DISABLED = 'webhook.disabled',
}

/** One message to one volunteer. */
export async function enqueue(em: EntityManager, topic: OutboxTopic, recipientId: string, payload: Record<string, unknown>): Promise<void> {
  await em
    .getConnection()
    .execute(
      `insert into outbox (topic, recipient_id, payload) values (?, ?, ?::jsonb)`,
      [topic, recipientId, JSON.stringify(payload)],
      'run',
      transactionOf(em),
    );
}

/**
 * The SQL that enqueues one message per row of `source` (a CTE of the statement it ends):
 * `recipient` and `payload` are SQL expressions over that row.
 */
export function enqueueEach(topic: OutboxTopic, source: string, recipient: string, payload: string): string {
  return `insert into outbox (topic, recipient_id, payload) select '${topic}', ${recipient}, ${payload} from ${source}`;
}
