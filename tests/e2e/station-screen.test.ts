// A station's screen (/screen/<station>/) in headless Chromium at 1920×1080 and 1080×1920: it
// shows the upcoming activities of the station's district with their places left and today's duty
// team (from the station's rota);
// when the API process stops, the screen keeps showing the last answer, marked with its time; when
// the API is started again on the same port, the screen picks up the changes by itself. The page's
// clock is Playwright's, so a minute of polling passes in an instant. Screenshots of both
// orientations go to the temporary directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { databaseUrl } from '../helpers/database.js';
import { startProduct, startSiteOnRunDatabase, type Product, type SiteProduct } from '../helpers/product.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let site: SiteProduct;
let browser: Browser;
let restarted: Product | undefined;
let dutyTeamId: string;
const slug = `test-screen-${Date.now() % 100_000}`;
const DISTRICT = '龙华区';
const TICK_MS = 12_000;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  const admin = await signIn(server, DEMO.admin);
  const [{ id: operatorId }] = await sql(`select id from organization where name = '共青团龙华区委'`);
  [{ id: dutyTeamId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  const created = await server.gql(
    `mutation($input: CreateStationInput!) { createStation(input: $input) { id } }`,
    {
      input: {
        operatorId,
        slug,
        name: '测试：滨海街道志愿服务站',
        address: '海口市龙华区滨海大道 88 号',
        district: DISTRICT,
        location: { lat: 20.0395, lng: 110.3201 },
        openingHours: '周一至周日 9:00–17:00',
        services: ['志愿者注册', '活动咨询'],
      },
    },
    admin,
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  // Today's duty (China date): the youth volunteers' association, four places.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const rota = await server.gql(
    `mutation($input: SetStationRotaInput!) { setStationRota(input: $input) { date } }`,
    { input: { stationId: created.data.createStation.id, lines: [{ date: today, teamId: dutyTeamId, startsAt: '09:00', endsAt: '17:00', places: 4 }] } },
    admin,
  );
  expect(rota.errors, JSON.stringify(rota.errors)).toBeUndefined();
  // The site is built with the station in it.
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await restarted?.stop();
  await site?.stop();
  await server?.close();
  await orm?.close();
});

/** The upcoming activities the screen should list (the island's own question). */
async function upcoming(): Promise<{ id: string; title: string }[]> {
  const res = await server.gql(
    `query($after: DateTime!, $d: String) { projects(first: 6, filter: { startsAfter: $after, district: $d }) { nodes { id title } } }`,
    {
      after: new Date().toISOString(),
      d: DISTRICT,
    },
  );
  return res.data.projects.nodes;
}

async function openScreen(width: number, height: number): Promise<Page> {
  const { page } = await newPage(browser, { viewport: { width, height } });
  page.setDefaultTimeout(15_000);
  await page.clock.install();
  await page.goto(`${site.product.url}/screen/${slug}/`);
  await page.locator('[data-slide="activities"] li').first().waitFor();
  return page;
}

describe('a station’s screen', () => {
  it('shows the station, its district’s upcoming activities with places left, and today’s duty, in both orientations', async () => {
    const expected = await upcoming();
    expect(expected.length).toBeGreaterThan(0);
    for (const [width, height] of [
      [1920, 1080],
      [1080, 1920],
    ]) {
      const page = await openScreen(width, height);
      await expect.poll(() => page.locator('h1').textContent()).toBe('测试：滨海街道志愿服务站');
      const titles = await page.locator('[data-slide="activities"] .screen-title').allTextContents();
      expect(titles).toEqual(expected.map((p) => p.title));
      expect(await page.locator('[data-slide="activities"] [data-remaining]').count()).toBeGreaterThan(0);
      // No header, footer or navigation; not for search engines.
      expect(await page.locator('nav, .site-header, .site-footer').count()).toBe(0);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
      // The slide fits the screen: nothing scrolls.
      const overflow = await page.evaluate<boolean>('document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth');
      expect(overflow).toBe(false);
      await page.screenshot({ path: path.join(os.tmpdir(), `aixin-screen-${width}x${height}-activities.png`), animations: 'disabled' });
      // The next slide is today's duty team, with its places.
      await page.clock.runFor(TICK_MS);
      await expect.poll(() => page.locator('[data-slide="duty"]').isVisible()).toBe(true);
      expect(await page.locator('[data-slide="duty"] .screen-team').textContent()).toBe('龙华区青年志愿者协会');
      expect(await page.locator('[data-slide="duty"]').textContent()).toContain('已报名 0 / 4 人');
      await page.screenshot({ path: path.join(os.tmpdir(), `aixin-screen-${width}x${height}-duty.png`), animations: 'disabled' });
      await page.clock.runFor(TICK_MS);
      await expect.poll(() => page.locator('[data-slide="figures"]').isVisible()).toBe(true);
      await page.screenshot({ path: path.join(os.tmpdir(), `aixin-screen-${width}x${height}-figures.png`), animations: 'disabled' });
      await page.close();
    }
  });

  it('keeps showing the last answer while the API is down, and updates itself when it is back on the same port', async () => {
    const page = await openScreen(1920, 1080);
    const places = page.locator('[data-slide="activities"] [data-shift]').first();
    const shiftId = (await places.getAttribute('data-shift'))!;
    const before = Number(await places.getAttribute('data-remaining'));
    const titles = await page.locator('[data-slide="activities"] .screen-title').allTextContents();

    await site.product.stop();
    // A minute of the screen's life: it asks again, fails, and keeps what it had.
    await page.clock.runFor(5 * TICK_MS);
    await expect.poll(() => page.locator('main').getAttribute('data-stale'), { timeout: 20_000 }).toBe('true');
    expect(await page.locator('[data-slide="activities"] .screen-title').allTextContents()).toEqual(titles);
    expect(await page.locator('.screen-updated').textContent()).toMatch(/更新于 \d\d:\d\d/);
    // One kept answer for the station, whatever the number of polls.
    expect(await page.evaluate<string[]>('Object.keys(localStorage)')).toEqual([`aixin-screen:${slug}`]);

    // Meanwhile three more places open on the first activity shown.
    await sql(`update shift set capacity = capacity + 3 where id = ?`, [shiftId]);
    const port = new URL(site.product.url).port;
    const key = readFileSync(path.join(inject('dataDir'), 'data-key'), 'utf8').trim();
    restarted = await startProduct({ DATABASE_URL: databaseUrl(), AIXIN_DATA_DIR: site.dataDir, AIXIN_DATA_KEY: key, AIXIN_BUILD_SITE: '0', PORT: port });
    await restarted.waitFor(/Aixin 爱心 is running/, 120_000);

    await page.clock.runFor(TICK_MS);
    await expect.poll(() => page.locator('main').getAttribute('data-stale'), { timeout: 20_000 }).toBeNull();
    await expect.poll(() => page.locator(`[data-shift="${shiftId}"]`).getAttribute('data-remaining')).toBe(String(before + 3));
    await page.screenshot({ path: path.join(os.tmpdir(), 'aixin-screen-recovered.png'), animations: 'disabled' });
    await page.close();
  });
});
