// The editorial desk end to end in headless Chromium against the product as `npm start` runs it:
// a team's ADMIN writes news with the live preview and links one of the team's activities, then
// submits it; the parent federation's ADMIN returns it with a reason (in English, on a phone);
// the team reads the reason, edits and resubmits; the reviewer publishes it, and once the site is
// rebuilt the article is public and the activity's page lists it. Platform staff write and
// publish a role model from /admin/content/. axe-core checks every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let staff: Record<string, string>;
let fedAdmin: Person;
let teamAdmin: Person;
let federationId: string;
let teamId: string;
const project = { id: '', title: `海滩清洁${Date.now()}` };
const title = `海滩清洁活动进展${Date.now()}`;

interface Person {
  id: string;
  phone: string;
  password: string;
  headers: Record<string, string>;
}

async function person(): Promise<Person> {
  const input = fakeRegistration();
  const res = await server.gql(REGISTER, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const v = res.data.registerVolunteer;
  return { id: v.volunteer.id, phone: input.phone, password: input.password, headers: { authorization: `Bearer ${v.token}` } };
}

async function ok(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<any> {
  const res = await server.gql(query, variables, headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

async function organization(owner: Person, input: Record<string, unknown>, approver: Record<string, string>): Promise<string> {
  const { registerOrganization } = await ok(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name: `编辑部测试${Date.now()}${Math.random()}`.slice(0, 30), district: '龙华区', ...input } },
    owner.headers,
  );
  await ok(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id: registerOrganization.id }, approver);
  return registerOrganization.id;
}

async function browserAs(
  who: { phone: string; password: string },
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser, options);
  const res = await opened.context.request.post(site.api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login: who.phone, password: who.password } } },
  });
  expect(res.ok()).toBe(true);
  return opened;
}

const article = () => page(`[data-list="news"] li:has-text("${title}")`);
let teamPage: Page;
const page = (selector: string) => teamPage.locator(selector);

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  staff = await signIn(server, DEMO.admin);
  [fedAdmin, teamAdmin] = [await person(), await person()];
  federationId = await organization(fedAdmin, { kind: 'FEDERATION' }, staff);
  teamId = await organization(teamAdmin, { kind: 'NGO', parentId: federationId }, fedAdmin.headers);
  const startsAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
  const endsAt = new Date(Date.now() + 5 * 86_400_000 + 3 * 3_600_000).toISOString();
  const created = await ok(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    { input: { organizationId: teamId, title: project.title, summary: '清理海滩垃圾', district: '龙华区', shifts: [{ startsAt, endsAt, capacity: 20 }] } },
    teamAdmin.headers,
  );
  project.id = created.createProject.id;
  await ok(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: project.id }, teamAdmin.headers);
  // The site is built at start, with the activity's page.
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await server?.close();
  await orm?.close();
});

describe('news through review, in the browser only', () => {
  it('is written by the team ADMIN with a live preview, linked to an activity and submitted', async () => {
    const { context, page: p } = await browserAs(teamAdmin);
    teamPage = p;
    await p.goto(`${site.product.url}/manage/news/?org=${teamId}`);
    await p.getByRole('button', { name: '写资讯' }).click();
    await p.getByLabel('标题').fill(title);
    await p.getByLabel('标签（用逗号分隔）').fill('活动过程，龙华区');
    await p.getByLabel('相关活动（活动过程报道）').selectOption({ label: project.title });
    await p.getByLabel('正文（Markdown）').fill('## 进展\n\n已有**四十位**志愿者参加。\n\n- 清理垃圾\n- 分类回收');
    // Without a summary the API's error appears beside its field.
    await p.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => p.locator('#field-summary-error').textContent()).not.toBe('');
    expect(await p.getByLabel('摘要').getAttribute('aria-invalid')).toBe('true');
    await p.getByLabel('摘要').fill('四十位志愿者清理了假日海滩');
    // The live preview renders as the published page does.
    const preview = p.locator('[data-preview="live"]');
    await expect.poll(() => preview.locator('[data-preview-body] h2').textContent()).toBe('进展');
    expect(await preview.locator('[data-preview-body] strong').textContent()).toBe('四十位');
    expect(await preview.locator('.article-title').textContent()).toBe(title);
    expect(await preview.locator('.article-lead').textContent()).toBe('四十位志愿者清理了假日海滩');
    expect(await preview.innerText()).toContain(project.title);
    // The published page's stylesheet: the body's list markers in the house's red.
    expect(
      await preview
        .locator('[data-preview-body] li')
        .first()
        .evaluate((el) => (globalThis as any).getComputedStyle(el, '::marker').color),
    ).toBe('rgb(200, 16, 46)');
    await expectNoAxeViolations(p);
    await p.getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => article().locator('.manage-status').textContent()).toBe('审核中');
    expect(await p.locator('#manage-news .form-status').textContent()).toContain('已提交审核');
    await expectNoAxeViolations(p);
    await context.close();
  });

  it('is returned with a reason by the federation’s ADMIN, in English on a phone', async () => {
    const { context, page: p } = await browserAs(fedAdmin, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await p.goto(`${site.product.url}/en/manage/review/?org=${federationId}`);
    const item = p.locator(`[data-list="review"] li:has-text("${title}")`);
    await item.waitFor();
    // Read as it will look.
    expect(await item.locator('[data-preview-body] h2').textContent()).toBe('进展');
    expect(await item.innerText()).toContain('Team');
    // Nothing wider than the phone.
    expect(await p.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(p);
    await item.getByRole('button', { name: /^Return for changes/ }).click();
    expect(await item.locator('.field-error').last().textContent()).toBe('Say why it is returned');
    await item.getByLabel('Why it is returned (the team reads this)').fill('请补充现场照片和垃圾清运量');
    await item.getByRole('button', { name: /^Return for changes/ }).click();
    await expect.poll(() => p.locator('#review-queue .form-status').first().textContent()).toContain('is returned');
    expect(await p.locator(`[data-list="review"] li:has-text("${title}")`).count()).toBe(0);
    await expectNoAxeViolations(p);
    await context.close();
  });

  it('shows the team the reason; edited and resubmitted, the reviewer publishes it', async () => {
    const { context, page: p } = await browserAs(teamAdmin);
    teamPage = p;
    await p.goto(`${site.product.url}/manage/news/?org=${teamId}`);
    await expect.poll(() => article().locator('.manage-status').textContent()).toBe('已退回');
    expect(await article().locator('[data-returned-reason]').textContent()).toContain('请补充现场照片和垃圾清运量');
    await article().getByRole('button', { name: /^编辑/ }).click();
    expect(await p.locator('[data-returned-reason]').textContent()).toContain('请补充现场照片和垃圾清运量');
    await p.getByLabel('正文（Markdown）').fill('## 进展\n\n已有**四十位**志愿者参加，清运垃圾 **1.2 吨**。\n\n- 清理垃圾\n- 分类回收');
    await expect.poll(() => p.locator('[data-preview="live"] [data-preview-body]').innerText()).toContain('1.2 吨');
    await p.getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => article().locator('.manage-status').textContent()).toBe('审核中');
    await context.close();

    const reviewer = await browserAs(fedAdmin);
    const r = reviewer.page;
    await r.goto(`${site.product.url}/manage/review/?org=${federationId}`);
    const item = r.locator(`[data-list="review"] li:has-text("${title}")`);
    await item.waitFor();
    expect(await item.locator('[data-preview-body]').innerText()).toContain('1.2 吨');
    await expectNoAxeViolations(r);
    await item.getByRole('button', { name: '立即发布' }).click();
    await expect.poll(() => r.locator('#review-queue .form-status').first().textContent()).toContain('已发布');
    await reviewer.context.close();
  });

  it('is on the public site after the rebuild, and the activity’s page lists it', async () => {
    const desk = await ok(
      `query($org: ID) { newsDesk(organizationId: $org, first: 20) { nodes { slug title status isPublic } } }`,
      { org: teamId },
      teamAdmin.headers,
    );
    const published = desk.newsDesk.nodes.find((n: { title: string }) => n.title === title);
    expect(published).toMatchObject({ status: 'PUBLISHED', isPublic: true });
    const articleUrl = `${site.product.url}/news/${published.slug}/`;
    await expect.poll(async () => (await fetch(articleUrl)).status, { timeout: 200_000, interval: 2_000 }).toBe(200);
    const html = await (await fetch(articleUrl)).text();
    expect(html).toContain(title);
    expect(html).toContain(`href="/projects/${project.id}/"`);
    expect(html).toContain('<strong>1.2 吨</strong>');
    const projectHtml = await (await fetch(`${site.product.url}/projects/${project.id}/`)).text();
    expect(projectHtml).toContain('活动过程');
    expect(projectHtml).toContain(`href="/news/${published.slug}/"`);
    const { context, page: p } = await newPage(browser);
    await p.goto(`${site.product.url}/projects/${project.id}/`);
    await expectNoAxeViolations(p);
    await p.goto(articleUrl);
    await expectNoAxeViolations(p);
    await context.close();
  }, 240_000);
});

describe('platform staff, in the browser only', () => {
  it('write and publish a role model with an uploaded portrait from /admin/content/; it is on the public site after the rebuild', async () => {
    const name = `测试榜样${Date.now() % 100_000}`;
    const { context, page: p } = await browserAs({ phone: DEMO.admin, password: DEMO_PASSWORD });
    await p.goto(`${site.product.url}/admin/content/?tab=roleModels`);
    await p.getByRole('button', { name: '添加志愿榜样' }).click();
    await p.getByLabel('姓名').fill(name);
    await p.getByLabel('荣誉称号').fill('优秀志愿者');
    // Without a citation the API's error appears beside its field.
    await p.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => p.locator('#field-citation-error').textContent()).not.toBe('');
    await p.getByLabel('事迹（纯文本）').fill('十年如一日守护海滩。');
    // The portrait: a photo uploaded on the form, kept by its stable path.
    const portrait = path.join(mkdtempSync(path.join(os.tmpdir(), 'aixin-portrait-')), 'portrait.jpg');
    writeFileSync(
      portrait,
      await sharp({ create: { width: 900, height: 1200, channels: 3, background: { r: 180, g: 40, b: 60 } } })
        .jpeg()
        .toBuffer(),
    );
    await p.locator('.cover-field input[type="file"]').setInputFiles(portrait);
    await expect.poll(() => p.getByLabel('照片网址').inputValue(), { timeout: 30_000 }).toMatch(/^\/media\/[0-9a-f]{32}\.jpg$/);
    const portraitPath = await p.getByLabel('照片网址').inputValue();
    await expectNoAxeViolations(p);
    await p.getByRole('button', { name: '立即发布' }).click();
    const item = p.locator(`[data-list="roleModels"] li:has-text("${name}")`);
    await expect.poll(() => item.locator('.manage-status').textContent()).toBe('已发布');
    expect(await p.locator('#content-roleModels .form-status').textContent()).toContain('已发布');
    await expectNoAxeViolations(p);
    // The queue of the whole platform, and the desk of all news, pass axe too.
    await p.goto(`${site.product.url}/admin/content/`);
    await p.locator('[data-list="news"]').waitFor();
    await expectNoAxeViolations(p);
    await p.goto(`${site.product.url}/en/admin/review/`);
    await p.locator('#review-queue h2').waitFor();
    await expectNoAxeViolations(p);
    await context.close();
    await expect
      .poll(async () => (await (await fetch(`${site.product.url}/role-models/`)).text()).includes(name), { timeout: 200_000, interval: 2_000 })
      .toBe(true);
    // Shown as a responsive picture: AVIF and WebP renditions of the upload, with its size set.
    const page = await (await fetch(`${site.product.url}/role-models/`)).text();
    const at = page.indexOf(`src="${portraitPath}"`);
    expect(at, 'the portrait on the role models page').toBeGreaterThan(-1);
    const picture = page.slice(page.lastIndexOf('<picture', at), at);
    expect(picture).toContain('type="image/avif"');
    expect(picture).toContain('type="image/webp"');
    expect((await fetch(`${site.product.url}${portraitPath}`)).status).toBe(200);
  }, 240_000);
});
