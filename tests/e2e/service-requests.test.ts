// 供需对接 end to end in headless Chromium against the product as `npm start` runs it: a resident
// asks for help on the web; platform staff publish the need from /admin/requests/; once the site is
// rebuilt it is on the public board; the demo team's coordinator claims it in /manage/requests/ and
// marks it done; the resident confirms and rates it in /account/. The contact never reaches any
// page the build writes. axe-core checks every page on the way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
const resident = { phone: '', password: '' };
let teamId = '';
let requestId = '';
const title = `独居老人陪伴${Date.now() % 1_000_000}`;
const contactName = '钱秀英';
const contactPhone = fakePhone();

async function browserAs(login: string, password: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser, options);
  const res = await opened.context.request.post(site.api, { data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login, password } } } });
  expect(res.ok()).toBe(true);
  return opened;
}

/** Every text file of the product's site builds. */
function builtText(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...builtText(file));
    else if (/\.(html|xml|json|txt|js|css)$/.test(name)) out.push(readFileSync(file, 'utf8'));
  }
  return out;
}

beforeAll(async () => {
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
  const input = fakeRegistration();
  const registered = await gql(site.api, REGISTER, { input });
  expect(registered.errors).toBeUndefined();
  Object.assign(resident, { phone: input.phone, password: input.password });
  const login = await gql(site.api, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: DEMO.coordinator, password: DEMO_PASSWORD } });
  const me = await gql(site.api, `{ me { memberships(first: 10) { nodes { role organization { id } } } } }`, {}, { authorization: `Bearer ${login.data.logIn.token}` });
  teamId = me.data.me.memberships.nodes.find((m: { role: string }) => m.role === 'COORDINATOR').organization.id;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('a need from the web to a confirmed rating', () => {
  it('sends a signed-out visitor to sign in first', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${site.product.url}/requests/new/`);
    await page.waitForURL(/\/login\/\?next=%2Frequests%2Fnew%2F/);
    await context.close();
  });

  it('is asked for by a resident on the web', async () => {
    const { context, page } = await browserAs(resident.phone, resident.password, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.product.url}/requests/new/`);
    await page.getByLabel('需求标题').fill(title);
    await page.getByLabel('需要什么帮助').fill('社区里一位独居老人需要每周有人陪伴聊天、读报。');
    await page.getByLabel('类别').selectOption('ELDERLY');
    await page.getByLabel('需要志愿者人数').fill('2');
    await page.getByLabel('所在区县').fill('龙华区');
    await page.getByLabel('服务地点').fill('海口市龙华区城西镇某小区');
    const day = (n: number) => new Date(Date.now() + n * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await page.getByLabel('开始时间').fill(`${day(3)}T09:00`);
    await page.getByLabel('结束时间').fill(`${day(30)}T11:00`);
    await page.getByLabel('联系人').fill(contactName);
    // A wrong phone is refused beside its field.
    await page.getByLabel('联系电话').fill('12345');
    await page.getByRole('button', { name: '提交需求' }).click();
    await expect.poll(() => page.locator('#field-contactPhone-error').textContent()).not.toBe('');
    await page.getByLabel('联系电话').fill(contactPhone);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '提交需求' }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toContain('需求已提交');
    await page.goto(`${site.product.url}/account/`);
    const item = page.locator(`#my-service-requests li:has-text("${title}")`);
    await expect.poll(() => item.locator('.request-status').textContent()).toBe('待审核');
    requestId = (await item.getAttribute('data-request'))!;
    await expectNoAxeViolations(page);
    await context.close();
  }, 120_000);

  it('is published on the board by platform staff from /admin/requests/, and is public after the rebuild', async () => {
    const { context, page } = await browserAs(DEMO.admin, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/admin/requests/`);
    const item = page.locator(`#triage-queue li[data-request="${requestId}"]`);
    await item.waitFor();
    // Staff read the contact in full.
    expect(await item.innerText()).toContain(contactPhone);
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: /发布到需求广场/ }).click();
    await expect.poll(() => page.locator('.form-status').first().textContent()).toContain('已发布到需求广场');
    await context.close();

    const url = `${site.product.url}/requests/${requestId}/`;
    await expect.poll(async () => (await fetch(url)).status, { timeout: 200_000, interval: 2_000 }).toBe(200);
    const board = await (await fetch(`${site.product.url}/requests/`)).text();
    expect(board).toContain(title);
    for (const html of [board, await (await fetch(url)).text(), await (await fetch(`${site.product.url}/en/requests/`)).text()]) {
      expect(html).not.toContain(contactPhone);
      expect(html).not.toContain(contactName);
    }
    const reader = await newPage(browser);
    for (const p of ['/requests/', `/requests/${requestId}/`, '/en/requests/', `/en/requests/${requestId}/`]) {
      await reader.page.goto(`${site.product.url}${p}`);
      await expectNoAxeViolations(reader.page);
    }
    await reader.context.close();
  }, 240_000);

  it('is claimed by the demo team’s coordinator in /manage/requests/ and marked done', async () => {
    const { context, page } = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/requests/?org=${teamId}`);
    const open = page.locator(`#manage-request-board li[data-request="${requestId}"]`);
    await open.waitFor();
    await open.getByLabel('带去的志愿者人数').fill('2');
    await expectNoAxeViolations(page);
    await open.getByRole('button', { name: /认领/ }).click();
    const claimed = page.locator(`#manage-claimed-requests li[data-request="${requestId}"]`);
    await expect.poll(() => claimed.locator('.request-status').textContent()).toBe('已认领');
    // A coordinator reads the contact masked; the team's ADMINs read it in full.
    expect(await claimed.innerText()).toContain(`${contactPhone.slice(0, 3)}****${contactPhone.slice(-4)}`);
    expect(await claimed.innerText()).not.toContain(contactPhone);
    await claimed.getByRole('button', { name: /标记完成/ }).click();
    await expect.poll(() => claimed.locator('.request-status').textContent()).toBe('已完成');
    await expectNoAxeViolations(page);
    await context.close();
  }, 120_000);

  it('is confirmed and rated by the resident in /account/, and no build carries the contact', async () => {
    const { context, page } = await browserAs(resident.phone, resident.password);
    await page.goto(`${site.product.url}/account/`);
    const item = page.locator(`#my-service-requests li[data-request="${requestId}"]`);
    await expect.poll(() => item.locator('.request-status').textContent()).toBe('已完成');
    // The inbox said a team claimed it and that it is done.
    expect(await page.locator('#messages').innerText()).toContain(`需求已完成：“${title}”`);
    await item.getByLabel('评分（1–5 分）').selectOption('4');
    await item.getByLabel('评价（选填）').fill('志愿者很耐心，老人很开心');
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: '确认完成' }).click();
    await expect.poll(() => item.locator('.request-status').textContent()).toBe('已确认');
    expect(await item.innerText()).toContain('你的评分：4 / 5');
    await context.close();

    // The rebuilt page shows the score, never a name or the contact.
    const url = `${site.product.url}/requests/${requestId}/`;
    await expect.poll(async () => (await (await fetch(url)).text()).includes('求助方评分：4 / 5'), { timeout: 200_000, interval: 2_000 }).toBe(true);
    const built = builtText(site.dataDir).join('\n');
    expect(built).toContain(title);
    expect(built).not.toContain(contactPhone);
    expect(built).not.toContain(contactName);
  }, 240_000);
});
