// SQL of the content module that no single service owns.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ContentStatus } from './content-status.js';

/** The next time a published news article, role model or showcase scheduled for later becomes public (null: none is waiting). */
export async function nextComingDue(em: EntityManager, after: Date): Promise<Date | null> {
  const [row] = await em.getConnection().execute<{ at: Date | null }[]>(
    `select least((select min(published_at) from news_article where status = ? and published_at > ?),
                  (select min(published_at) from role_model where status = ? and published_at > ?),
                  (select min(published_at) from showcase where status = ? and published_at > ?)) as at`,
    [ContentStatus.PUBLISHED, after, ContentStatus.PUBLISHED, after, ContentStatus.PUBLISHED, after],
  );
  return row.at ? new Date(row.at) : null;
}

/** Tags of news public at `now`, with how many articles carry each, most used first. */
export async function publicNewsTags(em: EntityManager, now: Date): Promise<{ tag: string; count: number }[]> {
  const rows = await em.getConnection().execute<{ tag: string; count: string }[]>(
    `select t.tag, count(*) as count
       from news_article n cross join lateral unnest(n.tags) as t(tag)
      where n.status = ? and n.published_at <= ?
      group by t.tag
      order by count(*) desc, t.tag`,
    [ContentStatus.PUBLISHED, now],
  );
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}
