// Ratings in the graph: rating an attended activity, the team's anonymous list, the public
// summaries, and the staff's hiding of abusive comments.
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { Rating, RatingSummary } from './rating.entity.js';
import { HideRatingInput, RateProjectInput } from './rating.inputs.js';
import { RatingService } from './rating.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { organizationById } from '../organization/organization.loaders.js';
import { projectById } from '../project/project.loaders.js';
import { ratingLoaders } from './rating.loaders.js';

export const RatingConnection = createConnectionType('Rating', Rating);
const ProjectConnection = createConnectionType('Project', Project);

@Resolver(() => Rating)
export class RatingResolver {
  // The public pages show each activity's and team's average and count.
  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Rating, {
    description: 'Rates an activity the signed-in volunteer attended (a shift of it ended and they were present or have a service record); once, never edited',
  })
  rateProject(@Arg('input', () => RateProjectInput) input: RateProjectInput, @Ctx() { em, viewer }: Context): Promise<Rating> {
    return new RatingService(em).rate(viewer, input);
  }

  // Hiding a comment changes no public page: they show no comments, and the score still counts.
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Rating, {
    description: "Hides an abusive rating's comment from every answer, with a reason kept in the audit trail (platform staff); the score still counts",
  })
  hideRating(@Arg('input', () => HideRatingInput) input: HideRatingInput, @Ctx() { em, viewer }: Context): Promise<Rating> {
    return new RatingService(em).hide(viewer, input);
  }

  @Query(() => RatingConnection, { description: 'Ratings with a comment, hidden ones too, newest first (platform staff)' })
  staffRatings(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Rating>> {
    return new RatingService(em).forStaff(viewer, args);
  }

  @FieldResolver(() => Project, { description: 'The activity rated' })
  async project(@Root() rating: Rating, @Ctx() ctx: Context): Promise<Project> {
    return (await projectById(ctx).load(rating.project.id))!;
  }

  @FieldResolver(() => Organization, { description: 'The team that ran it' })
  async organization(@Root() rating: Rating, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(rating.organization.id))!;
  }
}

@Resolver(() => Project)
export class ProjectRatingResolver {
  @FieldResolver(() => RatingSummary, { description: 'Average score and number of ratings (public)' })
  rating(@Root() project: Project, @Ctx() ctx: Context): Promise<RatingSummary> {
    return ratingLoaders(ctx).projectSummary.load(project.id);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => RatingConnection, {
    nullable: true,
    description: "Its ratings, newest first, without names: its team's ADMINs and COORDINATORs, platform staff",
  })
  ratings(@Root() project: Project, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Rating>> {
    return new RatingService(em).forProject(viewer, project, args);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => Rating, { nullable: true, description: "The signed-in volunteer's own rating of it; null when none" })
  viewerRating(@Root() project: Project, @Ctx() ctx: Context): Promise<Rating | null> {
    return ratingLoaders(ctx).own.load(project.id);
  }
}

@Resolver(() => Organization)
export class OrganizationRatingResolver {
  @FieldResolver(() => RatingSummary, {
    description: "Average score and number of its activities' ratings and of the requesters' ratings of the needs it served (public)",
  })
  rating(@Root() org: Organization, @Ctx() ctx: Context): Promise<RatingSummary> {
    return ratingLoaders(ctx).organizationSummary.load(org.id);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => RatingConnection, {
    nullable: true,
    description: 'Ratings of its activities, newest first, without names: its ADMINs and COORDINATORs, platform staff',
  })
  ratings(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<Rating>> {
    return new RatingService(em).forOrganization(viewer, org.id, args);
  }
}

@Resolver(() => Volunteer)
export class VolunteerRatingResolver {
  @AppAccess(AppScope.HOURS)
  @FieldResolver(() => ProjectConnection, {
    nullable: true,
    description: 'Activities they attended, the most recently over first (to rate them): the volunteer only',
  })
  attendedProjects(
    @Root() volunteer: Volunteer,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Page<Project>> | null {
    return viewer?.volunteerId === volunteer.id ? new RatingService(em).attended(volunteer.id, args) : null;
  }
}

export const ratingResolvers = [RatingResolver, ProjectRatingResolver, OrganizationRatingResolver, VolunteerRatingResolver] as const;
