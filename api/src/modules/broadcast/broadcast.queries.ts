// SQL of team messages (群发通知): who a message reaches, sending it (one statement writes the
// message and every recipient's inbox entry), the team's recent count for its daily limit, and
// the delivery report.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { enqueueEach, OutboxTopic } from '../outbox/outbox.queries.js';
import { SignupStatus } from '../signup/signup.entity.js';
import { BroadcastAudience } from './broadcast.entity.js';

/** Sign-ups a shift's message reaches: holding a place, waiting for one, or in its draw. */
const LIVE_SIGNUPS = [SignupStatus.CONFIRMED, SignupStatus.WAITLISTED, SignupStatus.PENDING_DRAW];

export interface AudienceOf {
  organizationId: string;
  shiftId: string | null;
  /** Left out (the sender reads what they wrote). */
  senderId: string;
}

/** The recipients as SQL (one volunteer_id column) and its parameters. */
function audienceSql(a: AudienceOf): { sql: string; params: unknown[] } {
  if (a.shiftId)
    return {
      sql: `select distinct su.volunteer_id from signup su where su.shift_id = ? and su.status in (${LIVE_SIGNUPS.map(() => '?').join(', ')}) and su.volunteer_id <> ?`,
      params: [a.shiftId, ...LIVE_SIGNUPS, a.senderId],
    };
  return { sql: `select m.volunteer_id from membership m where m.organization_id = ? and m.volunteer_id <> ?`, params: [a.organizationId, a.senderId] };
}

export async function countAudience(em: EntityManager, a: AudienceOf): Promise<number> {
  const { sql, params } = audienceSql(a);
  const [row] = await em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from (${sql}) r`, params, 'all', transactionOf(em));
  return row.n;
}

/** Locks the team's row (one sender at a time per team) and says how many messages it sent in the last day, and when the oldest of them was. */
export async function lockAndCountRecent(em: EntityManager, organizationId: string): Promise<{ sent: number; oldest: Date | null }> {
  const conn = em.getConnection();
  const ctx = transactionOf(em);
  await conn.execute(`select id from organization where id = ? for update`, [organizationId], 'all', ctx);
  const [row] = await conn.execute<{ n: number; oldest: Date | string | null }[]>(
    `select count(*)::int as n, min(created_at) as oldest from broadcast where organization_id = ? and created_at > now() - interval '1 day'`,
    [organizationId],
    'all',
    ctx,
  );
  return { sent: row.n, oldest: row.oldest ? new Date(row.oldest) : null };
}

/** Writes the message and one inbox entry per recipient, in one statement; how many it reached. */
export async function insertBroadcast(
  em: EntityManager,
  b: { id: string; authorId: string; audience: BroadcastAudience; projectId: string | null; title: string; body: string } & AudienceOf,
): Promise<number> {
  const { sql, params } = audienceSql(b);
  const payload = `jsonb_build_object('broadcastId', ?::text, 'organizationId', ?::text, 'organizationName', (select name from organization where id = ?::text), 'shiftId', ?::text, 'projectId', ?::text, 'title', ?::text, 'body', ?::text)`;
  const rows = await em.getConnection().execute<{ n: number }[]>(
    `with recipients as (${sql}),
     sent as (
       insert into broadcast (id, organization_id, author_id, audience, shift_id, title, body, recipient_count)
       select ?, ?, ?, ?, ?, ?, ?, (select count(*) from recipients) returning id
     ),
     messages as (${enqueueEach(OutboxTopic.TEAM_MESSAGE, 'recipients r, sent', 'r.volunteer_id', payload)} returning 1)
     select count(*)::int as n from messages`,
    [
      ...params,
      b.id,
      b.organizationId,
      b.authorId,
      b.audience,
      b.shiftId,
      b.title,
      b.body,
      b.id,
      b.organizationId,
      b.organizationId,
      b.shiftId,
      b.projectId,
      b.title,
      b.body,
    ],
    'all',
    transactionOf(em),
  );
  return rows[0].n;
}

/** How many recipients of each message have read it (marked it read in their inbox). */
export async function readCounts(em: EntityManager, broadcastIds: readonly string[]): Promise<Map<string, number>> {
  if (!broadcastIds.length) return new Map();
  const rows = await em.getConnection().execute<{ id: string; n: number }[]>(
    `select payload->>'broadcastId' as id, count(*) filter (where read_at is not null)::int as n from outbox
      where topic = ? and payload->>'broadcastId' in (${broadcastIds.map(() => '?').join(', ')}) group by 1`,
    [OutboxTopic.TEAM_MESSAGE, ...broadcastIds],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** The activity of a shift the team runs (null: no such shift of the team). */
export async function projectOfTeamShift(em: EntityManager, shiftId: string, organizationId: string): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<{ project_id: string }[]>(`select s.project_id from shift s join project p on p.id = s.project_id where s.id = ? and p.organization_id = ?`, [
      shiftId,
      organizationId,
    ]);
  return row?.project_id ?? null;
}
