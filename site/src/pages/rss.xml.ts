// RSS 2.0 feed of the latest news, hand-written with every value escaped.
import type { APIRoute } from 'astro';
import { newsPath } from '../lib/content';
import { allNews } from '../views/data';
import { escapeXml } from '../lib/xml';

const FEED_SIZE = 30;

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4000');
  const news = (await allNews()).slice(0, FEED_SIZE);
  const abs = (path: string) => new URL(path, base).href;
  const items = news.map((a) =>
    [
      '    <item>',
      `      <title>${escapeXml(a.title)}</title>`,
      `      <link>${escapeXml(abs(newsPath(a)))}</link>`,
      `      <guid isPermaLink="true">${escapeXml(abs(newsPath(a)))}</guid>`,
      `      <pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>`,
      `      <description>${escapeXml(a.summary)}</description>`,
      // The API's sanitised HTML, as escaped text (content:encoded carries HTML as a string).
      `      <content:encoded>${escapeXml(a.bodyHtml)}</content:encoded>`,
      ...a.tags.map((t) => `      <category>${escapeXml(t)}</category>`),
      '    </item>',
    ].join('\n'),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>爱心志愿服务平台 · 新闻资讯</title>
    <link>${escapeXml(abs('/news/'))}</link>
    <atom:link href="${escapeXml(abs('/rss.xml'))}" rel="self" type="application/rss+xml" />
    <description>龙华区、博罗县志愿服务动态、通知公告、榜样风采和项目展示。</description>
    <language>zh-CN</language>
${news[0] ? `    <lastBuildDate>${new Date(news[0].publishedAt).toUTCString()}</lastBuildDate>\n` : ''}${items.join('\n')}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
