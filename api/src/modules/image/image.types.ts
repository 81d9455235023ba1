// The GraphQL face of a stored image: where its original and renditions are, how large each is,
// and the alt text of the place it is shown in (a gallery's caption, a team's name for its logo).
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node.interface.js';
import type { StoredFile, StoredImage } from './image.entity.js';
import { contentTypeOf } from './image-processing.js';
import type { ImageStorage } from './image-storage.js';

@ObjectType('ImageVariant', { description: 'One rendition of an image: WebP or AVIF at one width' })
export class ImageVariant {
  @Field(() => String)
  url!: string;

  @Field(() => String, { description: 'avif or webp' })
  format!: string;

  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;
}

@ObjectType('Image', { implements: Node, description: 'An uploaded photo: its normalised original (upright, without metadata) and its renditions' })
export class Image implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The normalised original (JPEG, PNG or WebP); its name is its content hash, so it never changes' })
  url!: string;

  @Field(() => String, { description: 'image/jpeg, image/png or image/webp' })
  contentType!: string;

  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => String, { nullable: true, description: 'What the picture shows, where it is shown (null outside a gallery or a logo)' })
  alt!: string | null;

  @Field(() => [ImageVariant], { description: 'Renditions, narrowest first, never wider than the original' })
  variants!: ImageVariant[];

  @Field(() => String, { description: 'The AVIF renditions as an HTML srcset ("url 320w, …")' })
  get avifSrcset(): string {
    return srcset(this.variants, 'avif');
  }

  @Field(() => String, { description: 'The WebP renditions as an HTML srcset ("url 320w, …")' })
  get webpSrcset(): string {
    return srcset(this.variants, 'webp');
  }
}

function srcset(variants: ImageVariant[], format: string): string {
  return variants
    .filter((v) => v.format === format)
    .map((v) => `${v.url} ${v.width}w`)
    .join(', ');
}

export function toImage(stored: StoredImage, storage: ImageStorage, alt: string | null = null): Image {
  const variant = (file: StoredFile): ImageVariant =>
    Object.assign(new ImageVariant(), { url: storage.url(file.key), format: file.format, width: file.width, height: file.height });
  return Object.assign(new Image(), {
    id: stored.id,
    url: storage.url(stored.original.key),
    contentType: contentTypeOf(stored.original.format as 'jpeg'),
    width: stored.width,
    height: stored.height,
    alt,
    variants: stored.variants.map(variant),
  });
}
