// The collections as the reading pages use them, and the getStaticPaths of the pages that
// come in many copies. The Chinese routes (src/pages/...) and their English twins
// (src/pages/en/...) share these: each list is read, sorted and indexed once per build, not
// once per route or per page, which matters with tens of thousands of articles.
import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readBulk } from '../data/bulk';
import {
  loadNews,
  loadOrganizations,
  loadRoleModels,
  loadShowcases,
  loadStories,
  NEWS_PAGE_SIZE,
  STORY_PAGE_SIZE,
  tagCounts,
  type NewsArticle,
  type Organization,
  type Story,
} from '../lib/content';
import { once } from '../lib/once';
import type { Project } from '../lib/projects';

export const allNews = once(loadNews);
export const allRoleModels = once(loadRoleModels);
export const allShowcases = once(loadShowcases);
export const allStories = once(loadStories);
export const allStations = once(async () =>
  (await getCollection('stations')).map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id)),
);
export type Station = Awaited<ReturnType<typeof allStations>>[number];
export const stationPaths = (async () =>
  (await allStations()).map((station) => ({ params: { slug: station.slug }, props: { station } }))) satisfies GetStaticPaths;
export const allOrganizations = once(loadOrganizations);
export const allProjects = once(async (): Promise<Project[]> => (await readBulk()).projects);
export const allTags = once(async () => tagCounts(await allNews()));
export const allLeaderboards = once(async () =>
  (await getCollection('leaderboards')).map((entry) => entry.data).sort((a, b) => a.district.localeCompare(b.district, 'zh-CN')),
);
/** Each station's screen (/screen/<slug>/). */
export const stationScreenPaths = (async () =>
  (await allStations()).map((station) => ({ params: { station: station.slug }, props: { station } }))) satisfies GetStaticPaths;

export type Leaderboard = Awaited<ReturnType<typeof allLeaderboards>>[number];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Distinct non-empty values of a project field, in first-seen order. */
export function distinct(projects: Project[], key: 'district' | 'category'): string[] {
  return [...new Set(projects.map((p) => p[key]).filter((v): v is string => Boolean(v)))];
}

export const newsListPaths = (async ({ paginate }) => {
  const news = await allNews();
  return paginate(news, { pageSize: NEWS_PAGE_SIZE, props: { tags: await allTags(), total: news.length } });
}) satisfies GetStaticPaths;

export const newsTagPaths = (async ({ paginate }) => {
  const news = await allNews();
  const tags = await allTags();
  const byTag = new Map<string, NewsArticle[]>();
  for (const a of news) for (const t of new Set(a.tags)) push(byTag, t, a);
  return tags.flatMap(({ tag, count }) => paginate(byTag.get(tag) ?? [], { params: { tag }, pageSize: NEWS_PAGE_SIZE, props: { tag, count, tags } }));
}) satisfies GetStaticPaths;

const RELATED = 3;

/**
 * Each article with its newer and older neighbours and up to three related articles: those
 * sharing a tag that are closest to it in time. Tag lists are indexed once, so this is linear
 * in the number of articles rather than quadratic.
 */
const articleProps = once(async () => {
  const news = await allNews();
  const byTag = new Map<string, number[]>();
  news.forEach((a, i) => {
    for (const t of new Set(a.tags)) push(byTag, t, i);
  });
  const where = new Map<string, Map<string, number>>();
  for (const [tag, list] of byTag) where.set(tag, new Map(list.map((n, k) => [news[n].id, k])));
  return news.map((article, i) => {
    const candidates = new Set<number>();
    for (const tag of new Set(article.tags)) {
      const list = byTag.get(tag)!;
      const k = where.get(tag)!.get(article.id)!;
      for (let d = 1; d <= RELATED; d++) {
        if (k - d >= 0) candidates.add(list[k - d]);
        if (k + d < list.length) candidates.add(list[k + d]);
      }
    }
    const related = [...candidates]
      .sort((a, b) => Math.abs(a - i) - Math.abs(b - i) || a - b)
      .slice(0, RELATED)
      .sort((a, b) => a - b)
      .map((n) => news[n]);
    return { params: { slug: article.slug }, props: { article, newer: news[i - 1] ?? null, older: news[i + 1] ?? null, related } };
  });
});

export const newsArticlePaths = (() => articleProps()) satisfies GetStaticPaths;

/** Each public project with the published news reporting on it (活动过程) and its volunteers' stories, newest first. */
export const projectPaths = (async () => {
  const reports = new Map<string, NewsArticle[]>();
  for (const article of await allNews()) if (article.project) push(reports, article.project.id, article);
  const stories = new Map<string, Story[]>();
  for (const story of await allStories()) push(stories, story.project.id, story);
  return (await allProjects()).map((project) => ({
    params: { id: project.id },
    props: { project, reports: reports.get(project.id) ?? [], stories: stories.get(project.id) ?? [] },
  }));
}) satisfies GetStaticPaths;

/** The stories' stream, 12 to a page (/stories/, /stories/2/, …). */
export const storyListPaths = (async ({ paginate }) => {
  const stories = await allStories();
  return paginate(stories, { pageSize: STORY_PAGE_SIZE, props: { total: stories.length } });
}) satisfies GetStaticPaths;

/** Each published story's own page. */
export const storyPaths = (async () => (await allStories()).map((story) => ({ params: { id: story.id }, props: { story } }))) satisfies GetStaticPaths;

export const projectCategoryPaths = (async () => {
  const all = await allProjects();
  return distinct(all, 'category').map((category) => ({ params: { category }, props: { category, all } }));
}) satisfies GetStaticPaths;

export const projectDistrictPaths = (async () => {
  const all = await allProjects();
  return distinct(all, 'district').map((district) => ({ params: { district }, props: { district, all } }));
}) satisfies GetStaticPaths;

export const organizationPaths = (async () => {
  const organizations = await allOrganizations();
  return organizations.map((org) => ({
    params: { slug: org.slug },
    props: { org, children: organizations.filter((c) => c.parent?.id === org.id) },
  }));
}) satisfies GetStaticPaths;

/** Each district's leaderboard page, with the others' for the list of districts. */
export const leaderboardPaths = (async () => {
  const boards = await allLeaderboards();
  return boards.map((board) => ({ params: { district: board.district }, props: { board, boards } }));
}) satisfies GetStaticPaths;

export type { NewsArticle, Organization, Project, Story };

// 供需对接: requests in a public status (the board lists the OPEN ones), newest first.
export const allServiceRequests = once(async () =>
  (await getCollection('serviceRequests')).map((entry) => entry.data).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)),
);
export type ServiceRequest = Awaited<ReturnType<typeof allServiceRequests>>[number];

export const serviceRequestPaths = (async () =>
  (await allServiceRequests()).map((request) => ({ params: { id: request.id }, props: { request } }))) satisfies GetStaticPaths;
