// Timed work without a job queue: each API process looks every `intervalMs` whether something
// has come due (a lottery draw, a scheduled publication) and does it; the database decides
// what is due, so any number of processes cooperate.
import { firstLine } from './error-mapper.js';

export abstract class Poller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  protected stopped = false;

  constructor(
    private readonly intervalMs: number,
    protected readonly log: (message: string) => void = () => undefined,
    private readonly name = 'scheduler',
  ) {}

  /** One pass over whatever is due. */
  abstract tick(): Promise<unknown>;

  /** Starts polling, with a first look straight away (work missed while no process ran is done now). */
  start(): this {
    this.schedule(0);
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error) => this.log(`${this.name}: ${firstLine(String((error as Error)?.message ?? error))}`))
        .finally(() => {
          this.running = null;
          this.schedule(this.intervalMs);
        });
    }, delay);
    this.timer.unref();
  }
}
