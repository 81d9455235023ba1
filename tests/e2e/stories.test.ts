// Stories end to end in headless Chromium against the product as `npm start` runs it: a volunteer
// who attended an activity writes a story with two photos from /account/; the team's coordinator
// approves it at /manage/stories/; once the site is rebuilt it is on /stories/, on its own page
// with its photos and on the activity's page; a second volunteer likes it there, once. axe-core
// checks each page; screenshots at phone and desktop widths go to the temporary directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { endedShifts, RECORD } from '../helpers/ledger.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let coordinator: Record<string, string>;
let orgId: string;
let project: { projectId: string; title: string };
let storyId: string;
const files = mkdtempSync(path.join(os.tmpdir(), 'aixin-story-photos-'));
const writer = { id: '', phone: '', password: '' };
const liker = { id: '', phone: '', password: '' };
const title = `海滩上的一个早晨${Date.now() % 10_000}`;
const body = '天刚亮我们就到了海滩，分成三组清理垃圾。\n\n一个上午捡了二十多袋，分类后交给回收站。';
const shots = (name: string) => path.join(os.tmpdir(), `aixin-stories-${name}.png`);
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

async function register(into: typeof writer): Promise<void> {
  const input = fakeRegistration();
  const registered = await server.gql(REGISTER, { input });
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  Object.assign(into, { id: registered.data.registerVolunteer.volunteer.id, phone: input.phone, password: input.password });
}

async function photo(name: string, seed: number): Promise<string> {
  const file = path.join(files, name);
  const colour = { r: (seed * 37) % 256, g: (Date.now() + seed) % 256, b: (seed * 91) % 256 };
  writeFileSync(
    file,
    await sharp({ create: { width: 640, height: 480, channels: 3, background: colour } })
      .jpeg()
      .toBuffer(),
  );
  return file;
}

async function browserAs(login: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser);
  const res = await opened.context.request.post(site.api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login, password } } },
  });
  expect(res.ok()).toBe(true);
  return opened;
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  coordinator = await signIn(server, DEMO.coordinator);
  await register(writer);
  await register(liker);
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  // The writer took part in an activity that is over, and the team recorded their time.
  project = await endedShifts(server, orm, coordinator, orgId, [{ id: writer.id, headers: await signIn(server, writer.phone, writer.password) }]);
  const [{ id: shiftId }] = await sql(`select id from shift where project_id = ?`, [project.projectId]);
  const recorded = await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: writer.id, minutes: 150 }] } }, coordinator);
  if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await server?.close();
  await orm?.close();
  rmSync(files, { recursive: true, force: true });
});

describe('a story, in the browser only', () => {
  it('the volunteer writes it from /account/ with two photos', async () => {
    const { context, page } = await browserAs(writer.phone, writer.password);
    await page.goto(`${site.product.url}/account/`);
    const card = page.locator('#write-story');
    await card.waitFor();
    await card.getByLabel('参加过的活动').selectOption(project.projectId);
    await card.getByLabel('标题').fill(title);
    await card.getByLabel('心得内容').fill(body);
    for (const [i, name] of ['beach-1.jpg', 'beach-2.jpg'].entries()) {
      await card.locator('input[type="file"]').setInputFiles(await photo(name, i + 1));
      await card.getByLabel(`第 ${i + 1} 张照片的说明`).waitFor({ timeout: 30_000 });
      await card.getByLabel(`第 ${i + 1} 张照片的说明`).fill(i === 0 ? '志愿者在沙滩上捡拾垃圾' : '分好类的二十多袋垃圾');
    }
    expect(await card.locator('.story-photo-item').count()).toBe(2);
    await expectNoAxeViolations(page, '#write-story');
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 1000 });
      await card.screenshot({ path: shots(`account-${width}`) });
    }
    await card.getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => card.locator('.form-status').textContent(), { timeout: 20_000 }).toContain('已提交，等待团队审核');
    const mine = card.locator('.story-item', { hasText: title });
    expect(await mine.textContent()).toContain('待审核');
    storyId = (await mine.getAttribute('data-story'))!;
    const [row] = await sql(`select status::text, (select count(*)::int from story_image where story_id = s.id) as photos from story s where id = ?`, [
      storyId,
    ]);
    expect(row).toEqual({ status: 'PENDING', photos: 2 });
    await context.close();
  });

  it('the coordinator approves it at /manage/stories/', async () => {
    const { context, page } = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/stories/?org=${orgId}`);
    const line = page.locator(`#manage-stories li[data-story="${storyId}"]`);
    await line.waitFor();
    expect(await line.textContent()).toContain(project.title);
    expect(await line.locator('.story-item-photos img').count()).toBe(2);
    await expectNoAxeViolations(page);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: shots(`manage-${width}`), fullPage: true });
    }
    await line.getByRole('button', { name: /通过并发布/ }).click();
    await expect.poll(() => page.locator('#manage-stories .form-status').first().textContent()).toContain('已发布');
    expect(await page.locator(`#manage-stories li[data-story="${storyId}"]`).count()).toBe(0);
    await page.goto(`${site.product.url}/en/manage/stories/?org=${orgId}`);
    await page.locator('#manage-stories-title').waitFor();
    expect(await page.locator('#manage-stories-title').textContent()).toBe('Stories to review');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('after the rebuild it is on /stories/, on its own page with its photos, and on the activity’s page', async () => {
    await expect
      .poll(async () => (await (await fetch(`${site.product.url}/stories/`)).text()).includes(title), { timeout: 200_000, interval: 2_000 })
      .toBe(true);
    expect(await (await fetch(`${site.product.url}/projects/${project.projectId}/`)).text()).toContain(title);
    const { context, page } = await newPage(browser);
    await page.goto(`${site.product.url}/stories/${storyId}/`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('.story-photo-grid img').count()).toBe(2);
    expect(await page.locator('.story-photo-grid img').first().getAttribute('alt')).toBe('志愿者在沙滩上捡拾垃圾');
    await page.getByRole('link', { name: '登录后点赞或举报' }).waitFor();
    await expectNoAxeViolations(page);
    for (const width of [390, 1024, 1280]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: shots(`story-${width}`), fullPage: true });
      // Eight sections in the menu: nothing wider than the screen.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    }
    for (const route of ['/stories/', '/en/stories/']) {
      await page.goto(`${site.product.url}${route}`);
      expect(await page.locator('main').textContent()).toContain(title);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: shots(`list${route.replaceAll('/', '-')}`), fullPage: true });
    }
    await context.close();
  }, 240_000);

  it('a second volunteer likes it once', async () => {
    const { context, page } = await browserAs(liker.phone, liker.password);
    await page.goto(`${site.product.url}/stories/${storyId}/`);
    const like = page.getByRole('button', { name: /点赞/ });
    await like.waitFor();
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    await like.click();
    await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-likes]').textContent()).toBe('1 人点赞');
    await expectNoAxeViolations(page);
    // Reloaded, the like stays, counted once.
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: /点赞/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-likes]').textContent()).toBe('1 人点赞');
    const [row] = await sql(`select like_count, (select count(*)::int from story_like where story_id = s.id) as likes from story s where id = ?`, [storyId]);
    expect(row).toEqual({ like_count: 1, likes: 1 });
    await context.close();
  }, 60_000);
});
