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
