// 志愿者风采 end to end in headless Chromium against the product as `npm start` runs it: a volunteer
// with a published story switches their public page on from /account/ (settings), opens it and
// sees their name, hours, team and story; their story's page then names them with a link to it;
// switched off, the page says it is not public. axe-core checks each page; screenshots at phone
// and desktop widths go to the temporary directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage, signedInPage } from '../helpers/browser.js';
import { endedShifts, RECORD } from '../helpers/ledger.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let storyId: string;
const writer = { id: '', number: '', displayName: '', phone: '', password: '' };
const title = `社区里的一个下午${Date.now() % 10_000}`;
const shots = (name: string) => path.join(os.tmpdir(), `aixin-profiles-${name}.png`);
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

const browserAs = (login: string, password: string) => signedInPage(browser, site.api, login, password);

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  const coordinator = await signIn(server, DEMO.coordinator);
  const input = fakeRegistration();
  const registered = await server.gql(REGISTER, { input });
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  const { volunteer } = registered.data.registerVolunteer;
  Object.assign(writer, {
    id: volunteer.id,
    number: volunteer.volunteerNumber,
    displayName: volunteer.displayName,
    phone: input.phone,
    password: input.password,
  });
  const [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  await sql(`insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'MEMBER')`, [newId('mem'), orgId, writer.id]);
  // The writer took part in an activity, the team recorded their time, and published their story.
  const headers = await signIn(server, writer.phone, writer.password);
  const project = await endedShifts(server, orm, coordinator, orgId, [{ id: writer.id, headers }]);
  const recorded = await server.gql(RECORD, { input: { shiftId: project.shiftIds[0], entries: [{ volunteerId: writer.id, minutes: 90 }] } }, coordinator);
  if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
  const written = await server.gql(
    `mutation($input: WriteStoryInput!) { writeStory(input: $input) { id } }`,
    {
      input: { projectId: project.projectId, title, body: '我们陪社区里的老人聊天、量血压，一个下午很快就过去了。' },
    },
    headers,
  );
  if (written.errors) throw new Error(JSON.stringify(written.errors));
  storyId = written.data.writeStory.id;
  const reviewed = await server.gql(
    `mutation($input: ReviewStoryInput!) { reviewStory(input: $input) { id } }`,
    { input: { id: storyId, approve: true } },
    coordinator,
  );
  if (reviewed.errors) throw new Error(JSON.stringify(reviewed.errors));
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await server?.close();
  await orm?.close();
});

describe('a public volunteer page, in the browser only', () => {
  it('is off until the volunteer switches it on from /account/, then shows their hours, team and story', async () => {
    const { context, page } = await browserAs(writer.phone, writer.password);
    await page.goto(`${site.product.url}/volunteers/?n=${writer.number}`);
    await page.getByText('这位志愿者的主页没有公开。').waitFor();

    await page.goto(`${site.product.url}/account/`);
    await page.getByRole('link', { name: /我的公开主页/ }).click();
    const part = page.locator('#settings-public');
    const toggle = part.getByRole('switch', { name: '公开我的志愿者主页' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await expectNoAxeViolations(page, '#settings-public');
    await toggle.check();
    await expect.poll(() => part.locator('.form-status').textContent()).toContain('已公开你的主页。');
    expect(await sql(`select public_profile from volunteer where id = ?`, [writer.id])).toEqual([{ public_profile: true }]);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 1000 });
      await part.screenshot({ path: shots(`settings-${width}`) });
    }

    await part.getByRole('link', { name: '查看我的公开主页' }).click();
    await page.waitForURL(/\/volunteers\/\?n=/);
    const profile = page.locator('.volunteer-profile');
    await profile.waitFor();
    expect(await profile.locator('h2').textContent()).toBe(writer.displayName);
    const text = (await profile.textContent())!;
    expect(text).toContain(writer.number);
    expect(text).toContain('1.5 小时');
    expect(text).toContain('龙华区青年志愿者协会');
    expect(text).not.toContain('测试志愿者');
    expect(text).not.toContain(writer.phone.slice(-4));
    await expectNoAxeViolations(page);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: shots(`page-${width}`), fullPage: true });
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    }
    await profile.getByRole('link', { name: title }).click();
    await page.waitForURL(new RegExp(`/stories/${storyId}/$`));
    expect(await page.locator('h1').textContent()).toBe(title);

    await page.goto(`${site.product.url}/en/volunteers/?n=${writer.number}`);
    await page.locator('.volunteer-profile').waitFor();
    expect(await page.locator('.volunteer-profile').textContent()).toContain('1.5 hours');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('once the site is rebuilt, the story’s page links its writer’s public page', async () => {
    await expect
      .poll(async () => (await (await fetch(`${site.product.url}/stories/${storyId}/`)).text()).includes(`/volunteers/?n=${writer.number}`), {
        timeout: 200_000,
        interval: 2_000,
      })
      .toBe(true);
    const { context, page } = await newPage(browser);
    await page.goto(`${site.product.url}/stories/${storyId}/`);
    const author = page.locator(`.article-meta a[href="/volunteers/?n=${writer.number}"]`);
    expect(await author.textContent()).toContain(writer.displayName);
    await author.click();
    await page.locator('.volunteer-profile').waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  }, 240_000);

  it('switched off, the page says it is not public', async () => {
    const { context, page } = await browserAs(writer.phone, writer.password);
    await page.goto(`${site.product.url}/account/settings/`);
    const part = page.locator('#settings-public');
    const toggle = part.getByRole('switch', { name: '公开我的志愿者主页' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => part.locator('.form-status').textContent()).toContain('已关闭公开主页。');
    await page.goto(`${site.product.url}/volunteers/?n=${writer.number}`);
    await page.getByText('这位志愿者的主页没有公开。').waitFor();
    expect(await page.locator('main').textContent()).not.toContain(title);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots('off'), fullPage: true });
    await page.goto(`${site.product.url}/en/volunteers/?n=${writer.number}`);
    await page.getByText("This volunteer's page is not public.").waitFor();
    await context.close();
  });
});
