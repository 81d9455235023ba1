// Demo ratings (活动后评价): two in three volunteers who attended an activity that is over rated it
// the day after, some with a comment, so teams' and activities' pages show averages. The demo
// volunteer's are left for them to give, so /account/ shows the rating form.
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../common/ids.js';
import { transactionOf } from '../common/transaction.js';
import { Rating } from '../modules/rating/rating.entity.js';

const DAY_MS = 86_400_000;
const SCORES = [5, 4, 5, 3, 5, 4, 4, 5, 2, 5];
const COMMENTS = [
  '组织有序，分工明确，下次还来。',
  '现场讲解很清楚，物资准备充足。',
  '集合时间可以再提前一点通知。',
  null,
  '很有意义的活动，认识了很多新朋友。',
  null,
];

export async function seedDemoRatings(tx: EntityManager, options: { now: Date; leaveFor: string }): Promise<number> {
  const rows = await tx.getConnection().execute<{ project_id: string; organization_id: string; volunteer_id: string; ends_at: Date }[]>(
    `select distinct on (p.id, g.volunteer_id) p.id as project_id, p.organization_id, g.volunteer_id, s.ends_at
       from signup g join shift s on s.id = g.shift_id join project p on p.id = s.project_id
      where g.status = 'ATTENDED' and s.ends_at < ? order by p.id, g.volunteer_id, s.ends_at`,
    [options.now],
    'all',
    transactionOf(tx),
  );
  const ratings = rows
    .filter((r, i) => i % 3 !== 2 && r.volunteer_id !== options.leaveFor)
    .map((r, i) => {
      const createdAt = new Date(Math.min(new Date(r.ends_at).getTime() + DAY_MS, options.now.getTime()));
      return {
        id: newId('rat', createdAt.getTime()),
        project: r.project_id,
        organization: r.organization_id,
        volunteer: r.volunteer_id,
        score: SCORES[i % SCORES.length],
        comment: COMMENTS[i % COMMENTS.length],
        createdAt,
      };
    });
  for (let i = 0; i < ratings.length; i += 1000) await tx.insertMany(Rating, ratings.slice(i, i + 1000) as never[]);
  return ratings.length;
}
