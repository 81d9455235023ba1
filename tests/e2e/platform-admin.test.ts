// The platform staff's pages end to end in headless Chromium against the product as `npm start`
// runs it: staff approve a pending team, suspend and restore a team with reasons, issue a partner
// key (its secret shown once, working against /graphql) and revoke it, filter the audit trail and
// read the figures' charts; a volunteer is refused; a team's ADMIN manages its keys in the back
// office and a COORDINATOR is told why not. axe-core checks every page it passes; one page is read
// in English on a 390 px phone.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { JobName, JobQueue, queueName } from '../../api/src/common/job-queue.js';
import { databaseUrl } from '../helpers/database.js';
import { gql, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import type { CrowdMember } from '../helpers/crowd.js';
import { endedShifts, RECORD } from '../helpers/ledger.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let admin: Record<string, string>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
const api = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => gql(site.api, query, variables, headers);

interface Person {
  phone: string;
  password: string;
  headers: Record<string, string>;
}
let owner: Person;
let pendingId: string;
let pendingName: string;
let teamId: string;
let teamName: string;

async function person(): Promise<Person> {
  const input = fakeRegistration();
  const res = await server.gql(REGISTER, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { phone: input.phone, password: input.password, headers: { authorization: `Bearer ${res.data.registerVolunteer.token}` } };
}

async function registerTeam(by: Person, name: string): Promise<string> {
  const res = await server.gql(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name, kind: 'NGO', district: '琼山区' } },
    by.headers,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.registerOrganization.id;
}

async function browserAs(
  login: string,
  password: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser, options);
  opened.page.setDefaultTimeout(10_000);
  const res = await opened.context.request.post(site.api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login, password } } },
  });
  expect(res.ok()).toBe(true);
  return opened;
}

const statusOf = async (id: string) => (await sql<{ status: string }>(`select status from organization where id = ?`, [id]))[0].status;

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  admin = await signIn(server, DEMO.admin);
  owner = await person();
  pendingName = `待审核的平台测试队${randomInt(1e9)}`;
  pendingId = await registerTeam(owner, pendingName);
  teamName = `平台测试志愿服务队${randomInt(1e9)}`;
  teamId = await registerTeam(owner, teamName);
  const approved = await server.gql(`mutation($id: ID!) { approveOrganization(id: $id) { status } }`, { id: teamId }, admin);
  if (approved.errors) throw new Error(JSON.stringify(approved.errors));
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await server?.close();
  await orm?.close();
});

describe('platform staff, in the browser only', () => {
  it('approve a pending team, then suspend and restore a team with reasons shown beside the field when missing', async () => {
    const { context, page } = await browserAs(DEMO.admin, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/admin/`);
    await expect.poll(() => page.locator('[data-pending]').count()).toBe(1);
    expect(Number(await page.locator('[data-pending]').getAttribute('data-pending'))).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page);

    await page.goto(`${site.product.url}/admin/teams/`);
    const pending = page.locator(`#admin-pending [data-team="${pendingId}"]`);
    await pending.getByRole('button', { name: /^通过/ }).click();
    await expect.poll(() => page.locator(`#admin-pending [data-team="${pendingId}"]`).count()).toBe(0);
    expect(await page.locator('.form-status').first().textContent()).toContain(`已通过「${pendingName}」`);
    expect(await statusOf(pendingId)).toBe('APPROVED');
    await expectNoAxeViolations(page);

    await page.getByLabel('团队名称').fill(teamName.slice(0, 9));
    await page.getByRole('button', { name: '查找', exact: true }).click();
    const found = page.locator(`.team-finder [data-team="${teamId}"]`);
    await found.waitFor();
    await found.getByRole('button', { name: /^暂停/ }).click();
    await expect.poll(() => found.locator('.field-error').textContent()).toBe('请写明原因（至少 2 个字）。');
    expect(await found.getByLabel('原因').getAttribute('aria-invalid')).toBe('true');
    await found.getByLabel('原因').fill('活动记录不实，暂停待查');
    await found.getByRole('button', { name: /^暂停/ }).click();
    const suspended = page.locator(`#admin-suspended [data-team="${teamId}"]`);
    await suspended.waitFor();
    expect(await suspended.innerText()).toContain('暂停原因: 活动记录不实，暂停待查');
    expect(await statusOf(teamId)).toBe('SUSPENDED');
    await expectNoAxeViolations(page);

    await suspended.getByLabel('原因').fill('核查无误，恢复');
    await suspended.getByRole('button', { name: /^恢复/ }).click();
    await expect.poll(() => page.locator(`#admin-suspended [data-team="${teamId}"]`).count()).toBe(0);
    expect(await statusOf(teamId)).toBe('APPROVED');
    const trail = await sql<{ action: string; reason: string }>(
      `select action, detail->>'reason' as reason from audit_log where subject_id = ? and action in ('organization.suspended', 'organization.restored') order by id`,
      [teamId],
    );
    expect(trail).toEqual([
      { action: 'organization.suspended', reason: '活动记录不实，暂停待查' },
      { action: 'organization.restored', reason: '核查无误，恢复' },
    ]);
    await context.close();
  });

  it('issue a partner key whose secret is shown once and works against /graphql, then revoke it', async () => {
    const { context, page } = await browserAs(DEMO.admin, DEMO_PASSWORD);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.product.url });
    await page.goto(`${site.product.url}/admin/keys/`);
    await page.getByLabel('团队名称').fill(teamName);
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`^选择\\s*：${teamName}$`) }).click();
    await page.getByRole('heading', { name: `${teamName}的密钥` }).waitFor();
    await expect.poll(() => page.locator('.account-empty').first().textContent()).toBe('该团队还没有密钥。');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: '签发新密钥' }).click();
    await expect.poll(() => page.locator('.field-invalid .field-error, .form-status[data-tone="error"]').count()).toBeGreaterThan(0);
    await page.getByLabel('用途').fill('区民政局活动发布系统');
    await page.getByLabel('发布和管理本团队的活动').check();
    await page.getByLabel('为本团队已结束的时段登记和冲正服务时长（记录同步）').check();
    await page.getByRole('button', { name: '签发新密钥' }).click();
    const secretBox = page.locator('[data-secret-shown]');
    await secretBox.waitFor();
    expect(await secretBox.innerText()).toContain('密钥只显示这一次');
    const secret = await secretBox.getByLabel('密钥').inputValue();
    expect(secret).toMatch(/^axk_/);
    await secretBox.getByRole('button', { name: '复制密钥' }).click();
    await expect.poll(() => secretBox.locator('.form-status').textContent()).toBe('已复制到剪贴板。');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(secret);
    const item = page.locator('[data-key]').first();
    expect(await item.innerText()).toContain('读取公开数据、发布和管理活动、登记服务时长');
    expect(await item.innerText()).toContain('从未使用');
    await expectNoAxeViolations(page);

    // The key as the API expects it: a bearer token, acting for the team.
    const asPartner = { authorization: `Bearer ${secret}` };
    const works = await api(`query($id: ID!) { organization(id: $id) { id name } }`, { id: teamId }, asPartner);
    expect(works.errors).toBeUndefined();
    expect(works.data.organization.name).toBe(teamName);
    // A department's system publishes the team's activity, and records the hours once it has ended (记录同步).
    const reg = await api(REGISTER, { input: fakeRegistration() });
    const member: CrowdMember = { id: reg.data.registerVolunteer.volunteer.id, headers: { authorization: `Bearer ${reg.data.registerVolunteer.token}` } };
    const { shiftIds } = await endedShifts({ gql: api }, orm, asPartner, teamId, [member]);
    const recorded = await api(RECORD, { input: { shiftId: shiftIds[0], entries: [{ volunteerId: member.id, minutes: 120 }] } }, asPartner);
    expect(recorded.errors, JSON.stringify(recorded.errors)).toBeUndefined();
    expect(recorded.data.recordHours[0]).toMatchObject({ minutes: 120, volunteer: { id: member.id } });
    const mine = await api(`{ me { totalMinutes } }`, {}, member.headers);
    expect(mine.data.me.totalMinutes).toBe(120);

    // Shown once: after a reload only its prefix is there, and it reads as used.
    await page.reload();
    await page.getByLabel('团队名称').fill(teamName);
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`^选择\\s*：${teamName}$`) }).click();
    await page.locator('[data-key]').first().waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await page.locator('[data-key]').first().innerText()).not.toContain('从未使用');

    await page.locator('[data-key]').first().getByRole('button', { name: /^吊销/ }).click();
    expect(await page.locator('[data-key]').first().innerText()).toContain('确定吊销「区民政局活动发布系统」吗？');
    await page.getByRole('button', { name: '确定吊销' }).click();
    await expect.poll(() => page.locator('[data-key]').first().getAttribute('data-state')).toBe('revoked');
    const refused = await api(`query($id: ID!) { organization(id: $id) { id } }`, { id: teamId }, asPartner);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });

  it('filter the audit trail and read the figures as charts', async () => {
    const { context, page } = await browserAs(DEMO.admin, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/admin/audit/`);
    await page.locator('.audit-event').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('操作', { exact: true }).selectOption('organization.suspended');
    await page.locator('#audit-team-search').fill(teamName);
    await page.locator('.team-finder').getByRole('button', { name: '查找', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`^选择\\s*：${teamName}$`) }).click();
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await expect.poll(() => page.locator('#audit-events ~ .manage-meta').first().textContent()).toBe('共 1 条');
    const event = page.locator('.audit-event');
    expect(await event.count()).toBe(1);
    expect(await event.locator('p').first().innerText()).toMatch(new RegExp(`^\\S+ 暂停了「${teamName}」：活动记录不实，暂停待查$`));

    // A date range before today finds nothing; an end before the start is refused beside its field.
    await page.getByLabel('开始日期').fill('2020-01-01');
    await page.getByLabel('结束日期（含当天）').fill('2020-01-31');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await expect.poll(() => page.locator('#audit-events ~ .manage-meta').first().textContent()).toBe('共 0 条');
    await page.getByLabel('结束日期（含当天）').fill('2019-01-01');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await expect.poll(() => page.locator('#audit-to-error').textContent()).toBe('结束时间须晚于开始时间。');
    await expectNoAxeViolations(page);

    await page.goto(`${site.product.url}/admin/figures/`);
    await page.locator('#figures-year-table').waitFor();
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(6);
    expect(await page.locator('figure.chart rect.chart-bar').count()).toBeGreaterThan(0);
    const years = await page.locator('#figures-year-table tbody th').allTextContents();
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('see the background jobs and retry a failed one', async () => {
    // A job that fails its one try, on a queue this test's own worker runs (it succeeds once retried).
    const queue = queueName(JobName.SITE_DUE, `e2e-${randomInt(1e9)}`);
    const jobs = await new JobQueue({ databaseUrl: databaseUrl(), workers: 1, pollSeconds: 0.5, maintenanceSeconds: 30, log: () => undefined }).start();
    let fail = true;
    try {
      await jobs.work(queue, async () => {
        if (fail) throw new Error('upload refused by the static host');
      });
      const id = (await jobs.send(queue, { note: 'staff retry test' }, { retryLimit: 0 }))!;
      const stateOf = async () => (await sql<{ state: string }>(`select state from pgboss.job where id = ?::uuid`, [id]))[0].state;
      await expect.poll(stateOf, { timeout: 15_000 }).toBe('failed');

      const { context, page } = await browserAs(DEMO.admin, DEMO_PASSWORD);
      await page.goto(`${site.product.url}/admin/jobs/`);
      await page.locator('#admin-jobs table').waitFor();
      // The product built its site through the queue: its build queue has a completed job.
      const builds = page.locator('#admin-jobs tbody tr', { has: page.locator('th', { hasText: '网站重建' }) });
      expect(Number(await builds.first().locator('td').nth(4).textContent())).toBeGreaterThanOrEqual(1);
      await page.getByLabel('按状态筛选').selectOption('FAILED');
      const item = page.locator('.manage-item', { hasText: 'staff retry test' });
      await item.waitFor();
      expect(await item.getAttribute('data-job-state')).toBe('FAILED');
      expect(await item.innerText()).toContain('错误: upload refused by the static host');
      await expectNoAxeViolations(page);
      fail = false;
      await item.getByRole('button', { name: '重试' }).click();
      await expect.poll(() => page.locator('#admin-jobs .form-status').first().textContent()).toContain('任务已重新排队。');
      expect(await item.getAttribute('data-job-state')).not.toBe('FAILED');
      await expect.poll(stateOf, { timeout: 15_000 }).toBe('completed');
      await context.close();
    } finally {
      await jobs.stop();
    }
  });

  it('refuse a volunteer who is not staff', async () => {
    const { context, page } = await browserAs(DEMO.volunteer, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/admin/`);
    await page.locator('[data-state="refused"]').waitFor();
    expect(await page.locator('[data-state="refused"] h2').textContent()).toBe('仅限平台工作人员');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('reads in English on a 390 px phone', async () => {
    const { context, page } = await browserAs(DEMO.admin, DEMO_PASSWORD, { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${site.product.url}/en/admin/teams/`);
    await page.getByRole('heading', { name: 'Teams awaiting review' }).waitFor();
    await page.getByRole('heading', { name: 'Suspended teams' }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await page.goto(`${site.product.url}/en/admin/figures/`);
    await page.locator('#figures-year-table').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe('public figures', () => {
  it('chart 人次 and hours on the home page and in the directory, in both languages', async () => {
    const { context, page } = await newPage(browser);
    for (const [path, title] of [
      ['/', '服务人次（按年份）'],
      ['/organizations/', '服务人次（按区县）'],
      ['/en/', 'Person-times served, by year'],
    ]) {
      await page.goto(`${site.product.url}${path}`);
      expect(await page.content(), path).toContain(title);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
});

describe('a team’s partner keys in the back office', () => {
  it('lets the team’s ADMIN issue a key and tells a COORDINATOR why not', async () => {
    const adminPage = await browserAs(owner.phone, owner.password);
    await adminPage.page.goto(`${site.product.url}/manage/keys/?org=${teamId}`);
    await adminPage.page.getByRole('heading', { name: `${teamName}的密钥` }).waitFor();
    await adminPage.page.getByLabel('用途').fill('队内报表系统');
    await adminPage.page.getByRole('button', { name: '签发新密钥' }).click();
    await adminPage.page.locator('[data-secret-shown]').waitFor();
    expect(await adminPage.page.locator('[data-key]', { hasText: '队内报表系统' }).getAttribute('data-state')).toBe('live');
    await expectNoAxeViolations(adminPage.page);
    await adminPage.context.close();

    const coordinator = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await coordinator.page.goto(`${site.product.url}/manage/keys/`);
    await coordinator.page.locator('[data-state="not-admin"]').waitFor();
    expect(await coordinator.page.locator('[data-state="not-admin"]').textContent()).toContain('只有团队的管理员可以管理合作方密钥');
    await expectNoAxeViolations(coordinator.page);
    await coordinator.context.close();
  });
});
