// The teams' map on /organizations/ in headless Chromium, every request to anything but the local
// site refused: the schematic map is drawn at build time with a dot per located organisation; the
// district and kind filters hide and show the dots and the directory's entries together; the
// nearest organisations to a chosen district are listed nearest first; volunteer stations are
// squares among the dots. axe-core checks the page;
// screenshots at phone and desktop widths go to the temporary directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { newPage, siteInChromium } from '../helpers/browser.js';

let env: Awaited<ReturnType<typeof siteInChromium>>;
let page: Page;
const outside: string[] = [];
let located: { id: string; name: string; district: string | null; kind: string | null; location: { lat: number; lng: number } }[];
const stationName = `测试：金牛岭志愿服务站${Date.now() % 10_000}`;

beforeAll(async () => {
  // A station, before the site is built.
  const orm = await testOrm();
  const server = await testServer(orm);
  try {
    const admin = await signIn(server, DEMO.admin);
    const [{ id: operatorId }] = await orm.em.fork().getConnection().execute(`select id from organization where name = '龙华区青年志愿者协会'`);
    const created = await server.gql(
      `mutation($input: CreateStationInput!) { createStation(input: $input) { id } }`,
      {
        input: {
          operatorId,
          slug: `test-map-station-${Date.now() % 100_000}`,
          name: stationName,
          address: '海口市龙华区金牛路 1 号',
          district: '龙华区',
          location: { lat: 20.0071, lng: 110.3231 },
          openingHours: '周一至周五 9:00–17:00',
          services: ['志愿者注册'],
        },
      },
      admin,
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  } finally {
    await server.close();
    await orm.close();
  }
  env = await siteInChromium();
  const res = await env.api(`{ organizations(first: 100) { nodes { id name district kind location { lat lng } } } }`);
  located = res.data.organizations.nodes.filter((o: { location: unknown }) => o.location);
  ({ page } = await newPage(env.browser));
  page.setDefaultTimeout(10_000);
  const origin = new URL(env.site.product.url).origin;
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
}, 300_000);

afterAll(async () => {
  await env?.close();
});

const dots = (p: Page) => p.locator('[data-team-map] svg circle[data-place]');
const visibleDots = (p: Page) => p.locator('[data-team-map] svg circle[data-place]:not(.map-off)');

describe('the teams’ map', () => {
  it('draws a dot with a title for every organisation with a location, at build time', async () => {
    await page.goto(`${env.site.product.url}/organizations/`);
    expect(located.length).toBeGreaterThanOrEqual(10);
    await expect.poll(() => dots(page).count()).toBe(located.length);
    for (const o of located) {
      await expect.poll(() => page.locator(`[data-place="${o.id}"] title`).textContent()).toContain(o.name);
    }
    // District names at their centroids, and the dots inside the drawing.
    const districts = [...new Set(located.map((o) => o.district).filter(Boolean))];
    for (const d of districts) await expect.poll(() => page.locator('[data-team-map] svg text', { hasText: d! }).count()).toBe(1);
    // Stations are squares, stations of other tests included.
    const stations = (await env.api(`{ stations { name location { lat } } }`)).data.stations.filter((x: { location: unknown }) => x.location);
    await expect.poll(() => page.locator('[data-team-map] svg rect[data-place]').count()).toBe(stations.length);
    await expect
      .poll(() => page.locator('[data-team-map] svg rect[data-kind="STATION"] title').allTextContents())
      .toContain(`${stationName} · 志愿服务站 · 龙华区`);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(os.tmpdir(), 'aixin-team-map-1280.png'), fullPage: true });
  });

  it('hides and shows the dots and the directory’s entries by district and by kind', async () => {
    const district = located[0].district!;
    const inDistrict = located.filter((o) => o.district === district).length;
    await page.selectOption('select[data-filter="district"]', district);
    await expect.poll(() => visibleDots(page).count()).toBe(inDistrict);
    await expect.poll(() => page.locator('[data-directory] section[data-district]:not(.map-off)').count()).toBe(1);
    await expect(page.locator('.team-shown').textContent()).resolves.toMatch(/显示 \d+ 个组织/);

    const kind = located.find((o) => o.district === district && o.kind)!.kind!;
    await page.selectOption('select[data-filter="kind"]', kind);
    await expect.poll(() => visibleDots(page).count()).toBe(located.filter((o) => o.district === district && o.kind === kind).length);
    for (const li of await page.locator('[data-directory] li[data-kind]:not(.map-off)').all()) {
      expect(await li.getAttribute('data-kind')).toBe(kind);
    }

    await page.selectOption('select[data-filter="district"]', '');
    await page.selectOption('select[data-filter="kind"]', '');
    await expect.poll(() => visibleDots(page).count()).toBe(located.length);
  });

  it('lists the organisations nearest to a chosen district, nearest first', async () => {
    const district = located[0].district!;
    const members = located.filter((o) => o.district === district);
    const middle = {
      lat: members.reduce((s, o) => s + o.location.lat, 0) / members.length,
      lng: members.reduce((s, o) => s + o.location.lng, 0) / members.length,
    };
    const res = await env.api(`query($near: NearInput!) { organizations(first: 5, filter: { near: $near }) { nodes { name } } }`, {
      near: { ...middle, radiusKm: 100 },
    });
    const expected = res.data.organizations.nodes.map((o: { name: string }) => o.name);
    expect(expected.length).toBe(5);
    await page.selectOption('#team-from', district);
    await page.getByRole('button', { name: '查找' }).click();
    const list = page.locator('[data-nearest] li');
    await expect.poll(() => list.count()).toBe(5);
    expect(await page.locator('[data-nearest] h3').allTextContents()).toEqual(expected);
    const distances = (await page.locator('[data-nearest] .nearby-distance').allTextContents()).map((t) => parseFloat(t) * (t.includes('公里') ? 1000 : 1));
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('reads well on a phone, and asked nothing of any other origin', async () => {
    const { page: phone } = await newPage(env.browser, { viewport: { width: 390, height: 844 }, isMobile: true });
    const origin = new URL(env.site.product.url).origin;
    await phone.route('**/*', (route) => {
      if (new URL(route.request().url()).origin === origin) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    await phone.goto(`${env.site.product.url}/organizations/`);
    await expect.poll(() => dots(phone).count()).toBe(located.length);
    const width = await phone.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(os.tmpdir(), 'aixin-team-map-390.png'), fullPage: true });
    expect(outside).toEqual([]);
  });
});
