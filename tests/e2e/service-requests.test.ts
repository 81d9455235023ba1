// 供需对接 end to end in headless Chromium against the product as `npm start` runs it: a resident
// asks for help on the web, with the map point their phone gives; the ADMIN of the district's
// federation publishes the need from /manage/triage/; once the site is rebuilt it is on the
// public board, and the nearby page finds it; the demo team's coordinator claims it in
// /manage/requests/, makes an activity of it (the editor starts from the need), publishes it; a
// volunteer serves, the coordinator records the hours and marks the need done; the resident
// confirms and rates it in /account/. The contact never reaches any page the build writes.
// axe-core checks every page on the way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import { gql, testOrm, type BoundGql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
const resident = { phone: '', password: '' };
const federationAdmin = { phone: '', password: '' };
const volunteer = { id: '', headers: {} as Record<string, string> };
let teamId = '';
let requestId = '';
let projectId = '';
let shiftId = '';
/** Where the need is: the resident's phone gives it, the nearby page finds it from 300 m away. */
const NEED_POINT = { latitude: 20.0035, longitude: 110.308 };
const title = `独居老人陪伴${Date.now() % 1_000_000}`;
const contactName = '钱秀英';
const contactPhone = fakePhone();

async function browserAs(
  login: string,
  password: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser, options);
  const res = await opened.context.request.post(site.api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login, password } } },
  });
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

/** A new volunteer account: its login, password, id and API headers. */
async function register(): Promise<{ phone: string; password: string; id: string; headers: Record<string, string> }> {
  const input = fakeRegistration();
  const registered = await gql(site.api, REGISTER, { input });
  expect(registered.errors).toBeUndefined();
  const v = registered.data.registerVolunteer;
  return { phone: input.phone, password: input.password, id: v.volunteer.id, headers: { authorization: `Bearer ${v.token}` } };
}

/** The product's API, for the shared sign-in helper. */
const productApi: { gql: BoundGql } = { gql: (query, variables, headers) => gql(site.api, query, variables, headers) };

beforeAll(async () => {
  orm = await testOrm();
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
  Object.assign(resident, await register());
  Object.assign(volunteer, await register());
  const coordinator = await signIn(productApi, DEMO.coordinator);
  const me = await gql(site.api, `{ me { memberships(first: 10) { nodes { role organization { id } } } } }`, {}, coordinator);
  teamId = me.data.me.memberships.nodes.find((m: { role: string }) => m.role === 'COORDINATOR').organization.id;
  // The district's volunteer federation, approved by platform staff; its founder is its ADMIN.
  const founder = await register();
  Object.assign(federationAdmin, founder);
  const federation = await gql(
    site.api,
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name: `龙华区志愿者联合会${Date.now() % 1_000_000}`, kind: 'FEDERATION', district: '龙华区' } },
    founder.headers,
  );
  expect(federation.errors).toBeUndefined();
  const approved = await gql(
    site.api,
    `mutation($id: ID!) { approveOrganization(id: $id) { status } }`,
    { id: federation.data.registerOrganization.id },
    await signIn(productApi, DEMO.admin),
  );
  expect(approved.data.approveOrganization.status).toBe('APPROVED');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await orm?.close();
});

describe('a need from the web to a confirmed rating', () => {
  it('sends a signed-out visitor to sign in first', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${site.product.url}/requests/new/`);
    await page.waitForURL(/\/login\/\?next=%2Frequests%2Fnew%2F/);
    await context.close();
  });

  it('is asked for by a resident on the web', async () => {
    const { context, page } = await browserAs(resident.phone, resident.password, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      geolocation: NEED_POINT,
      permissions: ['geolocation'],
    });
    await page.goto(`${site.product.url}/requests/new/`);
    await page.getByLabel('需求标题').fill(title);
    await page.getByLabel('需要什么帮助').fill('社区里一位独居老人需要每周有人陪伴聊天、读报。');
    await page.getByLabel('类别').selectOption('ELDERLY');
    await page.getByLabel('需要志愿者人数').fill('2');
    await page.getByLabel('所在区县').fill('龙华区');
    await page.getByLabel('服务地点').fill('海口市龙华区城西镇某小区');
    // The phone gives the map point.
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await expect.poll(() => page.getByLabel('纬度').inputValue()).toBe(NEED_POINT.latitude.toFixed(6));
    expect(await page.getByLabel('经度').inputValue()).toBe(NEED_POINT.longitude.toFixed(6));
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

  it('is published on the board by the district federation’s ADMIN from /manage/triage/, is public after the rebuild and found nearby', async () => {
    const { context, page } = await browserAs(federationAdmin.phone, federationAdmin.password);
    await page.goto(`${site.product.url}/manage/triage/`);
    const item = page.locator(`#triage-queue li[data-request="${requestId}"]`);
    await item.waitFor();
    // The federation reads the contact in full.
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

    // Three hundred metres away, the nearby page lists the need beside the activities.
    const near = await newPage(browser, {
      geolocation: { latitude: NEED_POINT.latitude + 0.0027, longitude: NEED_POINT.longitude },
      permissions: ['geolocation'],
    });
    await near.page.goto(`${site.product.url}/nearby/`);
    await near.page.getByRole('button', { name: '用我的位置查找' }).click();
    const found = near.page.locator(`.nearby-need[data-request="${requestId}"]`);
    await found.waitFor({ timeout: 20_000 });
    expect(await found.locator('a').getAttribute('href')).toBe(`/requests/${requestId}/`);
    expect(await found.innerText()).toContain('约 300 米');
    await expectNoAxeViolations(near.page);
    await near.context.close();
  }, 240_000);

  it('is claimed by the demo team’s coordinator in /manage/requests/, who makes an activity of it from the need and publishes it', async () => {
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

    // The editor starts from the need: its words, place and map point, its first time, the two volunteers.
    await claimed.getByRole('link', { name: /为这项需求创建活动/ }).click();
    await page.waitForURL(/\/manage\/activities\/edit\/\?.*serviceRequest=/);
    await expect.poll(() => page.getByLabel('活动名称').inputValue()).toBe(title);
    expect(await page.locator('[data-answers]').getAttribute('data-answers')).toBe(requestId);
    expect(await page.getByLabel('所在区县').inputValue()).toBe('龙华区');
    expect(await page.getByLabel('活动地点').inputValue()).toBe('海口市龙华区城西镇某小区');
    expect(await page.getByLabel('纬度').inputValue()).toBe(String(NEED_POINT.latitude));
    expect(await page.getByLabel('服务类别').inputValue()).toBe('助老');
    expect(await page.locator('[data-shift-row]').first().getByLabel('名额', { exact: true }).inputValue()).toBe('2');
    await expectNoAxeViolations(page);
    await Promise.all([page.waitForURL(/\?id=prj_/), page.getByRole('button', { name: '保存草稿' }).click()]);
    projectId = new URL(page.url()).searchParams.get('id')!;
    await page.getByRole('link', { name: /返回活动列表/ }).click();
    await page.locator(`[data-activity="${projectId}"]`).getByRole('button', { name: /^发布/ }).click();
    await expect.poll(() => page.locator(`[data-activity="${projectId}"]`).getAttribute('data-status')).toBe('PUBLISHED');

    // Making the activity started the service.
    await page.goto(`${site.product.url}/manage/requests/?org=${teamId}`);
    await expect.poll(() => claimed.locator('.request-status').textContent()).toBe('服务中');
    await context.close();

    // The need's public page, once rebuilt, sends volunteers to the activity.
    const url = `${site.product.url}/requests/${requestId}/`;
    await expect.poll(async () => (await (await fetch(url)).text()).includes(`/projects/${projectId}/`), { timeout: 200_000, interval: 2_000 }).toBe(true);
  }, 300_000);

  it('is served: a volunteer signs up, the coordinator records the hours in /manage/hours/ and marks the need done', async () => {
    const project = await gql(site.api, `query($id: ID!) { project(id: $id) { shifts { id } } }`, { id: projectId });
    shiftId = project.data.project.shifts[0].id;
    const signed = await gql(site.api, `mutation($input: SignUpInput!) { signUp(input: $input) { status } }`, { input: { shiftId } }, volunteer.headers);
    expect(signed.data.signUp.status).toBe('CONFIRMED');
    // The shift took place: three hours, ending an hour ago.
    await orm.em
      .fork()
      .getConnection()
      .execute(`update shift set starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour' where id = ?`, [shiftId]);
    const minutes = async () => (await gql(site.api, `{ me { totalMinutes } }`, {}, volunteer.headers)).data.me.totalMinutes as number;
    expect(await minutes()).toBe(0);

    const { context, page } = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/hours/?org=${teamId}`);
    const shift = page.locator(`li[data-shift="${shiftId}"]`);
    await shift.waitFor();
    expect(await shift.locator(`li[data-volunteer="${volunteer.id}"]`).getByRole('checkbox').isChecked()).toBe(true);
    await shift.getByRole('button', { name: /^登记/ }).click();
    await expect.poll(() => page.locator(`li[data-shift="${shiftId}"]`).count()).toBe(0);
    expect(await minutes()).toBe(180);

    await page.goto(`${site.product.url}/manage/requests/?org=${teamId}`);
    const claimed = page.locator(`#manage-claimed-requests li[data-request="${requestId}"]`);
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
