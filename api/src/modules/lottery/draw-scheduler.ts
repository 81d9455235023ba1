// Runs due lottery draws without anyone asking: every API process polls (AIXIN_DRAW_INTERVAL_MS);
// the database makes sure each draw runs once, whichever process finds it first.
import type { MikroORM } from '@mikro-orm/postgresql';
import { firstLine } from '../../common/error-mapper.js';
import { Poller } from '../../common/poller.js';
import { LotteryService } from './lottery.service.js';

const BATCH = 20;

export class DrawScheduler extends Poller {
  constructor(
    private readonly orm: MikroORM,
    intervalMs: number,
    log: (message: string) => void = () => undefined,
    /** After a pass that drew something: the activity pages show the results (the site rebuilds). */
    private readonly onDrawn: () => void = () => undefined,
  ) {
    super(intervalMs, log, 'lottery scheduler');
  }

  /** One pass: draws every due shift; returns how many this process drew. */
  async tick(): Promise<number> {
    const drawn = await this.drawDue();
    if (drawn) this.onDrawn();
    return drawn;
  }

  private async drawDue(): Promise<number> {
    let drawn = 0;
    for (;;) {
      const due = await new LotteryService(this.orm.em.fork()).dueDraws(BATCH);
      let progress = false;
      for (const shiftId of due) {
        if (this.stopped) return drawn;
        try {
          const result = await new LotteryService(this.orm.em.fork()).runDraw(shiftId);
          if (result) {
            drawn++;
            this.log(`Lottery drawn for ${shiftId}: ${result.entrants} entries, ${result.confirmed} confirmed, ${result.waitlisted} waitlisted`);
          }
          progress = true;
        } catch (error) {
          this.log(`lottery draw for ${shiftId} failed: ${firstLine(String((error as Error)?.message ?? error))}`);
        }
      }
      // A full batch may mean more are due; a batch that only failed is retried next time.
      if (due.length < BATCH || !progress) return drawn;
    }
  }
}
