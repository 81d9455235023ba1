import type { EntityManager } from '@mikro-orm/postgresql';
import { uploadedImagePath } from '../image/image-links.js';
import { randomBytes } from 'node:crypto';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page } from '../../common/connection.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { requireOrgRole, roleIn } from '../organization/organization-access.js';
import { MemberRole } from '../volunteer/membership.entity.js';
import {
  approvedOrganization,
  flushUnique,
  isPublished,
  newestFirst,
  publishItem,
  unpublishItem,
} from './content-common.js';
import type { CreateNewsArticleInput, NewsTag, UpdateNewsArticleInput } from './content.inputs.js';
import {
  checkImageUrl,
  checkPublishedAt,
  checkSlug,
  checkTags,
  checkText,
  MAX_BODY,
  MAX_SUMMARY,
  MAX_TITLE,
  notNull,
} from './content-rules.js';
import { ContentStatus } from './content-status.js';
import { NewsArticle } from './news-article.entity.js';

const ORDER = newestFirst<NewsArticle>('n');

/**
 * 资讯. Platform staff write any news; an organisation's ADMIN members write the news of their
 * own organisation. Only published articles are public.
 */
export class NewsArticleService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Published news, newest first; with `tag`, only articles carrying it. */
  list(args: ConnectionArgs, tag?: string | null): Promise<Page<NewsArticle>> {
    const qb = this.em.createQueryBuilder(NewsArticle, 'n').where({ status: ContentStatus.PUBLISHED });
    if (tag !== undefined && tag !== null) {
      if (Array.from(tag).length > 50) throw new BadUserInputError('tag', 'tag is too long');
      // `@>` on the array column uses the GIN index.
      qb.andWhere('n.tags @> array[?]::text[]', [tag.trim()]);
    }
    return paginate(qb, args, ORDER, 'desc');
  }

  /** A published article; drafts only for those who may edit them (a preview). */
  async findBySlug(slug: string, viewer: Viewer | null): Promise<NewsArticle | null> {
    if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
    const article = await this.em.findOne(NewsArticle, { slug });
    if (!article) return null;
    if (isPublished(article)) return article;
    return viewer && (await this.mayEdit(viewer, article.organization?.id ?? null)) ? article : null;
  }

  /** Tags of published news, most used first. */
  async tags(): Promise<NewsTag[]> {
    const rows = await this.em.getConnection().execute<{ tag: string; count: string }[]>(
      `select t.tag, count(*) as count
         from news_article n cross join lateral unnest(n.tags) as t(tag)
        where n.status = 'PUBLISHED'
        group by t.tag
        order by count(*) desc, t.tag`,
    );
    return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
  }

  async create(viewer: Viewer | null, input: CreateNewsArticleInput): Promise<NewsArticle> {
    const v = requireViewer(viewer);
    const organization = input.organizationId ? await approvedOrganization(this.em, 'organizationId', input.organizationId) : null;
    await this.requireEditor(v, organization?.id ?? null);

    const now = this.clock();
    const article = new NewsArticle();
    article.slug = input.slug ? checkSlug('slug', input.slug) : generatedSlug(now);
    article.title = checkText('title', input.title, 1, MAX_TITLE);
    article.summary = checkText('summary', input.summary, 1, MAX_SUMMARY);
    article.body = checkText('body', input.body, 1, MAX_BODY);
    article.tags = checkTags('tags', input.tags);
    article.coverImageUrl = input.coverImageId ? await uploadedImagePath(this.em, 'coverImageId', input.coverImageId) : checkImageUrl('coverImageUrl', input.coverImageUrl);
    article.publishedAt = checkPublishedAt('publishedAt', input.publishedAt, now);
    article.organization = organization;
    await this.assertSlugFree(article.slug, null);
    this.em.persist(article);
    await flushUnique(this.em, 'slug');
    return article;
  }

  async update(viewer: Viewer | null, id: string, input: UpdateNewsArticleInput): Promise<NewsArticle> {
    const article = await this.editable(viewer, id);
    const slug = notNull('slug', input.slug);
    const title = notNull('title', input.title);
    const summary = notNull('summary', input.summary);
    const body = notNull('body', input.body);
    if (slug !== undefined) {
      // Checked before the entity changes: the query would flush the change first.
      const checked = checkSlug('slug', slug);
      await this.assertSlugFree(checked, article.id);
      article.slug = checked;
    }
    if (title !== undefined) article.title = checkText('title', title, 1, MAX_TITLE);
    if (summary !== undefined) article.summary = checkText('summary', summary, 1, MAX_SUMMARY);
    if (body !== undefined) article.body = checkText('body', body, 1, MAX_BODY);
    if (input.tags !== undefined) article.tags = checkTags('tags', input.tags);
    if (input.coverImageId) article.coverImageUrl = await uploadedImagePath(this.em, 'coverImageId', input.coverImageId);
    else if (input.coverImageUrl !== undefined) article.coverImageUrl = checkImageUrl('coverImageUrl', input.coverImageUrl);
    if (input.publishedAt !== undefined && input.publishedAt !== null) {
      article.publishedAt = checkPublishedAt('publishedAt', input.publishedAt, this.clock());
    }
    await flushUnique(this.em, 'slug');
    return article;
  }

  async publish(viewer: Viewer | null, id: string, publishedAt?: Date | null): Promise<NewsArticle> {
    const article = await this.editable(viewer, id);
    const now = this.clock();
    publishItem(article, checkPublishedAt('publishedAt', publishedAt, now), now);
    await this.em.flush();
    return article;
  }

  async unpublish(viewer: Viewer | null, id: string): Promise<NewsArticle> {
    const article = await this.editable(viewer, id);
    unpublishItem(article);
    await this.em.flush();
    return article;
  }

  private async editable(viewer: Viewer | null, id: string): Promise<NewsArticle> {
    const v = requireViewer(viewer);
    const article = nodeTypeOf(id) === 'NewsArticle' ? await this.em.findOne(NewsArticle, { id }) : null;
    if (!article) throw new NotFoundError('News article');
    await this.requireEditor(v, article.organization?.id ?? null);
    return article;
  }

  private async requireEditor(viewer: Viewer, organizationId: string | null): Promise<void> {
    if (viewer.isPlatformAdmin) return;
    if (!organizationId) throw new ForbiddenError('Only platform staff may edit platform news');
    // An organisation's news is its own business: its ADMIN members (not coordinators) edit it.
    await requireOrgRole(this.em, viewer, organizationId, [MemberRole.ADMIN]);
  }

  private async mayEdit(viewer: Viewer, organizationId: string | null): Promise<boolean> {
    if (viewer.isPlatformAdmin) return true;
    return organizationId !== null && (await roleIn(this.em, viewer.volunteerId, organizationId)) === MemberRole.ADMIN;
  }

  private async assertSlugFree(slug: string, exceptId: string | null): Promise<void> {
    const taken = await this.em.count(NewsArticle, exceptId ? { slug, id: { $ne: exceptId } } : { slug });
    if (taken) throw new ConflictError(`The slug "${slug}" is already taken`, 'slug');
  }
}

/** `news-20261123-k3x9q`: dated and unique enough; staff may set a readable slug instead. */
function generatedSlug(now: Date): string {
  const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  return `news-${day}-${randomBytes(4).toString('hex').slice(0, 5)}`;
}
