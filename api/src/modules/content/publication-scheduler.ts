// Scheduled publication: news, role models and showcases published for a time to come are
// already PUBLISHED, and the public queries hide them until then; what remains is to rebuild
// the static site when the time comes. Each process builds its own copy of the site, so each
// watches for itself: a pass that finds an item whose time came since its last pass asks for a
// rebuild.
import type { MikroORM } from '@mikro-orm/postgresql';
import { Poller } from '../../common/poller.js';
import { countComingDue } from './content.queries.js';

export class PublicationScheduler extends Poller {
  private since: Date;

  constructor(
    private readonly orm: MikroORM,
    intervalMs: number,
    log: (message: string) => void = () => undefined,
    /** Something scheduled became public: the site rebuilds. */
    private readonly onDue: () => void = () => undefined,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super(intervalMs, log, 'publication scheduler');
    // The build made at start-up shows whatever was due by then.
    this.since = clock();
  }

  /** One pass: how many items became public since the last one. */
  async tick(): Promise<number> {
    const until = this.clock();
    const due = await countComingDue(this.orm.em.fork(), this.since, until);
    this.since = until;
    if (due) {
      this.log(`Scheduled content is now public (${due}): rebuilding the site`);
      this.onDue();
    }
    return due;
  }
}
