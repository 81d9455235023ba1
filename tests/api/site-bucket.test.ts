// Publishing site builds to an S3-compatible bucket, against a real S3-compatible server (s3rver,
// with SigV4 signatures checked: tests/helpers/s3.ts): a first publish uploads every file with
// its Content-Type and Cache-Control, the assets before the pages; the next uploads only what
// changed; a file gone from the build stays for one build, then goes; a wrong secret fails the
// publish with the store's answer and no "published" line; a bucket without its key is a
// configuration error; through the job queue, a site build lands in the data directory and the
// bucket, and the staff's jobs page says where.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { startApp, type RunningApp } from '../../api/src/app.js';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { createLogger } from '../../api/src/common/logger.js';
import { publishedSite } from '../../api/src/process.js';
import { S3SiteBucket, type SiteBucketSettings } from '../../api/src/site-bucket.js';
import { gql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { databaseUrl } from '../helpers/database.js';
import { S3_KEY, startS3, type S3Server } from '../helpers/s3.js';

let s3: S3Server;
const work = mkdtempSync(path.join(os.tmpdir(), 'aixin-site-bucket-'));

beforeAll(async () => {
  s3 = await startS3(['site', 'jobs']);
});

afterAll(async () => {
  await s3?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A small build as Astro lays it out. */
const FIXTURE: Record<string, string> = {
  'index.html': '<!doctype html><link rel="stylesheet" href="/_astro/index.a1b2c3.css"><h1>爱心</h1>',
  'en/index.html': '<!doctype html><h1>Aixin</h1>',
  '404.html': '<!doctype html><h1>404</h1>',
  '_astro/index.a1b2c3.css': 'h1{color:red}',
  '_astro/island.d4e5f6.js': 'export const x = 1;',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'images/logo.png': '\x89PNG fake',
  'pagefind/pagefind-entry.json': '{"version":"1"}',
  'pagefind/fragment/zh_0a1b2c.pf_fragment': 'fragment',
};

function writeBuild(dir: string, files: Record<string, string>): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const settings = (over: Partial<SiteBucketSettings> = {}): SiteBucketSettings => ({
  bucket: 'site',
  endpoint: s3.endpoint,
  region: 'us-east-1',
  prefix: 'www/',
  pathStyle: true,
  ...S3_KEY,
  ...over,
});

const keysIn = async (bucket: string) => ((await s3.client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!).sort();
const text = async (bucket: string, key: string) => (await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToString();

describe('publishing a build to a bucket', () => {
  const dir = path.join(work, 'build');
  const bucket = () => new S3SiteBucket(settings(), () => undefined);
  const puts = () => s3.requests.filter((r) => r.startsWith('PUT /site/'));

  it('uploads every file with its content type and cache headers, assets before pages', async () => {
    s3.requests.length = 0;
    const published = await bucket().publish(writeBuild(dir, FIXTURE));
    expect(published).toEqual({ location: 's3://site/www/', uploaded: 9, unchanged: 0, deleted: 0 });
    expect(await keysIn('site')).toEqual([...Object.keys(FIXTURE).map((k) => `www/${k}`), 'www/.aixin-site-manifest.json'].sort());
    const head = async (key: string) => {
      const h = await s3.client.send(new HeadObjectCommand({ Bucket: 'site', Key: `www/${key}` }));
      return [h.ContentType, h.CacheControl];
    };
    expect(await head('index.html')).toEqual(['text/html; charset=utf-8', 'public, max-age=0, must-revalidate']);
    expect(await head('en/index.html')).toEqual(['text/html; charset=utf-8', 'public, max-age=0, must-revalidate']);
    expect(await head('_astro/index.a1b2c3.css')).toEqual(['text/css; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect(await head('_astro/island.d4e5f6.js')).toEqual(['text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect(await head('favicon.svg')).toEqual(['image/svg+xml; charset=utf-8', 'public, max-age=300']);
    expect(await head('images/logo.png')).toEqual(['image/png', 'public, max-age=300']);
    expect(await head('pagefind/pagefind-entry.json')).toEqual(['application/json; charset=utf-8', 'public, max-age=300']);
    expect(await head('pagefind/fragment/zh_0a1b2c.pf_fragment')).toEqual(['application/octet-stream', 'public, max-age=300']);
    expect(await text('site', 'www/index.html')).toBe(FIXTURE['index.html']);
    // Every page arrived after every other file.
    const order = puts().filter((r) => !r.endsWith('manifest.json'));
    const lastAsset = Math.max(...order.map((r, i) => (r.endsWith('.html') ? -1 : i)));
    const firstPage = order.findIndex((r) => r.endsWith('.html'));
    expect(order).toHaveLength(9);
    expect(lastAsset).toBeLessThan(firstPage);
  });

  it('uploads only what changed the next time, and keeps a removed file for one build', async () => {
    const { 'favicon.svg': _removed, ...rest } = FIXTURE;
    s3.requests.length = 0;
    const second = await bucket().publish(writeBuild(dir, { ...rest, 'index.html': '<!doctype html><h1>爱心 2</h1>' }));
    expect(second).toEqual({ location: 's3://site/www/', uploaded: 1, unchanged: 7, deleted: 0 });
    expect(puts()).toEqual(['PUT /site/www/index.html', 'PUT /site/www/.aixin-site-manifest.json']);
    expect(await text('site', 'www/index.html')).toBe('<!doctype html><h1>爱心 2</h1>');
    // Pages of the first build may still be cached in browsers: what they name stays.
    expect(await keysIn('site')).toContain('www/favicon.svg');

    s3.requests.length = 0;
    const third = await bucket().publish(dir);
    expect(third).toEqual({ location: 's3://site/www/', uploaded: 0, unchanged: 8, deleted: 1 });
    expect(await keysIn('site')).not.toContain('www/favicon.svg');
    expect(s3.requests.filter((r) => r.startsWith('DELETE'))).toEqual(['DELETE /site/www/favicon.svg']);
  });

  it('never deletes what it did not put there', async () => {
    await s3.client.send(
      new (await import('@aws-sdk/client-s3')).PutObjectCommand({ Bucket: 'site', Key: 'www/uploaded-by-hand.txt', Body: 'mine', ContentType: 'text/plain' }),
    );
    await bucket().publish(dir);
    await bucket().publish(dir);
    expect(await keysIn('site')).toContain('www/uploaded-by-hand.txt');
  });

  it('fails with the store’s answer when the secret is wrong, and changes nothing', async () => {
    const before = await text('site', 'www/index.html');
    writeBuild(dir, { ...FIXTURE, 'index.html': '<h1>never published</h1>' });
    const wrong = new S3SiteBucket(settings({ secretAccessKey: 'not-the-secret' }), () => undefined);
    await expect(wrong.publish(dir)).rejects.toThrow(/^publishing the site to s3:\/\/site\/www\/ failed: SignatureDoesNotMatch: The request signature/);
    expect(await text('site', 'www/index.html')).toBe(before);
  });
});

describe('configuration', () => {
  const env = { AIXIN_DATA_DIR: work, AIXIN_SITE_BUCKET: 'aixin-site' };

  it('refuses a bucket without both parts of its key, naming what is missing', () => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(
      'AIXIN_SITE_BUCKET is set, so AIXIN_SITE_BUCKET_ACCESS_KEY_ID and AIXIN_SITE_BUCKET_SECRET_ACCESS_KEY must be set too (a key allowed to write the bucket)',
    );
    expect(() => loadConfig({ ...env, AIXIN_SITE_BUCKET_ACCESS_KEY_ID: 'LTAI5t' })).toThrow(/so AIXIN_SITE_BUCKET_SECRET_ACCESS_KEY must be set too/);
  });

  it('refuses bucket settings without a bucket, and a bad endpoint', () => {
    expect(() => loadConfig({ AIXIN_DATA_DIR: work, AIXIN_SITE_BUCKET_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com' })).toThrow(
      'AIXIN_SITE_BUCKET_ENDPOINT is set but AIXIN_SITE_BUCKET is not: name the bucket too',
    );
    const keyed = { ...env, AIXIN_SITE_BUCKET_ACCESS_KEY_ID: 'id', AIXIN_SITE_BUCKET_SECRET_ACCESS_KEY: 'secret' };
    expect(() => loadConfig({ ...keyed, AIXIN_SITE_BUCKET_ENDPOINT: 'oss-cn-hangzhou.aliyuncs.com' })).toThrow(/must be an http\(s\) origin/);
    expect(() => loadConfig({ ...keyed, AIXIN_SITE_BUCKET_PATH_STYLE: 'yes' })).toThrow(/AIXIN_SITE_BUCKET_PATH_STYLE must be 0 or 1/);
  });

  it('reads a bucket with its defaults', () => {
    expect(loadConfig({ AIXIN_DATA_DIR: work }).siteBucket).toBeNull();
    const config = loadConfig({
      ...env,
      AIXIN_SITE_BUCKET_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com/',
      AIXIN_SITE_BUCKET_PREFIX: '/www',
      AIXIN_SITE_BUCKET_ACCESS_KEY_ID: 'id',
      AIXIN_SITE_BUCKET_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.siteBucket).toEqual({
      bucket: 'aixin-site',
      endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
      region: 'us-east-1',
      prefix: 'www/',
      pathStyle: false,
      accessKeyId: 'id',
      secretAccessKey: 'secret',
    });
  });
});

/**
 * A site project whose `astro build` copies `build/` beside it to the output, as the real one
 * writes its pages there: SitePublisher runs it exactly as it runs Astro, in about a second.
 */
function fakeSiteProject(dir: string): string {
  mkdirSync(path.join(dir, 'node_modules/astro'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"name":"fake-site","private":true}');
  writeFileSync(path.join(dir, 'node_modules/astro/package.json'), '{"name":"astro","version":"0.0.0"}');
  writeFileSync(
    path.join(dir, 'node_modules/astro/astro.js'),
    `require('node:fs').cpSync(require('node:path').join(process.cwd(), 'build'), process.env.AIXIN_SITE_OUT, { recursive: true });\n`,
  );
  return dir;
}

describe('a site build job with a bucket', () => {
  let app: RunningApp | null = null;
  afterAll(() => app?.stop());

  async function startWithBucket(name: string, secret: string, lines: string[]): Promise<RunningApp> {
    const dataDir = path.join(work, `data-${name}`);
    mkdirSync(dataDir, { recursive: true });
    // The test database's personal data is under the run's key.
    copyFileSync(path.join(inject('dataDir'), 'data-key'), path.join(dataDir, 'data-key'));
    const siteDir = fakeSiteProject(path.join(work, `site-${name}`));
    cpSync(writeBuild(path.join(work, 'fixture'), FIXTURE), path.join(siteDir, 'build'), { recursive: true });
    const config = loadConfig({
      DATABASE_URL: databaseUrl(),
      AIXIN_DATA_DIR: dataDir,
      AIXIN_SITE_DIR: siteDir,
      AIXIN_DEMO_DATA: '0',
      AIXIN_JOB_POLL_MS: '500',
      AIXIN_SITE_BUCKET: 'jobs',
      AIXIN_SITE_BUCKET_ENDPOINT: s3.endpoint,
      AIXIN_SITE_BUCKET_PATH_STYLE: '1',
      AIXIN_SITE_BUCKET_ACCESS_KEY_ID: S3_KEY.accessKeyId,
      AIXIN_SITE_BUCKET_SECRET_ACCESS_KEY: secret,
    });
    const site = publishedSite(config, { apiUrl: 'http://127.0.0.1:1/graphql', log: (line) => lines.push(line) })!;
    const logger = createLogger({ level: 'silent', format: 'json' });
    return startApp(config, { port: 0, host: '127.0.0.1', site, logger, workers: 1 });
  }

  const rebuilds = async (running: RunningApp, state: string) =>
    (await running.orm.em
      .getConnection()
      .execute<{ id: string }[]>(`select id from pgboss.job where name like 'site.rebuild/%' and state = ? and output is not null`, [state])) as {
      id: string;
    }[];

  it('fails with the store’s answer, no "published" line, and the job to be tried again', async () => {
    const lines: string[] = [];
    const failing = await startWithBucket('refused', 'wrong-secret', lines);
    try {
      failing.requestSiteBuild(0);
      await expect.poll(() => rebuilds(failing, 'retry'), { timeout: 30_000, interval: 200 }).toHaveLength(1);
      expect(lines.filter((l) => /published/.test(l))).toEqual([]);
      expect(lines.some((l) => l.includes('served from') && l.includes('the bucket s3://jobs/ does not have it yet'))).toBe(true);
      expect(await keysIn('jobs')).toEqual([]);
      const [{ output }] = await failing.orm.em
        .getConnection()
        .execute<{ output: { message: string } }[]>(`select output from pgboss.job where name like 'site.rebuild/%' and state = 'retry'`);
      expect(output.message).toMatch(/^publishing the site to s3:\/\/jobs\/ failed: SignatureDoesNotMatch/);
      expect(JSON.stringify(lines)).not.toContain('wrong-secret');
    } finally {
      await failing.stop();
    }
  }, 60_000);

  it('publishes to the data directory and the bucket, and the staff’s jobs page says where', async () => {
    const lines: string[] = [];
    app = await startWithBucket('accepted', S3_KEY.secretAccessKey, lines);
    app.requestSiteBuild(0);
    await expect.poll(() => rebuilds(app!, 'completed'), { timeout: 30_000, interval: 200 }).toHaveLength(1);
    expect(await keysIn('jobs')).toEqual([...Object.keys(FIXTURE), '.aixin-site-manifest.json'].sort());
    const served = await fetch(`${app.server.url}/en/`);
    expect(await served.text()).toBe(FIXTURE['en/index.html']);

    const endpoint = `${app.server.url}/graphql`;
    const staff = await signIn({ gql: (q, v, h) => gql(endpoint, q, v, h) }, DEMO.admin);
    const res = await gql<{ backgroundJobs: { queue: string; result: string | null }[] }>(
      endpoint,
      `{ backgroundJobs(state: COMPLETED, first: 50) { queue result } }`,
      undefined,
      staff,
    );
    const build = res.data!.backgroundJobs.find((j) => j.queue.startsWith('site.rebuild/'));
    expect(build?.result).toMatch(/^Site built in [\d.]+ s, published to \/.+\/site\/builds\/[\w-]+ and s3:\/\/jobs\/ \(9 uploaded, 0 unchanged, 0 deleted\)$/);
    expect(lines).toContain(build!.result);
    expect(JSON.stringify(lines)).not.toContain(S3_KEY.secretAccessKey);
  }, 60_000);
});
