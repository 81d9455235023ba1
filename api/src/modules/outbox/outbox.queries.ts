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
  /** A shift the volunteer holds or waits for moved (old and new times, the reason). */
  SHIFT_MOVED = 'shift.moved',
  /** A shift the volunteer held or waited for was cancelled on its own (the reason); the sign-up with it. */
  SHIFT_CANCELLED = 'shift.cancelled',
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

/** A message claimed for email, with its recipient's address and choice and what its wording names. */
export interface ClaimedEmail {
  id: string;
  topic: OutboxTopic;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** Attempts before this one. */
  attempts: number;
  /** Null when the volunteer has none (or closed their account). */
  email: string | null;
  notifyEmail: boolean;
  projectId: string | null;
  projectTitle: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  requestTitle: string | null;
}

/**
 * Claims up to `limit` messages for email, oldest first, in one statement: messages not yet
 * delivered whose email is new or due to be tried again. The rows are locked with SKIP LOCKED, so
 * deliverers running at once take different messages; and a claim is the write of `claim` and a
 * `next_attempt_at` a lease ahead, which ON CONFLICT makes only while the row is still due, on the
 * row as it is now: a deliverer whose snapshot predates another's claim still cannot take the
 * message again. What the claim returns is then the caller's alone until the lease runs out.
 */
export async function claimForEmail(em: EntityManager, claim: string, limit: number, leaseMs: number): Promise<ClaimedEmail[]> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `with due as (
       select o.id from outbox o
        where o.delivered_at is null and o.recipient_id is not null and o.topic in (select jsonb_array_elements_text(?::jsonb))
          and not exists (select 1 from outbox_delivery d where d.message_id = o.id and d.channel = 'EMAIL'
                             and (d.status <> 'QUEUED' or d.next_attempt_at > now()))
        order by o.id
        limit ?
        for update of o skip locked),
     claimed as (
       insert into outbox_delivery as d (message_id, channel, claim, next_attempt_at)
       select id, 'EMAIL', ?::uuid, now() + ? * interval '1 millisecond' from due
       on conflict (message_id, channel) do update set claim = excluded.claim, next_attempt_at = excluded.next_attempt_at, updated_at = now()
        where d.status = 'QUEUED' and d.next_attempt_at <= now()
       returning d.message_id, d.attempts)
     select o.id, o.topic, o.payload, o.created_at, c.attempts, v.email, coalesce(v.notify_email, false) as notify_email,
            p.id as project_id, p.title as project_title, sh.starts_at, sh.ends_at, sr.title as request_title
       from claimed c
       join outbox o on o.id = c.message_id
       left join volunteer v on v.id = o.recipient_id and v.deleted_at is null
       left join shift sh on sh.id = o.payload->>'shiftId'
       left join project p on p.id = coalesce(o.payload->>'projectId', sh.project_id)
       left join service_request sr on sr.id = o.payload->>'serviceRequestId'
      order by o.id`,
    [JSON.stringify(Object.values(OutboxTopic)), limit, claim, leaseMs],
    'all',
    transactionOf(em),
  );
  // Timestamps come back from hand-written SQL as text.
  const date = (value: unknown) => (value == null ? null : new Date(value as string | Date));
  return rows.map((r) => ({
    id: String(r.id),
    topic: r.topic as OutboxTopic,
    payload: r.payload as Record<string, unknown>,
    createdAt: date(r.created_at)!,
    attempts: Number(r.attempts),
    email: (r.email as string | null) ?? null,
    notifyEmail: r.notify_email as boolean,
    projectId: (r.project_id as string | null) ?? null,
    projectTitle: (r.project_title as string | null) ?? null,
    startsAt: date(r.starts_at),
    endsAt: date(r.ends_at),
    requestTitle: (r.request_title as string | null) ?? null,
  }));
}
