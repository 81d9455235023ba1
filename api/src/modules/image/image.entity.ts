// Uploaded photos as stored (the normalised original and its responsive variants), a team's logo
// and an activity's gallery. The files live in the media storage (image-storage.ts); these rows
// say where, and how large each one is.
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export enum ImagePurpose {
  LOGO = 'LOGO',
  PHOTO = 'PHOTO',
  COVER = 'COVER',
  PORTRAIT = 'PORTRAIT',
  STORY = 'STORY',
}
registerEnumType(ImagePurpose, {
  name: 'ImagePurpose',
  description: "What an upload is for: a team's LOGO, an activity's PHOTO, a news or showcase COVER, a role model's PORTRAIT, a volunteer's STORY photo",
});

/** One stored file: the original or a variant. */
export interface StoredFile {
  key: string;
  /** jpeg, png, webp or avif */
  format: string;
  width: number;
  height: number;
  bytes: number;
}

@Entity({ tableName: 'image' })
@Index({ properties: ['organization', 'createdAt'] })
// Content keeps an upload as its stable path /media/<original's name>; pages look the image up by it.
@Index({ name: 'image_original_key_index', expression: `create index "image_original_key_index" on "image" (("original"->>'key'))` })
export class StoredImage {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('img');

  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'set null', index: true })
  uploader?: Rel<Volunteer> | null;

  /** The team it was uploaded for; null for platform staff's own uploads. */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null' })
  organization?: Rel<Organization> | null;

  @Enum({ items: () => ImagePurpose, nativeEnumName: 'image_purpose' })
  purpose!: ImagePurpose;

  /** What the uploaded bytes were: jpeg, png, webp, heic or heif (decided from the bytes). */
  @Property({ type: 'string', length: 10 })
  originalType!: string;

  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  /** Size of the upload as received. */
  @Property({ type: 'integer' })
  bytes!: number;

  /** SHA-256 of the uploaded bytes (hex): the same file uploaded twice is stored once. */
  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'image_sha256_unique' })
  sha256!: string;

  /** The normalised original (oriented, metadata stripped). */
  @Property({ type: 'json' })
  original!: StoredFile;

  /** WebP and AVIF renditions, narrowest first. */
  @Property({ type: 'json' })
  variants!: StoredFile[];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'organization_logo' })
export class OrganizationLogo {
  @ManyToOne(() => Organization, { primary: true, deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @ManyToOne(() => StoredImage, { deleteRule: 'cascade', index: true })
  image!: Rel<StoredImage>;
}

@Entity({ tableName: 'project_photo' })
export class ProjectPhoto {
  @ManyToOne(() => Project, { primary: true, deleteRule: 'cascade' })
  project!: Rel<Project>;

  @ManyToOne(() => StoredImage, { primary: true, deleteRule: 'cascade', index: true })
  image!: Rel<StoredImage>;

  /** Place in the gallery, from 0. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 200 })
  alt!: string;
}
