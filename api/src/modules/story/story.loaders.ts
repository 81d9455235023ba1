// Per-request DataLoaders of stories (common/request-scope.ts): a page of stories costs one query
// for their photos and one for the viewer's likes, not one per story.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { byIdLoader } from '../../common/loaders.js';
import { perRequest } from '../../common/request-scope.js';
import { imageStorage } from '../image/image-storage.js';
import { Story } from './story.entity.js';
import { StoryService, type StoryPhoto } from './story.service.js';

export function storyService(ctx: Context): StoryService {
  return new StoryService(ctx.em, imageStorage(ctx.settings.media));
}

export const storyLoaders = perRequest((ctx: Context) => ({
  photos: new DataLoader<string, StoryPhoto[]>(async (ids) => {
    const photos = await storyService(ctx).photos(ids);
    return ids.map((id) => photos.get(id) ?? []);
  }),
  /** Whether the signed-in volunteer likes each story; false without a viewer. */
  liked: new DataLoader<string, boolean>(async (ids) => {
    if (!ctx.viewer) return ids.map(() => false);
    const liked = await storyService(ctx).liked(ctx.viewer.volunteerId, ids);
    return ids.map((id) => liked.has(id));
  }),
}));

export const storyById = perRequest((ctx: Context) => byIdLoader(ctx.em, Story));
