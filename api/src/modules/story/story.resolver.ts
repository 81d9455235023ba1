// Stories in the graph: writing one, the review queue, publishing and hiding (which change the
// public site), likes and reports, and the published lists of an activity, a team and a volunteer.
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { APP_PUBLIC, AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { imageStorage } from '../image/image-storage.js';
import { Image, toImage } from '../image/image.types.js';
import { Organization } from '../organization/organization.entity.js';
import { organizationById } from '../organization/organization.loaders.js';
import { Project } from '../project/project.entity.js';
import { projectById } from '../project/project.loaders.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';
import { MAX_STORY_PHOTOS, Story, StoryReport } from './story.entity.js';
import { HideStoryInput, ReportStoryInput, ReviewStoryInput, StoryReviewFilter, WriteStoryInput } from './story.inputs.js';
import { storyLoaders, storyService } from './story.loaders.js';

export const StoryConnection = createConnectionType('Story', Story);
const StoryReportConnection = createConnectionType('StoryReport', StoryReport);

@Resolver(() => Story)
export class StoryResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Story, {
    description: `Writes a story (up to ${MAX_STORY_PHOTOS} photos) of an activity the signed-in volunteer attended; it is PENDING until its team (or platform staff) reviews it`,
  })
  writeStory(@Arg('input', () => WriteStoryInput) input: WriteStoryInput, @Ctx() ctx: Context): Promise<Story> {
    return storyService(ctx).write(ctx.viewer, input);
  }

  // An approved story appears on the site's pages.
  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Story, {
    description: "Publishes a PENDING story or returns it with a note; its writer is told (the team's ADMINs and COORDINATORs, platform staff)",
  })
  reviewStory(@Arg('input', () => ReviewStoryInput) input: ReviewStoryInput, @Ctx() ctx: Context): Promise<Story> {
    return storyService(ctx).review(ctx.viewer, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Story, { description: 'Takes a story down, with a reason kept in the audit trail and told to its writer (platform staff)' })
  hideStory(@Arg('input', () => HideStoryInput) input: HideStoryInput, @Ctx() ctx: Context): Promise<Story> {
    return storyService(ctx).hide(ctx.viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Story, { description: 'The signed-in volunteer likes a published story (one like each; liking again changes nothing)' })
  likeStory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Story> {
    return storyService(ctx).like(ctx.viewer, id, true);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Story, { description: 'The signed-in volunteer takes their like back' })
  unlikeStory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Story> {
    return storyService(ctx).like(ctx.viewer, id, false);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, { description: 'Reports a published story to platform staff (once per volunteer; again changes nothing)' })
  reportStory(@Arg('input', () => ReportStoryInput) input: ReportStoryInput, @Ctx() ctx: Context): Promise<boolean> {
    return storyService(ctx).report(ctx.viewer, input);
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => StoryConnection, { description: 'Published stories, the most recently published first' })
  stories(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Story>> {
    return storyService(ctx).published(args);
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => Story, { nullable: true, description: 'A story: published for anyone; otherwise its writer, its team’s managers and platform staff' })
  story(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Story | null> {
    return storyService(ctx).findVisible(ctx.viewer, id);
  }

  @AppAccess(NOT_FOR_APPS)
  @Query(() => StoryConnection, { description: "The signed-in volunteer's own stories in every state, newest first" })
  myStories(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Story>> {
    return storyService(ctx).mine(ctx.viewer, args);
  }

  @Query(() => StoryConnection, {
    description: "Stories to review (PENDING unless asked), newest first: a team's for its ADMINs and COORDINATORs, every team's for platform staff",
  })
  storiesToReview(
    @Arg('filter', () => StoryReviewFilter, { nullable: true }) filter: StoryReviewFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Story>> {
    return storyService(ctx).forReview(ctx.viewer, filter, args);
  }

  @Query(() => StoryReportConnection, { description: 'Reports of stories, newest first (platform staff)' })
  storyReports(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<StoryReport>> {
    return storyService(ctx).reports(ctx.viewer, args);
  }

  @FieldResolver(() => [Image], { description: 'Its photos, in order, each with its alt text' })
  async photos(@Root() story: Story, @Ctx() ctx: Context): Promise<Image[]> {
    const storage = imageStorage(ctx.settings.media);
    return (await storyLoaders(ctx).photos.load(story.id)).map((p) => toImage(p.image, storage, p.alt));
  }

  @FieldResolver(() => Volunteer, { description: 'Its writer (the public sees the masked name and volunteer number only)' })
  async author(@Root() story: Story, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx).load(story.volunteer.id))!;
  }

  @FieldResolver(() => Project, { description: 'The activity it tells of' })
  async project(@Root() story: Story, @Ctx() ctx: Context): Promise<Project> {
    return (await projectById(ctx).load(story.project.id))!;
  }

  @FieldResolver(() => Organization, { description: 'The team that ran the activity' })
  async organization(@Root() story: Story, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(story.organization.id))!;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => Boolean, { description: 'Whether the signed-in volunteer likes it' })
  viewerLikes(@Root() story: Story, @Ctx() ctx: Context): Promise<boolean> {
    return storyLoaders(ctx).liked.load(story.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "The reviewer's note, or why staff hid it: its writer, its team's managers and platform staff" })
  async reviewNote(@Root() story: Story, @Ctx() ctx: Context): Promise<string | null> {
    return (await storyService(ctx).mayReadUnpublished(ctx.viewer, story)) ? (story.reviewNote ?? null) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Reports filed on it: platform staff only' })
  reportCount(@Root() story: Story, @Ctx() ctx: Context): number | null {
    return ctx.viewer?.isPlatformAdmin ? story.reportCount : null;
  }
}

@Resolver(() => StoryReport)
export class StoryReportResolver {
  @FieldResolver(() => Story, { description: 'The story reported' })
  async story(@Root() report: StoryReport, @Ctx() ctx: Context): Promise<Story> {
    return (await storyService(ctx).findVisible(ctx.viewer, report.story.id))!;
  }
}

@Resolver(() => Project)
export class ProjectStoryResolver {
  @AppAccess(APP_PUBLIC)
  @FieldResolver(() => StoryConnection, { description: 'Published stories of it, the most recently published first' })
  stories(@Root() project: Project, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Story>> {
    return storyService(ctx).published(args, { project: project.id });
  }
}

@Resolver(() => Organization)
export class OrganizationStoryResolver {
  @AppAccess(APP_PUBLIC)
  @FieldResolver(() => StoryConnection, { description: 'Published stories of its activities, the most recently published first' })
  stories(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Story>> {
    return storyService(ctx).published(args, { organization: org.id });
  }
}

@Resolver(() => Volunteer)
export class VolunteerStoryResolver {
  @AppAccess(APP_PUBLIC)
  @FieldResolver(() => StoryConnection, { description: 'Their published stories, the most recently published first' })
  stories(@Root() volunteer: Volunteer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Story>> {
    return storyService(ctx).published(args, { volunteer: volunteer.id });
  }
}

export const storyResolvers = [StoryResolver, StoryReportResolver, ProjectStoryResolver, OrganizationStoryResolver, VolunteerStoryResolver] as const;
