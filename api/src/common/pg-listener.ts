// A connection of its own that LISTENs on one PostgreSQL channel and calls back on each
// notification; when the connection is lost it reconnects (after a pause) and calls back once,
// since notifications sent meanwhile were missed.
import pg from 'pg';
import { errorLine } from './error-mapper.js';

export class PgListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Resolves once listening, or once the first attempt failed (it keeps trying). */
  async start(): Promise<this> {
    await this.connect(false);
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private async connect(again: boolean): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: `aixin-listen-${this.channel}` });
    const lost = () => {
      if (this.client !== client || this.stopped) return;
      this.client = null;
      client.end().catch(() => undefined);
      this.retry = setTimeout(() => void this.connect(true), 2_000);
      this.retry.unref();
    };
    client.on('error', (error) => {
      this.log(`listener ${this.channel}: ${errorLine(error)}`);
      lost();
    });
    client.on('end', lost);
    client.on('notification', () => this.onNotify());
    this.client = client;
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
      if (again) this.onNotify();
    } catch (error) {
      this.log(`listener ${this.channel}: ${errorLine(error)}`);
      lost();
    }
  }
}
