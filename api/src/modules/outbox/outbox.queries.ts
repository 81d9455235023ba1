// Writing to the outbox: every message to a volunteer is enqueued here, in the transaction of the
// change it announces, so no message is lost or sent for a change that rolled back. A change
// that concerns many volunteers at once (a draw, a cancelled activity) enqueues one message per
// row it changed, in the same statement (`enqueueEach`); a single change enqueues one (`enqueue`).
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { DeliveryStatus, type DeliveryChannel } from './message-delivery.entity.js';

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
  /** The volunteer's story was approved and is public (`storyId`, `title`, the reviewer's note as `reason`). */
  STORY_PUBLISHED = 'story.published',
  /** The volunteer's story was returned (`storyId`, `title`, the reviewer's note as `reason`). */
  STORY_REJECTED = 'story.rejected',
  /** Platform staff took the volunteer's story down (`storyId`, `title`, `reason`). */
  STORY_HIDDEN = 'story.hidden',
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

/** A message claimed for a channel, with its recipient's addresses and choices and what its wording names. */
export interface ClaimedMessage {
  id: string;
  topic: OutboxTopic;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** Attempts through this channel before this one. */
  attempts: number;
  /** Null when the volunteer has none (or closed their account). */
  email: string | null;
  notifyEmail: boolean;
  /** The sealed phone (open it with the vault); null when the account is closed. */
  phoneEnc: Buffer | null;
  notifySms: boolean;
  projectId: string | null;
  projectTitle: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  requestTitle: string | null;
}

const TOPICS = JSON.stringify(Object.values(OutboxTopic));

/**
 * Claims up to `limit` messages for a channel, oldest first, in one statement: messages not yet
 * delivered whose delivery through the channel is new or due to be tried again. The rows are
 * locked with SKIP LOCKED, so deliverers running at once take different messages; and a claim is
 * the write of `claim` and a `next_attempt_at` a lease ahead, which ON CONFLICT makes only while
 * the row is still due, on the row as it is now: a deliverer whose snapshot predates another's
 * claim still cannot take the message again. What the claim returns is then the caller's alone
 * until the lease runs out.
 */
export async function claimFor(em: EntityManager, channel: DeliveryChannel, claim: string, limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `with due as (
       select o.id from outbox o
        where o.delivered_at is null and o.recipient_id is not null and o.topic in (select jsonb_array_elements_text(?::jsonb))
          and not exists (select 1 from outbox_delivery d where d.message_id = o.id and d.channel = ?::delivery_channel
                             and (d.status <> 'QUEUED' or d.next_attempt_at > now()))
        order by o.id
        limit ?
        for update of o skip locked),
     claimed as (
       insert into outbox_delivery as d (message_id, channel, claim, next_attempt_at)
       select id, ?::delivery_channel, ?::uuid, now() + ? * interval '1 millisecond' from due
       on conflict (message_id, channel) do update set claim = excluded.claim, next_attempt_at = excluded.next_attempt_at, updated_at = now()
        where d.status = 'QUEUED' and d.next_attempt_at <= now()
       returning d.message_id, d.attempts)
     select o.id, o.topic, o.payload, o.created_at, c.attempts, v.email, coalesce(v.notify_email, false) as notify_email,
            v.phone_enc, coalesce(v.notify_sms, false) as notify_sms,
            p.id as project_id, p.title as project_title, sh.starts_at, sh.ends_at, sr.title as request_title
       from claimed c
       join outbox o on o.id = c.message_id
       left join volunteer v on v.id = o.recipient_id and v.deleted_at is null
       left join shift sh on sh.id = o.payload->>'shiftId'
       left join project p on p.id = coalesce(o.payload->>'projectId', sh.project_id)
       left join service_request sr on sr.id = o.payload->>'serviceRequestId'
      order by o.id`,
    [TOPICS, channel, limit, channel, claim, leaseMs],
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
    phoneEnc: (r.phone_enc as Buffer | null) ?? null,
    notifySms: r.notify_sms as boolean,
    projectId: (r.project_id as string | null) ?? null,
    projectTitle: (r.project_title as string | null) ?? null,
    startsAt: date(r.starts_at),
    endsAt: date(r.ends_at),
    requestTitle: (r.request_title as string | null) ?? null,
  }));
}

/** Pushes the claim's lease on one message forward; false when the claim is no longer this deliverer's. */
export async function renewClaim(em: EntityManager, channel: DeliveryChannel, claim: string, messageId: string, leaseMs: number): Promise<boolean> {
  const rows = await em.getConnection().execute(
    `update outbox_delivery set next_attempt_at = now() + ? * interval '1 millisecond', updated_at = now()
      where message_id = ? and channel = ?::delivery_channel and claim = ?::uuid and status = 'QUEUED' returning message_id`,
    [leaseMs, messageId, channel, claim],
  );
  return rows.length > 0;
}

/** Marks messages under this claim done through the channel (SENT or SKIPPED); the IDs it marked. */
export async function settleClaimed(
  em: EntityManager,
  channel: DeliveryChannel,
  claim: string,
  messageIds: string[],
  status: DeliveryStatus.SENT | DeliveryStatus.SKIPPED,
): Promise<string[]> {
  if (!messageIds.length) return [];
  const sent = status === DeliveryStatus.SENT;
  const rows = await em.getConnection().execute<{ message_id: string }[]>(
    `update outbox_delivery set status = ?::delivery_status, claim = null, last_error = null, updated_at = now(),
            attempts = attempts + ?, sent_at = case when ? then now() end
      where channel = ?::delivery_channel and claim = ?::uuid and message_id = any(array(select jsonb_array_elements_text(?::jsonb)::bigint))
      returning message_id`,
    [status, sent ? 1 : 0, sent, channel, claim, JSON.stringify(messageIds)],
  );
  return rows.map((r) => String(r.message_id));
}

/**
 * A failed attempt under this claim: QUEUED again for `retryAt`, or FAILED when `last`. Whether it
 * was still this deliverer's to record.
 */
export async function failClaimed(
  em: EntityManager,
  channel: DeliveryChannel,
  claim: string,
  messageId: string,
  outcome: { attempts: number; error: string; retryInMs: number; last: boolean },
): Promise<boolean> {
  const rows = await em.getConnection().execute(
    `update outbox_delivery set status = ?::delivery_status, attempts = ?, last_error = ?, claim = null, updated_at = now(),
            next_attempt_at = now() + ? * interval '1 millisecond'
      where message_id = ? and channel = ?::delivery_channel and claim = ?::uuid
      returning message_id`,
    [outcome.last ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED, outcome.attempts, outcome.error, outcome.retryInMs, messageId, channel, claim],
  );
  return rows.length > 0;
}

/** Holds a claimed message back until `until` (quiet hours), without counting an attempt. */
export async function deferClaimed(em: EntityManager, channel: DeliveryChannel, claim: string, messageId: string, until: Date): Promise<void> {
  await em.getConnection().execute(
    `update outbox_delivery set claim = null, next_attempt_at = ?, updated_at = now()
      where message_id = ? and channel = ?::delivery_channel and claim = ?::uuid`,
    [until, messageId, channel, claim],
  );
}

/**
 * Marks these messages delivered once every channel the platform runs is done with them. Run
 * after the statement that settled a channel has committed: of two channels settling one
 * message at once, the later one's call sees both done.
 */
export async function markDelivered(em: EntityManager, messageIds: string[], channels: DeliveryChannel[]): Promise<void> {
  if (!messageIds.length) return;
  await em.getConnection().execute(
    // `= any(array(…))`: index lookups of the few IDs, where `in (select …)` would scan the outbox.
    `update outbox o set delivered_at = now()
      where o.id = any(array(select jsonb_array_elements_text(?::jsonb)::bigint)) and o.delivered_at is null
        and (select count(*) from outbox_delivery d
              where d.message_id = o.id and d.status <> 'QUEUED'
                and d.channel = any(array(select jsonb_array_elements_text(?::jsonb)::delivery_channel))) = ?`,
    [JSON.stringify(messageIds), JSON.stringify(channels), channels.length],
  );
}

/** When the next message is due through the channel (now, for one never tried), or null when none waits. */
export async function nextDueFor(em: EntityManager, channel: DeliveryChannel): Promise<Date | null> {
  const [row] = await em.getConnection().execute<{ due: string | null }[]>(
    `select min(coalesce(d.next_attempt_at, o.created_at)) as due
       from outbox o left join outbox_delivery d on d.message_id = o.id and d.channel = ?::delivery_channel
      where o.delivered_at is null and o.recipient_id is not null and o.topic in (select jsonb_array_elements_text(?::jsonb))
        and (d.status is null or d.status = 'QUEUED')`,
    [channel, TOPICS],
  );
  return row?.due ? new Date(row.due) : null;
}

// Unsubscribe links (unsubscribe.ts).

/** The recipient of a message, while their account is open (null: no such message, or the account is closed). */
export async function liveRecipientOf(em: EntityManager, messageId: string): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<{ id: string }[]>(`select v.id from outbox o join volunteer v on v.id = o.recipient_id and v.deleted_at is null where o.id = ?`, [messageId]);
  return row?.id ?? null;
}

/** Turns email off for the volunteer; false when it was off already. */
export async function turnEmailOff(em: EntityManager, volunteerId: string): Promise<boolean> {
  const changed = await em
    .getConnection()
    .execute<{ id: string }[]>(`update volunteer set notify_email = false where id = ? and notify_email returning id`, [volunteerId], 'all', transactionOf(em));
  return changed.length > 0;
}

/** The deliveries of these messages, one row per channel (in channel order). */
export async function deliveriesOf(
  em: EntityManager,
  messageIds: readonly string[],
): Promise<{ message_id: string; channel: DeliveryChannel; status: DeliveryStatus; attempts: number; sent_at: string | null }[]> {
  return em.getConnection().execute(
    `select message_id, channel, status, attempts, sent_at from outbox_delivery
        where message_id in (select jsonb_array_elements_text(?::jsonb)::bigint) order by channel`,
    [JSON.stringify(messageIds)],
  );
}
