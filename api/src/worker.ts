// `npm run worker`: a process that runs background jobs only (lottery draws, site builds,
// scheduled publication), beside API processes started with AIXIN_WORKERS=0. The site is built
// against the API, so this process answers it on a loopback port of its own; it publishes into
// the same data directory the API processes serve.
import { startApp } from './app.js';
import { ConfigError } from './config.js';
import { createLogger } from './common/logger.js';
import { configOrExit, publishedSite, stopOnSignals } from './process.js';

const config = configOrExit('Aixin worker', (loaded) => {
  if (loaded.workers === 0) throw new ConfigError('AIXIN_WORKERS is 0: a worker process must run jobs (leave it unset or set 1..64)');
});
const logger = createLogger(config.log);
const log = (message: string) => logger.info(message);

let apiUrl = '';
const site = publishedSite(config, { apiUrl: () => apiUrl, log });
const app = await startApp({ ...config, seedDemo: false }, { port: 0, host: '127.0.0.1', site: site ?? undefined, logger });
apiUrl = `${app.server.url}/graphql`;
log(`Aixin worker is running: ${config.workers} job(s) of each kind at once`);

stopOnSignals(() => app, log, 'finishing the jobs under way');
