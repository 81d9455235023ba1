import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PlatformStats } from './platform-stats.type.js';
import { StatsService } from './stats.service.js';

@Resolver()
export class StatsResolver {
  @Query(() => PlatformStats)
  stats(@Ctx() { em }: Context): Promise<PlatformStats> {
    return new StatsService(em).platform();
  }
}
