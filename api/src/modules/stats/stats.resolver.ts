import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { FigureRow } from './figures.type.js';
import { PlatformStats } from './platform-stats.type.js';
import { StatsService } from './stats.service.js';
import { AppAccess, APP_PUBLIC } from '../../common/app-scope.js';

const MAX_TEAMS = 100;

@Resolver(() => PlatformStats)
export class StatsResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => PlatformStats)
  stats(@Ctx() { em }: Context): Promise<PlatformStats> {
    return new StatsService(em).platform();
  }

  @FieldResolver(() => Int, {
    description:
      '人次 (person-times): each live service record (imported ones too) plus each ATTENDED sign-up whose shift has no live record for that volunteer yet; a sign-up and its record count once',
  })
  async personTimes(@Ctx() { em }: Context): Promise<number> {
    return (await new StatsService(em).figures()).personTimes;
  }

  @FieldResolver(() => [FigureRow], { description: 'By calendar year (China time) of the service, oldest first' })
  async byYear(@Ctx() { em }: Context): Promise<FigureRow[]> {
    return (await new StatsService(em).figures()).byYear;
  }

  @FieldResolver(() => [FigureRow], { description: "By the organising team's district, most 人次 first (key '' for teams without one)" })
  async byDistrict(@Ctx() { em }: Context): Promise<FigureRow[]> {
    return (await new StatsService(em).figures()).byDistrict;
  }

  @FieldResolver(() => [FigureRow], { description: `Approved teams with the most service time first (first: 1..${MAX_TEAMS}, default 20)` })
  async byTeam(@Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number, @Ctx() { em }: Context): Promise<FigureRow[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_TEAMS)
      throw new BadUserInputError('first', Reason.OUT_OF_RANGE, `first must be 1..${MAX_TEAMS}`, { min: 1, max: MAX_TEAMS });
    return (await new StatsService(em).figures()).byTeam.slice(0, first);
  }
}
