import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requirePlatformAdmin } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { JobState } from '../../common/job-queue.js';
import type { Context } from '../../context.js';
import { BackgroundJob, BackgroundJobCount } from './background-job.js';
import { countJobs, listJobs, queueOfJob } from './jobs.queries.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => BackgroundJob)
export class JobsResolver {
  @Query(() => [BackgroundJob], { description: 'Background jobs, newest first, optionally of one state (platform staff)' })
  async backgroundJobs(
    @Arg('state', () => JobState, { nullable: true }) state: JobState | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '1..200' }) first: number,
    @Ctx() { em, viewer }: Context,
  ): Promise<BackgroundJob[]> {
    requirePlatformAdmin(viewer);
    if (first < 1 || first > 200) throw new BadUserInputError('first', Reason.OUT_OF_RANGE, 'first must be 1..200', { min: 1, max: 200 });
    return listJobs(em, { state }, first);
  }

  @Query(() => [BackgroundJobCount], { description: 'Jobs per queue and state; completed and cancelled ones of the last day (platform staff)' })
  async backgroundJobCounts(@Ctx() { em, viewer }: Context): Promise<BackgroundJobCount[]> {
    requirePlatformAdmin(viewer);
    return countJobs(em);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => BackgroundJob, { description: 'Runs a FAILED job again (platform staff)' })
  async retryBackgroundJob(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, jobs }: Context): Promise<BackgroundJob> {
    requirePlatformAdmin(viewer);
    const job = UUID.test(id) ? await queueOfJob(em, id) : null;
    if (!job || !jobs) throw new NotFoundError('Background job');
    if (job.state !== JobState.FAILED) throw new ConflictError(Reason.JOB_NOT_FAILED, 'Only a failed job can be retried', 'id');
    await jobs.retry(job.queue, [id]);
    const [after] = await listJobs(em, { id }, 1);
    return after;
  }
}
