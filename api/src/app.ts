// Boots the product's parts in order: database (embedded unless DATABASE_URL), migrations,
// demo data, and the HTTP server. main.ts and the site build script share it.
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from './config.js';
import { PersonalDataVault } from './common/personal-data.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { migrate, openOrm } from './db/orm.js';
import { DataKeyService } from './modules/data-key/data-key.service.js';
import { seedDemoIfEmpty } from './seeders/demo.seeder.js';
import { startServer, type RunningServer } from './server.js';
import { DrawScheduler } from './modules/lottery/draw-scheduler.js';
import { PublicationScheduler } from './modules/content/publication-scheduler.js';
import type { Logger } from './common/logger.js';
import type { Metrics } from './common/metrics.js';

export interface RunningApp {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  server: RunningServer;
  stop: () => Promise<void>;
}

export interface OpenDatabase {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  vault: PersonalDataVault;
  close: () => Promise<void>;
}

/**
 * The database (embedded unless DATABASE_URL), migrated, with the personal-data key checked
 * against it: a key that is not the database's stops the start here, before anything is read
 * or written with it.
 */
export async function openDatabase(config: AppConfig, log: (m: string) => void): Promise<OpenDatabase> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log);
  const orm = await openOrm(config.databaseUrl ?? embedded!.url, { pool: { min: 0, max: config.dbPoolMax } });
  const close = async () => {
    await orm.close().catch(() => undefined);
    if (embedded?.owned) await embedded.stop().catch(() => undefined);
  };
  try {
    const applied = await migrate(orm);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
    const vault = PersonalDataVault.fromEnvironment(config.dataDir, config.production);
    const key = await new DataKeyService(orm.em.fork(), vault).check();
    if (key === 'rotating') log('Personal data is being moved to a new key: run npm run rotate-data-key to finish.');
    return { orm, embedded, vault, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function startApp(
  config: AppConfig,
  options: { port: number; host: string; siteRoot?: () => string | null; onSiteChange?: () => void; logger: Logger; metrics?: Metrics },
): Promise<RunningApp> {
  const { logger } = options;
  const log = (m: string) => logger.info(m);
  const { orm, embedded, vault, close: stopDatabase } = await openDatabase(config, log);
  try {
    if (config.seedDemo) {
      const seeded = await seedDemoIfEmpty(orm, vault);
      if (seeded) {
        log(
          `Loaded demo data: ${seeded.organizations} organisations, ${seeded.volunteers} volunteers, ${seeded.projects} projects, ${seeded.shifts} shifts, ${seeded.signups} sign-ups`,
        );
      }
    }
    const server = await startServer(
      {
        orm,
        vault,
        secureCookies: config.secureCookies,
        introspection: config.introspection,
        hsts: config.publicUrl.startsWith('https:'),
        httpLimits: config.http,
        development: config.development,
        siteRoot: options.siteRoot,
        onSiteChange: options.onSiteChange,
        sessionCacheMs: config.sessionCacheMs,
        responseCacheMs: config.responseCacheMs,
        logger,
        metrics: options.metrics,
        metricsToken: config.metricsToken,
        openMetrics: !config.production,
        trustProxy: config.trustProxy,
        settings: config.settings,
      },
      options.port,
      options.host,
    );
    // Lottery draws happen when registration closes, and scheduled content goes on the site when
    // its time comes, without anyone asking; 0 turns both off in this process.
    const timed = config.drawIntervalMs > 0;
    const draws = timed ? new DrawScheduler(orm, config.drawIntervalMs, log, options.onSiteChange).start() : null;
    const publications = timed ? new PublicationScheduler(orm, config.drawIntervalMs, log, options.onSiteChange).start() : null;
    return {
      orm,
      embedded,
      server,
      stop: async () => {
        await draws?.stop().catch(() => undefined);
        await publications?.stop().catch(() => undefined);
        await server.close().catch(() => undefined);
        await stopDatabase();
      },
    };
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}
