// A contest (评比) from opening to published winners in headless Chromium, against the product
// as `npm start` runs it, and in the browser only: platform staff open it at /admin/contests/ with
// two categories and a judge; the team's coordinator nominates a member at /manage/contests/; a
// volunteer enters an essay at /contests/; staff accept the entries and open voting; volunteers
// vote (one vote per category); the judge scores; staff publish the results and make the winning
// volunteer a role model in one step. axe-core checks each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage, signedInPage } from '../helpers/browser.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let orgId: string;
let volunteerNumber: string;
let contestId: string;
const title = `学雷锋志愿服务评比 ${Date.now() % 10_000}`;
const shots = (name: string) => path.join(os.tmpdir(), `aixin-contests-${name}.png`);
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

const as = (login: string) => signedInPage(browser, site.api, login, DEMO_PASSWORD);

/** The organisers' desk with the contest opened. */
async function desk(page: Page): Promise<ReturnType<Page['locator']>> {
  await page.goto(`${site.product.url}/admin/contests/`);
  const item = page.locator(`li[data-contest="${contestId}"]`);
  await item.getByRole('button', { name: /管理/ }).click();
  await item.locator('.contest-manager').waitFor();
  return item;
}

beforeAll(async () => {
  orm = await testOrm();
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
  const res = await fetch(site.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`,
      variables: { i: { login: DEMO.volunteer, password: DEMO_PASSWORD } },
    }),
  });
  const token = ((await res.json()) as { data: { logIn: { token: string } } }).data.logIn.token;
  const me = await fetch(site.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ me { volunteerNumber } }` }),
  });
  volunteerNumber = ((await me.json()) as { data: { me: { volunteerNumber: string } } }).data.me.volunteerNumber;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await orm?.close();
});

describe('a contest from nomination to published winners, in the browser only', () => {
  it('platform staff open it with its categories and judge at /admin/contests/', async () => {
    const { context, page } = await as(DEMO.admin);
    await page.goto(`${site.product.url}/admin/contests/`);
    await page.getByLabel('评比名称').fill(title);
    await page.getByLabel('评比说明（评选范围、时间安排）').fill('评选年度优秀志愿者和优秀征文。');
    await page.getByLabel('大众投票占综合得分的比例（%）').fill('40');
    await page.getByRole('button', { name: '创建评比' }).click();
    await expect.poll(() => page.locator('.form-status').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('评比已创建')]));
    [{ id: contestId }] = await sql(`select id from contest where title = ?`, [title]);
    const item = page.locator(`li[data-contest="${contestId}"]`);
    await item.locator('.contest-manager').waitFor();
    const addCategory = async (name: string, kind: string, places: string) => {
      await item.getByLabel('奖项名称').fill(name);
      await item.getByLabel('参评类型').selectOption({ label: kind });
      await item.getByLabel('获奖名额').fill(places);
      await item.getByRole('button', { name: '添加奖项' }).click();
      await item.locator(`.contest-category h3:has-text("${name}")`).waitFor();
    };
    await addCategory('优秀志愿者', '团队推荐志愿者', '1');
    await addCategory('志愿故事征文', '志愿者投稿征文', '2');
    await item.getByLabel('评审的志愿者编号').fill(volunteerNumber);
    await item.getByRole('button', { name: '加入评审团' }).click();
    await expect.poll(() => item.locator('.contest-category').last().textContent()).toContain(volunteerNumber);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots('admin'), fullPage: true });
    await item.getByRole('button', { name: /进入下一阶段：推荐报名中/ }).click();
    await expect.poll(() => item.locator('.contest-phase').textContent()).toBe('推荐报名中');
    await context.close();
  });

  it('the team nominates a member at /manage/contests/, and a volunteer enters an essay at /contests/', async () => {
    const coordinator = await as(DEMO.coordinator);
    const { page } = coordinator;
    await page.goto(`${site.product.url}/manage/contests/?org=${orgId}`);
    const form = page.locator(`li[data-contest="${contestId}"]`);
    await form.getByLabel('推荐的志愿者（本团队成员的志愿者编号）').fill(volunteerNumber);
    await form.getByLabel('标题').fill('扎根社区的环保达人');
    await form.getByLabel('推荐理由').fill('三年来组织净滩活动 60 余次，带动 300 余名青年参与。');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: /推荐/ }).click();
    await expect.poll(() => form.locator('.form-status').textContent()).toContain('推荐已提交');
    await coordinator.context.close();

    const volunteer = await as(DEMO.volunteer);
    await volunteer.page.goto(`${site.product.url}/contests/`);
    await volunteer.page.getByRole('link', { name: title }).click();
    await volunteer.page.locator('.contest-title').waitFor();
    const essay = volunteer.page.locator('.contest-essay');
    await essay.getByLabel('标题').fill('海边的那个清晨');
    await essay.getByLabel('正文').fill('那天清晨，我们二十几个人沿着海岸线捡拾垃圾……');
    await expectNoAxeViolations(volunteer.page);
    await essay.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => essay.locator('.form-status').textContent()).toContain('已提交');
    await volunteer.context.close();
  });

  it('staff accept the entries and open voting; each volunteer has one vote per category', async () => {
    const { context, page } = await as(DEMO.admin);
    const item = await desk(page);
    for (const entry of ['扎根社区的环保达人', '海边的那个清晨']) {
      await item.getByRole('button', { name: new RegExp(`^通过\\W*${entry}$`) }).click();
      await expect.poll(() => item.locator(`li[data-entry]:has-text("${entry}") .manage-meta`).first().textContent()).toContain('已通过');
    }
    await item.getByLabel('投票截止时间').fill('2030-12-31T20:00');
    await item.getByRole('button', { name: /进入下一阶段：投票中/ }).click();
    await expect.poll(() => item.locator('.contest-phase').textContent()).toBe('投票中');
    await context.close();

    // Signed out, the page offers to sign in instead of a vote button.
    const anonymous = await newPage(browser);
    await anonymous.page.goto(`${site.product.url}/contests/?id=${contestId}`);
    await anonymous.page.getByRole('link', { name: '登录后投票' }).first().waitFor();
    await anonymous.context.close();

    for (const login of [DEMO.coordinator, DEMO.volunteer]) {
      const voter = await as(login);
      await voter.page.goto(`${site.product.url}/contests/?id=${contestId}`);
      const entry = voter.page.locator('.contest-entry', { hasText: '海边的那个清晨' });
      await entry.getByRole('button', { name: /投票/ }).click();
      await entry.locator('.contest-voted').waitFor();
      // The other entries of the category can no longer take this volunteer's vote.
      await voter.context.close();
    }
    const check = await as(DEMO.volunteer);
    await check.page.goto(`${site.product.url}/contests/?id=${contestId}`);
    const essay = check.page.locator('.contest-entry', { hasText: '海边的那个清晨' });
    await expect.poll(() => essay.locator('.contest-votes').textContent()).toBe('2 票');
    await expectNoAxeViolations(check.page);
    await check.page.screenshot({ path: shots('voting'), fullPage: true });
    await check.context.close();
    const [{ votes }] = await sql(`select count(*)::int as votes from contest_vote where contest_id = ?`, [contestId]);
    expect(votes).toBe(2);
  });

  it('the judge scores, staff publish the results and make the winner a role model', async () => {
    const admin = await as(DEMO.admin);
    let item = await desk(admin.page);
    await item.getByRole('button', { name: /进入下一阶段：评审中/ }).click();
    await expect.poll(() => item.locator('.contest-phase').textContent()).toBe('评审中');

    const judge = await as(DEMO.volunteer);
    await judge.page.goto(`${site.product.url}/contests/?id=${contestId}`);
    await judge.page.getByText('你是本次评比的评审').waitFor();
    for (const [entry, score] of [
      ['扎根社区的环保达人', '9'],
      ['海边的那个清晨', '8'],
    ]) {
      const li = judge.page.locator('.contest-entry', { hasText: entry });
      await li.getByLabel(/评审打分/).selectOption(score);
      await expect.poll(() => li.locator('.form-status').textContent()).toContain(`已打 ${score} 分`);
    }
    await expectNoAxeViolations(judge.page);
    await judge.context.close();

    item = await desk(admin.page);
    await item.getByRole('button', { name: /进入下一阶段：结果已公布/ }).click();
    await expect.poll(() => item.locator('.contest-phase').textContent()).toBe('结果已公布');
    const winner = item.locator('li[data-entry]', { hasText: '扎根社区的环保达人' });
    await winner.getByLabel('榜样姓名（公开）').fill('李海燕');
    await winner.getByRole('button', { name: /设为志愿榜样/ }).click();
    await expect.poll(() => winner.textContent()).toContain('已设为志愿榜样');
    await admin.context.close();
    const [{ name, status }] = await sql(`select name, status from role_model where name = '李海燕'`);
    expect({ name, status }).toEqual({ name: '李海燕', status: 'PUBLISHED' });

    // Anyone reads the results, in both languages.
    const reader = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await reader.page.goto(`${site.product.url}/contests/?id=${contestId}`);
    const results = reader.page.locator('.contest-results').first();
    await results.waitFor();
    expect(await results.locator('li').first().textContent()).toContain('第 1 名');
    expect(await results.locator('li').first().textContent()).toContain('获奖');
    await expectNoAxeViolations(reader.page);
    await reader.page.screenshot({ path: shots('results-390'), fullPage: true });
    await reader.page.goto(`${site.product.url}/en/contests/?id=${contestId}`);
    await reader.page.locator('.contest-results').first().waitFor();
    expect(await reader.page.locator('.contest-results li').first().textContent()).toContain('No. 1');
    await expectNoAxeViolations(reader.page);
    await reader.context.close();
  });
});
