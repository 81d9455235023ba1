// SQL of contests: votes (one per volunteer and category, counted and flagged in the same
// statement), the published results, and who may take part.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { ContestEntryStatus } from './contest.entity.js';

/** Votes from one address in one contest within this window … */
export const BURST_WINDOW_MINUTES = 10;
/** … beyond this many are flagged (a shared address such as a school's is allowed a few). */
export const BURST_ALLOWANCE = 5;

export type VoteOutcome = 'counted' | 'already-voted';

/**
 * Records a volunteer's vote for an accepted entry and counts it, in one statement: a second vote
 * in the same category (however many arrive at once) inserts nothing and counts nothing. A vote
 * is flagged when the address already gave BURST_ALLOWANCE votes in the contest within
 * BURST_WINDOW_MINUTES. Run inside a transaction: votes from one address to one contest take
 * turns (a transaction-scoped advisory lock), so each sees the ones before it and the flags
 * are exact however many arrive at once.
 */
export async function castVote(
  em: EntityManager,
  vote: { id: string; contestId: string; categoryId: string; entryId: string; volunteerId: string; addressHash: Buffer },
): Promise<VoteOutcome> {
  const tx = transactionOf(em);
  await em
    .getConnection()
    .execute(`select pg_advisory_xact_lock(hashtextextended(? || encode(?::bytea, 'hex'), 0))`, [vote.contestId, vote.addressHash], 'all', tx);
  const rows = await em.getConnection().execute<{ counted: number }[]>(
    `with burst as (
       select count(*) >= ${BURST_ALLOWANCE} as flagged from contest_vote
        where contest_id = ? and address_hash = ? and created_at > now() - interval '${BURST_WINDOW_MINUTES} minutes'),
     cast_vote as (
       insert into contest_vote (id, contest_id, category_id, entry_id, volunteer_id, address_hash, flagged)
       select ?, ?, ?, ?, ?, ?, burst.flagged from burst
       on conflict on constraint contest_vote_once do nothing
       returning entry_id, flagged),
     counted as (
       update contest_entry e set vote_count = e.vote_count + 1, flagged_votes = e.flagged_votes + (case when c.flagged then 1 else 0 end)
         from cast_vote c where e.id = c.entry_id returning e.id)
     select count(*)::int as counted from counted`,
    [vote.contestId, vote.addressHash, vote.id, vote.contestId, vote.categoryId, vote.entryId, vote.volunteerId, vote.addressHash],
    'all',
    tx,
  );
  return rows[0]?.counted === 1 ? 'counted' : 'already-voted';
}

/** The entry the volunteer voted for in each of these categories, by category ID. One query. */
export async function votesOf(em: EntityManager, volunteerId: string, categoryIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await em
    .getConnection()
    .execute<{ category_id: string; entry_id: string }[]>(
      `select category_id, entry_id from contest_vote where volunteer_id = ? and category_id in (select jsonb_array_elements_text(?::jsonb))`,
      [volunteerId, JSON.stringify(categoryIds)],
    );
  return new Map(rows.map((r) => [r.category_id, r.entry_id]));
}

/**
 * Writes the results of a contest: each accepted entry's judges' mean (1..10), its final score
 * (0..100: the judges' mean as a share of 10 and the votes as a share of the category's most
 * voted entry, weighed by the contest's vote weight), its rank in its category (final score,
 * then votes, then the earliest entry) and whether it is within the category's places.
 */
export async function writeResults(em: EntityManager, contestId: string): Promise<void> {
  await em.getConnection().execute(
    `with judged as (
       select e.id, e.category_id, e.vote_count, e.created_at, c.places, k.vote_weight,
              (select round(avg(s.score), 2) from contest_score s where s.entry_id = e.id) as judge_score,
              max(e.vote_count) over (partition by e.category_id) as top_votes
         from contest_entry e join contest_category c on c.id = e.category_id join contest k on k.id = e.contest_id
        where e.contest_id = ? and e.status = '${ContestEntryStatus.ACCEPTED}'),
     scored as (
       select id, category_id, vote_count, created_at, places, judge_score,
              round((100 - vote_weight) * coalesce(judge_score, 0) / 10.0
                    + vote_weight * (case when top_votes > 0 then vote_count::numeric / top_votes else 0 end), 2) as final_score
         from judged),
     ranked as (
       select id, judge_score, final_score, places,
              row_number() over (partition by category_id order by final_score desc, vote_count desc, created_at, id) as rank
         from scored)
     update contest_entry e set judge_score = r.judge_score, final_score = r.final_score, rank = r.rank, winner = r.rank <= r.places
       from ranked r where e.id = r.id`,
    [contestId],
    'all',
    transactionOf(em),
  );
}

/** Whether the team may nominate for a contest its `organizerId` runs (null: the platform's, open to every team). */
export async function teamMayNominate(em: EntityManager, organizationId: string, organizerId: string | null): Promise<boolean> {
  if (!organizerId) return true;
  const rows = await em
    .getConnection()
    .execute<{ ok: boolean }[]>(`select exists (select 1 from organization where id = ? and (id = ? or parent_id = ?)) as ok`, [
      organizationId,
      organizerId,
      organizerId,
    ]);
  return rows[0]?.ok === true;
}

/** Whether the volunteer sits on the contest's judging panel. */
export async function isJudge(em: EntityManager, contestId: string, volunteerId: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ ok: boolean }[]>(`select exists (select 1 from contest_judge where contest_id = ? and volunteer_id = ?) as ok`, [contestId, volunteerId]);
  return rows[0]?.ok === true;
}

/** Each entry's judge score by this judge, by entry ID. One query. */
export async function scoresBy(em: EntityManager, judgeId: string, entryIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await em
    .getConnection()
    .execute<{ entry_id: string; score: number }[]>(
      `select entry_id, score from contest_score where judge_id = ? and entry_id in (select jsonb_array_elements_text(?::jsonb))`,
      [judgeId, JSON.stringify(entryIds)],
    );
  return new Map(rows.map((r) => [r.entry_id, Number(r.score)]));
}

/** Records or changes a judge's score of an entry. */
export async function upsertScore(em: EntityManager, score: { id: string; entryId: string; judgeId: string; score: number }): Promise<void> {
  await em.getConnection().execute(
    `insert into contest_score (id, entry_id, judge_id, score) values (?, ?, ?, ?)
     on conflict on constraint contest_score_once do update set score = excluded.score`,
    [score.id, score.entryId, score.judgeId, score.score],
    'all',
    transactionOf(em),
  );
}

/** How many judges scored each entry, by entry ID. One query. */
export async function scoreCounts(em: EntityManager, entryIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await em
    .getConnection()
    .execute<{ entry_id: string; n: number }[]>(
      `select entry_id, count(*)::int as n from contest_score where entry_id in (select jsonb_array_elements_text(?::jsonb)) group by entry_id`,
      [JSON.stringify(entryIds)],
    );
  return new Map(rows.map((r) => [r.entry_id, Number(r.n)]));
}
