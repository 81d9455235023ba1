// Uploading images (who may, for what) and attaching them: a team's logo and an activity's gallery.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPartner, PartnerScope, requirePlatformAdmin, requireViewer, type Actor, type Viewer } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { writeAudit } from '../audit/audit.service.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { ImagePurpose, OrganizationLogo, ProjectPhoto, StoredImage, type StoredFile } from './image.entity.js';
import { contentTypeOf, EXTENSIONS, processUpload, type ProcessedFile } from './image-processing.js';
import type { ImageStorage } from './image-storage.js';
import { existingImageIds, insertImage, replaceProjectPhotos, setOrganizationLogoImage } from './image.queries.js';

/** Photos one activity's gallery may hold. */
export const MAX_PROJECT_PHOTOS = 24;
export const MAX_ALT_LENGTH = 200;

export interface UploadRequest {
  purpose: string | undefined;
  organizationId: string | undefined;
}

export interface PhotoInput {
  imageId: string;
  alt: string;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export class ImageService {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: ImageStorage,
  ) {}

  /**
   * Who may upload: a team's ADMINs and COORDINATORs for that team (its logo, its activities'
   * photos, its news covers and role models), platform staff anything, with or without a team;
   * any signed-in volunteer a STORY photo (for a story of their own).
   */
  async mayUpload(viewer: Viewer | null, request: UploadRequest): Promise<{ viewer: Viewer; purpose: ImagePurpose; organizationId: string | null }> {
    const v = requireViewer(viewer);
    const purpose = Object.values(ImagePurpose).find((p) => p === request.purpose);
    if (!purpose)
      throw new BadUserInputError('purpose', Reason.BAD_FORMAT, `purpose must be one of ${Object.values(ImagePurpose).join(', ')}`, {
        expected: Object.values(ImagePurpose).join(', '),
      });
    const organizationId = request.organizationId?.trim() || null;
    // A volunteer's story photos belong to no team: anyone signed in uploads them.
    if (purpose === ImagePurpose.STORY) return { viewer: v, purpose, organizationId: null };
    if (organizationId) await requireOrgRole(this.em, v, organizationId, MANAGING_ROLES);
    else if (!v.isPlatformAdmin) {
      if (purpose === ImagePurpose.LOGO || purpose === ImagePurpose.PHOTO)
        throw new BadUserInputError('organizationId', Reason.REQUIRED, 'Name the team the image is for');
      requirePlatformAdmin(v);
    }
    return { viewer: v, purpose, organizationId };
  }

  /** Stores an upload once (by the SHA-256 of its bytes): a file uploaded again answers the image already stored. */
  async upload(viewer: Viewer | null, request: UploadRequest, data: Buffer): Promise<{ image: StoredImage; created: boolean }> {
    const { viewer: v, purpose, organizationId } = await this.mayUpload(viewer, request);
    const hash = sha256(data);
    const existing = await this.em.findOne(StoredImage, { sha256: hash });
    if (existing) return { image: existing, created: false };
    const processed = await processUpload(data);
    const store = async (file: ProcessedFile): Promise<StoredFile> => {
      const key = `${sha256(file.data).slice(0, 32)}.${EXTENSIONS[file.format]}`;
      await this.storage.put(key, file.data, contentTypeOf(file.format));
      return { key, format: file.format, width: file.width, height: file.height, bytes: file.data.length };
    };
    const original = await store(processed.original);
    const variants: StoredFile[] = [];
    for (const variant of processed.variants) variants.push(await store(variant));
    // Two uploads of the same new file at once: one row wins, the other answers it.
    const created = await insertImage(this.em, {
      uploaderId: v.volunteerId,
      organizationId,
      purpose,
      originalType: processed.type,
      bytes: data.length,
      sha256: hash,
      original,
      variants,
    });
    const stored = await this.em.findOneOrFail(StoredImage, { sha256: hash });
    return { image: stored, created };
  }

  /** Sets or (with null) removes a team's logo: its ADMINs and COORDINATORs, platform staff. */
  async setOrganizationLogo(actor: Actor | null, organizationId: string, imageId: string | null): Promise<Organization> {
    await requireOrgRole(this.em, actor, organizationId, MANAGING_ROLES, PartnerScope.PUBLISH);
    if (imageId) await this.requireImages([imageId], 'imageId');
    await setOrganizationLogoImage(this.em, organizationId, imageId);
    await writeAudit(this.em, [
      { actorId: isPartner(actor) ? null : (actor?.volunteerId ?? null), action: 'organization.logo-changed', subjectId: organizationId, detail: { imageId } },
    ]);
    return this.em.findOneOrFail(Organization, { id: organizationId });
  }

  /** Replaces an activity's gallery with these photos in this order (adding, removing, reordering, captioning at once). */
  async setProjectPhotos(actor: Actor | null, projectId: string, photos: PhotoInput[]): Promise<Project> {
    const project = await this.em.findOne(Project, { id: projectId });
    if (!project) throw new NotFoundError('Project');
    await requireOrgRole(this.em, actor, project.organization.id, MANAGING_ROLES, PartnerScope.PUBLISH);
    const rows = await this.checkGallery(photos, MAX_PROJECT_PHOTOS, 'photos', 'An activity');
    await this.em.transactional(async (em) => {
      await replaceProjectPhotos(em, projectId, rows);
      await writeAudit(em, [
        {
          actorId: isPartner(actor) ? null : (actor?.volunteerId ?? null),
          action: 'project.photos-updated',
          subjectId: projectId,
          detail: { photos: rows.length },
        },
      ]);
    });
    return project;
  }

  /**
   * A gallery's photos as given (trimmed captions), checked: at most `max`, none twice, each
   * described (1..200 characters) and uploaded already. BAD_USER_INPUT on `field` otherwise.
   */
  async checkGallery(photos: PhotoInput[], max: number, field: string, holder: string): Promise<PhotoInput[]> {
    if (photos.length > max) throw new BadUserInputError(field, Reason.OUT_OF_RANGE, `${holder} shows at most ${max} photos`, { min: 0, max });
    const rows = photos.map((p) => ({ imageId: p.imageId, alt: p.alt.trim() }));
    if (new Set(rows.map((r) => r.imageId)).size !== rows.length) throw new BadUserInputError(field, Reason.DUPLICATE_PHOTO, 'A photo appears twice');
    const blank = rows.findIndex((r) => !r.alt || Array.from(r.alt).length > MAX_ALT_LENGTH);
    if (blank >= 0)
      throw new BadUserInputError(
        field,
        Reason.PHOTO_DESCRIPTION_REQUIRED,
        `Photo ${blank + 1} needs a description of what it shows (1..${MAX_ALT_LENGTH} characters)`,
        {
          index: blank,
          number: blank + 1,
          max: MAX_ALT_LENGTH,
        },
      );
    await this.requireImages(
      rows.map((r) => r.imageId),
      field,
    );
    return rows;
  }

  private async requireImages(ids: string[], field: string): Promise<void> {
    if (!ids.length) return;
    const known = await existingImageIds(this.em, ids);
    const missing = ids.find((id) => !known.has(id));
    if (missing) throw new BadUserInputError(field, Reason.IMAGE_UNKNOWN, `Unknown image ${missing}: upload it first`, { imageId: missing });
  }

  /** Each organisation's logo, by organisation ID. One query. */
  async logos(organizationIds: readonly string[]): Promise<Map<string, StoredImage>> {
    const rows = await this.em.find(OrganizationLogo, { organization: { $in: [...organizationIds] } }, { populate: ['image'] });
    return new Map(rows.map((r) => [r.organization.id, r.image as StoredImage]));
  }

  /** Each project's gallery in order, by project ID. One query. */
  async galleries(projectIds: readonly string[]): Promise<Map<string, { image: StoredImage; alt: string }[]>> {
    const rows = await this.em.find(ProjectPhoto, { project: { $in: [...projectIds] } }, { populate: ['image'], orderBy: { position: 'asc' } });
    const byProject = new Map<string, { image: StoredImage; alt: string }[]>(projectIds.map((id) => [id, []]));
    for (const row of rows) byProject.get(row.project.id)?.push({ image: row.image, alt: row.alt });
    return byProject;
  }
}
