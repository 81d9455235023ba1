// The site builds from the API through its content loaders: a page per public project with
// the data the API holds, figures on the home page, news, role models, showcases and
// organisations, feeds, no JavaScript on reading pages and a JavaScript budget for island pages
// (signing up, registering, signing in, "my account", the coordinator console and verifying a
// certificate); every reading page in English too (/en/...), and a full-text search index that
// finds Chinese words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { chromium, type Browser, type Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { buildSchema } from 'graphql';
import { DEFAULT_RATE_LIMITS } from '../../api/src/common/rate-limits.js';
import { runAstroBuild } from '../../api/src/site-builder.js';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { repoRoot } from '../helpers/product.js';
import {
  BACK_OFFICE_ISLAND_BUDGET_BYTES,
  ISLAND_BUDGET_BYTES,
  RUNTIME_BUDGET_BYTES,
  heaviestBySet,
  islandBudget,
  reportIslands,
} from '../../site/scripts/island-sizes.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let browser: Browser | undefined;
let site: Server | undefined;
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
/** Platform figures and the next activities just before and just after the build. */
type Glance = { stats: Record<'volunteerCount' | 'organizationCount' | 'projectCount', number>; upcoming: string[] };
let glanceBefore: Glance;
let glanceAfter: Glance;

async function glance(): Promise<Glance> {
  const res = await server.gql(
    `{ stats { volunteerCount organizationCount projectCount } projects(first: 3, filter: { startsAfter: "${new Date().toISOString()}" }) { nodes { id } } }`,
  );
  return { stats: res.data.stats, upcoming: res.data.projects.nodes.map((p: { id: string }) => p.id) };
}

// Public project IDs just before the build: other test files publish projects meanwhile, which the
// build may or may not have seen.
let projectsBefore: Set<string>;
async function publicProjectIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const res: any = await server.gql(`query($after: String) { projects(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`, {
      after: cursor,
    });
    for (const p of res.data.projects.nodes) ids.add(p.id);
    cursor = res.data.projects.pageInfo.hasNextPage ? res.data.projects.pageInfo.endCursor : null;
  } while (cursor);
  return ids;
}

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

/**
 * A published activity whose description holds each construct the site's Markdown reading knows
 * and text that must stay text: raw HTML, a `javascript:` link, quotes in a link.
 */
const HOSTILE_DESCRIPTION = [
  '## 活动安排 <script>alert(1)</script>',
  '请带上**手套 & 水壶**，穿*运动鞋*，报名码 `A<1>`。',
  '- 第一项：<img src=x onerror=alert(1)>\n- 详见[活动说明](https://example.org/a?x="1"&y=2)',
  '1. 集合\n2. [不安全的链接](javascript:alert(1))',
  '第一行\n第二行',
].join('\n\n');
let hostileProjectId: string;

async function publishHostileProject(): Promise<string> {
  const coordinator = await signIn(server, DEMO.coordinator);
  const [{ id: orgId }] = await orm.em.fork().getConnection().execute(`select id from organization where name = '龙华区青年志愿者协会'`);
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  const created = await server.gql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    {
      input: {
        organizationId: orgId,
        title: '测试：活动说明的排版',
        summary: '检查活动说明中的文字是否原样显示。',
        description: HOSTILE_DESCRIPTION,
        shifts: [{ startsAt: inDays(20), endsAt: inDays(20.1), capacity: 5 }],
      },
    },
    coordinator,
  );
  expect(created.errors).toBeUndefined();
  const { id } = created.data.createProject;
  expect((await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id }, coordinator)).errors).toBeUndefined();
  return id;
}

let stationSlug: string;

/** A volunteer station, so the build has a station's screen (/screen/<slug>/). */
async function openStation(): Promise<string> {
  const admin = await signIn(server, DEMO.admin);
  const [{ id: operatorId }] = await orm.em.fork().getConnection().execute(`select id from organization where name = '共青团龙华区委'`);
  const slug = `test-build-station-${Date.now() % 100_000}`;
  const res = await server.gql(
    `mutation($input: CreateStationInput!) { createStation(input: $input) { slug } }`,
    {
      input: {
        operatorId,
        slug,
        name: '测试：龙华区志愿服务总站',
        address: '海口市龙华区龙华路 1 号',
        district: '龙华区',
        openingHours: '周一至周五 9:00–17:00',
        services: [],
      },
    },
    admin,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createStation.slug;
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  hostileProjectId = await publishHostileProject();
  stationSlug = await openStation();
  before = await content();
  glanceBefore = await glance();
  projectsBefore = await publicProjectIds();
  const started = Date.now();
  await runAstroBuild({ siteDir: path.join(repoRoot, 'site'), outDir, apiUrl: `${server.url}/graphql`, publicUrl: 'https://aixin.example' });
  buildSeconds = (Date.now() - started) / 1000;
  console.log(`site build: ${buildSeconds.toFixed(1)} s`);
  glanceAfter = await glance();
  after = await content();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  await server?.close();
  await orm?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('site build', () => {
  it('has a page for every public project, showing its title, organisation and shifts', async () => {
    // Other test files publish projects meanwhile: those public before and after the build.
    const all = stable('projects');
    expect(all.length).toBeGreaterThanOrEqual(40);
    // Every project that was public before the build began (and still is) has its page.
    for (const p of all.filter((x) => projectsBefore.has(x.id))) {
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

  it("shows an activity's description as escaped text in headings, paragraphs, lists and safe links", () => {
    const html = read('projects', hostileProjectId, 'index.html');
    const description = html.match(/<div class="rich-text"[^>]*>([\s\S]*?)<\/div>/)?.[1];
    expect(description).toBe(
      [
        '<h3>活动安排 &lt;script&gt;alert(1)&lt;/script&gt;</h3>',
        '<p>请带上<strong>手套 &amp; 水壶</strong>，穿<em>运动鞋</em>，报名码 <code>A&lt;1&gt;</code>。</p>',
        '<ul><li>第一项：&lt;img src=x onerror=alert(1)&gt;</li>',
        '<li>详见<a href="https://example.org/a?x=&quot;1&quot;&amp;y=2" rel="nofollow noopener noreferrer">活动说明</a></li></ul>',
        '<ol><li>集合</li><li>[不安全的链接](javascript:alert(1))</li></ol>',
        '<p>第一行<br>第二行</p>',
      ].join(''),
    );
  });

  it('shows the platform figures and upcoming activities on the home page', async () => {
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const text = home.replace(/<[^>]+>/g, ' ').replace(/[,，\s]+/g, ' ');
    // Other test files add volunteers and projects while the site builds: each figure is one of
    // the values it took meanwhile; the next activities are those of just before the build.
    for (const key of ['volunteerCount', 'organizationCount', 'projectCount'] as const) {
      const [low, high] = [glanceBefore.stats[key], glanceAfter.stats[key]].sort((a, b) => a - b);
      const shown = Array.from({ length: high - low + 1 }, (_, i) => low + i).filter((n) => text.includes(` ${n} `));
      expect(shown.length, key).toBeGreaterThan(0);
    }
    // Among the soonest three both before and after the build: what the build must have seen.
    const soonest = glanceBefore.upcoming.filter((id) => glanceAfter.upcoming.includes(id));
    expect(soonest.length).toBeGreaterThan(0);
    for (const id of soonest) expect(home).toContain(`/projects/${id}/`);
  });

  it('ships no JavaScript on reading pages; only the pages for signing up, the account, verification and nearby activities carry islands, search pages only the search script', () => {
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(80);
    const islandsOf = (html: string) => [...html.matchAll(/<astro-island[^>]*component-export="(\w+)"/g)].map((m) => m[1]).sort();
    let projectPages = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const rel = path.relative(outDir, file).split(path.sep).join('/');
      const expected = /^(en\/)?projects\/prj_[^/]+\/index\.html$/.test(rel)
        ? ['AccountMenu', 'ShiftSignup']
        : /^(en\/)?stories\/sty_[^/]+\/index\.html$/.test(rel)
          ? // A story's page: liking and reporting ask the API, once in view.
            ['StoryActions']
          : /^(en\/)?stations\/[^/]+\/index\.html$/.test(rel)
            ? // A station's page: its facts are static; who is on duty is read live.
              ['StationDuty']
            : /^screen\/[^/]+\/index\.html$/.test(rel)
              ? // A station's screen: one island that polls the API.
                ['StationScreen']
              : /^(en\/)?organizations\/[^/]+\/index\.html$/.test(rel)
                ? // The team's page: its facts are static; only 申请加入 asks the API, once in view.
                  ['JoinTeam']
                : {
                    'register/index.html': ['AccountMenu', 'RegisterForm'],
                    'login/index.html': ['AccountMenu', 'LoginForm'],
                    'login/reset/index.html': ['AccountMenu', 'ResetPasswordForm'],
                    'account/index.html': [
                      'AccountMenu',
                      'ConnectedApps',
                      'MyAccount',
                      'MyNotifications',
                      'MyQualifications',
                      'MyServiceRequests',
                      'RateActivities',
                      'WriteStory',
                    ],
                    'oauth/consent/index.html': ['AccountMenu', 'AppConsent'],
                    'requests/new/index.html': ['AccountMenu', 'RequestForm'],
                    'account/settings/index.html': ['AccountMenu', 'AccountSettings'],
                    'account/card/index.html': ['AccountMenu', 'VolunteerCard'],
                    // Public: the header keeps its plain links, so the page loads its one island only.
                    'verify/index.html': ['VerifyCertificate'],
                    'nearby/index.html': ['NearbyProjects'],
                    'contests/index.html': ['Contests'],
                    // A volunteer's public page is read live, so it shows only while they keep it on.
                    'volunteers/index.html': ['VolunteerProfile'],
                    // The teams' map's filters and "nearest teams"; the map and the directory are static.
                    'organizations/index.html': ['TeamMapTools'],
                    // The courses and their places are read live, and a signed-in volunteer enrols.
                    'courses/index.html': ['AccountMenu', 'CourseList'],
                    'checkin/index.html': ['AccountMenu', 'CheckIn'],
                  }[rel.replace(/^en\//, '')];
      if (/^(en\/)?(manage|admin)\//.test(rel)) {
        // The back office and the staff's pages: each page is the account corner and its section's island.
        const [corner, ...sections] = islandsOf(html);
        expect(corner, rel).toBe('AccountMenu');
        expect(sections, rel).toEqual([expect.stringMatching(/^(Manage|Admin)[A-Z]\w+$/)]);
      } else if (expected) {
        expect(islandsOf(html), rel).toEqual(expected);
        if (expected.includes('ShiftSignup') && !rel.startsWith('en/')) projectPages++;
      } else if (/^(en\/)?developers\/graphiql\/index\.html$/.test(rel)) {
        // GraphiQL: its own bundle, one module script, no island.
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
        expect(scripts, rel).toHaveLength(1);
        expect(scripts[0][0]).toMatch(/^<script type="module" src="\/_astro\/graphiql\/graphiql-\w+\.js"><\/script>$/);
        expect(islandsOf(html), rel).toEqual([]);
      } else if (/^(en\/)?search\/index\.html$/.test(rel)) {
        // One module script, which loads the index (/pagefind/) only when a query is made.
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
        expect(scripts, rel).toHaveLength(1);
        expect(scripts[0][0]).toMatch(/^<script type="module"/);
        expect(scripts[0][1]).toContain('/pagefind/pagefind.js');
      } else {
        expect(html, rel).not.toMatch(/<script/i);
        // The header's account corner is there as plain links, in the page's language.
        const english = rel.startsWith('en/');
        expect(html, rel).toContain(english ? 'href="/en/login/">Log in</a>' : 'href="/login/">登录</a>');
        expect(html, rel).toContain(english ? 'href="/en/register/">Register</a>' : 'href="/register/">注册</a>');
      }
    }
    expect(projectPages).toBeGreaterThanOrEqual(40);
    // Every page's footer leads to the developer portal, in the page's language; only the GraphiQL pages load its bundle.
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const rel = path.relative(outDir, file).split(path.sep).join('/');
      // A station's screen is all screen: no header, no footer.
      if (rel.startsWith('screen/')) continue;
      const portal = rel.startsWith('en/') ? 'href="/en/developers/">Developers</a>' : 'href="/developers/">开发者</a>';
      expect(html.slice(html.indexOf('<footer class="site-footer">')), rel).toContain(portal);
      if (!/^(en\/)?developers\/graphiql\/index\.html$/.test(rel)) expect(html, rel).not.toContain('/_astro/graphiql/');
    }
  });

  it(`keeps each island within ${ISLAND_BUDGET_BYTES / 1000} kB of its own (back office ${BACK_OFFICE_ISLAND_BUDGET_BYTES / 1000} kB) and the shared runtime within ${RUNTIME_BUDGET_BYTES / 1000} kB, gzipped`, () => {
    const { runtime, islands, pages } = reportIslands(outDir);
    expect(pages.map((p) => p.islands.join('+'))).toEqual(
      expect.arrayContaining([
        'AccountMenu+RegisterForm',
        'AccountMenu+LoginForm',
        'AccountMenu+ConnectedApps+MyAccount+MyNotifications+MyQualifications+MyServiceRequests+RateActivities+WriteStory',
        'AccountMenu+AppConsent',
        'AccountMenu+RequestForm',
        'AccountMenu+ManageOverview',
        'AccountMenu+ManageHoursPage',
        'AccountMenu+ShiftSignup',
        'VerifyCertificate',
        'NearbyProjects',
      ]),
    );
    console.log(`shared runtime: ${(runtime.gzip / 1000).toFixed(1)} kB gzipped (${runtime.chunks.map((c) => c.file).join(', ')})`);
    for (const i of islands) console.log(`${i.island}: ${(i.gzip / 1000).toFixed(1)} kB gzipped of its own`);
    for (const p of heaviestBySet(pages)) console.log(`page with ${p.islands.join(' + ')}: ${(p.totalGzip / 1000).toFixed(1)} kB gzipped in all`);
    // The runtime holds Preact and @urql/core (a page that loads nothing would measure wrong).
    const runtimeCode = runtime.chunks.map((c) => readFileSync(path.join(outDir, c.file), 'utf8')).join('\n');
    expect(runtimeCode).toMatch(/graphql-response\+json|application\/graphql\+json/);
    expect(runtime.gzip).toBeLessThanOrEqual(RUNTIME_BUDGET_BYTES);
    // The volunteers' islands and one per back-office and staff section, nothing else.
    const volunteers = [
      'AccountMenu',
      'AccountSettings',
      'AppConsent',
      'CheckIn',
      'ConnectedApps',
      'Contests',
      'CourseList',
      'JoinTeam',
      'LoginForm',
      'MyAccount',
      'MyNotifications',
      'MyQualifications',
      'MyServiceRequests',
      'NearbyProjects',
      'RateActivities',
      'RegisterForm',
      'RequestForm',
      'ResetPasswordForm',
      'ShiftSignup',
      'StationDuty',
      'StationScreen',
      'StoryActions',
      'TeamMapTools',
      'VerifyCertificate',
      'VolunteerCard',
      'VolunteerProfile',
      'WriteStory',
    ];
    expect(islands.map((i) => i.island).filter((name) => !volunteers.includes(name))).toEqual(
      islands.filter((i) => /^(Manage|Admin)[A-Z]/.test(i.island)).map((i) => i.island),
    );
    expect(islands.map((i) => i.island)).toEqual(expect.arrayContaining([...volunteers, 'ManageOverview', 'ManageHoursPage']));
    for (const i of islands) {
      expect(i.chunks.length, i.island).toBeGreaterThanOrEqual(1);
      expect(i.gzip, `${i.island}: ${i.chunks.map((c) => `${c.file} ${c.gzip}`).join(', ')}`).toBeLessThanOrEqual(islandBudget(i.island));
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

  it('charts 人次 and service hours by year on the home page and by district in the directory', () => {
    const home = read('index.html');
    for (const title of ['服务人次（按年份）', '服务时长（按年份，小时）']) expect(home).toContain(`>${title}</figcaption>`);
    const directory = read('organizations', 'index.html');
    for (const title of ['服务人次（按区县）', '服务时长（按区县，小时）']) expect(directory).toContain(`>${title}</figcaption>`);
    expect(read('en', 'organizations', 'index.html')).toContain('>Person-times served, by district</figcaption>');
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
    // Stations' screens are for the stations' own screens, not for search engines.
    expect(read('screen', stationSlug, 'index.html')).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(sitemap).not.toContain('/screen/');
    expect(sitemap).toContain(`<loc>https://aixin.example/news/tags/${encodeURIComponent('博罗县')}/</loc>`);
    expect(read('robots.txt')).toContain('Sitemap: https://aixin.example/sitemap.xml');
  });
});

/** The developer portal's pages, each in both languages. */
const PORTAL_PAGES = ['/developers/', '/developers/reference/', '/developers/webhooks/', '/developers/changelog/', '/developers/graphiql/'];
const stripTags = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('developer portal', () => {
  const schemaText = readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8');
  const schema = buildSchema(schemaText);

  it('has its pages in both languages, in the portal’s menu', () => {
    for (const page of PORTAL_PAGES) {
      for (const [prefix, lang] of [
        ['', 'zh-CN'],
        ['/en', 'en'],
      ] as const) {
        const html = read(...`${prefix}${page}`.split('/').filter(Boolean), 'index.html');
        expect(html, `${prefix}${page}`).toContain(`<html lang="${lang}"`);
        // The menu marks the page it is on.
        expect(html, `${prefix}${page}`).toMatch(new RegExp(`<a href="${escapeRegExp(`${prefix}${page}`)}"[^>]*aria-current="page"`));
      }
    }
    expect(read('developers', 'index.html')).toMatch(/<h1[^>]*>开发者平台<\/h1>/);
    expect(read('en', 'developers', 'index.html')).toMatch(/<h1[^>]*>Developer portal<\/h1>/);
    expect(read('developers', 'schema.graphql')).toBe(schemaText);
    const sitemap = read('sitemap.xml');
    for (const page of PORTAL_PAGES) for (const prefix of ['', '/en']) expect(sitemap, page).toContain(`<loc>${abs(`${prefix}${page}`)}</loc>`);
  });

  it("lists every query and mutation of schema/schema.graphql, with a scope badge for each of the schema's Scope: lines", () => {
    const scopeLines = schemaText.split('\n').filter((line) => /^\s*(""")?Scope: /.test(line));
    expect(scopeLines.length).toBeGreaterThan(80);
    for (const [prefix, people, key] of [
      ['', '仅限用户（不可用密钥）', '密钥权限 '],
      ['en', 'People only (not API keys)', 'Key scope '],
    ] as const) {
      const html = read(...[prefix, 'developers', 'reference', 'index.html'].filter(Boolean));
      const badges = [...html.matchAll(/<span class="badge scope-badge [^"]*"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1].trim());
      expect(badges, prefix).toHaveLength(scopeLines.length);
      // What apps acting for volunteers may call: a badge for each App scope: line but the public ones.
      const appLines = schemaText.split('\n').filter((line) => /^\s*(""")?App scope: (profile|signups|hours|none) /.test(line));
      expect(appLines.length).toBeGreaterThan(40);
      expect([...html.matchAll(/<span class="badge app-scope-badge [^"]*"[^>]*>/g)], prefix).toHaveLength(appLines.length);
      for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
        for (const field of Object.values(root.getFields())) {
          const entry = new RegExp(`<article class="entry operation" id="${root.name}\\.${field.name}"[^>]*>([\\s\\S]*?)</article>`).exec(html)?.[1];
          expect(entry, `${prefix} ${root.name}.${field.name}`).toBeDefined();
          expect(entry).toMatch(new RegExp(`<code[^>]*>${field.name}\\b`));
          const scope = /Scope: (?:people only|([A-Z_]+) \(API keys\))/.exec(field.description ?? '');
          const shown = /<span class="badge scope-badge [^"]*"[^>]*>([^<]*)<\/span>/.exec(entry!)?.[1].trim();
          expect(shown, `${root.name}.${field.name}`).toBe(scope ? (scope[1] ? `${key}${scope[1]}` : people) : undefined);
          // The description shows without its Scope: line, the arguments with theirs.
          const text = (field.description ?? '')
            .split('\n')
            .filter((l) => !l.startsWith('Scope: ') && !l.startsWith('App scope: '))
            .join('\n')
            .trim();
          if (text) expect(stripTags(entry!)).toContain(text);
          for (const arg of field.args) expect(entry, `${field.name}(${arg.name})`).toMatch(new RegExp(`<code[^>]*>${arg.name}</code>`));
        }
      }
      // Every named type has its entry, deprecations marked.
      for (const name of Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__') && !['Query', 'Mutation'].includes(n)))
        expect(html, name).toContain(`<article class="entry type" id="${name}"`);
      expect(html).not.toMatch(/<script/i);
    }
  });

  it("renders the changelog from schema/CHANGELOG.md, every heading of it, and states the API's own rate limits", () => {
    const changelog = readFileSync(path.join(repoRoot, 'schema/CHANGELOG.md'), 'utf8');
    const headings = [...changelog.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1].trim());
    expect(headings).toEqual(expect.arrayContaining(['Unreleased', 'Added']));
    for (const prefix of ['', 'en']) {
      const html = read(...[prefix, 'developers', 'changelog', 'index.html'].filter(Boolean));
      const shown = [...html.matchAll(/<h([23]) id="[^"]+">([\s\S]*?)<\/h\1>/g)].map((m) => stripTags(m[2]).trim());
      expect(shown, prefix).toEqual(expect.arrayContaining(headings));
      const overview = read(...[prefix, 'developers', 'index.html'].filter(Boolean));
      for (const kind of ['key', 'volunteer', 'address'] as const) {
        const { requests, cost } = DEFAULT_RATE_LIMITS[kind];
        expect(overview, kind).toContain(`data-requests="${requests}"`);
        expect(overview, kind).toContain(`data-cost="${cost}"`);
      }
      expect([...overview.matchAll(/data-requests="(\d+)"/g)]).toHaveLength(3);
    }
  });

  it('serves GraphiQL from the build itself on its page alone, where the policy allows inline styles; no other page does', () => {
    const zh = read('developers', 'graphiql', 'index.html');
    const script = /<script type="module" src="(\/_astro\/graphiql\/graphiql-\w+\.js)"><\/script>/.exec(zh)![1];
    const style = /<link rel="stylesheet" href="(\/_astro\/graphiql\/graphiql-\w+\.css)">/.exec(zh)![1];
    expect(read('en', 'developers', 'graphiql', 'index.html')).toContain(`src="${script}"`);
    const files = readdirSync(path.join(outDir, '_astro', 'graphiql'));
    for (const worker of ['editor', 'json', 'graphql'])
      expect(
        files.some((f) => f.startsWith(`${worker}.worker-`) && f.endsWith('.js')),
        worker,
      ).toBe(true);
    const kb = (file: string) => (gzipSync(readFileSync(path.join(outDir, file))).length / 1000).toFixed(0);
    console.log(
      `GraphiQL bundle: ${kb(script)} kB gzipped script, ${kb(style)} kB stylesheet; workers ${files
        .filter((f) => f.includes('.worker-') && f.endsWith('.js'))
        .map((f) => `${f} ${kb(`_astro/graphiql/${f}`)} kB`)
        .join(', ')}`,
    );
    // No CDN: every address the page names is this site's.
    expect(zh).not.toMatch(/<(script|link)\b[^>]*(src|href)="(https?:)?\/\/(?!aixin\.example)/);
    const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1];
    const directives = policyOf(zh)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    const names = directives.map((d) => d.split(/\s+/)[0]);
    expect(names).toEqual([...new Set(names)]);
    expect(directives).toEqual(expect.arrayContaining(["style-src-elem 'self' 'unsafe-inline'", "style-src-attr 'unsafe-inline'", "font-src 'self' data:"]));
    // Scripts keep the site's policy.
    expect(directives.find((d) => d.startsWith('script-src '))).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    for (const page of ['/developers/', '/developers/reference/', '/', '/about/']) {
      const policy = policyOf(readFileSync(fileOf(page), 'utf8'));
      expect(policy, page).not.toContain('unsafe-inline');
      expect(policy, page).toContain("font-src 'self';");
    }
  });
});

const ORIGIN = 'https://aixin.example';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Volunteers' own pages, with their islands. */
const VOLUNTEER_PAGES = ['/register/', '/login/', '/account/', '/account/settings/', '/account/card/', '/verify/', '/requests/new/'];
/** The back office's pages: every section in both languages. */
const BACK_OFFICE_PAGES = [
  '/manage/',
  '/manage/activities/',
  '/manage/activities/edit/',
  '/manage/members/',
  '/manage/attendance/',
  '/manage/attendance/door/',
  '/manage/attendance/scan/',
  '/manage/hours/',
  '/manage/import/',
  '/manage/team/',
  '/manage/teams/',
  '/manage/news/',
  '/manage/review/',
  '/manage/requests/',
  '/manage/triage/',
  '/manage/keys/',
  '/manage/webhooks/',
  '/manage/contests/',
  '/manage/stations/',
  '/manage/register-team/',
];
/** The platform staff's pages. */
const ADMIN_PAGES = [
  '/admin/',
  '/admin/teams/',
  '/admin/content/',
  '/admin/review/',
  '/admin/requests/',
  '/admin/contests/',
  '/admin/stations/',
  '/admin/keys/',
  '/admin/apps/',
  '/admin/audit/',
  '/admin/figures/',
];

/** Site paths (`/news/x/`) of the built Chinese pages: every HTML page outside /en/ but the 404 page. */
function chinesePages(): string[] {
  return (
    htmlFiles(outDir)
      .map((file) => path.relative(outDir, file).split(path.sep).join('/'))
      // Stations' screens are Chinese only, for the stations' own screens.
      .filter((rel) => !rel.startsWith('en/') && rel !== '404.html' && !rel.startsWith('screen/'))
      .map((rel) => `/${rel.replace(/index\.html$/, '')}`)
  );
}

const fileOf = (sitePath: string) => path.join(outDir, ...decodeURIComponent(sitePath).split('/').filter(Boolean), 'index.html');
const abs = (sitePath: string) => new URL(sitePath, ORIGIN).href;

/** The built site over HTTP (the search index is fetched by the page), and a browser to read it. */
async function openSite(): Promise<{ base: string; browser: Browser }> {
  if (!site) {
    const app = express();
    app.use(express.static(outDir));
    site = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
  }
  browser ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return { base: `http://127.0.0.1:${(site.address() as AddressInfo).port}`, browser };
}

describe('leaderboards', () => {
  it("ranks each district's organisations and volunteers by the last twelve months' service time, as the API does, in both languages", async () => {
    // The twelve months up to this one, China time.
    const china = new Date(Date.now() + 8 * 3_600_000);
    const to = china.toISOString().slice(0, 7);
    const start = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 11, 1));
    const from = start.toISOString().slice(0, 7);
    const districts = [
      ...new Set(
        stable('organizations')
          .map((o) => o.district)
          .filter((d): d is string => Boolean(d)),
      ),
    ];
    expect(districts.length).toBeGreaterThanOrEqual(2);
    const overview = read('leaderboards', 'index.html');
    for (const district of districts) {
      const res = await server.gql(
        `query($d: String!, $f: String!, $t: String!) {
          organizationLeaderboard(district: $d, from: $f, to: $t, first: 50) { nodes { organization { name } } }
          volunteerLeaderboard(district: $d, from: $f, to: $t, first: 50) { nodes { volunteer { displayName } } }
        }`,
        { d: district, f: from, t: to },
      );
      const organizations = res.data.organizationLeaderboard.nodes.map((n: any) => n.organization.name);
      const volunteers = res.data.volunteerLeaderboard.nodes.map((n: any) => n.volunteer.displayName);
      // The demo data records service in every district within the last months.
      expect(organizations.length, district).toBeGreaterThan(0);
      expect(volunteers.length, district).toBeGreaterThan(0);
      for (const lang of ['', 'en']) {
        const html = read(...(lang ? [lang] : []), 'leaderboards', district, 'index.html');
        const [orgPart, volunteerPart] = html.split('id="board-volunteers"');
        const names = (part: string) => [...part.matchAll(/<th scope="row"[^>]*>\s*(?:<a [^>]*>)?([^<]+?)\s*</g)].map((m) => m[1]);
        expect(names(orgPart), `${lang} ${district}`).toEqual(organizations.map(escapeHtml));
        expect(names(volunteerPart), `${lang} ${district}`).toEqual(volunteers.map(escapeHtml));
        // Public names only: no real name of a volunteer.
        expect(volunteers.every((n: string) => n.includes('*'))).toBe(true);
      }
      expect(overview).toContain(`href="/leaderboards/${encodeURIComponent(district)}/"`);
      expect(overview).toContain(escapeHtml(organizations[0]));
    }
    expect(read('sitemap.xml')).toContain(`/leaderboards/${encodeURIComponent(districts[0])}/`);
  });
});

describe('English pages', () => {
  it('has an English twin of every Chinese page, the volunteers’ own pages too, each naming the other with hreflang and itself as canonical', () => {
    const pages = chinesePages();
    expect(pages.length).toBeGreaterThan(40);
    expect(pages).toEqual(expect.arrayContaining(VOLUNTEER_PAGES));
    for (const page of pages) {
      const zh = readFileSync(fileOf(page), 'utf8');
      const enFile = fileOf(`/en${page}`);
      expect(existsSync(enFile), `/en${page}`).toBe(true);
      const en = readFileSync(enFile, 'utf8');
      expect(zh, page).toContain('<html lang="zh-CN"');
      expect(en, page).toContain('<html lang="en"');
      for (const html of [zh, en]) {
        expect(html, page).toContain(`<link rel="alternate" hreflang="zh-CN" href="${abs(page)}">`);
        expect(html, page).toContain(`<link rel="alternate" hreflang="en" href="${abs(`/en${page}`)}">`);
        expect(html, page).toContain(`<link rel="alternate" hreflang="x-default" href="${abs(page)}">`);
      }
      expect(zh, page).toContain(`<link rel="canonical" href="${abs(page)}">`);
      expect(en, page).toContain(`<link rel="canonical" href="${abs(`/en${page}`)}">`);
      // The language switch leads to the twin.
      expect(zh, page).toContain(`href="${encodeURI(`/en${page}`)}" hreflang="en" lang="en"`);
      expect(en, page).toContain(`href="${encodeURI(page)}" hreflang="zh-CN" lang="zh-CN"`);
    }
    // The volunteers' own pages and the back office in English: their words too, with the registration's note on the ID number.
    expect(pages).toEqual(expect.arrayContaining([...BACK_OFFICE_PAGES, ...ADMIN_PAGES]));
    for (const page of [...VOLUNTEER_PAGES, ...BACK_OFFICE_PAGES, ...ADMIN_PAGES]) {
      const en = readFileSync(fileOf(`/en${page}`), 'utf8');
      // Chinese by design: the switch to the Chinese page, and the operator's names in the footer (marked lang="zh-CN").
      const own = en.replace(/<a class="header-link language-switch"[^>]*>[^<]*<\/a>/, '').replace(/<(span|a)\b[^>]*\blang="zh-CN"[^>]*>[^<]*<\/\1>/g, '');
      expect(own, page).not.toMatch(/>[^<]*\p{Script=Han}[^<]*</u);
    }
    expect(readFileSync(fileOf('/en/register/'), 'utf8')).toContain('PRC resident identity card number');
  });

  it('words the interface in English, links within English, and marks the Chinese content it shows as zh-CN', async () => {
    const article = stable('news')[0];
    const org = stable('organizations')[0];
    const enArticle = readFileSync(fileOf(`/en/news/${article.slug}/`), 'utf8');
    expect(enArticle).toMatch(new RegExp(`<h1 lang="zh-CN"[^>]*>${escapeRegExp(escapeHtml(article.title))}</h1>`));
    expect(enArticle).toMatch(
      /<time datetime="[^"]+"[^>]*>\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}<\/time>/,
    );
    expect(enArticle).toMatch(/href="\/en\/news\/"[^>]*>← News<\/a>/);
    // Links stay in English (the body's links to our pages too); only the language switch leads to Chinese.
    expect(enArticle.replace(/<a class="header-link language-switch"[^>]*>/, '')).not.toMatch(/href="\/(news|projects|organizations)\//);

    const { base, browser } = await openSite();
    const page = await browser.newPage();
    const pages = [
      '/en/',
      `/en/news/${article.slug}/`,
      '/en/news/',
      '/en/news/tags/',
      '/en/projects/',
      `/en/organizations/${org.slug}/`,
      '/en/organizations/',
      '/en/role-models/',
      '/en/showcases/',
      '/en/about/',
      '/en/search/',
    ];
    const projectLink = readFileSync(fileOf('/en/projects/'), 'utf8').match(/href="(\/en\/projects\/prj_[^"]+)"/)![1];
    for (const p of [...pages, projectLink]) {
      await page.goto(`${base}${p}`);
      // Every piece of visible text that is Chinese sits inside an element marked lang="zh-CN".
      const unmarked = await page.evaluate(() => {
        const out: string[] = [];
        // Runs in the page (the test's own types have no DOM).
        const { document, NodeFilter } = globalThis as any;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(text)) continue;
          const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
          if (!lang.startsWith('zh')) out.push(text.trim());
        }
        return out;
      });
      expect(unmarked, p).toEqual([]);
      const nav = await page.locator('nav[aria-label="Main"] a').allInnerTexts();
      expect(
        nav.map((t) => t.trim()),
        p,
      ).toEqual(['Home', 'Activities', 'News', 'Role models', 'Stories', 'Showcases', 'Organisations', 'About']);
    }
    await page.close();
  });

  it('lists both languages in the sitemap, each URL with its alternates', () => {
    const sitemap = read('sitemap.xml');
    const article = stable('news')[0];
    const alternatesOf = (p: string) =>
      `<xhtml:link rel="alternate" hreflang="zh-CN" href="${abs(p)}"/><xhtml:link rel="alternate" hreflang="en" href="${abs(`/en${p}`)}"/><xhtml:link rel="alternate" hreflang="x-default" href="${abs(p)}"/>`;
    for (const p of ['/', '/news/', `/news/${article.slug}/`, '/about/', ...VOLUNTEER_PAGES]) {
      for (const loc of [abs(p), abs(`/en${p}`)]) {
        const entry = sitemap.match(new RegExp(`<url><loc>${escapeRegExp(loc)}</loc>.*</url>`));
        expect(entry, loc).not.toBeNull();
        expect(entry![0]).toContain(alternatesOf(p));
      }
    }
  });
});

describe('phone widths', () => {
  it('fits every kind of reading page into a 390 px wide screen, in both languages (wide content scrolls in its own box)', async () => {
    const { base, browser } = await openSite();
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const projectLink = readFileSync(fileOf('/projects/'), 'utf8').match(/href="(\/projects\/prj_[^"]+)"/)![1];
    const article = readFileSync(fileOf('/news/'), 'utf8').match(/href="(\/news\/[a-z0-9-]+\/)"/)![1];
    for (const p of [
      '/',
      '/about/',
      '/projects/',
      projectLink,
      '/nearby/',
      '/news/',
      article,
      '/organizations/',
      '/role-models/',
      '/showcases/',
      '/search/',
      ...PORTAL_PAGES,
    ]) {
      for (const path of [p, `/en${p}`]) {
        await page.goto(`${base}${path}`);
        const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
        expect(width, path).toBeLessThanOrEqual(390);
      }
    }
    await page.close();
  });
});

describe('share meta', () => {
  it('gives every page a canonical URL, OpenGraph and WeChat (schema.org) share meta', () => {
    for (const file of htmlFiles(outDir)) {
      const rel = path.relative(outDir, file).split(path.sep).join('/');
      // A station's screen is not shared or indexed (noindex, checked with the sitemap).
      if (rel.startsWith('screen/')) continue;
      const html = readFileSync(file, 'utf8');
      for (const property of ['og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'og:site_name', 'og:locale']) {
        expect(html, `${rel} ${property}`).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"`));
      }
      for (const prop of ['name', 'description', 'image'])
        expect(html, `${rel} itemprop ${prop}`).toMatch(new RegExp(`<meta itemprop="${prop}" content="[^"]+"`));
      expect(html, rel).toMatch(/<meta property="og:image" content="https:\/\/aixin\.example\/[^"]+\.jpg"/);
      expect(html, rel).toMatch(/<meta name="description" content="[^"]+"/);
      if (/(^|\/)404(\.html|\/index\.html)$/.test(rel)) {
        expect(html, rel).toContain('<meta name="robots" content="noindex">');
      } else {
        const canonical = html.match(/<link rel="canonical" href="([^"]+)">/)?.[1];
        expect(canonical, rel).toBe(abs(`/${rel.replace(/index\.html$/, '')}`.replace(/[^/]+/g, (seg) => encodeURIComponent(decodeURIComponent(seg)))));
        expect(html, rel).toContain(`<meta property="og:url" content="${canonical}">`);
      }
    }
  });
});

describe('search', () => {
  async function search(page: Page, base: string, query: string, type = ''): Promise<{ status: string; links: { href: string; title: string }[] }> {
    await page.goto(`${base}${query.startsWith('/') ? query : `/search/?q=${encodeURIComponent(query)}${type ? `&type=${type}` : ''}`}`);
    await page.waitForSelector('#search-results li', { timeout: 15_000 });
    const links = await page.$$eval('#search-results li h2 a', (as) => as.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent! })));
    return { status: (await page.textContent('#search-status')) ?? '', links };
  }

  it('writes a Chinese index of the news, activity and organisation pages into the build', () => {
    const entry = JSON.parse(read('pagefind', 'pagefind-entry.json'));
    expect(Object.keys(entry.languages)).toEqual(['zh']);
    expect(entry.languages.zh.page_count).toBeGreaterThanOrEqual(stable('news').length + stable('organizations').length + 40);
  });

  it('finds a demo news article by a Chinese word of its title, and an organisation by 社区', async () => {
    const article = stable('news').find((a) => a.title.includes('植树'));
    expect(article, 'a demo article about 植树').toBeDefined();
    const { base, browser } = await openSite();
    const page = await browser.newPage();
    const trees = await search(page, base, '植树');
    expect(trees.links.map((l) => l.href)).toContain(`/news/${article!.slug}/`);
    expect(trees.status).toMatch(/^\d+ 条结果$/);

    const community = await search(page, base, '社区', 'organization');
    expect(community.links.length).toBeGreaterThan(0);
    for (const link of community.links) expect(link.href).toMatch(/^\/organizations\/[a-z0-9-]+\/$/);
    const communityOrg = stable('organizations').find((o) => o.name.includes('社区'))!;
    expect(community.links.map((l) => l.href)).toContain(`/organizations/${communityOrg.slug}/`);

    // The English search page reads the same index and links to the English twins.
    const english = await search(page, base, `/en/search/?q=${encodeURIComponent('植树')}`);
    expect(english.links.map((l) => l.href)).toContain(`/en/news/${article!.slug}/`);
    expect(english.status).toMatch(/^\d+ results$/);
    await page.close();
  });
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
