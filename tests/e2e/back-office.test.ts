// The back office end to end in headless Chromium against the product as `npm start` runs it:
// the demo coordinator creates a weekly activity, publishes it, sees sign-ups arrive, shows the
// check-in code at the door (a volunteer's phone opens its QR code, another types the code),
// marks attendance, records a walk-in's hours and imports a year of old records from an XLSX file;
// a new team registers on the web and its parent federation returns it, then approves it; a
// volunteer asks to join on the team's page and is accepted (in English, on a phone). axe-core
// checks every back-office page it passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { IMPORT_TEMPLATE_COLUMNS, toXlsx } from '../../api/src/modules/ledger/ledger-export.js';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { endedShifts } from '../helpers/ledger.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let coordinator: Record<string, string>;
let orgId: string;
let orgSlug: string;
const files = mkdtempSync(path.join(os.tmpdir(), 'aixin-back-office-'));
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
const api = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => gql(site.api, query, variables, headers);

interface Person {
  id: string;
  number: string;
  phone: string;
  password: string;
  realName: string;
  headers: Record<string, string>;
}

async function person(realName: string): Promise<Person> {
  const input = fakeRegistration({ realName });
  const res = await server.gql(REGISTER, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const v = res.data.registerVolunteer;
  return {
    id: v.volunteer.id,
    number: v.volunteer.volunteerNumber,
    phone: input.phone,
    password: input.password,
    realName,
    headers: { authorization: `Bearer ${v.token}` },
  };
}

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

const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  coordinator = await signIn(server, DEMO.coordinator);
  [{ id: orgId, slug: orgSlug }] = await sql<{ id: string; slug: string }>(`select id, slug from organization where name = '龙华区青年志愿者协会'`);
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

describe('the demo coordinator, in the browser only', () => {
  it('creates a weekly activity with a field error shown beside its field, previews and publishes it', async () => {
    const { context, page } = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/activities/edit/`);
    const title = `每周六海滩清洁${Date.now()}`;
    await page.getByLabel('活动名称').fill(title);
    await page.getByLabel('每周重复').check();
    // The first Saturday at least three days away, in China time.
    const first = new Date(Date.now() + 3 * 86_400_000 + 8 * 3_600_000);
    first.setUTCDate(first.getUTCDate() + ((6 - first.getUTCDay() + 7) % 7));
    const firstDate = first.toISOString().slice(0, 10);
    await page.getByLabel('首次日期').fill(firstDate);
    await page.getByLabel('连续周数').fill('8');
    await page.getByRole('button', { name: '保存草稿' }).click();
    // No summary: the API's error appears beside that field.
    await expect.poll(() => page.locator('#field-summary-error').textContent()).not.toBe('');
    expect(await page.getByLabel('一句话简介').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('一句话简介').fill('清理海滩垃圾，守护蓝色海湾');
    await page.getByLabel('详细介绍（支持 Markdown）').fill('每周六上午在假日海滩清理垃圾。\n\n请穿运动鞋。');
    await Promise.all([page.waitForURL(/\?id=prj_/), page.getByRole('button', { name: '保存草稿' }).click()]);
    // Saving made the eight Saturdays' shifts, now rows of the draft.
    await expect.poll(() => page.locator('[data-shift-row]').count()).toBe(8);
    const id = new URL(page.url()).searchParams.get('id')!;
    const shifts = (await api(`query($id: ID!) { project(id: $id) { status shifts { startsAt } } }`, { id }, coordinator)).data.project;
    expect(shifts.status).toBe('DRAFT');
    expect(shifts.shifts.map((s: { startsAt: string }) => s.startsAt.slice(0, 16))).toEqual(
      Array.from({ length: 8 }, (_, w) => `${new Date(Date.parse(`${firstDate}T01:00:00Z`) + w * 7 * 86_400_000).toISOString().slice(0, 16)}`),
    );
    await page.getByRole('button', { name: '预览' }).click();
    expect(await page.locator('[data-state="preview"] h1').textContent()).toBe(title);
    expect(await page.locator('[data-state="preview"]').innerText()).toContain('请穿运动鞋。');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /返回活动列表/ }).click();
    const item = page.locator(`[data-activity="${id}"]`);
    await item.getByRole('button', { name: new RegExp(`^发布`) }).click();
    await expect.poll(() => page.locator(`[data-activity="${id}"]`).getAttribute('data-status')).toBe('PUBLISHED');
    expect(await page.locator('#manage-activities .form-status').first().textContent()).toContain(`“${title}”已发布`);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('sees sign-ups arrive, shows the code at the door, and checks volunteers in three ways', async () => {
    const [qr, typer, present] = [await person('扫码者'), await person('输码者'), await person('到场者')];
    const created = await api(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: { organizationId: orgId, title: `社区义诊${Date.now()}`, summary: '为居民测血压', shifts: [{ startsAt: at(0.5), endsAt: at(3), capacity: 10 }] },
      },
      coordinator,
    );
    const shiftId = created.data.createProject.shifts[0].id;
    await api(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.data.createProject.id }, coordinator);
    for (const p of [qr, typer, present]) await api(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { id } }`, { s: shiftId }, p.headers);

    const { context, page } = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/attendance/?shift=${shiftId}`);
    const roster = page.locator(`[data-roster="${shiftId}"]`);
    await roster.waitFor();
    expect(await roster.locator('tbody tr').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('扫码者'), expect.stringContaining('输码者'), expect.stringContaining('到场者')]),
    );
    const csv = await context.request.get(`${site.product.url}${await roster.getByRole('link', { name: '下载名单（CSV）' }).getAttribute('href')}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('到场者');
    await expectNoAxeViolations(page);

    await roster.getByRole('link', { name: '打开签到屏' }).click();
    const code = (await page.locator('[data-field="checkInCode"]').textContent())!;
    expect(code).toMatch(/^\d{6}$/);
    const qrUrl = (
      await api(`query($id: ID!) { node(id: $id) { ... on Shift { checkInCode(origin: "${site.product.url}") { qrPayload } } } }`, { id: shiftId }, coordinator)
    ).data.node.checkInCode.qrPayload;
    expect(qrUrl).toBe(`${site.product.url}/checkin/?shift=${shiftId}&code=${code}`);
    await expectNoAxeViolations(page);

    // A phone's camera opens the QR code's address: checked in at once.
    const phone = await browserAs(qr.phone, qr.password, { viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.page.goto(qrUrl);
    await expect.poll(() => phone.page.locator('.form-status').textContent()).toContain('签到成功');
    await expectNoAxeViolations(phone.page);
    await phone.context.close();
    // Another types the code.
    const other = await browserAs(typer.phone, typer.password);
    await other.page.goto(`${site.product.url}/checkin/`);
    await other.page.locator(`[data-checkin="${shiftId}"]`).getByLabel('签到码（6 位数字）').fill(code);
    await other.page.locator(`[data-checkin="${shiftId}"]`).getByRole('button', { name: '签到' }).click();
    await expect.poll(() => other.page.locator('.form-status').textContent()).toContain('签到成功');
    await other.context.close();
    // The coordinator marks the third present at the door.
    await page.goto(`${site.product.url}/manage/attendance/?shift=${shiftId}`);
    const row = page.locator(`[data-roster="${shiftId}"] tr`, { hasText: '到场者' });
    await row.getByRole('button', { name: /^到场/ }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('ATTENDED');
    const statuses = await sql<{ volunteer_id: string; status: string }>(`select volunteer_id, status from signup where shift_id = ? order by volunteer_id`, [
      shiftId,
    ]);
    expect(statuses.every((s) => s.status === 'ATTENDED')).toBe(true);
    expect(statuses).toHaveLength(3);
    await context.close();
    // Three browsers and four accessibility scans: longer than the default on a loaded machine.
  }, 120_000);

  it('records a walk-in found by mobile number, and imports a year of old records from an XLSX file once', async () => {
    const [signedUp, walker, veteran, second] = [await person('报名者'), await person('临时者'), await person('老队员'), await person('二队员')];
    const ended = await endedShifts(server, orm, coordinator, orgId, [signedUp], { hours: 2 });
    const { context, page } = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/hours/`);
    const walkIn = page.locator('#manage-walk-in');
    await walkIn.getByLabel('已结束的时段').selectOption(ended.shiftIds[0]);
    await walkIn.getByLabel('或手机号').fill(walker.phone);
    await walkIn.getByLabel('原因').fill('现场临时加入');
    await walkIn.getByRole('button', { name: '登记' }).click();
    await expect.poll(() => walkIn.locator('.form-status').textContent()).toBe('已登记 120 分钟。');
    expect((await api(`{ me { totalMinutes } }`, undefined, walker.headers)).data.me.totalMinutes).toBe(120);
    await expectNoAxeViolations(page);

    // A year of monthly records for two long-time members, and one row naming nobody.
    const rows = [
      IMPORT_TEMPLATE_COLUMNS,
      ...Array.from({ length: 12 }, (_, m) => [
        veteran.number,
        '',
        '',
        '老队员',
        `2025-${String(m + 1).padStart(2, '0')}-15`,
        '社区敬老',
        2,
        '敬老院',
        '陪伴老人',
      ]),
      ...Array.from({ length: 12 }, (_, m) => ['', second.phone, '', '', `2025-${String(m + 1).padStart(2, '0')}-20`, '交通文明劝导', 1.5, '', '']),
      ['AX9999999999', '', '', '', '2025-05-01', '不存在的人', 2, '', ''],
    ];
    const file = path.join(files, '2025年服务台账.xlsx');
    writeFileSync(file, toXlsx(rows, '服务记录'));
    await page.goto(`${site.product.url}/manage/import/`);
    await page.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles(file);
    await expect.poll(() => page.locator('.form-status').textContent()).toBe('共 25 行');
    await page.getByRole('button', { name: '预览' }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toBe('可导入 24 条，此前已导入 0 条，有问题 1 条。');
    expect(await page.locator('[data-list="import-problems"] tr[data-row="26"]').innerText()).toContain('找不到该志愿者');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toBe('已导入 24 条，此前已导入 0 条，未通过 1 条。');
    expect(await page.locator('#import-progress').getAttribute('value')).toBe('25');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toBe('已导入 0 条，此前已导入 24 条，未通过 1 条。');
    expect((await api(`{ me { totalMinutes } }`, undefined, veteran.headers)).data.me.totalMinutes).toBe(12 * 120);
    expect((await api(`{ me { totalMinutes } }`, undefined, second.headers)).data.me.totalMinutes).toBe(12 * 90);
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe('a new team and its parent federation', () => {
  it('registers on the web, is returned with a reason, resubmits and is approved by the parent', async () => {
    const [fedAdmin, founder] = [await person('联合会管理员'), await person('创始人')];
    const admin = await signIn(server, DEMO.admin);
    const fedName = `测试志愿者联合会${Date.now()}`;
    const fed = await api(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
      { input: { name: fedName, kind: 'FEDERATION', district: '测试区' } },
      fedAdmin.headers,
    );
    const fedId = fed.data.registerOrganization.id;
    await api(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id: fedId }, admin);

    const team = `新社区志愿服务队${Date.now()}`;
    const f = await browserAs(founder.phone, founder.password);
    await f.page.goto(`${site.product.url}/manage/`);
    await f.page.getByRole('link', { name: '注册新团队' }).click();
    await f.page.getByLabel('团队名称').fill(team);
    await f.page.getByLabel('所在区县').fill('测试区');
    await f.page.getByPlaceholder('搜索上级组织').fill(fedName.slice(0, 10));
    await f.page.getByRole('button', { name: new RegExp(fedName) }).click();
    await f.page.getByLabel('联系人').fill('王联络');
    await f.page.getByLabel('联系电话').fill('13912345678');
    await expectNoAxeViolations(f.page);
    await f.page.getByRole('button', { name: '提交注册' }).click();
    await f.page.locator('[data-state="registered"]').waitFor();
    expect(await f.page.locator('[data-state="registered"]').innerText()).toContain(`审核方：上级组织“${fedName}”`);

    const p = await browserAs(fedAdmin.phone, fedAdmin.password);
    await p.page.goto(`${site.product.url}/manage/teams/`);
    const pending = p.page.locator('[data-team]', { hasText: team });
    expect(await pending.innerText()).toContain('139****5678');
    await pending.getByRole('button', { name: /^退回/ }).click();
    await expect.poll(() => pending.locator('.field-error').textContent()).toBe('退回时请写明意见（2 到 500 字）');
    await pending.getByLabel('退回意见（团队可见）').fill('请补充团队章程');
    await pending.getByRole('button', { name: /^退回/ }).click();
    await expect.poll(() => p.page.locator('.form-status').first().textContent()).toContain('已退回');
    await expectNoAxeViolations(p.page);

    await f.page.getByRole('link', { name: '查看审核进度和团队资料' }).click();
    await f.page.locator('[data-field="returned"]').waitFor();
    expect(await f.page.locator('[data-field="returned"]').innerText()).toContain('请补充团队章程');
    await f.page.getByLabel('团队简介与章程').fill('章程：每月为社区老人服务两次。');
    await f.page.getByRole('button', { name: '保存资料' }).click();
    await expect.poll(() => f.page.locator('.form-status').last().textContent()).toBe('已保存并重新提交审核。');
    await expectNoAxeViolations(f.page);

    await p.page.reload();
    await p.page.locator('[data-team]', { hasText: team }).getByRole('button', { name: /^通过/ }).click();
    await expect.poll(() => p.page.locator('.form-status').first().textContent()).toBe(`已通过“${team}”的注册。`);
    await f.page.goto(`${site.product.url}/manage/`);
    await f.page.locator('.manage-cards').waitFor();
    expect(await f.page.locator('#manage-org').textContent()).toBe(team);
    await f.context.close();
    await p.context.close();
  });
});

describe('joining a team, in English on a phone', () => {
  it('a volunteer asks to join on the team page and the coordinator accepts', async () => {
    const joiner = await person('想加入的人');
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true };
    const v = await browserAs(joiner.phone, joiner.password, phone);
    await v.page.goto(`${site.product.url}/en/organizations/${orgSlug}/`);
    await v.page.getByLabel('A note to the team (optional)').fill('I live nearby');
    await v.page.getByRole('button', { name: 'Ask to join' }).click();
    await expect.poll(() => v.page.locator('.join-team .form-status').textContent()).toBe('Your request is sent.');

    const c = await browserAs(DEMO.coordinator, DEMO_PASSWORD, phone);
    await c.page.goto(`${site.product.url}/en/manage/members/`);
    const request = c.page.locator('[data-request]', { hasText: joiner.number });
    expect(await request.innerText()).toContain('I live nearby');
    expect(await c.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(c.page);
    await request.getByRole('button', { name: /^Accept/ }).click();
    await expect.poll(() => c.page.locator('#manage-members .form-status').textContent()).toBe('想加入的人 has joined.');
    expect(await c.page.locator('[data-list="members"]').innerText()).toContain(joiner.number);
    await c.context.close();

    await v.page.reload();
    await expect.poll(() => v.page.locator('[data-state="member"]').textContent()).toBe('You are a member of this team.');
    await v.context.close();
  });
});
