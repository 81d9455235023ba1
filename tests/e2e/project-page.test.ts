// End to end: the product started as `npm start` starts it, a project page opened in headless
// Chromium, and its island showing the live remaining places from the API (not the numbers
// baked in at build time).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { gql } from '../helpers/api.js';
import { startProduct, type Product } from '../helpers/product.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-e2e-'));
let product: Product;
let browser: Browser;
let db: pg.Client;

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  // The run's data key, so the demo accounts can sign in.
  const key = readFileSync(path.join(inject('dataDir'), 'data-key'), 'utf8').trim();
  product = await startProduct({ DATABASE_URL: inject('databaseUrl'), AIXIN_DATA_DIR: dataDir, AIXIN_DATA_KEY: key, AIXIN_REBUILD_DEBOUNCE_MS: '500' });
  await product.waitFor(/Site ready at/, 240_000);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  await db?.end();
  rmSync(dataDir, { recursive: true, force: true });
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
    const list = await gql(`${product.url}/graphql`, `{ projects(first: 50, filter: { district: "龙华区", startsAfter: "${new Date().toISOString()}" }) { nodes { id shifts { id capacity remaining } } } }`);
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
  }, 180_000);
});
