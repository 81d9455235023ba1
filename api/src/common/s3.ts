// One way to reach an S3-compatible store (AWS S3, MinIO, Ceph, Cloudflare R2, Aliyun OSS, Tencent
// COS, Huawei OBS): the AWS SDK's S3 client, loaded on first use so a process without a bucket
// never loads it. The site's bucket (site-bucket.ts) and the photos' (modules/image) use it.
import type * as S3 from '@aws-sdk/client-s3';

export interface S3Connection {
  /** The store's endpoint, e.g. https://oss-cn-hangzhou.aliyuncs.com; null: AWS S3's own for the region. */
  endpoint: string | null;
  region: string;
  /** `<endpoint>/<bucket>/<key>` (MinIO) rather than `<bucket>.<endpoint>/<key>` (OSS, COS, OBS, S3). */
  pathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface S3Store {
  sdk: typeof S3;
  client: S3.S3Client;
}

/**
 * The store, connected on the first call: the SDK is loaded then, so a process that never uses
 * the store never loads it.
 */
export function lazyS3(connection: S3Connection): () => Promise<S3Store> {
  let store: Promise<S3Store> | null = null;
  return () => (store ??= connect(connection));
}

/** A store's refusal of `doing`, with the SDK error's name (the store's code, e.g. SignatureDoesNotMatch) and message. */
export function s3Failure(doing: string, error: unknown): Error {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  return new Error(`${doing} failed: ${name}: ${message}`, { cause: error });
}

async function connect({ endpoint, region, pathStyle, accessKeyId, secretAccessKey }: S3Connection): Promise<S3Store> {
  const sdk = await import('@aws-sdk/client-s3');
  const client = new sdk.S3Client({
    ...(endpoint ? { endpoint } : {}),
    region,
    forcePathStyle: pathStyle,
    credentials: { accessKeyId, secretAccessKey },
    // Newer SDKs add CRC32 checksums to every request by default, which S3-compatible stores may refuse.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  return { sdk, client };
}
