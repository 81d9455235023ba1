// sitemap.xml of every page the build makes, from the same collections the pages use.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import {
  categoryPath,
  districtPath,
  loadNews,
  loadOrganizations,
  NEWS_PAGE_SIZE,
  newsPath,
  organizationPath,
  tagCounts,
  tagPath,
} from '../lib/content';
import { projectPath } from '../lib/projects';
import { escapeXml } from '../lib/xml';

const pages = (base: string, count: number) => Array.from({ length: Math.max(1, Math.ceil(count / NEWS_PAGE_SIZE)) }, (_, i) => (i === 0 ? base : `${base}${i + 1}/`));

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4000');
  const news = await loadNews();
  const projects = (await getCollection('projects')).map((e) => e.data);
  const organizations = await loadOrganizations();
  const urls: { path: string; lastmod?: string }[] = [
    { path: '/' },
    { path: '/projects/' },
    ...[...new Set(projects.map((p) => p.district).filter((d): d is string => Boolean(d)))].map((d) => ({ path: districtPath(d) })),
    ...[...new Set(projects.map((p) => p.category).filter((c): c is string => Boolean(c)))].map((c) => ({ path: categoryPath(c) })),
    ...projects.map((p) => ({ path: projectPath(p) })),
    ...pages('/news/', news.length).map((path) => ({ path })),
    { path: '/news/tags/' },
    ...tagCounts(news).flatMap(({ tag, count }) => pages(tagPath(tag), count).map((path) => ({ path }))),
    ...news.map((a) => ({ path: newsPath(a), lastmod: a.updatedAt })),
    { path: '/role-models/' },
    { path: '/showcases/' },
    { path: '/organizations/' },
    ...organizations.map((o) => ({ path: organizationPath(o) })),
    { path: '/about/' },
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls
  .map(({ path, lastmod }) => `  <url><loc>${escapeXml(new URL(path, base).href)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</url>`)
  .join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
