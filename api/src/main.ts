// `npm start`: the whole product in one process, the API and the static site on one origin.
import path from 'node:path';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataKeyMismatchError } from './modules/data-key/data-key.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seeders/demo.seeder.js';
import { SiteBuilder } from './site-builder.js';
import { createLogger } from './common/logger.js';
import { Metrics } from './common/metrics.js';

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Aixin cannot start: ${error.message}`);
    process.exit(1);
  }
})();
const logger = createLogger(config.log);
const log = (message: string) => logger.info(message);
const metrics = new Metrics().collectProcessMetrics();
const startedAt = Date.now();

const builder = config.buildSite
  ? new SiteBuilder({
      siteDir: config.siteDir,
      outRoot: path.join(config.dataDir, 'site', String(config.port)),
      apiUrl: `http://127.0.0.1:${config.port}/graphql`,
      publicUrl: config.publicUrl,
      debounceMs: config.rebuildDebounceMs,
      log,
      onBuilt: metrics.siteBuilt,
    })
  : null;

const app = await startApp(config, {
  port: config.port,
  host: config.host,
  siteRoot: builder?.root,
  // Published content changed: rebuild in the background, the current build stays served.
  onSiteChange: builder ? () => builder.requestRebuild() : undefined,
  logger,
  metrics,
}).catch((error: unknown) => {
  // A wrong data key is the operator's to fix: say what to do, without a stack trace.
  if (!(error instanceof DataKeyMismatchError)) throw error;
  console.error(`Aixin cannot start: ${error.message}`);
  process.exit(1);
});
const { server, embedded } = app;

const database = embedded
  ? `embedded PostgreSQL on 127.0.0.1:${config.embeddedPgPort} (data in ${path.relative(process.cwd(), config.dataDir) || '.'})`
  : 'the server at DATABASE_URL';
log(`
Aixin 爱心 is running (${((Date.now() - startedAt) / 1000).toFixed(1)} s)
  Site:     ${server.url}/
  GraphQL:  ${server.url}/graphql   (POST JSON; health at /healthz)
  Database: ${database}`);
if (config.seedDemo) {
  log(`  Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) log(`    ${account.login}  ${account.who}`);
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  await builder?.stop();
  await app.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

if (builder) {
  log('  Building the site from the API ...');
  await builder.build().then(
    () => log(`Site ready at ${server.url}/`),
    (error) => {
      if (!stopping) logger.error(`The site build failed; the API keeps running.\n${String(error)}`);
    },
  );
}
