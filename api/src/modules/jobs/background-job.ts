// A job on the queue as platform staff see it on /admin/jobs/.
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JobState } from '../../common/job-queue.js';

registerEnumType(JobState, {
  name: 'BackgroundJobState',
  description: 'created: waiting (or scheduled); retry: failed, to run again; active: running; completed; cancelled; failed: gave up',
  valuesConfig: {
    CREATED: { description: 'Waiting for its time or a worker' },
    RETRY: { description: 'Failed; runs again after its backoff' },
    ACTIVE: { description: 'Running (taken up again if its process dies)' },
    COMPLETED: { description: 'Done' },
    CANCELLED: { description: 'Cancelled' },
    FAILED: { description: 'Failed every try; staff can retry it' },
  },
});

@ObjectType('BackgroundJob', { description: 'A background job (lottery draw, site build, message delivery, …), for platform staff' })
export class BackgroundJob {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Its queue, e.g. lottery.draw or site.rebuild/<site>' })
  queue!: string;

  @Field(() => JobState)
  state!: JobState;

  @Field(() => String, { description: 'What it is about, as JSON (IDs only, never personal data)' })
  data!: string;

  @Field(() => Int, { description: 'Tries that failed so far' })
  retryCount!: number;

  @Field(() => Int)
  retryLimit!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'Not before this time' })
  startAfter!: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it completed, failed or was cancelled' })
  completedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The last failure’s message (first line)' })
  error!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What a completed job reported, in a line (a site build: where it was published, the directory and any bucket)',
  })
  result!: string | null;
}

@ObjectType('BackgroundJobCount', { description: 'How many jobs of a queue are in a state' })
export class BackgroundJobCount {
  @Field(() => String)
  queue!: string;

  @Field(() => JobState)
  state!: JobState;

  @Field(() => Int)
  count!: number;
}
