// What an upload is, decided from its bytes alone, and what is kept of it: the picture turned
// upright with every piece of metadata dropped (EXIF with its GPS position, XMP, IPTC, ICC after
// conversion to sRGB), and WebP and AVIF renditions at the widths pages ask for.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';

/** Largest upload accepted, in bytes (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Decoded size limits: a small file that claims a huge picture is refused before it is decoded. */
export const MAX_PIXELS = 50_000_000;
export const MAX_SIDE = 12_000;
/** Widths of the responsive renditions; none wider than the original. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

export type UploadType = 'jpeg' | 'png' | 'webp' | 'heic' | 'heif';

export interface ProcessedFile {
  data: Buffer;
  format: 'jpeg' | 'png' | 'webp' | 'avif';
  width: number;
  height: number;
}

export interface ProcessedImage {
  type: UploadType;
  original: ProcessedFile;
  variants: ProcessedFile[];
}

const CONTENT_TYPES: Record<ProcessedFile['format'], string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };
export const EXTENSIONS: Record<ProcessedFile['format'], string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };
export const contentTypeOf = (format: ProcessedFile['format']): string => CONTENT_TYPES[format];

/** Why an upload was refused (`extensions.reason`), so a form can say it in its reader's language. */
export type RefusalReason = Reason.EMPTY | Reason.TOO_LARGE | Reason.NOT_AN_IMAGE | Reason.UNSUPPORTED_TYPE | Reason.TOO_MANY_PIXELS | Reason.DAMAGED;
export const refuse = (reason: RefusalReason, message: string, extra?: Record<string, unknown>) => new BadUserInputError('file', reason, message, extra);

// heic-decode is CommonJS (libheif compiled to WebAssembly): the prebuilt libvips in sharp reads
// HEIF containers but has no HEVC decoder, so iPhone photos are decoded here first.
const require = createRequire(import.meta.url);
type HeicDecode = (input: { buffer: Uint8Array }) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
let heicDecode: HeicDecode | undefined;

export const tooLarge = () => refuse(Reason.TOO_LARGE, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, { maxBytes: MAX_UPLOAD_BYTES });

/** The upload's type and size from its header, without decoding it. */
async function inspect(data: Buffer): Promise<{ type: UploadType; width: number; height: number; pipeline: () => Promise<sharp.Sharp> }> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse(Reason.NOT_AN_IMAGE, 'The file is not an image (JPEG, PNG, WebP or HEIC photo expected)');
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  let type: UploadType;
  if (meta.format === 'jpeg' || meta.format === 'png' || meta.format === 'webp') type = meta.format;
  else if (meta.format === 'heif') type = meta.compression === 'hevc' ? 'heic' : 'heif';
  else throw refuse(Reason.UNSUPPORTED_TYPE, `Unsupported image type ${meta.format?.toUpperCase() ?? 'unknown'}: upload a JPEG, PNG, WebP or HEIC photo`);
  if (!width || !height) throw refuse(Reason.DAMAGED, 'The image has no size');
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
    throw refuse(
      Reason.TOO_MANY_PIXELS,
      `The image is too large: ${width}×${height} pixels (at most ${MAX_SIDE} pixels a side and ${MAX_PIXELS / 1_000_000} megapixels)`,
    );
  }
  const options: sharp.SharpOptions = { limitInputPixels: MAX_PIXELS, failOn: 'error' };
  const pipeline = async () => {
    if (type !== 'heic') return sharp(data, options).rotate();
    heicDecode ??= require('heic-decode') as HeicDecode;
    // libheif applies the container's rotation and mirroring itself; the result carries no metadata.
    const decoded = await heicDecode({ buffer: data });
    return sharp(Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength), {
      raw: { width: decoded.width, height: decoded.height, channels: 4 },
      limitInputPixels: MAX_PIXELS,
    });
  };
  return { type, width, height, pipeline };
}

async function render(image: sharp.Sharp, format: ProcessedFile['format']): Promise<ProcessedFile> {
  const encoded =
    format === 'jpeg'
      ? image.jpeg({ quality: 85, mozjpeg: true })
      : format === 'png'
        ? image.png({ compressionLevel: 9 })
        : format === 'webp'
          ? image.webp({ quality: 80 })
          : image.avif({ quality: 50, effort: 2 });
  // sharp writes no metadata unless asked (no keepMetadata/withMetadata here).
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { data, format, width: info.width, height: info.height };
}

/** The widths to render for an original this wide: the standard ones below it, and its own width when it is narrower than the widest. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= width);
  if (width < VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] && !widths.includes(width)) widths.push(width);
  return widths;
}

// Decoding and encoding a 12-megapixel photo holds ~50 MB of pixels and keeps every core busy
// for a second or two: a few at a time per process, the rest wait their turn.
const converting = pLimit(Math.max(1, Math.min(4, availableParallelism())));

/** Checks and converts one upload; BAD_USER_INPUT (field `file`) for anything that is not a photo we take. */
export function processUpload(data: Buffer): Promise<ProcessedImage> {
  return converting(() => convert(data));
}

/** A card photo's size in pixels: 3:4, enough for the screen at 2× and for a printed card at 300 dpi. */
export const CARD_PHOTO = { width: 240, height: 320 } as const;

/**
 * An upload made into a card photo (证件照): upright, cropped to 3:4 around what draws the eye (the
 * face), metadata dropped, as a small WebP. BAD_USER_INPUT (field `file`) as for any upload.
 */
export function cardPhotoOf(data: Buffer): Promise<ProcessedFile> {
  return converting(() =>
    decoded(data, async (pipeline) =>
      render((await pipeline()).toColourspace('srgb').resize({ ...CARD_PHOTO, fit: 'cover', position: sharp.strategy.attention }), 'webp'),
    ),
  );
}

/** Runs `work` on an upload that passed inspection; a picture that then fails to decode is DAMAGED. */
async function decoded<T>(data: Buffer, work: (pipeline: () => Promise<sharp.Sharp>, type: UploadType) => Promise<T>): Promise<T> {
  if (data.length === 0) throw refuse(Reason.EMPTY, 'The file is empty');
  if (data.length > MAX_UPLOAD_BYTES) throw tooLarge();
  const { type, pipeline } = await inspect(data);
  try {
    return await work(pipeline, type);
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    // A header that promised a picture over bytes that do not hold one (truncated, corrupt).
    throw refuse(Reason.DAMAGED, 'The image could not be read: the file is damaged or incomplete');
  }
}

function convert(data: Buffer): Promise<ProcessedImage> {
  return decoded(data, async (pipeline, type) => {
    // Decoded once into raw pixels, upright; every output is made from that.
    const { data: pixels, info } = await (await pipeline()).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const upright = () => sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } });
    const originalFormat: ProcessedFile['format'] = type === 'png' ? 'png' : type === 'webp' ? 'webp' : 'jpeg';
    const original = await render(upright(), originalFormat);
    const variants: ProcessedFile[] = [];
    for (const width of variantWidths(info.width)) {
      for (const format of ['avif', 'webp'] as const) variants.push(await render(upright().resize({ width, withoutEnlargement: true }), format));
    }
    return { type, original, variants };
  });
}
