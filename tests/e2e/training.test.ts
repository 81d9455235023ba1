// Training end to end in headless Chromium against the product as `npm start` runs it: a
// coordinator creates a first-aid course with a session at /manage/courses/ and publishes it; a
// volunteer is refused on a shift that requires first aid, reads why with a link to the course,
// follows it and enrols at /courses/; the coordinator marks them attended; the volunteer now signs
// up, and /account/ shows the qualification. axe-core checks each page; screenshots go to the
// temporary folder (390 px and 1280 px, Chinese and English).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, signedInPage } from '../helpers/browser.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let orgId: string;
let shift: { projectId: string; shiftId: string };
const volunteer = { id: '', phone: '', password: '' };
const courseTitle = `应急救护培训（测试${Date.now() % 10_000}）`;
const shots = (name: string) => path.join(os.tmpdir(), `aixin-training-${name}.png`);
/** A China-time value for a datetime-local input, `minutes` from now. */
const chinaInput = (minutes: number) => new Date(Date.now() + 8 * 3_600_000 + minutes * 60_000).toISOString().slice(0, 16);

const as = (login: string, password: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> =>
  signedInPage(browser, site.api, login, password, { viewport: { width, height: 900 } });

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  const coordinator = await signIn(server, DEMO.coordinator);
  const input = fakeRegistration();
  const registered = await server.gql(REGISTER, { input });
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  Object.assign(volunteer, { id: registered.data.registerVolunteer.volunteer.id, phone: input.phone, password: input.password });
  [{ id: orgId }] = await orm.em.fork().getConnection().execute(`select id from organization where name = '龙华区青年志愿者协会'`);
  const [{ id: firstAid }] = await orm.em.fork().getConnection().execute(`select id from qualification_kind where name = '应急救护'`);
  // A published activity whose shift requires first aid, there before the site is built.
  const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  const created = await server.gql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
    {
      input: {
        organizationId: orgId,
        title: '社区运动会医疗保障',
        summary: '在运动会现场协助急救站',
        shifts: [{ startsAt: at(24 * 9), endsAt: at(24 * 9 + 4), capacity: 5, requiredQualificationKindId: firstAid }],
      },
    },
    coordinator,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  shift = { projectId: created.data.createProject.id, shiftId: created.data.createProject.shifts[0].id };
  const published = await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: shift.projectId }, coordinator);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await server?.close();
  await orm?.close();
});

describe('first-aid training gates a shift, in the browser only', () => {
  it('the coordinator creates a first-aid course with a session and publishes it at /manage/courses/', async () => {
    const { context, page } = await as(DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/courses/?org=${orgId}`);
    const form = page.locator('form[data-form="new-course"]');
    await form.waitFor();
    await expectNoAxeViolations(page);
    // Without a qualification chosen, the API's words appear beside the field.
    await form.getByLabel('课程名称').fill(courseTitle);
    await form.getByRole('button', { name: '新建课程' }).click();
    await expect.poll(() => form.locator('.field-invalid').count()).toBeGreaterThan(0);
    await form.getByLabel('颁发资质').selectOption({ label: '应急救护' });
    await form.getByRole('button', { name: '新建课程' }).click();
    const course = page.locator('li[data-course]', { hasText: courseTitle });
    await course.waitFor();
    expect(await course.getAttribute('data-status')).toBe('DRAFT');
    const session = course.locator('[data-form="new-session"]');
    await session.locator('summary').click();
    await session.getByLabel('开始时间').fill(chinaInput(30));
    await session.getByLabel('结束时间').fill(chinaInput(150));
    await session.getByLabel('地点').fill('龙华区红十字会培训中心');
    await session.getByLabel('名额').fill('20');
    await session.getByRole('button', { name: '保存场次' }).click();
    await course.locator('li[data-session]').waitFor();
    await course.getByRole('button', { name: /发布课程/ }).click();
    await expect.poll(() => course.getAttribute('data-status')).toBe('PUBLISHED');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots('manage-1280'), fullPage: true });
    await page.goto(`${site.product.url}/en/manage/courses/?org=${orgId}`);
    await page.locator('li[data-course]', { hasText: courseTitle }).waitFor();
    expect(await page.locator('#course-desk-title').textContent()).toBe("The team's training courses");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('the volunteer is refused on the first-aid shift, follows the link to the course and enrols', async () => {
    const { context, page } = await as(volunteer.phone, volunteer.password, 390);
    await page.goto(`${site.product.url}/projects/${shift.projectId}/`);
    const row = page.locator(`li[data-shift="${shift.shiftId}"]`);
    await row.getByRole('button', { name: '报名', exact: true }).click();
    const message = row.locator('.shift-message');
    await expect.poll(() => message.textContent()).toContain('应急救护');
    const link = message.getByRole('link', { name: courseTitle });
    await link.waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots('refused-390'), fullPage: false });
    await link.click();
    await page.waitForURL(/\/courses\/#course-crs_/);
    const course = page.locator('article', { hasText: courseTitle });
    await course.locator('li[data-session]').waitFor();
    await course.getByRole('button', { name: /报名/ }).click();
    await expect.poll(() => course.locator('.manage-badge').first().textContent()).toBe('已报名');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots('courses-390'), fullPage: true });
    await page.goto(`${site.product.url}/en/courses/`);
    const english = page.locator('article', { hasText: courseTitle });
    await english.getByRole('button', { name: 'Cancel enrolment' }).waitFor();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: shots('courses-en-1280'), fullPage: true });
    await context.close();
  });

  it('the coordinator marks the volunteer attended; the volunteer signs up and sees the qualification in /account/', async () => {
    const coordinator = await as(DEMO.coordinator, DEMO_PASSWORD, 390);
    await coordinator.page.goto(`${site.product.url}/manage/courses/?org=${orgId}`);
    const course = coordinator.page.locator('li[data-course]', { hasText: courseTitle });
    const enrolment = course.locator('li[data-enrolment]');
    await enrolment.waitFor();
    await enrolment.getByRole('button', { name: /^出勤/ }).click();
    await expect.poll(() => enrolment.getAttribute('data-status')).toBe('ATTENDED');
    await expectNoAxeViolations(coordinator.page);
    await coordinator.page.screenshot({ path: shots('attendance-390'), fullPage: true });
    await coordinator.context.close();

    const { context, page } = await as(volunteer.phone, volunteer.password);
    await page.goto(`${site.product.url}/projects/${shift.projectId}/`);
    const row = page.locator(`li[data-shift="${shift.shiftId}"]`);
    await row.getByRole('button', { name: '报名', exact: true }).click();
    await row.getByRole('button', { name: '取消报名' }).waitFor();
    expect(await row.locator('.shift-message').textContent()).not.toContain('资质');
    await page.goto(`${site.product.url}/account/`);
    const held = page.locator('#my-qualifications li[data-qualification="应急救护"]');
    await held.waitFor();
    expect(await held.getAttribute('data-valid')).toBe('true');
    expect(await held.textContent()).toMatch(/有效期至 \d{4}年\d{1,2}月\d{1,2}日/);
    await expectNoAxeViolations(page, '#my-qualifications');
    await held.screenshot({ path: shots('account-1280') });
    await page.goto(`${site.product.url}/en/account/`);
    await page.locator('#my-qualifications li[data-qualification="应急救护"]', { hasText: 'First aid' }).waitFor();
    await context.close();
  });

  it('platform staff add a qualification kind at /admin/courses/; the activity editor offers it for a shift', async () => {
    const kind = `心理疏导${Date.now() % 10_000}`;
    const staff = await as(DEMO.admin, DEMO_PASSWORD);
    await staff.page.goto(`${site.product.url}/admin/courses/`);
    const kinds = staff.page.locator('#qualification-kinds');
    await kinds.locator('li[data-kind]', { hasText: '应急救护' }).waitFor();
    await kinds.getByLabel('名称', { exact: true }).fill(kind);
    await kinds.getByLabel('有效期（月）').fill('0');
    await kinds.getByRole('button', { name: '新增资质类别' }).click();
    await expect.poll(() => kinds.locator('.field-invalid').count()).toBe(1);
    await kinds.getByLabel('有效期（月）').fill('24');
    await kinds.getByRole('button', { name: '新增资质类别' }).click();
    await kinds.locator('li[data-kind]', { hasText: kind }).waitFor();
    await staff.page.locator('#course-desk li[data-course]').first().waitFor();
    await expectNoAxeViolations(staff.page);
    await staff.page.screenshot({ path: shots('admin-1280'), fullPage: true });
    await staff.context.close();

    const { context, page } = await as(DEMO.coordinator, DEMO_PASSWORD, 390);
    await page.goto(`${site.product.url}/manage/activities/edit/?org=${orgId}`);
    const select = page.locator('[data-shift-row="0"]').getByLabel('报名所需资质');
    await expect.poll(() => select.locator('option').allTextContents()).toEqual(expect.arrayContaining(['不要求资质', '应急救护', kind]));
    await select.selectOption({ label: kind });
    await expectNoAxeViolations(page);
    await page.locator('[data-shift-row="0"]').screenshot({ path: shots('editor-390') });
    await context.close();
  });
});
