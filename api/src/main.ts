// `npm start`: the whole product, the API and the static site on one origin; in one process, or
// in AIXIN_WEB_PROCESSES processes sharing the port (web-processes.ts), each running this file.
import path from 'node:path';
import { startApp } from './app.js';
import { DataKeyMismatchError } from './modules/data-key/data-key.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seeders/demo.seeder.js';
import { configOrExit, publishedSite, stopOnSignals } from './process.js';
import { createLogger } from './common/logger.js';
import { Metrics } from './common/metrics.js';
import { isFirstWebProcess, isWebProcess, startWebProcesses } from './web-processes.js';
import type { AppConfig } from './config.js';

const config = configOrExit('Aixin');
const logger = createLogger(config.log);
const log = (message: string) => logger.info(message);
const startedAt = Date.now();

/** A wrong data key is the operator's to fix: say what to do, without a stack trace. */
function exitOnWrongKey(error: unknown): never {
  if (!(error instanceof DataKeyMismatchError)) throw error;
  console.error(`Aixin cannot start: ${error.message}`);
  process.exit(1);
}

function announce(url: string, embedded: boolean, processes: number): void {
  const database = embedded
    ? `embedded PostgreSQL on 127.0.0.1:${config.embeddedPgPort} (data in ${path.relative(process.cwd(), config.dataDir) || '.'})`
    : 'the server at DATABASE_URL';
  log(`
Aixin 爱心 is running (${((Date.now() - startedAt) / 1000).toFixed(1)} s${processes > 1 ? `, ${processes} processes` : ''})
  Site:     ${url}/
  GraphQL:  ${url}/graphql   (POST JSON; health at /healthz)
  Database: ${database}`);
  if (config.seedDemo) {
    log(`  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) log(`    ${account.login}  ${account.who}`);
  }
}

/** This process answers HTTP itself. */
async function serve(config: AppConfig): Promise<void> {
  const metrics = new Metrics().collectProcessMetrics();
  // The site is published under the data directory: every process with this directory serves the
  // same build, and whichever runs the rebuild job builds it for all.
  let siteReady = false;
  const site = publishedSite(config, {
    apiUrl: `http://127.0.0.1:${config.port}/graphql`,
    log,
    onBuilt: (outcome, seconds) => {
      metrics.siteBuilt(outcome, seconds);
      if (outcome === 'ok' && !siteReady) {
        siteReady = true;
        log(`Site ready at ${app.server.url}/`);
      }
    },
  });

  const app = await startApp(config, { port: config.port, host: config.host, site: site ?? undefined, logger, metrics }).catch(exitOnWrongKey);
  if (!isWebProcess()) announce(app.server.url, !!app.embedded, 1);
  stopOnSignals(() => app, log, 'shutting down');

  if (site && isFirstWebProcess()) {
    // The site is built now, from this code and data; the build published before (if any) is served meanwhile.
    log(site.root() ? '  Rebuilding the site from the API (the last build is served meanwhile) ...' : '  Building the site from the API ...');
    app.requestSiteBuild(0);
  }
}

if (config.webProcesses > 1 && !isWebProcess()) {
  const { url, embedded } = await startWebProcesses(config, logger).catch(exitOnWrongKey);
  announce(url, embedded, config.webProcesses);
} else {
  await serve(config);
}
