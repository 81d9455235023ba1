// The uploaded image behind a content picture's URL (a cover or a portrait kept as /media/<name>),
// with its renditions, so pages can show it as a responsive <picture>. Null for a URL entered by hand.
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { StoredImage } from '../image/image.entity.js';
import { mediaNameOf } from '../image/image-links.js';
import { imageStorage } from '../image/image-storage.js';
import { Image, toImage } from '../image/image.types.js';
import { NewsArticle } from './news-article.entity.js';
import { RoleModel } from './role-model.entity.js';
import { Showcase } from './showcase.entity.js';
import { perRequest } from '../../common/request-scope.js';
import { imageIdsByOriginalKey } from '../image/image.queries.js';

/** The image stored under each name, for this request. One query per batch. */
const imagesByName = perRequest(
  (ctx: Context) =>
    new DataLoader<string, StoredImage | null>(async (names) => {
      const images = await ctx.em.find(StoredImage, { id: { $in: await imageIdsByOriginalKey(ctx.em, names) } });
      const byName = new Map(images.map((i) => [i.original.key, i]));
      return names.map((n) => byName.get(n) ?? null);
    }),
);

/** The image whose original is stored under the URL's name. */
export async function imageBehind(ctx: Context, url: string | null | undefined): Promise<Image | null> {
  const name = mediaNameOf(url);
  if (!name) return null;
  const stored = await imagesByName(ctx).load(name);
  return stored ? toImage(stored, imageStorage(ctx.settings.media)) : null;
}

// A photo in a body's HTML as the Markdown renderer writes it.
const BODY_IMG = /<img src="([^"]+)"/g;

/**
 * A body's HTML with each uploaded photo in it (/media/<name>) given its width and height, so it
 * takes its place before it loads, and its renditions, so a phone fetches a small one.
 */
export async function withPhotoSizes(ctx: Context, html: string): Promise<string> {
  const urls = [...new Set([...html.matchAll(BODY_IMG)].map((m) => m[1]))].filter((url) => mediaNameOf(url));
  if (!urls.length) return html;
  const images = new Map(await Promise.all(urls.map(async (url) => [url, await imageBehind(ctx, url)] as const)));
  return html.replace(BODY_IMG, (tag, url: string) => {
    const image = images.get(url);
    return image
      ? `<img src="${url}" width="${image.width}" height="${image.height}" srcset="${image.webpSrcset}" sizes="(min-width: 48rem) 42rem, 100vw"`
      : tag;
  });
}

@Resolver(() => NewsArticle)
export class NewsCoverResolver {
  @FieldResolver(() => Image, { nullable: true, description: 'The cover as an uploaded image with its renditions; null when coverImageUrl is not an upload' })
  coverImage(@Root() article: NewsArticle, @Ctx() ctx: Context): Promise<Image | null> {
    return imageBehind(ctx, article.coverImageUrl);
  }
}

@Resolver(() => Showcase)
export class ShowcaseCoverResolver {
  @FieldResolver(() => Image, { nullable: true, description: 'The cover as an uploaded image with its renditions; null when coverImageUrl is not an upload' })
  coverImage(@Root() showcase: Showcase, @Ctx() ctx: Context): Promise<Image | null> {
    return imageBehind(ctx, showcase.coverImageUrl);
  }
}

@Resolver(() => RoleModel)
export class RoleModelPortraitResolver {
  @FieldResolver(() => Image, { nullable: true, description: 'The portrait as an uploaded image with its renditions; null when photoUrl is not an upload' })
  photo(@Root() model: RoleModel, @Ctx() ctx: Context): Promise<Image | null> {
    return imageBehind(ctx, model.photoUrl);
  }
}

export const contentImageResolvers = [NewsCoverResolver, ShowcaseCoverResolver, RoleModelPortraitResolver] as const;
