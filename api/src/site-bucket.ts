// Publishes a finished site build to an S3-compatible bucket (Aliyun OSS, Tencent COS, Huawei
// OBS, MinIO, AWS S3) for a static host or CDN to serve, in addition to the data directory the
// API serves. A publish uploads only the files whose MD5 differs from the object's ETag, the
// other files before the pages (a page never names an asset not yet there), then deletes what
// the build before last had and neither it nor this one has: a page still cached in a browser
// finds its assets for one more build. A manifest object remembers the last two builds' keys, so
// nothing the publisher did not put there is ever deleted (the bucket may hold other things).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { lazyS3, s3Failure, type S3Connection, type S3Store } from './common/s3.js';

export interface SiteBucketSettings extends S3Connection {
  bucket: string;
  /** Prepended to every key, e.g. `site/` (empty: the bucket's root). */
  prefix: string;
}

/** What a publish did, counted in files. */
export interface BucketPublication {
  /** Where, e.g. s3://aixin-site/www/ (never a credential). */
  location: string;
  uploaded: number;
  unchanged: number;
  deleted: number;
}

/** Where SitePublisher puts each finished build besides its own directory. */
export interface SiteBucket {
  readonly location: string;
  publish(dir: string): Promise<BucketPublication>;
}

/** Hashed build assets: their names change with their content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages: a browser or CDN asks again every time (a 304 when unchanged). */
const PAGE = 'public, max-age=0, must-revalidate';
/** Other files (images of site/public, the search index): as the API serves them, five minutes. */
const SHORT = 'public, max-age=300';

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.ics': 'text/calendar',
  '.csv': 'text/csv',
  '.map': 'application/json',
};

const BINARY_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file's Content-Type by its extension (the search index's own files are octet streams). */
export function contentTypeOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (TEXT_TYPES[ext]) return `${TEXT_TYPES[ext]}; charset=utf-8`;
  return BINARY_TYPES[ext] ?? 'application/octet-stream';
}

/** A file's Cache-Control by its path in the build (`/`-separated). */
export function cacheControlOf(relative: string): string {
  if (relative.startsWith('_astro/')) return IMMUTABLE;
  return relative.endsWith('.html') ? PAGE : SHORT;
}

/** Uploads (and deletions) at once. */
const CONCURRENCY = 16;
/** The publisher's own record of the last two builds' keys, beside the site. */
const MANIFEST = '.aixin-site-manifest.json';

interface Manifest {
  current: string[];
  previous: string[];
}

interface BuildFile {
  relative: string;
  key: string;
  md5: string;
}

/** Every file under `dir`, with its path from `dir` using `/`. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Pages go last: whatever a page names (stylesheets, scripts, images, the search index) is there before it. */
const isPage = (relative: string) => relative.endsWith('.html');

export class S3SiteBucket implements SiteBucket {
  /** The SDK is loaded on the first publish, so processes without a bucket never load it. */
  private readonly connect: () => Promise<S3Store>;

  constructor(
    private readonly settings: SiteBucketSettings,
    private readonly log: (message: string) => void,
  ) {
    this.connect = lazyS3(settings);
  }

  get location(): string {
    return `s3://${this.settings.bucket}/${this.settings.prefix}`;
  }

  /** Publishes the build in `dir`; rejects, saying where and what the store answered, when any request fails. */
  async publish(dir: string): Promise<BucketPublication> {
    try {
      return await this.upload(dir);
    } catch (error) {
      throw s3Failure(`publishing the site to ${this.location}`, error);
    }
  }

  private async upload(dir: string): Promise<BucketPublication> {
    const { sdk, client } = await this.connect();
    const { bucket, prefix } = this.settings;
    const limit = pLimit(CONCURRENCY);

    const files: BuildFile[] = await Promise.all(
      (await filesUnder(dir)).map((relative) =>
        limit(async () => ({
          relative,
          key: prefix + relative,
          md5: createHash('md5')
            .update(await readFile(path.join(dir, relative)))
            .digest('hex'),
        })),
      ),
    );

    // What the bucket holds under the prefix: key → ETag (the MD5 of a single-part upload; OSS writes it in capitals).
    const etags = new Map<string, string>();
    let token: string | undefined;
    do {
      const page = await client.send(new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }));
      for (const object of page.Contents ?? []) if (object.Key) etags.set(object.Key, (object.ETag ?? '').replaceAll('"', '').toLowerCase());
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);

    const changed = files.filter((f) => etags.get(f.key) !== f.md5);
    const upload = (file: BuildFile) =>
      limit(async () => {
        const body = await readFile(path.join(dir, file.relative));
        await client.send(
          new sdk.PutObjectCommand({
            Bucket: bucket,
            Key: file.key,
            Body: body,
            ContentType: contentTypeOf(file.relative),
            CacheControl: cacheControlOf(file.relative),
            // The store checks the body against it, so a corrupted upload is refused.
            ContentMD5: Buffer.from(file.md5, 'hex').toString('base64'),
          }),
        );
      });
    await Promise.all(changed.filter((f) => !isPage(f.relative)).map(upload));
    await Promise.all(changed.filter((f) => isPage(f.relative)).map(upload));

    // Gone from the build before last and from this one: no page of either names it.
    const manifestKey = prefix + MANIFEST;
    const before = await this.readManifest(manifestKey);
    const keep = new Set([...files.map((f) => f.key), ...(before?.current ?? [])]);
    const stale = (before?.previous ?? []).filter((key) => !keep.has(key) && etags.has(key));
    // One DeleteObject each: DeleteObjects needs a Content-MD5 that newer SDKs no longer send (OSS refuses it without).
    await Promise.all(stale.map((key) => limit(() => client.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key: key })))));
    const manifest: Manifest = { current: files.map((f) => f.key), previous: before?.current ?? [] };
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: bucket,
        Key: manifestKey,
        Body: JSON.stringify(manifest),
        ContentType: 'application/json; charset=utf-8',
        CacheControl: 'no-store',
      }),
    );
    return { location: this.location, uploaded: changed.length, unchanged: files.length - changed.length, deleted: stale.length };
  }

  /** The last publish's manifest; null before the first, or when it is gone or unreadable (then nothing is deleted this time). */
  private async readManifest(key: string): Promise<Manifest | null> {
    const { sdk, client } = await this.connect();
    let text: string;
    try {
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      text = (await object.Body?.transformToString()) ?? '';
    } catch (error) {
      if (!(error instanceof sdk.NoSuchKey)) throw error;
      this.log(`Site bucket ${this.location}: no manifest of an earlier publish, so nothing is deleted this time`);
      return null;
    }
    try {
      const parsed = JSON.parse(text) as Partial<Manifest>;
      if (Array.isArray(parsed.current) && Array.isArray(parsed.previous)) return { current: parsed.current, previous: parsed.previous };
    } catch {
      // Said below.
    }
    this.log(`Site bucket ${this.location}: the manifest ${key} is unreadable, so nothing is deleted this time`);
    return null;
  }
}
