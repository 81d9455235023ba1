// The SQL of partner webhooks. Events are written where the changes happen, in their
// transaction (`emitWebhookEvent`, or `emitEach` inside the statement that makes the change):
// one delivery row per active endpoint of the organisation that takes the event, so no event is
// lost or sent for a change that rolled back. A trigger tells the deliverers on commit
// (Migration20261204170000_webhooks); they claim due rows (`claimDue`) and record each attempt
// (`recordSuccess`, `recordFailure`).
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { writeAudit } from '../audit/audit.service.js';
import { MemberRole } from '../organization/membership.entity.js';
import { enqueueEach, OutboxTopic } from '../outbox/outbox.queries.js';
import { WebhookDeliveryStatus } from './webhook.entity.js';

/** The events an endpoint may take (docs/webhooks.md lists their data). */
export const WEBHOOK_EVENTS = [
  'activity.published',
  'activity.cancelled',
  'signup.created',
  'signup.cancelled',
  'hours.recorded',
  'service_request.claimed',
  'service_request.done',
  'shift.moved',
  'shift.cancelled',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent to one endpoint on request (pingWebhook), whatever its events. */
export const PING_EVENT = 'webhook.ping';

/** The channel the trigger notifies on commit when deliveries were written. */
export const WEBHOOK_CHANNEL = 'aixin_webhook_delivery';

/**
 * The SQL that writes one delivery of `event` per active endpoint of an organisation taking it,
 * per row of `source` (a table expression with its alias, e.g. `placed p`): `organization` and
 * `data` are SQL expressions over that row (the organisation's ID; the event's jsonb data).
 */
export function emitEach(event: WebhookEvent, source: string, organization: string, data: string): string {
  return `insert into webhook_delivery (webhook_id, event, payload)
    select w.id, '${event}', ${data} from ${source}
      join webhook w on w.organization_id = ${organization} and w.disabled_at is null and '${event}' = any(w.events)`;
}

/** One event of an organisation, in the caller's transaction. IDs and public facts only in `data`. */
export async function emitWebhookEvent(em: EntityManager, organizationId: string, event: WebhookEvent, data: Record<string, unknown>): Promise<void> {
  await em
    .getConnection()
    .execute(
      emitEach(event, `(select ?::varchar as organization_id, ?::jsonb as data) e`, 'e.organization_id', 'e.data'),
      [organizationId, JSON.stringify(data)],
      'run',
      transactionOf(em),
    );
}

/** Tells the deliverers, on commit, that deliveries are due (a redelivery, an endpoint enabled again). */
export async function wakeDeliverers(em: EntityManager): Promise<void> {
  await em.getConnection().execute(`select pg_notify(?, '')`, [WEBHOOK_CHANNEL], 'all', transactionOf(em));
}

/** A due delivery, claimed for one attempt, with what the attempt needs of its endpoint. */
export interface DueDelivery {
  id: string;
  webhook_id: string;
  organization_id: string;
  url: string;
  secret_enc: Buffer;
  event: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number | null;
  created_at: Date;
}

/**
 * Claims the delivery due longest (of an active endpoint, not one of `busy`) for `leaseSeconds`:
 * other deliverers pass it by until then, so a deliverer that dies lets go of it. Null: none due.
 */
export async function claimDue(em: EntityManager, busy: string[], leaseSeconds: number): Promise<DueDelivery | null> {
  const rows = await em.getConnection().execute<DueDelivery[]>(
    `update webhook_delivery d set locked_until = now() + make_interval(secs => ?)
       from webhook w
      where d.id = (
              select c.id from webhook_delivery c join webhook cw on cw.id = c.webhook_id and cw.disabled_at is null
               where c.status = '${WebhookDeliveryStatus.PENDING}' and c.next_attempt_at <= now() and (c.locked_until is null or c.locked_until < now())
                 and c.webhook_id not in (select jsonb_array_elements_text(?::jsonb))
               order by c.next_attempt_at limit 1 for update of c skip locked)
        and w.id = d.webhook_id
      returning d.id, d.webhook_id, w.organization_id, w.url, w.secret_enc, d.event, d.payload, d.attempts, d.max_attempts, d.created_at`,
    [leaseSeconds, JSON.stringify(busy)],
  );
  return rows[0] ? { ...rows[0], created_at: new Date(rows[0].created_at) } : null;
}

/** The body POSTed for a delivery: the same bytes on every attempt. */
export function webhookBody(d: { id: string; event: string; created_at: Date; organization_id: string; payload: Record<string, unknown> }): string {
  return JSON.stringify({ id: d.id, event: d.event, createdAt: d.created_at.toISOString(), organizationId: d.organization_id, data: d.payload });
}

/** A 2xx answer: the delivery is done and the endpoint's run of failures ends. */
export async function recordSuccess(em: EntityManager, deliveryId: string, status: number): Promise<void> {
  await em.getConnection().execute(
    `with d as (
       update webhook_delivery set status = '${WebhookDeliveryStatus.DELIVERED}', attempts = attempts + 1, response_status = ?, last_error = null,
              last_attempt_at = now(), delivered_at = now(), next_attempt_at = null, locked_until = null
        where id = ? and status = '${WebhookDeliveryStatus.PENDING}' returning webhook_id)
     update webhook w set failure_count = 0, failing_since = null, last_delivered_at = now() from d where w.id = d.webhook_id`,
    [status, deliveryId],
  );
}

/** When an endpoint is disabled: this many attempts failed in a row, the first at least `seconds` ago. */
export interface DisableRule {
  failures: number;
  seconds: number;
}

/**
 * A failed attempt: the delivery waits until `nextAt` (null: given up, FAILED) and the
 * endpoint's run of failures grows; once it meets `rule`, the endpoint is disabled and the
 * team's ADMINs are told in their inbox, in the same transaction. Whether this disabled it.
 */
export async function recordFailure(
  em: EntityManager,
  delivery: { id: string; webhookId: string },
  outcome: { status: number | null; error: string },
  nextAt: Date | null,
  rule: DisableRule,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = transactionOf(tx);
    await conn.execute(
      `update webhook_delivery set status = ?, attempts = attempts + 1, response_status = ?, last_error = ?,
              last_attempt_at = now(), next_attempt_at = ?, locked_until = null
        where id = ? and status = '${WebhookDeliveryStatus.PENDING}'`,
      [nextAt ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.FAILED, outcome.status, outcome.error.slice(0, 300), nextAt, delivery.id],
      'run',
      ctx,
    );
    const [endpoint] = await conn.execute<{ failure_count: number; due: boolean }[]>(
      `update webhook set failure_count = failure_count + 1, failing_since = coalesce(failing_since, now())
        where id = ? returning failure_count, disabled_at is null and coalesce(failing_since, now()) <= now() - make_interval(secs => ?) as due`,
      [delivery.webhookId, rule.seconds],
      'all',
      ctx,
    );
    if (!endpoint?.due || endpoint.failure_count < rule.failures) return false;
    const disabled = await conn.execute<{ organization_id: string }[]>(
      `update webhook set disabled_at = now() where id = ? and disabled_at is null returning organization_id`,
      [delivery.webhookId],
      'all',
      ctx,
    );
    if (!disabled.length) return false;
    const organizationId = disabled[0].organization_id;
    await conn.execute(
      `with admins as (
         select m.volunteer_id, o.name from membership m join organization o on o.id = m.organization_id where m.organization_id = ? and m.role = ?)
       ${enqueueEach(OutboxTopic.WEBHOOK_DISABLED, 'admins', 'volunteer_id', `jsonb_build_object('organizationId', ?::text, 'organizationName', name, 'webhookId', ?::text)`)}`,
      [organizationId, MemberRole.ADMIN, organizationId, delivery.webhookId],
      'run',
      ctx,
    );
    await writeAudit(tx, [
      { actorId: null, action: 'webhook.disabled', subjectId: delivery.webhookId, detail: { organizationId, failures: endpoint.failure_count } },
    ]);
    return true;
  });
}

/** Enables an endpoint again with a clean record; its waiting deliveries are due now. */
export async function enableWebhook(em: EntityManager, webhookId: string): Promise<void> {
  const conn = em.getConnection();
  const ctx = transactionOf(em);
  await conn.execute(`update webhook set disabled_at = null, failure_count = 0, failing_since = null where id = ?`, [webhookId], 'run', ctx);
  await conn.execute(
    `update webhook_delivery set next_attempt_at = now() where webhook_id = ? and status = ?`,
    [webhookId, WebhookDeliveryStatus.PENDING],
    'run',
    ctx,
  );
}

/**
 * Makes a delivery due now: one more attempt for one delivered or given up, the next attempt
 * brought forward for one still waiting. False while an attempt holds it.
 */
export async function redueDelivery(em: EntityManager, deliveryId: string): Promise<boolean> {
  const pending = WebhookDeliveryStatus.PENDING;
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `update webhook_delivery set status = ?, next_attempt_at = now(), delivered_at = null,
            max_attempts = case when status = ? then max_attempts else attempts + 1 end
      where id = ? and (status <> ? or locked_until is null or locked_until < now()) returning id`,
    [pending, pending, deliveryId, pending],
    'all',
    transactionOf(em),
  );
  return rows.length > 0;
}

/** Writes a test event (PING_EVENT) to the endpoint, tried once; its ID. */
export async function insertPing(em: EntityManager, webhookId: string): Promise<string> {
  const [row] = await em
    .getConnection()
    .execute<{ id: string }[]>(`insert into webhook_delivery (webhook_id, event, payload, max_attempts) values (?, ?, ?::jsonb, 1) returning id`, [
      webhookId,
      PING_EVENT,
      JSON.stringify({ webhookId }),
    ]);
  return row.id;
}
