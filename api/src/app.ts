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
import { LotteryDraws } from './modules/lottery/draw-jobs.js';
import { ShiftReminders } from './modules/signup/reminder-jobs.js';
import { StationDutyJobs } from './modules/station/station-jobs.js';
import { MessageDeliveries } from './modules/outbox/delivery-jobs.js';
import { OutboxDelivery, platformChannels } from './modules/outbox/outbox-delivery.js';
import { Mailer } from './common/mailer.js';
import { WebhookDeliveries } from './modules/webhook/webhook-jobs.js';
import { PublicationSchedule } from './modules/content/publication-jobs.js';
import { JobName, JobQueue, queueName } from './common/job-queue.js';
import { errorLine } from './common/error-mapper.js';
import type { SitePublisher } from './site-builder.js';
import type { Logger } from './common/logger.js';
import type { Metrics } from './common/metrics.js';

export interface RunningApp {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  server: RunningServer;
  /** The job queue (sending always; running jobs when config.workers > 0). */
  jobs: JobQueue;
  /** Asks for a site build in `delayMs` (changes meanwhile share it); nothing without a site. */
  requestSiteBuild: (delayMs?: number) => void;
  stop: () => Promise<void>;
}

export interface OpenDatabase {
  orm: MikroORM;
  /** Where the database is (the job queue opens its own connections there). */
  url: string;
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
  const url = config.databaseUrl ?? embedded!.url;
  const orm = await openOrm(url, { pool: { min: 0, max: config.dbPoolMax } });
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
    return { orm, url, embedded, vault, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function startApp(
  config: AppConfig,
  options: {
    port: number;
    host: string;
    /** The site this process serves and, when it runs jobs, builds. */
    site?: SitePublisher;
    /** Jobs this process runs at once (default config.workers). */
    workers?: number;
    logger: Logger;
    metrics?: Metrics;
  },
): Promise<RunningApp> {
  const { logger, site } = options;
  const log = (m: string) => logger.info(m);
  const { orm, url, embedded, vault, close: stopDatabase } = await openDatabase(config, log);
  const jobs = new JobQueue({
    databaseUrl: url,
    workers: options.workers ?? config.workers,
    pollSeconds: config.jobPollMs / 1000,
    maintenanceSeconds: 30,
    log,
  });
  const webhooks = new WebhookDeliveries(orm, jobs, vault, { settings: config.settings.webhooks, log });
  const failed = (what: string) => (error: unknown) => logger.error(`${what}: ${errorLine(error)}`);
  try {
    await jobs.start();
    // One rebuild queue per published site: however many processes ask, one builds.
    const rebuilds = site ? queueName(JobName.SITE_REBUILD, site.key) : null;
    const requestSiteBuild = (delayMs = config.rebuildDebounceMs) => {
      if (rebuilds) jobs.send(rebuilds, {}, { after: delayMs / 1000 }).catch(failed('site rebuild not queued'));
    };
    const draws = new LotteryDraws(orm, jobs, log, () => requestSiteBuild());
    const reminders = new ShiftReminders(orm, jobs, config.reminderHours, log);
    const mailer = Mailer.fromSettings(config.mail);
    const deliveries = new MessageDeliveries(
      jobs,
      new OutboxDelivery({ em: orm.em, channels: platformChannels({ mailer, vault, publicUrl: config.settings.publicUrl, sms: config.settings.sms }), log }),
      url,
      log,
    );
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
        siteRoot: site?.root,
        onSiteChange: site ? () => requestSiteBuild() : undefined,
        jobs,
        mailer,
        onProjectsPublished: (projectIds) => {
          draws.schedule(projectIds).catch(failed('lottery draws not scheduled'));
          reminders.schedule(projectIds).catch(failed('reminders not scheduled'));
        },
        sessionCacheMs: config.sessionCacheMs,
        responseCacheMs: config.responseCacheMs,
        rateLimits: config.rateLimits,
        buildToken: config.buildToken,
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
    if (jobs.runsJobs) {
      // Lottery draws happen when registration closes; reminders go out before shifts. Each also
      // plans, in a job of its own, the ones published while no worker ran.
      await draws.work();
      await draws.plan();
      await reminders.work();
      await reminders.plan();
      // Station duty rotas reach four weeks ahead, and duty teams hear of their gaps, each day.
      await new StationDutyJobs(orm, jobs, log).work();
      // Messages to volunteers leave through their channels (email where configured) as they are written.
      await deliveries.work();
      // Partner webhooks: POSTed once their change commits, retried for a day.
      await webhooks.work();
      if (site && rebuilds) {
        // Scheduled content goes on the site when its time comes: after each build, a job for the next such time.
        const publications = new PublicationSchedule(orm, jobs, queueName(JobName.SITE_DUE, site.key), async () => requestSiteBuild(0));
        await publications.work();
        await jobs.work(rebuilds, async () => {
          const { summary } = await site.build();
          await publications.schedule();
          // Kept as the job's result: the staff's jobs page says where the build went.
          return { result: summary };
        });
        await publications.schedule();
      }
    }
    return {
      orm,
      embedded,
      server,
      jobs,
      requestSiteBuild,
      stop: async () => {
        // A build under way ends now; its job runs again later, here or elsewhere.
        await site?.stop();
        await deliveries.stop();
        await webhooks.stop();
        await jobs.stop();
        mailer?.close();
        await server.close().catch(() => undefined);
        await stopDatabase();
      },
    };
  } catch (error) {
    await webhooks.stop();
    await jobs.stop();
    await stopDatabase();
    throw error;
  }
}
