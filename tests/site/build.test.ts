// The site builds from the API through its content loaders: a page per public project with
// the data the API holds, figures on the home page, news, role models, showcases and
// organisations, feeds, no JavaScript on reading pages and a JavaScript budget for island pages
// (signing up, registering, signing in, "my account" and verifying a certificate).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { runAstroBuild } from '../../api/src/site-builder.js';
import { testOrm, testServer } from '../helpers/api.js';
import { repoRoot } from '../helpers/product.js';
import { ISLAND_BUDGET_BYTES, RUNTIME_BUDGET_BYTES, heaviestBySet, reportIslands } from '../../site/scripts/island-sizes.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const outDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-site-'));
let buildSeconds = 0;

/** Public content as the API lists it, before and after the build (other test files change it meanwhile). */
interface Content {
  projects: { id: string; title: string; organization: { name: string }; shifts: { capacity: number }[] }[];
  news: { id: string; slug: string; title: string; tags: string[]; publishedAt: string }[];
  roleModels: { id: string; name: string }[];
  showcases: { id: string; title: string; project: { id: string } | null }[];
  organizations: { id: string; slug: string; name: string; district: string | null }[];
}
let before: Content;
let after: Content;

async function allNodes(field: string, selection: string): Promise<any[]> {
  const nodes: any[] = [];
  let cursor: string | null = null;
  do {
    const res: any = await server.gql(
      `query($after: String) { ${field}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`,
      { after: cursor },
    );
    nodes.push(...res.data[field].nodes);
    cursor = res.data[field].pageInfo.hasNextPage ? res.data[field].pageInfo.endCursor : null;
  } while (cursor);
  return nodes;
}

async function content(): Promise<Content> {
  return {
    projects: await allNodes('projects', 'id title organization { name } shifts { capacity }'),
    news: await allNodes('news', 'id slug title tags publishedAt'),
    roleModels: await allNodes('roleModels', 'id name'),
    showcases: await allNodes('showcases', 'id title project { id }'),
    organizations: await allNodes('organizations', 'id slug name district'),
  };
}

/** Items public both before and after the build, leaving out what the API tests create for themselves. */
function stable<K extends keyof Content>(key: K): Content[K] {
  const later = new Set(after[key].map((x) => x.id));
  const own = (x: any) => String(x.slug ?? '').startsWith('test-') || /^测试/.test(x.name ?? x.title ?? '');
  return before[key].filter((x: any) => later.has(x.id) && !own(x)) as Content[K];
}

const read = (...segments: string[]) => readFileSync(path.join(outDir, ...segments), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
  );
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  before = await content();
  const started = Date.now();
  await runAstroBuild({ siteDir: path.join(repoRoot, 'site'), outDir, apiUrl: `${server.url}/graphql`, publicUrl: 'https://aixin.example' });
  buildSeconds = (Date.now() - started) / 1000;
  console.log(`site build: ${buildSeconds.toFixed(1)} s`);
  after = await content();
}, 240_000);

afterAll(async () => {
  await server?.close();
  await orm?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('site build', () => {
  it('has a page for every public project, showing its title, organisation and shifts', async () => {
    // Public before and after the build: other test files publish projects while it runs.
    const all = stable('projects');
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const p of all) {
      const file = path.join(outDir, 'projects', p.id, 'index.html');
      expect(existsSync(file), `page of ${p.id} ${p.title}`).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(escapeHtml(p.title));
      expect(html).toContain(escapeHtml(p.organization.name));
      expect(html).toContain('lang="zh-CN"');
      for (const s of p.shifts) expect(html).toContain(String(s.capacity));
    }
    const [{ id: draftId }] = await orm.em.fork().getConnection().execute(`select id from project where status = 'DRAFT' limit 1`);
    expect(existsSync(path.join(outDir, 'projects', draftId))).toBe(false);
  });

  it('shows the platform figures and upcoming activities on the home page', async () => {
    const res = await server.gql(`{ stats { volunteerCount organizationCount projectCount } projects(first: 3, filter: { startsAfter: "${new Date().toISOString()}" }) { nodes { id title } } }`);
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const text = home.replace(/<[^>]+>/g, ' ').replace(/[,，\s]+/g, ' ');
    for (const figure of [res.data.stats.volunteerCount, res.data.stats.organizationCount, res.data.stats.projectCount]) {
      expect(text).toContain(` ${figure} `);
    }
    for (const p of res.data.projects.nodes) expect(home).toContain(`/projects/${p.id}/`);
  });

  it('ships no JavaScript on reading pages; only the pages for signing up, the account and verification carry islands', () => {
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(40);
    const islandsOf = (html: string) => [...html.matchAll(/<astro-island[^>]*component-export="(\w+)"/g)].map((m) => m[1]).sort();
    let projectPages = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const rel = path.relative(outDir, file).split(path.sep).join('/');
      const expected = /^projects\/prj_[^/]+\/index\.html$/.test(rel)
        ? ['AccountMenu', 'ShiftSignup']
        : {
            'register/index.html': ['AccountMenu', 'RegisterForm'],
            'login/index.html': ['AccountMenu', 'LoginForm'],
            'account/index.html': ['AccountMenu', 'MyAccount'],
            // Public: the header keeps its plain links, so the page loads its one island only.
            'verify/index.html': ['VerifyCertificate'],
          }[rel];
      if (expected) {
        expect(islandsOf(html), rel).toEqual(expected);
        if (expected.includes('ShiftSignup')) projectPages++;
      } else {
        expect(html, rel).not.toMatch(/<script/i);
        // The header's account corner is there as plain links.
        expect(html, rel).toContain('href="/login/">登录</a>');
        expect(html, rel).toContain('href="/register/">注册</a>');
      }
    }
    expect(projectPages).toBeGreaterThanOrEqual(40);
  });

  it(`keeps each island within ${ISLAND_BUDGET_BYTES / 1000} kB of its own and the shared runtime within ${RUNTIME_BUDGET_BYTES / 1000} kB, gzipped`, () => {
    const { runtime, islands, pages } = reportIslands(outDir);
    expect(pages.map((p) => p.islands.join('+'))).toEqual(
      expect.arrayContaining(['AccountMenu+RegisterForm', 'AccountMenu+LoginForm', 'AccountMenu+MyAccount', 'AccountMenu+ShiftSignup', 'VerifyCertificate']),
    );
    console.log(`shared runtime: ${(runtime.gzip / 1000).toFixed(1)} kB gzipped (${runtime.chunks.map((c) => c.file).join(', ')})`);
    for (const i of islands) console.log(`${i.island}: ${(i.gzip / 1000).toFixed(1)} kB gzipped of its own`);
    for (const p of heaviestBySet(pages)) console.log(`page with ${p.islands.join(' + ')}: ${(p.totalGzip / 1000).toFixed(1)} kB gzipped in all`);
    // The runtime holds Preact and @urql/core (a page that loads nothing would measure wrong).
    const runtimeCode = runtime.chunks.map((c) => readFileSync(path.join(outDir, c.file), 'utf8')).join('\n');
    expect(runtimeCode).toMatch(/graphql-response\+json|application\/graphql\+json/);
    expect(runtime.gzip).toBeLessThanOrEqual(RUNTIME_BUDGET_BYTES);
    expect(islands.map((i) => i.island).sort()).toEqual(['AccountMenu', 'LoginForm', 'MyAccount', 'RegisterForm', 'ShiftSignup', 'VerifyCertificate']);
    for (const i of islands) {
      expect(i.chunks.length, i.island).toBeGreaterThanOrEqual(1);
      expect(i.gzip, `${i.island}: ${i.chunks.map((c) => `${c.file} ${c.gzip}`).join(', ')}`).toBeLessThanOrEqual(ISLAND_BUDGET_BYTES);
    }
  });
});

describe('public content pages', () => {
  it('has a page for every published news article, with its title and sanitised body', () => {
    const news = stable('news');
    expect(news.length).toBeGreaterThanOrEqual(30);
    for (const a of news) {
      const file = path.join(outDir, 'news', a.slug, 'index.html');
      expect(existsSync(file), `page of ${a.slug}`).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(escapeHtml(a.title));
      expect(html).toContain('class="prose"');
      expect(html).toMatch(/<meta property="og:type" content="article"/);
      expect(html).toMatch(/<meta property="og:image" content="https:\/\/aixin\.example\/images\/og\/[a-z0-9-]+\.jpg"/);
      expect(html).toMatch(/<meta itemprop="image" content="https:\/\/aixin\.example\//);
      expect(html).toContain(`<link rel="canonical" href="https://aixin.example/news/${a.slug}/"`);
    }
  });

  it('lists every article on the paginated news pages (12 a page) and on its tags’ pages', () => {
    const linksOn = (...segments: string[]) => [...read(...segments).matchAll(/href="\/news\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
    const listed = new Set<string>();
    let pages = 0;
    for (let n = 1; existsSync(path.join(outDir, 'news', ...(n === 1 ? [] : [String(n)]), 'index.html')); n++) {
      const slugs = linksOn('news', ...(n === 1 ? [] : [String(n)]), 'index.html');
      for (const slug of slugs) listed.add(slug);
      pages = n;
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    const news = stable('news');
    for (const a of news) expect(listed.has(a.slug), a.slug).toBe(true);

    for (const tag of ['博罗县', '通知公告']) {
      const tagged = new Set<string>();
      for (let n = 1; existsSync(path.join(outDir, 'news', 'tags', tag, ...(n === 1 ? [] : [String(n)]), 'index.html')); n++) {
        for (const slug of linksOn('news', 'tags', tag, ...(n === 1 ? [] : [String(n)]), 'index.html')) tagged.add(slug);
      }
      const expected = news.filter((a) => a.tags.includes(tag));
      expect(expected.length, tag).toBeGreaterThan(0);
      for (const a of expected) expect(tagged.has(a.slug), `${tag}: ${a.slug}`).toBe(true);
    }
    expect(read('news', 'tags', 'index.html')).toContain(`href="/news/tags/${encodeURIComponent('志愿动态')}/"`);
  });

  it('shows every role model and showcase, each showcase linking to its project page', () => {
    const models = read('role-models', 'index.html');
    const roleModels = stable('roleModels');
    expect(roleModels.length).toBeGreaterThanOrEqual(12);
    for (const m of roleModels) {
      expect(models, m.name).toContain(escapeHtml(m.name));
      expect(models).toContain(`id="${m.id}"`);
    }
    const page = read('showcases', 'index.html');
    const showcases = stable('showcases');
    expect(showcases.length).toBeGreaterThanOrEqual(8);
    for (const s of showcases) {
      expect(page, s.title).toContain(escapeHtml(s.title));
      if (s.project) {
        expect(page).toContain(`href="/projects/${s.project.id}/"`);
        expect(existsSync(path.join(outDir, 'projects', s.project.id, 'index.html')), s.project.id).toBe(true);
      }
    }
  });

  it('has the organisation directory with its chart, and a page for every organisation', () => {
    const directory = read('organizations', 'index.html');
    expect(directory).toMatch(/<svg[^>]*role="img"/);
    const organizations = stable('organizations');
    for (const o of organizations) {
      expect(directory, o.name).toContain(`href="/organizations/${o.slug}/"`);
      const file = path.join(outDir, 'organizations', o.slug, 'index.html');
      expect(existsSync(file), o.slug).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(escapeHtml(o.name));
    }
    for (const district of ['龙华区', '博罗县']) expect(directory).toContain(`>${district}</h2>`);
  });

  it('previews activities by month, with static pages per district and category', () => {
    const list = read('projects', 'index.html');
    expect(list).toMatch(/\d+月活动预告/);
    for (const district of ['龙华区', '博罗县']) {
      expect(list).toContain(`href="/projects/district/${encodeURIComponent(district)}/"`);
      const page = read('projects', 'district', district, 'index.html');
      expect(page).toContain(`${district}志愿活动`);
    }
    const category = [...list.matchAll(/href="\/projects\/category\/([^"/]+)\/"/g)].map((m) => decodeURIComponent(m[1]));
    expect(category.length).toBeGreaterThan(3);
    for (const c of category) expect(existsSync(path.join(outDir, 'projects', 'category', c, 'index.html')), c).toBe(true);
    expect(existsSync(path.join(outDir, 'about', 'index.html'))).toBe(true);
  });

  it('puts the latest news and four role models on the home page', () => {
    const home = read('index.html');
    const latest = stable('news').slice(0, 5);
    for (const a of latest.slice(0, 3)) expect(home, a.slug).toContain(`href="/news/${a.slug}/"`);
    expect([...home.matchAll(/class="role-model[ "]/g)].length).toBe(4);
  });

  it('publishes an RSS feed and a sitemap with escaped, absolute URLs', () => {
    const rss = read('rss.xml');
    expect(rss.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(rss).toContain('<rss version="2.0"');
    expect(rss).not.toMatch(/<script|<p>/);
    const items = [...rss.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
    expect(items.length).toBe(Math.min(30, stable('news').length));
    for (const item of items) expect(item).toMatch(/<link>https:\/\/aixin\.example\/news\/[a-z0-9-]+\/<\/link>/);

    const sitemap = read('sitemap.xml');
    for (const a of stable('news')) expect(sitemap).toContain(`<loc>https://aixin.example/news/${a.slug}/</loc>`);
    for (const o of stable('organizations')) expect(sitemap).toContain(`<loc>https://aixin.example/organizations/${o.slug}/</loc>`);
    expect(sitemap).toContain(`<loc>https://aixin.example/news/tags/${encodeURIComponent('博罗县')}/</loc>`);
    expect(read('robots.txt')).toContain('Sitemap: https://aixin.example/sitemap.xml');
  });
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
