// Public content: news (资讯), role models (志愿榜样) and showcases (重点项目展示). Lists and
// node(id) show published items only; staff mutations check permissions in the services. What the
// three share comes from published-content.resolver.ts; each resolver here adds its own.
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Project, ProjectStatus } from '../project/project.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import {
  CreateNewsArticleInput,
  CreateRoleModelInput,
  CreateShowcaseInput,
  NewsTag,
  UpdateNewsArticleInput,
  UpdateRoleModelInput,
  UpdateShowcaseInput,
} from './content.inputs.js';
import { requireViewer } from '../../common/auth.js';
import { checkText } from '../../common/text-input.js';
import { MAX_BODY } from './content-rules.js';
import { ContentStatus } from './content-status.js';
import { renderMarkdown } from './markdown.js';
import { NewsArticle } from './news-article.entity.js';
import { NewsArticleService } from './news-article.service.js';
import { RoleModel } from './role-model.entity.js';
import { RoleModelService } from './role-model.service.js';
import { Showcase } from './showcase.entity.js';
import { ShowcaseService } from './showcase.service.js';
import { withPhotoSizes } from './content-images.resolver.js';
import { createContentResolver, createStaffContentResolver } from './published-content.resolver.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, APP_PUBLIC, NOT_FOR_APPS } from '../../common/app-scope.js';
import { projectById } from '../project/project.loaders.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';

export const NewsArticleConnection = createConnectionType('NewsArticle', NewsArticle);

// Volunteers of a page of role models in one query, per request.
/** A project while the public can see it (not a draft). */
async function publicProject(ctx: Context, id: string | undefined): Promise<Project | null> {
  if (!id) return null;
  const project = await projectById(ctx).load(id);
  return project && project.status !== ProjectStatus.DRAFT ? project : null;
}

// News goes through review: its own list (by tag), desk (by team), queue, submission and return.
@Resolver(() => NewsArticle)
export class NewsArticleResolver extends createContentResolver({
  type: NewsArticle,
  name: 'NewsArticle',
  service: (em) => new NewsArticleService(em),
  createInput: CreateNewsArticleInput,
  updateInput: UpdateNewsArticleInput,
  describe: {
    create: "A draft; platform staff, or an ADMIN or COORDINATOR of the organisation given (a team's news is then submitted for review)",
    publish:
      "Publishes now, or at publishedAt (a time to come schedules it); without one, an article public before keeps its first publication time. Platform staff any article; a team's parent federation's ADMINs the team's articles in review",
    unpublish: 'Withdraws it (from the site, or from review) to a draft; its writers or reviewers',
    publishedAt: 'Publication time (for a draft not yet published: when it was written)',
    organization: 'The organisation this is news of; null for platform news',
  },
}) {
  @AppAccess(APP_PUBLIC)
  @Query(() => NewsArticleConnection, { description: 'Published news, newest first; with tag, only news carrying it' })
  news(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('tag', () => String, { nullable: true }) tag: string | null,
    @Ctx() { em }: Context,
  ): Promise<Page<NewsArticle>> {
    return new NewsArticleService(em).list(args, tag);
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => NewsArticle, { nullable: true, description: 'A published article; a draft only for those who may edit it' })
  newsArticle(@Arg('slug', () => String) slug: string, @Ctx() { em, viewer }: Context): Promise<NewsArticle | null> {
    return new NewsArticleService(em).findBySlug(slug, viewer);
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => [NewsTag], { description: 'Tags of published news with their article counts, most used first' })
  newsTags(@Ctx() { em }: Context): Promise<NewsTag[]> {
    return new NewsArticleService(em).tags();
  }

  @Query(() => NewsArticleConnection, {
    description:
      "The desk: a team's news in every status, most recently written first, for its ADMINs and COORDINATORs; without organizationId, all news (platform staff)",
  })
  newsDesk(
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Page<NewsArticle>> {
    return new NewsArticleService(em).desk(viewer, organizationId, args);
  }

  @Query(() => NewsArticleConnection, {
    description: "Teams' news submitted for review, oldest first: all for platform staff, a federation's child teams' for its ADMINs, else none",
  })
  newsAwaitingReview(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<NewsArticle>> {
    return new NewsArticleService(em).queue(viewer, args);
  }

  @Query(() => String, { description: 'Markdown as the site shows it (the rules of bodyHtml), for writers to preview; signed-in volunteers' })
  previewMarkdown(@Arg('source', () => String) source: string, @Ctx() { viewer }: Context): string {
    requireViewer(viewer);
    return renderMarkdown(checkText('source', source, 0, MAX_BODY));
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => NewsArticle, { description: "A team's draft (or returned article) into review, by its ADMINs and COORDINATORs" })
  submitNewsArticle(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<NewsArticle> {
    return new NewsArticleService(em).submit(viewer, id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => NewsArticle, {
    description: "Sends an article awaiting review back to its team with a reason; platform staff or the team's parent federation's ADMINs",
  })
  returnNewsArticle(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: '1..500 characters, shown to the team' }) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<NewsArticle> {
    return new NewsArticleService(em).return(viewer, id, reason);
  }

  // Only news shows when it was written (role models and showcases do not).
  @FieldResolver(() => DateTimeResolver)
  createdAt(@Root() article: NewsArticle): Date {
    return article.createdAt;
  }

  @FieldResolver(() => String, {
    description: 'body as HTML, safe to insert: raw HTML escaped, http(s) and relative links only, external links rel="nofollow noopener"',
  })
  bodyHtml(@Root() article: NewsArticle, @Ctx() ctx: Context): Promise<string> {
    return withPhotoSizes(ctx, renderMarkdown(article.body));
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The activity this reports on (活动过程), while the public can see it' })
  project(@Root() article: NewsArticle, @Ctx() ctx: Context): Promise<Project | null> {
    return publicProject(ctx, article.project?.id);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => String, { nullable: true, description: "Why a reviewer returned it: for the team's writers and its reviewers only" })
  async returnedReason(@Root() article: NewsArticle, @Ctx() { em, viewer }: Context): Promise<string | null> {
    if (article.status !== ContentStatus.RETURNED || !article.returnedReason || !viewer) return null;
    return (await new NewsArticleService(em).mayRead(viewer, article)) ? article.returnedReason : null;
  }
}

@Resolver(() => Project)
export class ProjectProgressResolver {
  @FieldResolver(() => NewsArticleConnection, { description: 'Public news reporting on this activity (活动过程), newest first' })
  progressReports(@Root() project: Project, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em }: Context): Promise<Page<NewsArticle>> {
    return new NewsArticleService(em).ofProject(project.id, args);
  }
}

@Resolver(() => RoleModel)
export class RoleModelResolver extends createStaffContentResolver({
  type: RoleModel,
  name: 'RoleModel',
  service: (em) => new RoleModelService(em),
  createInput: CreateRoleModelInput,
  updateInput: UpdateRoleModelInput,
  list: { name: 'roleModels', description: 'Published role models (志愿榜样), most recently published first' },
  desk: 'roleModelDesk',
}) {
  @FieldResolver(() => Volunteer, { nullable: true, description: 'The volunteer on the platform (public fields), when linked' })
  async volunteer(@Root() model: RoleModel, @Ctx() ctx: Context): Promise<Volunteer | null> {
    if (!model.volunteer) return null;
    const volunteer = await volunteerById(ctx).load(model.volunteer.id);
    return volunteer && !(volunteer as { deletedAt?: Date | null }).deletedAt ? volunteer : null;
  }
}

@Resolver(() => Showcase)
export class ShowcaseResolver extends createStaffContentResolver({
  type: Showcase,
  name: 'Showcase',
  service: (em) => new ShowcaseService(em),
  createInput: CreateShowcaseInput,
  updateInput: UpdateShowcaseInput,
  list: { name: 'showcases', description: 'Published showcases (重点项目展示), most recently published first' },
  desk: 'showcaseDesk',
}) {
  @FieldResolver(() => String, { nullable: true, description: 'body as safe HTML (see NewsArticle.bodyHtml)' })
  async bodyHtml(@Root() showcase: Showcase, @Ctx() ctx: Context): Promise<string | null> {
    return showcase.body ? withPhotoSizes(ctx, renderMarkdown(showcase.body)) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The showcased project, while the public can see it' })
  project(@Root() showcase: Showcase, @Ctx() ctx: Context): Promise<Project | null> {
    return publicProject(ctx, showcase.project?.id);
  }
}

export const contentResolvers = [NewsArticleResolver, RoleModelResolver, ShowcaseResolver, ProjectProgressResolver] as const;
