// SQL of stories: their photos, likes (one per volunteer, the count kept in the same statement)
// and reports.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { newId } from '../../common/ids.js';
import { StoryStatus, type StoryReportReason } from './story.entity.js';

/** Writes a new story's photos, in this order. */
export async function insertStoryImages(em: EntityManager, storyId: string, photos: { imageId: string; alt: string }[]): Promise<void> {
  if (!photos.length) return;
  await em.getConnection().execute(
    `insert into story_image (story_id, image_id, position, alt) values ${photos.map(() => '(?, ?, ?, ?)').join(', ')}`,
    photos.flatMap((p, i) => [storyId, p.imageId, i, p.alt]),
    'run',
    transactionOf(em),
  );
}

/**
 * The volunteer likes a published story, or (`like` false) takes the like back. The like row and
 * the count change in one statement: the row's primary key admits one like per volunteer, and
 * the count moves only by the rows actually written, so parallel likes count right. Null when
 * the story is not published.
 */
export async function setLike(em: EntityManager, storyId: string, volunteerId: string, like: boolean): Promise<number | null> {
  const change = like
    ? `insert into story_like (story_id, volunteer_id)
         select id, ? from story where id = ? and status::text = '${StoryStatus.PUBLISHED}'
         on conflict do nothing returning story_id`
    : `delete from story_like where volunteer_id = ? and story_id = ? returning story_id`;
  const rows = await em.getConnection().execute<{ like_count: number }[]>(
    `with changed as (${change})
     update story set like_count = like_count ${like ? '+' : '-'} (select count(*) from changed)
      where id = ? and status::text = '${StoryStatus.PUBLISHED}' returning like_count`,
    [volunteerId, storyId, storyId],
  );
  return rows.length ? Number(rows[0].like_count) : null;
}

/** Which of these stories the volunteer likes. */
export async function likedStoryIds(em: EntityManager, volunteerId: string, storyIds: readonly string[]): Promise<Set<string>> {
  const rows = await em
    .getConnection()
    .execute<{ story_id: string }[]>(`select story_id from story_like where volunteer_id = ? and story_id in (select jsonb_array_elements_text(?::jsonb))`, [
      volunteerId,
      JSON.stringify(storyIds),
    ]);
  return new Set(rows.map((r) => r.story_id));
}

/** Files a volunteer's report (once per volunteer and story; a second one changes nothing) and counts it on the story. */
export async function insertReport(em: EntityManager, storyId: string, reporterId: string, reason: StoryReportReason, note: string | null): Promise<void> {
  await em.getConnection().execute(
    `with filed as (
       insert into story_report (id, story_id, reporter_id, reason, note) values (?, ?, ?, ?, ?)
       on conflict on constraint story_report_one_per_volunteer do nothing returning story_id)
     update story set report_count = report_count + 1 where id in (select story_id from filed)`,
    [newId('srp'), storyId, reporterId, reason, note],
  );
}
