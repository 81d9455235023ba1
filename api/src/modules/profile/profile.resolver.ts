// 志愿者风采 in the graph: the switch (the volunteer's), the public page by volunteer number, and
// what a volunteer's own record says about it.
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { APP_PUBLIC, AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { ConnectionArgs, type Page } from '../../common/connection.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { organizationById } from '../organization/organization.loaders.js';
import type { Story } from '../story/story.entity.js';
import { storyService } from '../story/story.loaders.js';
import { StoryConnection } from '../story/story.resolver.js';
import { starLevelFor } from '../volunteer/star-level.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { profileService, teamsOf } from './profile.loaders.js';
import { SetProfileVisibilityInput } from './profile.inputs.js';
import { ADULT_AGE, needsGuardian } from './profile.service.js';
import { VolunteerProfile } from './profile.types.js';

@Resolver(() => VolunteerProfile)
export class VolunteerProfileResolver {
  // Story pages link their writer's public page: they change with it.
  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Volunteer, {
    description: `The signed-in volunteer switches their public page (志愿者风采) on or off; under ${ADULT_AGE}, on needs guardianConsent (GUARDIAN_CONSENT_REQUIRED, GUARDIAN_NAME_MISMATCH)`,
  })
  setProfileVisibility(@Arg('input', () => SetProfileVisibilityInput) input: SetProfileVisibilityInput, @Ctx() ctx: Context): Promise<Volunteer> {
    return profileService(ctx).setVisibility(ctx.viewer, input);
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => VolunteerProfile, {
    nullable: true,
    description: "志愿者风采: a volunteer's public page by volunteer number; null unless they keep it on (and for numbers that do not exist)",
  })
  volunteerProfile(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<VolunteerProfile | null> {
    return profileService(ctx).find(number);
  }

  @FieldResolver(() => Int, { description: '0..5 stars from approved hours' })
  starLevel(@Root() profile: VolunteerProfile, @Ctx() ctx: Context): number {
    return starLevelFor(profile.totalMinutes, ctx.settings.starHours);
  }

  @FieldResolver(() => [Organization], { description: 'The approved teams they belong to, by name' })
  async teams(@Root() profile: VolunteerProfile, @Ctx() ctx: Context): Promise<Organization[]> {
    const ids = await teamsOf(ctx).load(profile.volunteerId);
    return (await organizationById(ctx).loadMany(ids)).filter((o): o is Organization => o instanceof Organization);
  }

  @FieldResolver(() => StoryConnection, { description: 'Their published stories, the most recently published first' })
  stories(@Root() profile: VolunteerProfile, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Story>> {
    return storyService(ctx).published(args, { volunteer: profile.volunteerId });
  }
}

@Resolver(() => Volunteer)
export class VolunteerProfileSwitchResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: `Whether switching the public page on needs a guardian's consent (under ${ADULT_AGE}). The volunteer only; null for others`,
  })
  publicProfileNeedsGuardian(@Root() volunteer: Volunteer, @Ctx() ctx: Context): boolean | null {
    return ctx.viewer?.volunteerId === volunteer.id ? needsGuardian(volunteer.birthDate) : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description: "When the guardian's consent to the public page was given. The volunteer only; null for others",
  })
  guardianConsentAt(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Date | null {
    return ctx.viewer?.volunteerId === volunteer.id ? (volunteer.guardianConsentAt ?? null) : null;
  }
}

export const profileResolvers = [VolunteerProfileResolver, VolunteerProfileSwitchResolver] as const;
