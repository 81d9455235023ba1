// Photos end to end in headless Chromium against the product as `npm start` runs it: the demo
// coordinator uploads the team's logo and an activity's photos (one an iPhone HEIC) in the back
// office, describes and orders them; after the site rebuilds, the public activity page shows the
// gallery as <picture> with AVIF and WebP sources and fixed sizes, and the team page its logo.
// axe-core checks each page touched; the activity page is checked on a 390 px phone too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let org: { id: string; slug: string };
let projectId: string;
const files = mkdtempSync(path.join(os.tmpdir(), 'aixin-images-'));
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
const HEIC = path.join(import.meta.dirname, '../fixtures/sample.heic');

async function signedIn(login: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser, options);
  const res = await opened.context.request.post(site.api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login, password: DEMO_PASSWORD } } },
  });
  expect(res.ok()).toBe(true);
  return opened;
}

async function photo(name: string, width: number, height: number, colour: { r: number; g: number; b: number }): Promise<string> {
  const file = path.join(files, name);
  const pixels = sharp({ create: { width, height, channels: 3, background: colour } });
  writeFileSync(file, await (name.endsWith('.png') ? pixels.png() : pixels.jpeg()).toBuffer());
  return file;
}

beforeAll(async () => {
  orm = await testOrm();
  [org] = await sql<{ id: string; slug: string }>(`select id, slug from organization where name = '龙华区青年志愿者协会'`);
  [{ id: projectId }] = await sql<{ id: string }>(
    `select id from project where organization_id = ? and status = 'PUBLISHED' order by starts_at desc, id limit 1`,
    [org.id],
  );
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await orm?.close();
  rmSync(files, { recursive: true, force: true });
});

describe('photos from the back office to the public pages', () => {
  it("the demo coordinator uploads the team's logo", async () => {
    const { context, page } = await signedIn(DEMO.coordinator);
    await page.goto(`${site.product.url}/manage/team/?org=${org.id}`);
    const logo = page.locator('[data-field="logo"]');
    await logo.waitFor();
    await logo.locator('input[type="file"]').setInputFiles(await photo('logo.png', 600, 600, { r: 200, g: 16, b: 46 }));
    await expect.poll(() => logo.locator('.form-status').textContent(), { timeout: 30_000 }).toContain('标志已更新');
    const preview = logo.locator('img.image-upload-preview');
    expect(await preview.getAttribute('src')).toMatch(/^\/media\/[0-9a-f]{32}\.png$/);
    expect(await preview.getAttribute('width')).toBe('600');
    await page.screenshot({ path: path.join(os.tmpdir(), 'aixin-logo-upload.png'), fullPage: true });
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('uploads, describes and orders an activity’s photos, then the public page shows the gallery', async () => {
    const { context, page } = await signedIn(DEMO.coordinator);
    await page.goto(`${site.product.url}/manage/activities/edit/?org=${org.id}&id=${projectId}`);
    const gallery = page.locator('.activity-photos');
    await gallery.waitFor();
    const input = gallery.locator('input[type="file"]');
    await input.setInputFiles(await photo('park.jpg', 1600, 1200, { r: 30, g: 140, b: 60 }));
    await expect.poll(() => gallery.locator('[data-photo]').count(), { timeout: 30_000 }).toBe(1);
    // A phone's HEIC photo: converted on the server.
    await input.setInputFiles(HEIC);
    await expect.poll(() => gallery.locator('[data-photo]').count(), { timeout: 30_000 }).toBe(2);
    // Saving without descriptions is refused beside the photos.
    await gallery.getByRole('button', { name: '保存照片' }).click();
    await expect.poll(() => gallery.locator('.form-status').textContent()).toContain('请填写照片说明');
    expect(await page.getByLabel('第 1 张照片 · 照片说明').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('第 1 张照片 · 照片说明').fill('志愿者在公园里植树');
    await page.getByLabel('第 2 张照片 · 照片说明').fill('活动结束后的合影');
    // The group photo first.
    await gallery.getByRole('button', { name: '上移: 第 2 张照片' }).click();
    expect(await page.getByLabel('第 1 张照片 · 照片说明').inputValue()).toBe('活动结束后的合影');
    await gallery.getByRole('button', { name: '保存照片' }).click();
    await expect.poll(() => gallery.locator('.form-status').textContent(), { timeout: 15_000 }).toContain('照片已保存');
    await gallery.screenshot({ path: path.join(os.tmpdir(), 'aixin-gallery-editor.png') });
    await expectNoAxeViolations(page);
    await context.close();

    // The site rebuilds with the gallery.
    const pageUrl = `${site.product.url}/projects/${projectId}/`;
    await expect.poll(async () => (await (await fetch(pageUrl)).text()).includes('class="gallery"'), { timeout: 150_000, interval: 2_000 }).toBe(true);
    const visitor = await newPage(browser);
    await visitor.page.goto(pageUrl);
    const pictures = visitor.page.locator('.gallery picture');
    expect(await pictures.count()).toBe(2);
    const first = pictures.nth(0);
    expect(await first.locator('img').getAttribute('alt')).toBe('活动结束后的合影');
    expect(await first.locator('img').getAttribute('width')).toBe('480');
    expect(await first.locator('img').getAttribute('height')).toBe('360');
    expect(await first.locator('img').getAttribute('loading')).toBe('lazy');
    expect(await first.locator('source[type="image/avif"]').getAttribute('srcset')).toMatch(
      /^\/media\/[0-9a-f]{32}\.avif 320w, \/media\/[0-9a-f]{32}\.avif 480w$/,
    );
    expect(await first.locator('source[type="image/webp"]').getAttribute('srcset')).toMatch(/\.webp 480w$/);
    const second = pictures.nth(1);
    expect(await second.locator('img').getAttribute('alt')).toBe('志愿者在公园里植树');
    expect([await second.locator('img').getAttribute('width'), await second.locator('img').getAttribute('height')]).toEqual(['1600', '1200']);
    expect(await second.locator('source[type="image/webp"]').getAttribute('srcset')).toMatch(/ 320w, .* 640w, .* 960w, .* 1280w, .* 1600w$/);
    // The browser picked a rendition and it loaded; each photo links to its full-size original.
    await second.scrollIntoViewIfNeeded();
    // (Evaluated in the page; the tests are compiled without the DOM's types.)
    await expect
      .poll(() => second.locator('img').evaluate((img: any) => (img.complete && img.naturalWidth > 0 ? String(img.currentSrc) : '')))
      .toMatch(/\.(avif|webp)$/);
    const original = await fetch(`${site.product.url}${await visitor.page.locator('.gallery a').nth(1).getAttribute('href')}`);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    expect(original.headers.get('cache-control')).toContain('immutable');
    await expectNoAxeViolations(visitor.page);

    // The team page shows the logo (decorative beside the team's name) at a fixed size.
    await visitor.page.goto(`${site.product.url}/organizations/${org.slug}/`);
    const logo = visitor.page.locator('picture img.org-logo');
    expect(await logo.getAttribute('width')).toBe('600');
    expect(await logo.getAttribute('fetchpriority')).toBe('high');
    expect(await visitor.page.locator('picture source[type="image/avif"]').first().getAttribute('srcset')).toMatch(/\.avif 320w/);
    await expectNoAxeViolations(visitor.page);
    await visitor.context.close();
  }, 240_000);

  it('edits the gallery on a 390 px phone without sideways scrolling', async () => {
    const { context, page } = await signedIn(DEMO.coordinator, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(`${site.product.url}/en/manage/activities/edit/?org=${org.id}&id=${projectId}`);
    const gallery = page.locator('.activity-photos');
    await expect.poll(() => gallery.locator('[data-photo]').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByLabel('Photo 1 · Photo description').inputValue()).toBe('活动结束后的合影');
    await gallery.scrollIntoViewIfNeeded();
    await gallery.screenshot({ path: path.join(os.tmpdir(), 'aixin-gallery-editor-390.png') });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    // A text file named like a photo: refused in the page's language, nothing added.
    const fake = path.join(files, 'notes.jpg');
    writeFileSync(fake, 'not a photo');
    await gallery.locator('input[type="file"]').setInputFiles(fake);
    await expect
      .poll(() => gallery.locator('.image-upload-status').textContent(), { timeout: 15_000 })
      .toBe('This is not an image; choose a JPEG, PNG, WebP or HEIC photo.');
    expect(await gallery.locator('[data-photo]').count()).toBe(2);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows the gallery on a 390 px phone without sideways scrolling', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(`${site.product.url}/projects/${projectId}/`);
    const gallery = page.locator('.gallery');
    await gallery.scrollIntoViewIfNeeded();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const box = (await gallery.locator('img').first().boundingBox())!;
    // Two photos a row.
    expect(box.width).toBeGreaterThan(150);
    expect(box.width).toBeLessThan(195);
    await page.screenshot({ path: path.join(os.tmpdir(), 'aixin-gallery-390.png'), fullPage: false });
    await expectNoAxeViolations(page);
    await context.close();
  });
});
