// `npm start` with AIXIN_WEB_PROCESSES above 1: one Node process answers on one core, so this
// first process prepares the database (embedded or not: migrations, the data key, demo data),
// then starts that many processes running main.ts, which share the HTTP port through Node's
// `cluster` module. It starts again a process that dies, and on SIGINT or SIGTERM stops them all
// before it stops the embedded database.
import cluster, { type Address, type Worker } from 'node:cluster';
import type { AppConfig } from './config.js';
import { openDatabase } from './app.js';
import { seedDemoIfEmpty } from './seeders/demo.seeder.js';
import type { Logger } from './common/logger.js';
import { errorLine } from './common/error-mapper.js';

/** A process that dies this many times within RESTART_WINDOW_MS is not started again: everything stops. */
const RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** How long a process may take to stop before it is killed. */
const STOP_MS = 30_000;

/** Whether this process is one of the web processes a first process started. */
export function isWebProcess(): boolean {
  return cluster.isWorker;
}

/** Whether this web process is the first one started (it asks for the site build at start; the others serve it). */
export function isFirstWebProcess(): boolean {
  return !cluster.isWorker || cluster.worker?.id === 1;
}

/**
 * Prepares the database, starts `config.webProcesses` processes, and resolves once all of them
 * listen, with the database's URL. They stop with this process.
 */
export async function startWebProcesses(config: AppConfig, logger: Logger): Promise<{ url: string; embedded: boolean }> {
  const log = (m: string) => logger.info(m);
  const database = await openDatabase(config, log);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(database.orm, database.vault);
    if (seeded) log(`Loaded demo data: ${seeded.organizations} organisations, ${seeded.volunteers} volunteers, ${seeded.projects} projects`);
  }
  // The processes open their own connections; this one keeps only the embedded database running.
  await database.orm.close();

  let stopping = false;
  const exits: number[] = [];
  const env = { DATABASE_URL: database.url };
  const start = (): Worker => cluster.fork(env);

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), STOP_MS);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    if (database.embedded?.owned) await database.embedded.stop().catch((error: unknown) => log(`embedded database: ${errorLine(error)}`));
    process.exit(code);
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    exits.push(now);
    while (exits.length && now - exits[0] > RESTART_WINDOW_MS) exits.shift();
    if (exits.length >= RESTARTS) {
      logger.error(`Web processes died ${exits.length} times within ${RESTART_WINDOW_MS / 1000} s: stopping`);
      void stopAll(1);
      return;
    }
    logger.error(`Web process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}): starting another`);
    start();
  });
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const port = await new Promise<number>((resolve) => {
    let listening = 0;
    const onListening = (_worker: Worker, address: Address) => {
      if (++listening < config.webProcesses) return;
      cluster.off('listening', onListening);
      resolve(address.port);
    };
    cluster.on('listening', onListening);
    for (let i = 0; i < config.webProcesses; i++) start();
  });
  return { url: `http://localhost:${port}`, embedded: !!database.embedded };
}
