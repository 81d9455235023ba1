import type { EntityManager } from '@mikro-orm/postgresql';
import { uploadedImagePath } from '../image/image-links.js';
import { randomBytes } from 'node:crypto';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../common/errors.js';
import { chinaDate } from '../../common/china-time.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkText } from '../../common/text-input.js';
import { isParentAdmin, requireOrgRole, requireReviewer, roleIn } from '../organization/organization-access.js';
import { PUBLIC_PROJECT_STATUSES, Project } from '../project/project.entity.js';
import { MemberRole } from '../organization/membership.entity.js';
import type { CreateNewsArticleInput, NewsTag, UpdateNewsArticleInput } from './content.inputs.js';
import { checkImageUrl, checkPublishedAt, checkSlug, checkTags, MAX_BODY, MAX_REASON, MAX_SUMMARY, MAX_TITLE, notNull } from './content-rules.js';
import { ContentStatus } from './content-status.js';
import { publicNewsTags } from './content.queries.js';
import { NewsArticle } from './news-article.entity.js';
import { approvedOrganization, flushAudited, flushUnique, isPublic, PublishedContentService, contentKind } from './published-content.service.js';

const NEWS = contentKind(NewsArticle, { alias: 'n', label: 'News article', audit: 'news' });

/**
 * A team's news is written by its ADMINs and COORDINATORs (coordinators run the activities whose
 * progress the news reports; nothing they write is public before a reviewer publishes it).
 */
export const NEWS_WRITER_ROLES: readonly MemberRole[] = [MemberRole.ADMIN, MemberRole.COORDINATOR];

/** What a team's writers may still change: not what is published (they withdraw it first). */
const TEAM_EDITABLE = new Set([ContentStatus.DRAFT, ContentStatus.RETURNED, ContentStatus.IN_REVIEW]);

/**
 * 资讯. Platform staff write and publish any news. A team's writers draft its news and submit it;
 * platform staff or the ADMINs of the team's parent federation publish it (now or at a time) or
 * return it with a reason. Only published news whose publication time has come is public.
 */
export class NewsArticleService extends PublishedContentService<NewsArticle> {
  constructor(em: EntityManager, clock?: () => Date) {
    super(NEWS, em, clock);
  }

  /** Public news, newest first; with `tag`, only articles carrying it. */
  list(args: ConnectionArgs, tag?: string | null): Promise<Page<NewsArticle>> {
    const qb = this.publicItems();
    if (tag !== undefined && tag !== null) {
      if (Array.from(tag).length > 50) throw new BadUserInputError('tag', Reason.TOO_LONG, 'tag is too long', { max: 50 });
      // `@>` on the array column uses the GIN index.
      qb.andWhere('n.tags @> array[?]::text[]', [tag.trim()]);
    }
    return paginate(qb, args, this.newestFirst(), 'desc');
  }

  /** Public progress reports (活动过程) of an activity, newest first. */
  ofProject(projectId: string, args: ConnectionArgs): Promise<Page<NewsArticle>> {
    return paginate(this.publicItems().andWhere({ project: projectId }), args, this.newestFirst(), 'desc');
  }

  /** A public article; any other only for its writers and reviewers (a preview). */
  async findBySlug(slug: string, viewer: Viewer | null): Promise<NewsArticle | null> {
    if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
    const article = await this.em.findOne(NewsArticle, { slug });
    if (!article) return null;
    if (isPublic(article, this.clock())) return article;
    return viewer && (await this.mayRead(viewer, article)) ? article : null;
  }

  /** Tags of public news, most used first. */
  async tags(): Promise<NewsTag[]> {
    return publicNewsTags(this.em, this.clock());
  }

  /**
   * The desk: every article of a team, whatever its status, for its writers (and platform
   * staff); without a team, all news on the platform, for platform staff.
   */
  async desk(viewer: Viewer | null, organizationId: string | null, args: ConnectionArgs): Promise<Page<NewsArticle>> {
    const v = requireViewer(viewer);
    const qb = this.query();
    if (organizationId) {
      await requireOrgRole(this.em, v, organizationId, NEWS_WRITER_ROLES);
      qb.where({ organization: organizationId });
    } else if (!v.isPlatformAdmin) {
      throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only platform staff may read all news');
    }
    return this.deskPage(qb, args);
  }

  /**
   * News awaiting review, oldest submission first: all of it for platform staff; for anyone
   * else, that of the teams whose parent federation they are an ADMIN of (often nothing).
   */
  queue(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<NewsArticle>> {
    const v = requireViewer(viewer);
    const qb = this.query().where({ status: ContentStatus.IN_REVIEW });
    if (!v.isPlatformAdmin) {
      qb.andWhere(
        `n.organization_id in (select o.id from organization o join membership m on m.organization_id = o.parent_id
                                where m.volunteer_id = ? and m.role = ?)`,
        [v.volunteerId, MemberRole.ADMIN],
      );
    }
    // Oldest submission first.
    return paginate(
      qb,
      args,
      this.byTimeAndId('submitted_at', (n) => n.submittedAt!),
      'asc',
    );
  }

  async create(viewer: Viewer | null, input: CreateNewsArticleInput): Promise<NewsArticle> {
    const v = requireViewer(viewer);
    const organization = input.organizationId ? await approvedOrganization(this.em, 'organizationId', input.organizationId) : null;
    await this.requireWriter(v, organization?.id ?? null);

    const now = this.clock();
    const article = new NewsArticle();
    article.slug = input.slug ? checkSlug('slug', input.slug) : generatedSlug(now);
    article.title = checkText('title', input.title, 1, MAX_TITLE);
    article.summary = checkText('summary', input.summary, 1, MAX_SUMMARY);
    article.body = checkText('body', input.body, 1, MAX_BODY);
    article.tags = checkTags('tags', input.tags);
    article.coverImageUrl = input.coverImageId
      ? await uploadedImagePath(this.em, 'coverImageId', input.coverImageId)
      : checkImageUrl('coverImageUrl', input.coverImageUrl);
    article.publishedAt = checkPublishedAt('publishedAt', input.publishedAt, now);
    article.organization = organization;
    article.project = input.projectId ? await this.project(input.projectId, organization?.id ?? null) : null;
    await this.assertSlugFree(article.slug, null);
    this.em.persist(article);
    await flushUnique(this.em, 'slug');
    return article;
  }

  async update(viewer: Viewer | null, id: string, input: UpdateNewsArticleInput): Promise<NewsArticle> {
    const v = requireViewer(viewer);
    const article = await this.writable(v, id);
    if (!v.isPlatformAdmin && !TEAM_EDITABLE.has(article.status)) {
      throw new ConflictError(Reason.ARTICLE_PUBLISHED, 'A published article is withdrawn before it is edited');
    }
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
    if (input.projectId !== undefined) article.project = input.projectId ? await this.project(input.projectId, article.organization?.id ?? null) : null;
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

  /** DRAFT or RETURNED → IN_REVIEW, by its writers; the reviewers' reason is cleared. */
  async submit(viewer: Viewer | null, id: string): Promise<NewsArticle> {
    const v = requireViewer(viewer);
    const article = await this.writable(v, id);
    if (article.status === ContentStatus.IN_REVIEW) return article;
    if (article.status === ContentStatus.PUBLISHED) throw new ConflictError(Reason.ARTICLE_PUBLISHED, 'The article is already published');
    article.status = ContentStatus.IN_REVIEW;
    article.submittedAt = this.clock();
    article.returnedReason = null;
    await flushAudited(this.em, v, 'news.submitted', article);
    return article;
  }

  /** IN_REVIEW → RETURNED with a reason the team reads, by its reviewers. */
  async return(viewer: Viewer | null, id: string, reason: string): Promise<NewsArticle> {
    const v = requireViewer(viewer);
    const article = await this.load(id);
    await this.requireReviewerOf(v, article);
    const why = checkText('reason', reason, 1, MAX_REASON);
    if (article.status !== ContentStatus.IN_REVIEW) throw new ConflictError(Reason.ARTICLE_NOT_IN_REVIEW, 'Only an article awaiting review can be returned');
    article.status = ContentStatus.RETURNED;
    article.returnedReason = why;
    await flushAudited(this.em, v, 'news.returned', article, { reason: why });
    return article;
  }

  /**
   * Publishing: platform staff any article; the ADMINs of a team's parent federation the team's
   * articles submitted for review. Withdrawing: its writers or its reviewers.
   */
  protected async editor(viewer: Viewer | null, id: string, action: 'publish' | 'withdraw'): Promise<[Viewer, NewsArticle]> {
    const v = requireViewer(viewer);
    const article = await this.load(id);
    if (action === 'publish') await this.requireReviewerOf(v, article);
    else if (!(await this.mayRead(v, article))) throw new ForbiddenError(Reason.NOT_ALLOWED, 'You may not withdraw this article');
    return [v, article];
  }

  protected checkPublishable(viewer: Viewer, article: NewsArticle): void {
    if (!viewer.isPlatformAdmin && article.status !== ContentStatus.IN_REVIEW && article.status !== ContentStatus.PUBLISHED) {
      throw new ConflictError(Reason.ARTICLE_NOT_IN_REVIEW, 'Only an article submitted for review can be published');
    }
  }

  /** A published article needs no reviewer's reason; the audit entry says whether it is scheduled. */
  protected published(article: NewsArticle, now: Date): Record<string, unknown> {
    article.returnedReason = null;
    return { scheduled: article.publishedAt!.getTime() > now.getTime() };
  }

  /** Whether the viewer may read the article as it stands (its writers and reviewers). */
  async mayRead(viewer: Viewer, article: NewsArticle): Promise<boolean> {
    return (await this.mayWrite(viewer, article)) || (await this.mayReview(viewer, article));
  }

  private async writable(viewer: Viewer, id: string): Promise<NewsArticle> {
    const article = await this.load(id);
    await this.requireWriter(viewer, article.organization?.id ?? null);
    return article;
  }

  private async requireWriter(viewer: Viewer, organizationId: string | null): Promise<void> {
    if (viewer.isPlatformAdmin) return;
    if (!organizationId) throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only platform staff may edit platform news');
    await requireOrgRole(this.em, viewer, organizationId, NEWS_WRITER_ROLES);
  }

  private async requireReviewerOf(viewer: Viewer, article: NewsArticle): Promise<void> {
    if (viewer.isPlatformAdmin) return;
    if (!article.organization) throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only platform staff may publish platform news');
    await requireReviewer(this.em, viewer, article.organization.id);
  }

  private async mayWrite(viewer: Viewer, article: NewsArticle): Promise<boolean> {
    if (viewer.isPlatformAdmin) return true;
    const orgId = article.organization?.id;
    return !!orgId && NEWS_WRITER_ROLES.includes((await roleIn(this.em, viewer.volunteerId, orgId))!);
  }

  private async mayReview(viewer: Viewer, article: NewsArticle): Promise<boolean> {
    if (viewer.isPlatformAdmin) return true;
    const orgId = article.organization?.id;
    return !!orgId && (await isParentAdmin(this.em, viewer.volunteerId, orgId));
  }

  /** The activity a report is about: one of the team's own (any, for platform news) the public can see. */
  private async project(id: string, organizationId: string | null): Promise<Project> {
    const project = nodeTypeOf(id) === 'Project' ? await this.em.findOne(Project, { id }) : null;
    if (!project || (organizationId && project.organization.id !== organizationId)) {
      throw new BadUserInputError('projectId', Reason.NOT_FOUND, 'No such activity of this team', { entity: 'Project' });
    }
    if (!PUBLIC_PROJECT_STATUSES.includes(project.status))
      throw new BadUserInputError('projectId', Reason.PROJECT_NOT_PUBLIC, 'Only a published activity can be linked');
    return project;
  }

  private async assertSlugFree(slug: string, exceptId: string | null): Promise<void> {
    const taken = await this.em.count(NewsArticle, exceptId ? { slug, id: { $ne: exceptId } } : { slug });
    if (taken) throw new ConflictError(Reason.SLUG_TAKEN, `The slug "${slug}" is already taken`, 'slug');
  }
}

/** `news-20261123-k3x9q`: dated and unique enough; staff may set a readable slug instead. */
function generatedSlug(now: Date): string {
  const day = chinaDate(now).replace(/-/g, '');
  return `news-${day}-${randomBytes(4).toString('hex').slice(0, 5)}`;
}
