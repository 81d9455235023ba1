// Content that names a picture by URL (a news article's cover, a role model's portrait, a
// showcase's cover) may name an uploaded image instead: it keeps the image's stable path,
// /media/<name>, which the API serves from local storage or redirects to the object store.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { MEDIA_NAME } from './image-storage.js';
import { originalKeyOf } from './image.queries.js';

/** The site path of an uploaded image's normalised original; BAD_USER_INPUT on `field` when there is no such image. */
export async function uploadedImagePath(em: EntityManager, field: string, imageId: string): Promise<string> {
  const key = nodeTypeOf(imageId) === 'Image' ? await originalKeyOf(em, imageId) : null;
  if (!key) throw new BadUserInputError(field, Reason.IMAGE_UNKNOWN, `Unknown image ${imageId}: upload it first`, { imageId });
  return `/media/${key}`;
}

/** The stored file a picture URL names, when it is one of ours (/media/<name> or the store's public URL ending in it). */
export function mediaNameOf(url: string | null | undefined): string | null {
  const name = url?.split('/').pop() ?? '';
  return MEDIA_NAME.test(name) ? name : null;
}
