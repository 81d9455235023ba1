// Builds the static site into site/dist (or AIXIN_SITE_OUT) for hosting elsewhere: the build
// hook. Pulls from AIXIN_API_URL when set; otherwise boots the API the way `npm start` does
// (embedded PostgreSQL unless DATABASE_URL) on a free port for the length of the build.
import path from 'node:path';
import { startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../common/logger.js';
import { runAstroBuild } from '../site-builder.js';

const config = loadConfig();
const outDir = path.resolve(process.env.AIXIN_SITE_OUT ?? path.join(config.siteDir, 'dist'));
const started = Date.now();
const log = (m: string) => console.log(m);
// AIXIN_BUILD_TIMINGS=1: show where the build's time goes (fetching, rendering, indexing).
const onLine = process.env.AIXIN_BUILD_TIMINGS === '1' ? (line: string) => line.startsWith('[timing]') && log(line) : undefined;

if (process.env.AIXIN_API_URL) {
  await runAstroBuild({ siteDir: config.siteDir, outDir, apiUrl: process.env.AIXIN_API_URL, publicUrl: config.publicUrl, onLine });
} else {
  const app = await startApp(config, {
    port: 0,
    host: '127.0.0.1',
    // The build runs here and now; background jobs are the running product's.
    workers: 0,
    // The build's own requests are not worth a line each: warnings and errors only.
    logger: createLogger({ ...config.log, level: config.log.level === 'info' ? 'warn' : config.log.level }),
  });
  try {
    await runAstroBuild({
      siteDir: config.siteDir,
      outDir,
      apiUrl: `${app.server.url}/graphql`,
      publicUrl: config.publicUrl,
      buildToken: config.buildToken,
      onLine,
    });
  } finally {
    await app.stop();
  }
}
log(`Site built into ${path.relative(process.cwd(), outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
