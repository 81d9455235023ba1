// End to end: the product started as `npm start` starts it, a project page opened in headless
// Chromium, and its island showing the live remaining places from the API (not the numbers
// baked in at build time).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { gql } from '../helpers/api.js';
import { startProduct, type Product } from '../helpers/product.js';
import { databaseUrl } from '../helpers/database.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// A dot-folder, as `npm start`'s default `.data` is: the site and its 404 pages are served from under it.
const home = mkdtempSync(path.join(os.tmpdir(), 'aixin-e2e-'));
const dataDir = path.join(home, '.data');
let product: Product;
let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  // The run's data key, so the demo accounts can sign in.
  const key = readFileSync(path.join(inject('dataDir'), 'data-key'), 'utf8').trim();
  product = await startProduct({ DATABASE_URL: databaseUrl(), AIXIN_DATA_DIR: dataDir, AIXIN_DATA_KEY: key, AIXIN_REBUILD_DEBOUNCE_MS: '500' });
  await product.waitFor(/Site ready at/, 240_000);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  await db?.end();
  rmSync(home, { recursive: true, force: true });
});

describe('project page in a browser', () => {
  it('serves the home page with Chinese activities from the API', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${product.url}/`);
    expect(res!.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const links = await page.locator('a[href^="/projects/prj_"]').count();
    expect(links).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the live remaining places of each shift, not the build-time ones', async () => {
    const list = await gql(
      `${product.url}/graphql`,
      `{ projects(first: 50, filter: { district: "龙华区", startsAfter: "${new Date().toISOString()}" }) { nodes { id shifts { id capacity remaining } } } }`,
    );
    const project = list.data.projects.nodes.find((p: any) => p.shifts.some((s: any) => s.remaining >= 2));
    expect(project).toBeDefined();
    const shift = project.shifts.find((s: any) => s.remaining >= 2);

    // Places taken after the site was built: only the island can know.
    await db.query('update shift set confirmed_count = confirmed_count + 2 where id = $1', [shift.id]);
    try {
      const page = await browser.newPage();
      await page.goto(`${product.url}/projects/${project.id}/`);
      const cell = page.locator(`[data-shift-id="${shift.id}"]`);
      // Before hydration, the static HTML shows the build-time figure.
      const html = await (await fetch(`${product.url}/projects/${project.id}/`)).text();
      expect(html).toMatch(new RegExp(`data-shift-id="${shift.id}"[^>]*>${shift.remaining}<`));

      await page.waitForSelector('[data-live="true"]', { timeout: 20_000 });
      await expect.poll(async () => (await cell.textContent())?.trim(), { timeout: 10_000 }).toBe(String(shift.remaining - 2));
      for (const s of project.shifts.filter((x: any) => x.id !== shift.id)) {
        expect((await page.locator(`[data-shift-id="${s.id}"]`).textContent())?.trim()).toBe(String(s.remaining));
      }
      await page.screenshot({ path: path.join(dataDir, 'project.png'), fullPage: true });
      await page.close();
    } finally {
      await db.query('update shift set confirmed_count = confirmed_count - 2 where id = $1', [shift.id]);
    }
  });

  it('answers unknown pages with the site’s own 404 page', async () => {
    const page = await browser.newPage();
    for (const unknown of ['/nope/', '/projects/prj_NOTEXIST/']) {
      const res = await page.goto(`${product.url}${unknown}`);
      expect(res!.status(), unknown).toBe(404);
      expect(res!.headers()['content-type'], unknown).toMatch(/^text\/html/);
      expect(await page.locator('h1').textContent(), unknown).toContain('页面不存在');
    }
    const res = await page.goto(`${product.url}/projects/prj_00000000000000000000000000/`);
    expect(res!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('页面不存在');
    // Under /en/, the English one.
    const english = await page.goto(`${product.url}/en/projects/prj_00000000000000000000000000/`);
    expect(english!.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Page not found');
    await page.close();
  });

  it('tells the reader when live places cannot be fetched', async () => {
    const list = await gql(`${product.url}/graphql`, `{ projects(first: 1) { nodes { id } } }`);
    const page = await browser.newPage();
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${product.url}/projects/${list.data.projects.nodes[0].id}/`);
    await page.waitForSelector('[data-live="error"]', { timeout: 20_000 });
    expect(await page.locator('[data-live="error"]').textContent()).toMatch(/暂时无法/);
    await page.close();
  });

  it('rebuilds the site when news is published, serving the old pages meanwhile', async () => {
    const { rows } = await db.query(`select id, slug from news_article where status = 'DRAFT' limit 1`);
    expect(rows).toHaveLength(1);
    const { id, slug } = rows[0];
    expect((await fetch(`${product.url}/news/${slug}/`)).status).toBe(404);
    const login = await gql(`${product.url}/graphql`, `mutation { logIn(input: { login: "13800000000", password: "demo-password-2026" }) { token } }`);
    const headers = { authorization: `Bearer ${login.data.logIn.token}` };
    const published = await gql(`${product.url}/graphql`, `mutation($id: ID!) { publishNewsArticle(id: $id) { slug } }`, { id }, headers);
    expect(published.errors).toBeUndefined();
    // While the rebuild runs, the home page is still served from the previous build.
    expect((await fetch(`${product.url}/`)).status).toBe(200);
    await expect.poll(async () => (await fetch(`${product.url}/news/${slug}/`)).status, { timeout: 150_000, interval: 2_000 }).toBe(200);
    expect(product.output()).toMatch(/Site built in [\d.]+ s[\s\S]*Site built in/);
    // Both builds are counted and timed for Prometheus (metrics are open outside production).
    const metrics = await (await fetch(`${product.url}/metrics`)).text();
    expect(metrics).toMatch(/^aixin_site_builds_total\{outcome="ok"\} [2-9]$/m);
    expect(metrics).toMatch(/^aixin_site_build_duration_seconds_count [2-9]$/m);
  }, 180_000);
});

describe('activities near you (the 10-minute service circle)', () => {
  // A point at sea, far from every other test's and the demo's activities.
  const HERE = { latitude: 16.833, longitude: 112.333 };
  const METRES_PER_DEGREE = 111_195;
  let ids: { near: string; mid: string; far: string; draft: string };

  beforeAll(async () => {
    const endpoint = `${product.url}/graphql`;
    const login = await gql(endpoint, `mutation { logIn(input: { login: "13800000001", password: "demo-password-2026" }) { token } }`);
    const headers = { authorization: `Bearer ${login.data.logIn.token}` };
    const { rows } = await db.query(`select id from organization where name = '龙华区青年志愿者协会'`);
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    const create = async (title: string, metresNorth: number, publish: boolean) => {
      const created = await gql(
        endpoint,
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        {
          input: {
            organizationId: rows[0].id,
            title,
            summary: '附近活动测试',
            district: '测试区',
            address: `测试路 ${metresNorth} 号`,
            location: { lat: HERE.latitude + metresNorth / METRES_PER_DEGREE, lng: HERE.longitude },
            shifts: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), capacity: 6 }],
          },
        },
        headers,
      );
      const { id } = created.data.createProject;
      if (publish) expect((await gql(endpoint, `mutation($id: ID!) { publishProject(id: $id) { id } }`, { id }, headers)).errors).toBeUndefined();
      return id as string;
    };
    ids = {
      mid: await create('附近测试：两公里', 2000, true),
      far: await create('附近测试：八公里', 8000, true),
      near: await create('附近测试：三百米', 300, true),
      draft: await create('附近测试：未发布', 100, false),
    };
  });

  const listed = (page: Page) => page.locator('.nearby-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-project')));

  it('lists the upcoming activities within the chosen circle, nearest first, with their distance', async () => {
    const context = await browser.newContext({ geolocation: HERE, permissions: ['geolocation'] });
    const page = await context.newPage();
    await page.goto(`${product.url}/nearby/`);
    expect(await page.locator('h1').textContent()).toBe('附近的活动');
    await page.getByRole('button', { name: '用我的位置查找' }).click();
    const status = page.locator('.nearby-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('3 公里内有 2 个即将开始的活动，最近的在最前。');
    expect(await listed(page)).toEqual([ids.near, ids.mid]);
    expect(await page.locator('.nearby-distance').allTextContents()).toEqual(['约 300 米', '约 2 公里']);
    expect(await page.locator('.nearby-item a').first().getAttribute('href')).toBe(`/projects/${ids.near}/`);
    expect(await page.locator('.nearby-item').first().textContent()).toContain('剩余 6 个名额');

    await page.getByLabel('范围').selectOption('10');
    await page.getByRole('button', { name: '重新查找' }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('10 公里内有 3 个即将开始的活动，最近的在最前。');
    expect(await listed(page)).toEqual([ids.near, ids.mid, ids.far]);

    await page.getByLabel('范围').selectOption('1');
    await page.getByRole('button', { name: '重新查找' }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('1 公里内有 1 个即将开始的活动。');
    expect(await listed(page)).toEqual([ids.near]);
    await context.close();
  });

  it('speaks English on the English page and links to the English activity pages', async () => {
    const context = await browser.newContext({ geolocation: { ...HERE, latitude: HERE.latitude + 9000 / METRES_PER_DEGREE }, permissions: ['geolocation'] });
    const page = await context.newPage();
    await page.goto(`${product.url}/en/nearby/`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => page.locator('.nearby-status').textContent(), { timeout: 20_000 }).toBe('One upcoming activity within 3 km.');
    expect(await listed(page)).toEqual([ids.far]);
    expect(await page.locator('.nearby-distance').textContent()).toBe('about 1 km');
    expect(await page.locator('.nearby-item a').getAttribute('href')).toBe(`/en/projects/${ids.far}/`);
    await context.close();
  });

  it('says what to do when the browser keeps the location to itself', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // As if the visitor answered the browser's question with "block".
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.setPermission', { permission: { name: 'geolocation' }, setting: 'denied', origin: product.url });
    await page.goto(`${product.url}/nearby/`);
    await page.getByRole('button', { name: '用我的位置查找' }).click();
    await expect.poll(() => page.locator('.nearby-status').textContent(), { timeout: 20_000 }).toMatch(/^浏览器没有允许获取位置。/);
    expect(await page.locator('.nearby-item').count()).toBe(0);
    expect(await page.locator('.nearby-foot a').getAttribute('href')).toBe('/projects/');
    await context.close();
  });
});
