// What the reading pages need to know about news, role models, showcases and organisations:
// their order, their paths, and labels for zh-CN readers.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readBulk, type BulkData } from '../data/bulk';

export type NewsArticle = BulkData['news'][number];
export type RoleModel = BulkData['roleModels'][number];
export type Showcase = CollectionEntry<'showcases'>['data'];
export type Organization = CollectionEntry<'organizations'>['data'] & { id: string };
export type Story = CollectionEntry<'stories'>['data'];

export const NEWS_PAGE_SIZE = 12;
/** The stories are paged as the news is. */
export const STORY_PAGE_SIZE = NEWS_PAGE_SIZE;

/** Newest first, as the API lists them; ties by ID, so every build orders alike. */
export function newestFirst<T extends { publishedAt: string; id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? 1 : -1));
}

/** Published news, newest first. */
export async function loadNews(): Promise<NewsArticle[]> {
  return newestFirst((await readBulk()).news);
}

/** Published role models: the latest honour year first, then as the API lists them. */
export async function loadRoleModels(): Promise<RoleModel[]> {
  const models = newestFirst((await readBulk()).roleModels);
  return models.sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
}

/** Published stories, the most recently published first. */
export async function loadStories(): Promise<Story[]> {
  const stories = (await getCollection('stories')).map((entry) => entry.data);
  return stories.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || (a.id < b.id ? 1 : -1));
}

export function storyPath(story: Pick<Story, 'id'>): string {
  return `/stories/${story.id}/`;
}

export async function loadShowcases(): Promise<Showcase[]> {
  return newestFirst((await getCollection('showcases')).map((entry) => entry.data));
}

/** Approved organisations, in the API's order (oldest first). */
export async function loadOrganizations(): Promise<Organization[]> {
  return (await getCollection('organizations')).map((entry) => ({ ...entry.data, id: entry.id }));
}

export function newsPath(article: Pick<NewsArticle, 'slug'>): string {
  return `/news/${article.slug}/`;
}

export function tagPath(tag: string): string {
  return `/news/tags/${encodeURIComponent(tag)}/`;
}

export function organizationPath(org: { slug: string }): string {
  return `/organizations/${encodeURIComponent(org.slug)}/`;
}

export function districtPath(district: string): string {
  return `/projects/district/${encodeURIComponent(district)}/`;
}

export function leaderboardPath(district: string | null): string {
  return district ? `/leaderboards/${encodeURIComponent(district)}/` : '/leaderboards/';
}

export function categoryPath(category: string): string {
  return `/projects/category/${encodeURIComponent(category)}/`;
}

/** Tags with their article counts, most used first. */
export function tagCounts(news: NewsArticle[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of news) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-CN'));
}

export const ORGANIZATION_KINDS: Record<string, string> = {
  YOUTH_LEAGUE: '共青团组织',
  GOVERNMENT: '机关事业单位',
  FEDERATION: '志愿者联合会',
  NGO: '社会组织',
  SCHOOL: '学校',
  COMPANY: '企业',
  COMMUNITY: '社区队伍',
};

export function kindLabel(kind: string | null | undefined): string | null {
  return kind ? (ORGANIZATION_KINDS[kind] ?? kind) : null;
}

/**
 * The share-card image for a page (WeChat and most crawlers ignore SVG): the JPEG rendered
 * from one of our cover SVGs, a raster image URL as it is, else the site's default card.
 */
export function shareImage(url: string | null | undefined): string {
  const cover = url && /^\/images\/(cover-[a-z0-9-]+)\.svg$/.exec(url);
  // The build runs in the site folder; a cover without its rendered card gets the default one.
  if (cover && existsSync(path.join(process.cwd(), 'public/images/og', `${cover[1]}.jpg`))) return `/images/og/${cover[1]}.jpg`;
  if (url && /\.(png|jpe?g|webp|gif)(\?|$)/i.test(url)) return url;
  return '/images/og/default.jpg';
}

/** The first character of a name, for an avatar when there is no photo. */
export function initial(name: string): string {
  return Array.from(name.trim())[0] ?? '?';
}

/** The page of a service request (供需对接), in the default language. */
export function requestPath(id: string): string {
  return `/requests/${id}/`;
}
