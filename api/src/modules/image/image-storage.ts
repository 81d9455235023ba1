// Where image files are kept. Names are content hashes, so a file never changes once written and
// is cached for a year. Local files are served by the API at /media/<name>; an S3-compatible
// bucket serves them from its public URL (a CDN in front of it, typically).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { lazyS3, s3Failure, type S3Store } from '../../common/s3.js';
import type { MediaSettings } from '../../common/settings.js';

/** A stored file's name: 32 hex digits of its SHA-256 and its extension. */
export const MEDIA_NAME = /^[0-9a-f]{32}\.(jpg|png|webp|avif)$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface ImageStorage {
  /** Stores a file under `name` (writing the same name again is harmless: same name, same bytes). */
  put(name: string, data: Buffer, contentType: string): Promise<void>;
  /** The address pages use for the file. */
  url(name: string): string;
}

export class LocalImageStorage implements ImageStorage {
  constructor(readonly dir: string) {}

  async put(name: string, data: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const target = path.join(this.dir, name);
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    )
      return;
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${target}.${process.pid}.partial`;
    await writeFile(partial, data);
    await rename(partial, target);
  }

  url(name: string): string {
    return `/media/${name}`;
  }

  /** The file to serve, or null when there is none by that name. */
  async open(name: string): Promise<{ stream: Readable; size: number } | null> {
    if (!MEDIA_NAME.test(name)) return null;
    const file = path.join(this.dir, name);
    const info = await stat(file).catch(() => null);
    return info?.isFile() ? { stream: createReadStream(file), size: info.size } : null;
  }
}

/** Any S3-compatible store, path-style (common/s3.ts). */
export class S3ImageStorage implements ImageStorage {
  private readonly connect: () => Promise<S3Store>;

  constructor(private readonly settings: Extract<MediaSettings, { kind: 's3' }>) {
    this.connect = lazyS3({ ...settings, pathStyle: true });
  }

  async put(name: string, data: Buffer, contentType: string): Promise<void> {
    const { sdk, client } = await this.connect();
    try {
      await client.send(
        new sdk.PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: name,
          Body: data,
          ContentType: contentType,
          CacheControl: IMMUTABLE,
          // The store checks the bytes it received against this, and refuses a corrupted body.
          ContentMD5: createHash('md5').update(data).digest('base64'),
        }),
      );
    } catch (error) {
      throw s3Failure(`PUT ${name}`, error);
    }
  }

  url(name: string): string {
    return `${this.settings.publicUrl}/${name}`;
  }
}

export function imageStorage(settings: MediaSettings): LocalImageStorage | S3ImageStorage {
  return settings.kind === 's3' ? new S3ImageStorage(settings) : new LocalImageStorage(path.resolve(settings.dir));
}
