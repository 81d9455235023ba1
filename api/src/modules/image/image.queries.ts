// SQL of uploaded images (image.service.ts, image-links.ts) and where they are shown: a team's
// logo, an activity's gallery.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { newId } from '../../common/ids.js';
import type { ImagePurpose, StoredFile } from './image.entity.js';

export interface NewImageRow {
  uploaderId: string;
  organizationId: string | null;
  purpose: ImagePurpose;
  originalType: string;
  bytes: number;
  sha256: string;
  original: StoredFile;
  variants: StoredFile[];
}

/** Writes the image unless one of the same content is stored; false when it was. */
export async function insertImage(em: EntityManager, image: NewImageRow): Promise<boolean> {
  const inserted = await em.getConnection().execute<{ id: string }[]>(
    `insert into image (id, uploader_id, organization_id, purpose, original_type, width, height, bytes, sha256, original, variants)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb) on conflict (sha256) do nothing returning id`,
    [
      newId('img'),
      image.uploaderId,
      image.organizationId,
      image.purpose,
      image.originalType,
      image.original.width,
      image.original.height,
      image.bytes,
      image.sha256,
      JSON.stringify(image.original),
      JSON.stringify(image.variants),
    ],
  );
  return inserted.length > 0;
}

/** Which of the IDs name stored images. */
export async function existingImageIds(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const found = await em
    .getConnection()
    .execute<{ id: string }[]>(`select id from image where id = any(select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(ids)]);
  return new Set(found.map((r) => r.id));
}

/** The storage key of an image's normalised original (null: no such image). */
export async function originalKeyOf(em: EntityManager, imageId: string): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<{ key: string }[]>(`select original->>'key' as key from image where id = ?`, [imageId], 'all', transactionOf(em));
  return row?.key ?? null;
}

/** Sets the team's logo, or removes it (null). */
export async function setOrganizationLogoImage(em: EntityManager, organizationId: string, imageId: string | null): Promise<void> {
  const connection = em.getConnection();
  if (imageId)
    await connection.execute(
      `insert into organization_logo (organization_id, image_id) values (?, ?) on conflict (organization_id) do update set image_id = excluded.image_id`,
      [organizationId, imageId],
    );
  else await connection.execute(`delete from organization_logo where organization_id = ?`, [organizationId]);
}

/** Replaces the activity's gallery with these photos, in this order. */
export async function replaceProjectPhotos(em: EntityManager, projectId: string, photos: { imageId: string; alt: string }[]): Promise<void> {
  const connection = em.getConnection();
  const tx = transactionOf(em);
  await connection.execute(`delete from project_photo where project_id = ?`, [projectId], 'run', tx);
  if (photos.length) {
    await connection.execute(
      `insert into project_photo (project_id, image_id, position, alt) values ${photos.map(() => '(?, ?, ?, ?)').join(', ')}`,
      photos.flatMap((r, i) => [projectId, r.imageId, i, r.alt]),
      'run',
      tx,
    );
  }
}

/** The images whose original is stored under each of these keys (/media/<key> in a page). */
export async function imageIdsByOriginalKey(em: EntityManager, keys: readonly string[]): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(`select id from image where original->>'key' = any(select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(keys)]);
  return rows.map((r) => r.id);
}
