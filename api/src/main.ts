// Starts the whole product: database (embedded unless DATABASE_URL), migrations, demo data,
// the API and the static site on one origin.
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config.js';
import { PersonalDataVault } from './common/personal-data.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { migrate, openOrm } from './db/orm.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from './seeders/demo.seeder.js';
import { startServer } from './server.js';
import { SiteBuilder } from './site-builder.js';

const config = loadConfig();
const log = (message: string) => console.log(message);
const startedAt = Date.now();

let embedded: EmbeddedDatabase | null = null;
const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log)).url;
const orm = await openOrm(databaseUrl);
const applied = await migrate(orm);
if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);

const vault = PersonalDataVault.fromEnvironment(config.dataDir, config.production);
if (config.seedDemo) {
  const seeded = await seedDemoIfEmpty(orm, vault);
  if (seeded) {
    log(`Loaded demo data: ${seeded.organizations} organisations, ${seeded.volunteers} volunteers, ${seeded.projects} projects, ${seeded.shifts} shifts`);
  }
}

const builder = config.buildSite
  ? new SiteBuilder({
      siteDir: config.siteDir,
      outRoot: path.join(config.dataDir, 'site', String(config.port)),
      apiUrl: `http://127.0.0.1:${config.port}/graphql`,
      publicUrl: config.publicUrl,
      log,
    })
  : null;

const server = await startServer(
  { orm, development: config.development, siteRoot: builder?.root, log: (m) => console.error(m) },
  config.port,
  config.host,
);

const where = embedded ? `embedded PostgreSQL on 127.0.0.1:${config.embeddedPgPort} (data in ${path.relative(process.cwd(), config.dataDir) || '.'})` : 'DATABASE_URL';
log(`
Aixin 爱心 is running (${((Date.now() - startedAt) / 1000).toFixed(1)} s)
  Site:     ${server.url}/
  GraphQL:  ${server.url}/graphql   (POST JSON; health at /healthz)
  Database: ${where}`);
if (config.seedDemo) {
  log(`  Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) log(`    ${account.login}  ${account.who}`);
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  await server.close().catch(() => undefined);
  await orm.close().catch(() => undefined);
  if (embedded?.owned) await embedded.stop().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

if (builder) {
  log('  Building the site from the API ...');
  await builder.build().then(
    () => log(`Site ready at ${server.url}/`),
    (error) => log(`The site build failed; the API keeps running.\n${String(error)}`),
  );
}
