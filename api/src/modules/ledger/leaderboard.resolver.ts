import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { NotFoundError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { LeaderboardService, OrganizationRanking, parsePeriod, VolunteerRanking } from './leaderboard.service.js';
import { AppAccess, APP_PUBLIC } from '../../common/app-scope.js';
import { organizationById } from '../organization/organization.loaders.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';

const VolunteerRankingConnection = createConnectionType('VolunteerRanking', VolunteerRanking);
const OrganizationRankingConnection = createConnectionType('OrganizationRanking', OrganizationRanking);

@Resolver(() => VolunteerRanking)
export class VolunteerRankingResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => VolunteerRankingConnection, {
    description: 'Volunteers by approved minutes over whole months (from/to: YYYY-MM, inclusive), with the teams of a district or with one organisation',
  })
  async volunteerLeaderboard(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('district', () => String, { nullable: true }) district: string | null,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<VolunteerRanking>> {
    const period = parsePeriod(from, to);
    if (organizationId && !district) {
      const org = await organizationById(ctx)
        .load(organizationId)
        .catch(() => null);
      if (org?.status !== OrganizationStatus.APPROVED) throw new NotFoundError('Organization');
    }
    return new LeaderboardService(ctx.em).volunteers({ district, organizationId }, period, args);
  }

  @FieldResolver(() => Volunteer)
  async volunteer(@Root() ranking: VolunteerRanking, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx).load(ranking.volunteerId))!;
  }
}

@Resolver(() => OrganizationRanking)
export class OrganizationRankingResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => OrganizationRankingConnection, { description: 'Organisations of a district by approved minutes over whole months (YYYY-MM, inclusive)' })
  organizationLeaderboard(
    @Arg('district', () => String) district: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<OrganizationRanking>> {
    return new LeaderboardService(ctx.em).organizations(district.trim(), parsePeriod(from, to), args);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() ranking: OrganizationRanking, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(ranking.organizationId))!;
  }
}
