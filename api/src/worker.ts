// `npm run worker`: a process that runs background jobs only (lottery draws, site builds,
// scheduled publication), beside API processes started with AIXIN_WORKERS=0. The site is built
// against the API, so this process answers it on a loopback port of its own; it publishes into
// the same data directory the API processes serve.
import path from 'node:path';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './common/logger.js';
import { SitePublisher } from './site-builder.js';

const config = (() => {
  try {
    const loaded = loadConfig();
    if (loaded.workers === 0) throw new ConfigError('AIXIN_WORKERS is 0: a worker process must run jobs (leave it unset or set 1..64)');
    return loaded;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Aixin worker cannot start: ${error.message}`);
    process.exit(1);
  }
})();
const logger = createLogger(config.log);
const log = (message: string) => logger.info(message);

let apiUrl = '';
const site = config.buildSite
  ? new SitePublisher({ siteDir: config.siteDir, publishDir: path.join(config.dataDir, 'site'), apiUrl: () => apiUrl, publicUrl: config.publicUrl, log })
  : null;
const app = await startApp({ ...config, seedDemo: false }, { port: 0, host: '127.0.0.1', site: site ?? undefined, logger });
apiUrl = `${app.server.url}/graphql`;
log(`Aixin worker is running: ${config.workers} job(s) of each kind at once`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing the jobs under way`);
  await app.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
