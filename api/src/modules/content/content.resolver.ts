// Public content: news (资讯), role models (志愿榜样) and showcases (重点项目展示). Lists and
// node(id) show published items only; staff mutations check permissions in the services.
import { ChangesPublicSite } from '../../common/site-changes.js';
import DataLoader from 'dataloader';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
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
import { isPublic } from './published-content.service.js';
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
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, APP_PUBLIC, NOT_FOR_APPS } from '../../common/app-scope.js';

export const NewsArticleConnection = createConnectionType('NewsArticle', NewsArticle);
export const RoleModelConnection = createConnectionType('RoleModel', RoleModel);
export const ShowcaseConnection = createConnectionType('Showcase', Showcase);

// Volunteers of a page of role models in one query, per request.
const volunteerLoaders = new WeakMap<Context, DataLoader<string, Volunteer | null>>();
function volunteerLoader(ctx: Context): DataLoader<string, Volunteer | null> {
  let loader = volunteerLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Volunteer, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((v) => [v.id, v]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    volunteerLoaders.set(ctx, loader);
  }
  return loader;
}

async function approvedOrganization(ctx: Context, id: string | undefined): Promise<Organization | null> {
  if (!id) return null;
  const org = await ctx.loaders.organization.load(id);
  return org?.status === OrganizationStatus.APPROVED ? org : null;
}

const publicationTime = (item: { publishedAt?: Date | null; createdAt: Date }): Date => item.publishedAt ?? item.createdAt;
const IS_PUBLIC = 'Published and its publication time has come: on the public site (PUBLISHED with a later publishedAt is scheduled)';

@Resolver(() => NewsArticle)
export class NewsArticleResolver {
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
  @Mutation(() => NewsArticle, {
    description: "A draft; platform staff, or an ADMIN or COORDINATOR of the organisation given (a team's news is then submitted for review)",
  })
  createNewsArticle(@Arg('input', () => CreateNewsArticleInput) input: CreateNewsArticleInput, @Ctx() { em, viewer }: Context): Promise<NewsArticle> {
    return new NewsArticleService(em).create(viewer, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => NewsArticle)
  updateNewsArticle(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNewsArticleInput) input: UpdateNewsArticleInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<NewsArticle> {
    return new NewsArticleService(em).update(viewer, id, input);
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

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => NewsArticle, {
    description:
      "Publishes now, or at publishedAt (a time to come schedules it); without one, an article public before keeps its first publication time. Platform staff any article; a team's parent federation's ADMINs the team's articles in review",
  })
  publishNewsArticle(
    @Arg('id', () => ID) id: string,
    @Arg('publishedAt', () => DateTimeResolver, { nullable: true }) publishedAt: Date | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<NewsArticle> {
    return new NewsArticleService(em).publish(viewer, id, publishedAt);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => NewsArticle, { description: 'Withdraws it (from the site, or from review) to a draft; its writers or reviewers' })
  unpublishNewsArticle(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<NewsArticle> {
    return new NewsArticleService(em).unpublish(viewer, id);
  }

  // Only news shows when it was written (role models and showcases do not).
  @FieldResolver(() => DateTimeResolver)
  createdAt(@Root() article: NewsArticle): Date {
    return article.createdAt;
  }

  @FieldResolver(() => DateTimeResolver, { description: 'Publication time (for a draft not yet published: when it was written)' })
  publishedAt(@Root() article: NewsArticle): Date {
    return publicationTime(article);
  }

  @FieldResolver(() => String, {
    description: 'body as HTML, safe to insert: raw HTML escaped, http(s) and relative links only, external links rel="nofollow noopener"',
  })
  bodyHtml(@Root() article: NewsArticle, @Ctx() ctx: Context): Promise<string> {
    return withPhotoSizes(ctx, renderMarkdown(article.body));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation this is news of; null for platform news' })
  organization(@Root() article: NewsArticle, @Ctx() ctx: Context): Promise<Organization | null> {
    return approvedOrganization(ctx, article.organization?.id);
  }

  @FieldResolver(() => Boolean, { description: IS_PUBLIC })
  isPublic(@Root() article: NewsArticle): boolean {
    return isPublic(article, new Date());
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

/** A project while the public can see it (not a draft). */
async function publicProject(ctx: Context, id: string | undefined): Promise<Project | null> {
  if (!id) return null;
  const project = await ctx.loaders.project.load(id);
  return project && project.status !== ProjectStatus.DRAFT ? project : null;
}

@Resolver(() => Project)
export class ProjectProgressResolver {
  @FieldResolver(() => NewsArticleConnection, { description: 'Public news reporting on this activity (活动过程), newest first' })
  progressReports(@Root() project: Project, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em }: Context): Promise<Page<NewsArticle>> {
    return new NewsArticleService(em).ofProject(project.id, args);
  }
}

@Resolver(() => RoleModel)
export class RoleModelResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => RoleModelConnection, { description: 'Published role models (志愿榜样), most recently published first' })
  roleModels(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em }: Context): Promise<Page<RoleModel>> {
    return new RoleModelService(em).list(args);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => RoleModel, { description: 'A draft; platform staff only' })
  createRoleModel(@Arg('input', () => CreateRoleModelInput) input: CreateRoleModelInput, @Ctx() { em, viewer }: Context): Promise<RoleModel> {
    return new RoleModelService(em).create(viewer, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => RoleModel)
  updateRoleModel(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRoleModelInput) input: UpdateRoleModelInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<RoleModel> {
    return new RoleModelService(em).update(viewer, id, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => RoleModel, { description: 'Publishes now, or at publishedAt (a time to come schedules it); platform staff' })
  publishRoleModel(
    @Arg('id', () => ID) id: string,
    @Arg('publishedAt', () => DateTimeResolver, { nullable: true }) publishedAt: Date | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<RoleModel> {
    return new RoleModelService(em).publish(viewer, id, publishedAt);
  }

  @Query(() => RoleModelConnection, { description: 'Every one in any status, most recently written first: the desk of platform staff' })
  roleModelDesk(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<RoleModel>> {
    return new RoleModelService(em).desk(viewer, args);
  }

  @FieldResolver(() => Boolean, { description: IS_PUBLIC })
  isPublic(@Root() model: RoleModel): boolean {
    return isPublic(model, new Date());
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => RoleModel)
  unpublishRoleModel(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<RoleModel> {
    return new RoleModelService(em).unpublish(viewer, id);
  }

  @FieldResolver(() => DateTimeResolver)
  publishedAt(@Root() model: RoleModel): Date {
    return publicationTime(model);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'The volunteer on the platform (public fields), when linked' })
  async volunteer(@Root() model: RoleModel, @Ctx() ctx: Context): Promise<Volunteer | null> {
    if (!model.volunteer) return null;
    const volunteer = await volunteerLoader(ctx).load(model.volunteer.id);
    return volunteer && !(volunteer as { deletedAt?: Date | null }).deletedAt ? volunteer : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() model: RoleModel, @Ctx() ctx: Context): Promise<Organization | null> {
    return approvedOrganization(ctx, model.organization?.id);
  }
}

@Resolver(() => Showcase)
export class ShowcaseResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => ShowcaseConnection, { description: 'Published showcases (重点项目展示), most recently published first' })
  showcases(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em }: Context): Promise<Page<Showcase>> {
    return new ShowcaseService(em).list(args);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Showcase, { description: 'A draft; platform staff only' })
  createShowcase(@Arg('input', () => CreateShowcaseInput) input: CreateShowcaseInput, @Ctx() { em, viewer }: Context): Promise<Showcase> {
    return new ShowcaseService(em).create(viewer, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Showcase)
  updateShowcase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateShowcaseInput) input: UpdateShowcaseInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<Showcase> {
    return new ShowcaseService(em).update(viewer, id, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Showcase, { description: 'Publishes now, or at publishedAt (a time to come schedules it); platform staff' })
  publishShowcase(
    @Arg('id', () => ID) id: string,
    @Arg('publishedAt', () => DateTimeResolver, { nullable: true }) publishedAt: Date | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Showcase> {
    return new ShowcaseService(em).publish(viewer, id, publishedAt);
  }

  @Query(() => ShowcaseConnection, { description: 'Every one in any status, most recently written first: the desk of platform staff' })
  showcaseDesk(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Showcase>> {
    return new ShowcaseService(em).desk(viewer, args);
  }

  @FieldResolver(() => Boolean, { description: IS_PUBLIC })
  isPublic(@Root() showcase: Showcase): boolean {
    return isPublic(showcase, new Date());
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Showcase)
  unpublishShowcase(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Showcase> {
    return new ShowcaseService(em).unpublish(viewer, id);
  }

  @FieldResolver(() => DateTimeResolver)
  publishedAt(@Root() showcase: Showcase): Date {
    return publicationTime(showcase);
  }

  @FieldResolver(() => String, { nullable: true, description: 'body as safe HTML (see NewsArticle.bodyHtml)' })
  async bodyHtml(@Root() showcase: Showcase, @Ctx() ctx: Context): Promise<string | null> {
    return showcase.body ? withPhotoSizes(ctx, renderMarkdown(showcase.body)) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The showcased project, while the public can see it' })
  project(@Root() showcase: Showcase, @Ctx() ctx: Context): Promise<Project | null> {
    return publicProject(ctx, showcase.project?.id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() showcase: Showcase, @Ctx() ctx: Context): Promise<Organization | null> {
    return approvedOrganization(ctx, showcase.organization?.id);
  }
}

export const contentResolvers = [NewsArticleResolver, RoleModelResolver, ShowcaseResolver, ProjectProgressResolver] as const;
