// Photo uploads over HTTP (POST /media) against the run's PostgreSQL and a media directory of
// this file's own: what is kept of a photo (upright, no EXIF/GPS/XMP, WebP and AVIF renditions),
// what is refused (not an image, too big, a decompression bomb, signed out, another team) with
// nothing stored, de-duplication, and attaching images to a team and an activity's gallery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { DEFAULT_SETTINGS } from '../../api/src/common/settings.js';
import { loadConfig } from '../../api/src/config.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { gql, type BoundGql } from '../helpers/api.js';
import { countingOrm } from '../helpers/sql-log.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { S3_KEY, startS3 } from '../helpers/s3.js';

let orm: MikroORM;
let statements: string[];
let server: RunningServer & { gql: BoundGql };
let mediaDir: string;
let coordinator: Record<string, string>;
let volunteer: Record<string, string>;
let admin: Record<string, string>;
let orgId: string;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);

beforeAll(async () => {
  ({ orm, statements } = await countingOrm());
  mediaDir = await mkdtemp(path.join(tmpdir(), 'aixin-media-'));
  const running = await startServer(
    {
      orm,
      vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false),
      development: false,
      settings: { ...DEFAULT_SETTINGS, media: { kind: 'local', dir: mediaDir } },
    },
    0,
    '127.0.0.1',
  );
  const bound: BoundGql = (q, v, h) => gql(`${running.url}/graphql`, q, v, h);
  server = Object.assign(running, { gql: bound });
  [coordinator, volunteer, admin] = [await signIn(server, DEMO.coordinator), await signIn(server, DEMO.volunteer), await signIn(server, DEMO.admin)];
  [{ id: orgId }] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
});
afterAll(async () => {
  await server?.close();
  await orm?.close();
  await rm(mediaDir, { recursive: true, force: true });
});

interface Upload {
  status: number;
  body: any;
}

async function upload(
  data: Buffer,
  options: { headers?: Record<string, string>; purpose?: string; organizationId?: string | null; name?: string; type?: string } = {},
): Promise<Upload> {
  const form = new FormData();
  form.append('purpose', options.purpose ?? 'PHOTO');
  if (options.organizationId !== null) form.append('organizationId', options.organizationId ?? orgId);
  form.append('file', new Blob([new Uint8Array(data)], { type: options.type ?? 'application/octet-stream' }), options.name ?? 'photo');
  const res = await fetch(`${server.url}/media`, { method: 'POST', body: form, headers: options.headers ?? coordinator });
  return { status: res.status, body: await res.json() };
}

const fetchStored = async (url: string) => Buffer.from(await (await fetch(`${server.url}${url}`)).arrayBuffer());
const storedState = async () => ({ files: (await readdir(mediaDir)).length, rows: Number((await sql<{ n: string }>(`select count(*) as n from image`))[0].n) });

function solid(width: number, height: number, colour = { r: 40, g: 120, b: 200 }) {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

/** A PNG of a few bytes whose header claims `width`×`height` pixels: decoding it would take gigabytes. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(width * 3 + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('what is kept of a photo', () => {
  it('turns a JPEG upright and strips its EXIF (with the GPS position) and XMP from the original and every rendition', async () => {
    const photo = await solid(1400, 1000)
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestCam', Artist: 'Someone' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 2/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '110/1 20/1 0/1' },
      })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Someone"/></rdf:RDF></x:xmpmeta>',
      )
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif!.toString('latin1')).toContain('TestCam');
    expect(before.xmp!.toString()).toContain('Someone');
    expect(before.exif!.includes(Buffer.from([0x88, 0x25])) || before.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const { status, body } = await upload(photo, { name: 'IMG_0001.JPG', type: 'image/jpeg' });
    expect(status).toBe(201);
    const image = body.image;
    // Upright: the camera's sideways 1400×1000 is a 1000×1400 portrait.
    expect(image).toMatchObject({ width: 1000, height: 1400, contentType: 'image/jpeg' });
    expect(image.url).toMatch(/^\/media\/[0-9a-f]{32}\.jpg$/);
    expect(image.variants.map((v: any) => `${v.format}:${v.width}x${v.height}`)).toEqual([
      'avif:320x448',
      'webp:320x448',
      'avif:640x896',
      'webp:640x896',
      'avif:960x1344',
      'webp:960x1344',
      'avif:1000x1400',
      'webp:1000x1400',
    ]);
    expect(image.webpSrcset).toBe(
      image.variants
        .filter((v: any) => v.format === 'webp')
        .map((v: any) => `${v.url} ${v.width}w`)
        .join(', '),
    );

    const res = await fetch(`${server.url}${image.url}`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    for (const url of [image.url, image.variants[0].url, image.variants[1].url]) {
      const meta = await sharp(await fetchStored(url)).metadata();
      expect(meta.exif, url).toBeUndefined();
      expect(meta.xmp, url).toBeUndefined();
      expect(meta.iptc, url).toBeUndefined();
      expect(meta.orientation ?? 1, url).toBe(1);
    }
    expect((await sharp(await fetchStored(image.variants[0].url)).metadata()).format).toBe('heif');
    expect((await sharp(await fetchStored(image.variants[1].url)).metadata()).format).toBe('webp');
    const [row] = await sql(`select purpose, original_type, width, height, bytes, sha256, uploader_id, organization_id from image where id = ?`, [image.id]);
    expect(row).toMatchObject({ purpose: 'PHOTO', original_type: 'jpeg', width: 1000, height: 1400, bytes: photo.length, organization_id: orgId });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes PNG, WebP and an iPhone HEIC photo with their sizes and renditions never wider than the original', async () => {
    const png = await upload(await solid(1000, 500).png().toBuffer());
    expect(png.status).toBe(201);
    expect(png.body.image).toMatchObject({ width: 1000, height: 500, contentType: 'image/png' });
    expect(png.body.image.variants.map((v: any) => v.width)).toEqual([320, 320, 640, 640, 960, 960, 1000, 1000]);

    const webp = await upload(await solid(300, 200, { r: 1, g: 2, b: 3 }).webp().toBuffer());
    expect(webp.status).toBe(201);
    expect(webp.body.image).toMatchObject({ width: 300, height: 200, contentType: 'image/webp' });
    expect(webp.body.image.variants.map((v: any) => `${v.format}:${v.width}x${v.height}`)).toEqual(['avif:300x200', 'webp:300x200']);

    // A real HEVC-coded HEIC (made with libheif's heif-enc from a 480×360 photo).
    const heicBytes = await readFile(path.join(import.meta.dirname, '../fixtures/sample.heic'));
    const heic = await upload(heicBytes, { name: 'IMG_1234.HEIC', type: 'image/heic' });
    expect(heic.status).toBe(201);
    expect(heic.body.image).toMatchObject({ width: 480, height: 360, contentType: 'image/jpeg' });
    expect(heic.body.image.variants.map((v: any) => `${v.format}:${v.width}x${v.height}`)).toEqual([
      'avif:320x240',
      'webp:320x240',
      'avif:480x360',
      'webp:480x360',
    ]);
    const decoded = await sharp(await fetchStored(heic.body.image.url))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(decoded.info).toMatchObject({ width: 480, height: 360 });
    // The sample is a gradient: red grows to the right, so the decoded picture is the photo, not a blank.
    expect(decoded.data[(180 * 480 + 470) * decoded.info.channels]).toBeGreaterThan(decoded.data[(180 * 480 + 10) * decoded.info.channels] + 150);
    const [row] = await sql(`select original_type from image where id = ?`, [heic.body.image.id]);
    expect(row.original_type).toBe('heic');
  });

  it('stores the same file once', async () => {
    const photo = await solid(640, 480, { r: 9, g: 99, b: 199 }).jpeg().toBuffer();
    const first = await upload(photo);
    expect(first.status).toBe(201);
    const state = await storedState();
    const again = await upload(photo, { name: 'copy.jpg' });
    expect(again.status).toBe(200);
    expect(again.body.image.id).toBe(first.body.image.id);
    expect(await storedState()).toEqual(state);
  });
});

describe('what is refused, with nothing stored', () => {
  it('answers a readable BAD_USER_INPUT (413 when too big) for a non-image, a renamed text file, an unsupported type, an oversized file and a decompression bomb', async () => {
    const before = await storedState();
    const cases: [Buffer, Record<string, string>, number, RegExp, string][] = [
      [Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), {}, 400, /not an image/, 'NOT_AN_IMAGE'],
      [Buffer.from('这不是照片，只是一段文字。\n'.repeat(20)), { name: 'holiday.jpg', type: 'image/jpeg' }, 400, /not an image/, 'NOT_AN_IMAGE'],
      [await solid(20, 20).gif().toBuffer(), { name: 'a.png', type: 'image/png' }, 400, /Unsupported image type GIF/, 'UNSUPPORTED_TYPE'],
      [Buffer.alloc(10 * 1024 * 1024 + 1, 7), { name: 'big.jpg', type: 'image/jpeg' }, 413, /larger than 10 MB/, 'TOO_LARGE'],
      [pngClaiming(20_000, 20_000), { name: 'bomb.png', type: 'image/png' }, 400, /too large: 20000×20000 pixels/, 'TOO_MANY_PIXELS'],
    ];
    for (const [data, meta, status, message, reason] of cases) {
      const res = await upload(data, meta);
      expect(res.status, String(message)).toBe(status);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason });
      expect(res.body.errors[0].message).toMatch(message);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    expect(await storedState()).toEqual(before);
  });

  it('refuses the signed-out, a volunteer uploading for a team they do not manage, and a cross-site form post', async () => {
    const before = await storedState();
    const photo = await solid(100, 100, { r: 250, g: 0, b: 0 }).jpeg().toBuffer();
    const signedOut = await upload(photo, { headers: {} });
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const stranger = await upload(photo, { headers: volunteer });
    expect(stranger.status).toBe(403);
    expect(stranger.body.errors[0].extensions.code).toBe('FORBIDDEN');
    // A team's manager with no team named: only platform staff upload for no team.
    const noTeam = await upload(photo, { purpose: 'COVER', organizationId: null });
    expect(noTeam.status).toBe(403);
    const badPurpose = await upload(photo, { purpose: 'WALLPAPER' });
    expect(badPurpose.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    // The session cookie alone, as a foreign page's form would send it: refused as /graphql refuses it.
    const cookie = { cookie: `aixin_session=${coordinator.authorization.slice('Bearer '.length)}` };
    const forged = await upload(photo, { headers: cookie });
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].message).toMatch(/cross-site/);
    expect(await storedState()).toEqual(before);
    // The same cookie with the header a page of ours sends.
    const own = await upload(photo, { headers: { ...cookie, 'apollo-require-preflight': 'true' } });
    expect(own.status).toBe(201);
    // Platform staff upload anything, for no team.
    const staff = await upload(await solid(120, 80).png().toBuffer(), { headers: admin, purpose: 'COVER', organizationId: null });
    expect(staff.status).toBe(201);
  });
});

describe('images on the team and its activities', () => {
  const GALLERY = `query($id: ID!) { project(id: $id) { photos { id url width height alt avifSrcset webpSrcset variants { format width height url } } } }`;
  const SET_PHOTOS = `mutation($projectId: ID!, $photos: [ProjectPhotoInput!]!) { setProjectPhotos(projectId: $projectId, photos: $photos) { id photos { id alt } } }`;

  it("sets a team's logo and an activity's ordered gallery with alt texts; others are refused", async () => {
    const logo = (await upload(await solid(400, 400, { r: 220, g: 40, b: 60 }).png().toBuffer(), { purpose: 'LOGO' })).body.image;
    const set = await server.gql(
      `mutation($o: ID!, $i: ID) { setOrganizationLogo(organizationId: $o, imageId: $i) { id logo { id alt width height webpSrcset } } }`,
      { o: orgId, i: logo.id },
      coordinator,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data.setOrganizationLogo.logo).toMatchObject({ id: logo.id, alt: '龙华区青年志愿者协会', width: 400, height: 400 });
    const refused = await server.gql(
      `mutation($o: ID!, $i: ID) { setOrganizationLogo(organizationId: $o, imageId: $i) { id } }`,
      { o: orgId, i: null },
      volunteer,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const [{ id: projectId }] = await sql<{ id: string }>(`select id from project where organization_id = ? and status = 'PUBLISHED' order by id limit 1`, [
      orgId,
    ]);
    const a = (await upload(await solid(800, 600, { r: 10, g: 200, b: 10 }).jpeg().toBuffer())).body.image;
    const b = (await upload(await solid(600, 800, { r: 10, g: 10, b: 200 }).jpeg().toBuffer())).body.image;
    const first = await server.gql(
      SET_PHOTOS,
      {
        projectId,
        photos: [
          { imageId: a.id, alt: '志愿者在公园植树' },
          { imageId: b.id, alt: '合影' },
        ],
      },
      coordinator,
    );
    expect(first.errors).toBeUndefined();
    const gallery = (await server.gql(GALLERY, { id: projectId })).data.project.photos;
    expect(gallery.map((p: any) => [p.id, p.alt, p.width, p.height])).toEqual([
      [a.id, '志愿者在公园植树', 800, 600],
      [b.id, '合影', 600, 800],
    ]);
    expect(gallery[0].avifSrcset).toMatch(/^\/media\/[0-9a-f]{32}\.avif 320w, /);

    // Reordered, one removed, recaptioned: one call.
    const second = await server.gql(SET_PHOTOS, { projectId, photos: [{ imageId: b.id, alt: '活动结束后的合影' }] }, coordinator);
    expect(second.data.setProjectPhotos.photos).toEqual([{ id: b.id, alt: '活动结束后的合影' }]);
    const blank = await server.gql(SET_PHOTOS, { projectId, photos: [{ imageId: a.id, alt: '  ' }] }, coordinator);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photos' });
    const unknown = await server.gql(SET_PHOTOS, { projectId, photos: [{ imageId: 'img_01JD0000000000000000000000', alt: 'x' }] }, coordinator);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photos' });
    const stranger = await server.gql(SET_PHOTOS, { projectId, photos: [] }, volunteer);
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [audit] = await sql(`select count(*)::int as n from audit_log where action = 'project.photos-updated' and subject_id = ?`, [projectId]);
    expect(audit.n).toBe(2);

    const node = await server.gql(`query($id: ID!) { node(id: $id) { ... on Image { id width } } }`, { id: b.id });
    expect(node.data.node).toEqual({ id: b.id, width: 600 });
  });
});

describe('uploaded images as covers and portraits', () => {
  it('takes an image ID for a news cover and a role model portrait, keeping coverImageUrl and photoUrl as stable paths', async () => {
    const cover = (await upload(await solid(1200, 630, { r: 90, g: 60, b: 30 }).jpeg().toBuffer(), { headers: admin, purpose: 'COVER', organizationId: null }))
      .body.image;
    const news = await server.gql(
      `mutation($input: CreateNewsArticleInput!) { createNewsArticle(input: $input) { id coverImageUrl coverImage { id width height webpSrcset } } }`,
      { input: { title: '植树节活动回顾', summary: '三百名志愿者参加', body: '正文', coverImageId: cover.id } },
      admin,
    );
    expect(news.errors).toBeUndefined();
    const article = news.data.createNewsArticle;
    expect(article.coverImageUrl).toBe(cover.url);
    expect(article.coverImage).toMatchObject({ id: cover.id, width: 1200, height: 630 });
    expect(article.coverImage.webpSrcset).toMatch(/ 1200w$/);
    // A URL entered by hand stays a plain URL.
    const byHand = await server.gql(
      `mutation($id: ID!) { updateNewsArticle(id: $id, input: { coverImageUrl: "https://example.org/a.jpg" }) { coverImageUrl coverImage { id } } }`,
      { id: article.id },
      admin,
    );
    expect(byHand.data.updateNewsArticle).toEqual({ coverImageUrl: 'https://example.org/a.jpg', coverImage: null });
    const unknown = await server.gql(
      `mutation($id: ID!) { updateNewsArticle(id: $id, input: { coverImageId: "img_01JD0000000000000000000000" }) { id } }`,
      { id: article.id },
      admin,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'coverImageId' });

    const portrait = (
      await upload(await solid(400, 500, { r: 200, g: 180, b: 150 }).jpeg().toBuffer(), { headers: admin, purpose: 'PORTRAIT', organizationId: null })
    ).body.image;
    const model = await server.gql(
      `mutation($input: CreateRoleModelInput!) { createRoleModel(input: $input) { photoUrl photo { id alt width height } } }`,
      { input: { name: '王志愿', citation: '十年如一日服务社区', photoImageId: portrait.id } },
      admin,
    );
    expect(model.errors).toBeUndefined();
    expect(model.data.createRoleModel).toEqual({ photoUrl: portrait.url, photo: { id: portrait.id, alt: null, width: 400, height: 500 } });
  });

  it("gives an uploaded photo in an article's body its size and renditions, and leaves other pictures as written", async () => {
    const photo = (await upload(await solid(1600, 900, { r: 20, g: 120, b: 90 }).jpeg().toBuffer(), { headers: admin, purpose: 'COVER', organizationId: null }))
      .body.image;
    const news = await server.gql(
      `mutation($input: CreateNewsArticleInput!) { createNewsArticle(input: $input) { bodyHtml } }`,
      { input: { title: '海滩清洁图片报道', summary: '现场照片', body: `![清理海滩](${photo.url})\n\n![外部图片](https://example.org/b.jpg)` } },
      admin,
    );
    expect(news.errors).toBeUndefined();
    const html: string = news.data.createNewsArticle.bodyHtml;
    const own = html.match(/<img src="\/media\/[^"]+"[^>]*>/)![0];
    expect(own).toContain('width="1600" height="900"');
    expect(own).toMatch(/srcset="[^"]+ 320w, [^"]+ 1600w"/);
    expect(own).toContain('alt="清理海滩"');
    expect(html.match(/<img src="https:\/\/example\.org\/b\.jpg"[^>]*>/)![0]).not.toContain('width=');
  });
});

describe('an S3-compatible bucket', () => {
  it('receives each file by a signed, path-style PUT with its type and a year of caching; pages use its public URL, and /media/<name> leads there', async () => {
    // A real S3-compatible server that checks each request's signature (tests/helpers/s3.ts).
    const store = await startS3(['aixin-photos']);
    const env = {
      AIXIN_MEDIA_S3_BUCKET: 'aixin-photos',
      AIXIN_MEDIA_S3_ENDPOINT: store.endpoint,
      AIXIN_MEDIA_S3_REGION: 'cn-south-1',
      AIXIN_MEDIA_S3_ACCESS_KEY_ID: S3_KEY.accessKeyId,
      AIXIN_MEDIA_S3_SECRET_ACCESS_KEY: S3_KEY.secretAccessKey,
      AIXIN_MEDIA_PUBLIC_URL: 'https://img.example.cn/',
    };
    const media = loadConfig(env).settings.media;
    expect(media).toMatchObject({ kind: 's3', bucket: 'aixin-photos', region: 'cn-south-1', publicUrl: 'https://img.example.cn' });
    expect(() => loadConfig({ AIXIN_MEDIA_S3_BUCKET: 'aixin-photos' })).toThrow(
      /AIXIN_MEDIA_S3_ENDPOINT, AIXIN_MEDIA_S3_ACCESS_KEY_ID, AIXIN_MEDIA_S3_SECRET_ACCESS_KEY, AIXIN_MEDIA_PUBLIC_URL must be set too/,
    );
    const upload = async (server: RunningServer, rgb: { r: number; g: number; b: number }) => {
      const form = new FormData();
      form.append('purpose', 'PHOTO');
      form.append('organizationId', orgId);
      form.append('file', new Blob([new Uint8Array(await solid(500, 400, rgb).webp().toBuffer())]), 'x.webp');
      return fetch(`${server.url}/media`, { method: 'POST', body: form, headers: coordinator });
    };
    const s3 = await startServer(
      { orm, vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false), development: false, settings: { ...DEFAULT_SETTINGS, media } },
      0,
      '127.0.0.1',
    );
    // The same store with a wrong secret: the upload fails, and nothing is kept of it.
    const wrong = await startServer(
      {
        orm,
        vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false),
        development: false,
        settings: { ...DEFAULT_SETTINGS, media: { ...media, ...(media.kind === 's3' ? { secretAccessKey: 'not-the-secret' } : {}) } },
      },
      0,
      '127.0.0.1',
    );
    try {
      const res = await upload(s3, { r: 5, g: 55, b: 155 });
      expect(res.status).toBe(201);
      const { image } = (await res.json()) as any;
      expect(image.url).toMatch(/^https:\/\/img\.example\.cn\/[0-9a-f]{32}\.webp$/);
      const name = image.url.split('/').pop();
      const stored = await store.client.send(new GetObjectCommand({ Bucket: 'aixin-photos', Key: name }));
      expect(stored).toMatchObject({ ContentType: 'image/webp', CacheControl: 'public, max-age=31536000, immutable' });
      expect((await sharp(Buffer.from(await stored.Body!.transformToByteArray())).metadata()).width).toBe(500);
      // Every rendition went to the bucket too, path-style: AVIF and WebP at 320 and 500 px, the
      // 500 px WebP being the original itself (same bytes, so the same name).
      expect(new Set(store.requests.filter((r) => r.startsWith('PUT /aixin-photos/')))).toHaveProperty('size', 4);
      expect(image.variants.find((v: any) => v.format === 'webp' && v.width === 500).url).toBe(image.url);
      const redirect = await fetch(`${s3.url}/media/${name}`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe(image.url);

      const kept = store.requests.length;
      const refused = await upload(wrong, { r: 200, g: 10, b: 10 });
      expect(refused.status).toBe(500);
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(store.requests).toHaveLength(kept);
    } finally {
      await s3.close();
      await wrong.close();
      await store.close();
    }
  });
});

describe('pages of pictures', () => {
  it('cost the same SQL statements for 5 activities, teams and articles as for 40', async () => {
    const counts: number[] = [];
    for (const first of [5, 40]) {
      statements.length = 0;
      const res = await server.gql(
        `query($first: Int) {
          projects(first: $first) { nodes { photos { url alt } organization { logo { url } } } }
          news(first: $first) { nodes { coverImage { url } } }
          roleModels(first: $first) { nodes { photo { url } } }
        }`,
        { first },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.projects.nodes.length).toBe(first);
      counts.push(statements.length);
    }
    expect(counts[1], statements.join('\n')).toBe(counts[0]);
  });
});
