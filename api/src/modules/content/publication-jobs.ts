// Scheduled publication: news, role models and showcases published for a time to come are
// already PUBLISHED, and the public queries hide them until then; what remains is to rebuild the
// static site when the time comes. After each build (and when a worker starts) one job is sent
// for the next such time; keyed by that time, it is one job however many processes send it.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobQueue } from '../../common/job-queue.js';
import { nextComingDue } from './content.queries.js';

export class PublicationSchedule {
  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobQueue,
    /** The queue of this site's "content comes due" jobs. */
    private readonly queue: string,
    /** Something scheduled became public: the site rebuilds. */
    private readonly onDue: () => Promise<unknown>,
  ) {}

  async work(): Promise<void> {
    await this.jobs.work(this.queue, () => this.onDue());
  }

  /** Sends the job for the next scheduled publication, if any; when it is. */
  async schedule(now = new Date()): Promise<Date | null> {
    const at = await nextComingDue(this.orm.em.fork(), now);
    if (at) await this.jobs.send(this.queue, {}, { after: at, key: at.toISOString() });
    return at;
  }
}
