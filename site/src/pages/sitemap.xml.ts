// sitemap.xml of every reading page the build makes and the volunteers' own pages (register,
// log in, my account and its settings, verify, the user agreement and privacy policy) and the developer portal, in both languages, each with its language alternates
// (hreflang), from the same collections the pages use.
import type { APIRoute } from 'astro';
import { categoryPath, districtPath, leaderboardPath, NEWS_PAGE_SIZE, newsPath, organizationPath, requestPath, storyPath, tagPath } from '../lib/content';
import { projectPath } from '../lib/projects';
import { escapeXml } from '../lib/xml';
import { alternates } from '../i18n';
import { allLeaderboards, allNews, allOrganizations, allProjects, allServiceRequests, allStations, allStories, allTags, distinct } from '../views/data';

const pages = (base: string, count: number) =>
  Array.from({ length: Math.max(1, Math.ceil(count / NEWS_PAGE_SIZE)) }, (_, i) => (i === 0 ? base : `${base}${i + 1}/`));

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4000');
  const abs = (path: string) => escapeXml(new URL(path, base).href);
  const news = await allNews();
  const projects = await allProjects();
  const organizations = await allOrganizations();
  const stories = await allStories();
  const urls: { path: string; lastmod?: string }[] = [
    { path: '/' },
    { path: '/projects/' },
    { path: '/nearby/' },
    { path: '/requests/' },
    ...(await allServiceRequests()).map((r) => ({ path: requestPath(r.id) })),
    { path: '/requests/new/' },
    ...distinct(projects, 'district').map((d) => ({ path: districtPath(d) })),
    ...distinct(projects, 'category').map((c) => ({ path: categoryPath(c) })),
    ...projects.map((p) => ({ path: projectPath(p) })),
    ...pages('/news/', news.length).map((path) => ({ path })),
    { path: '/news/tags/' },
    ...(await allTags()).flatMap(({ tag, count }) => pages(tagPath(tag), count).map((path) => ({ path }))),
    ...news.map((a) => ({ path: newsPath(a), lastmod: a.updatedAt })),
    { path: '/role-models/' },
    { path: '/contests/' },
    // The stories' stream is paged as the news is (12 a page).
    ...pages('/stories/', stories.length).map((path) => ({ path })),
    ...stories.map((s) => ({ path: storyPath(s) })),
    { path: '/showcases/' },
    { path: '/organizations/' },
    ...organizations.map((o) => ({ path: organizationPath(o) })),
    ...(await allLeaderboards()).map((b) => ({ path: leaderboardPath(b.district) })),
    { path: '/stations/' },
    ...(await allStations()).map((s) => ({ path: `/stations/${s.slug}/` })),
    { path: '/about/' },
    { path: '/register/' },
    { path: '/login/' },
    { path: '/account/' },
    { path: '/account/settings/' },
    { path: '/account/card/' },
    { path: '/verify/' },
    { path: '/terms/' },
    { path: '/privacy/' },
    ...['/developers/', '/developers/reference/', '/developers/webhooks/', '/developers/changelog/', '/developers/graphiql/'].map((path) => ({ path })),
  ];
  const entries = urls.flatMap(({ path, lastmod }) => {
    const versions = alternates(path);
    const links = [...versions.map((v) => [v.hreflang, v.path]), ['x-default', versions[0].path]]
      .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${abs(href)}"/>`)
      .join('');
    return versions.map((v) => `  <url><loc>${abs(v.path)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}${links}</url>`);
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
