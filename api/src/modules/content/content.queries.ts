// SQL of the content module that no single service owns.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ContentStatus } from './content-status.js';

/** Published news, role models and showcases whose publication time falls in (since, until]. */
export async function countComingDue(em: EntityManager, since: Date, until: Date): Promise<number> {
  const [row] = await em.getConnection().execute<{ n: number }[]>(
    `select (select count(*) from news_article where status = ? and published_at > ? and published_at <= ?)
          + (select count(*) from role_model where status = ? and published_at > ? and published_at <= ?)
          + (select count(*) from showcase where status = ? and published_at > ? and published_at <= ?) as n`,
    [ContentStatus.PUBLISHED, since, until, ContentStatus.PUBLISHED, since, until, ContentStatus.PUBLISHED, since, until],
  );
  return Number(row.n);
}
