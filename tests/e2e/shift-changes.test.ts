// Moving a shift in the browser against the product as `npm start` runs it: the demo coordinator
// moves one shift of a published activity at /manage/activities/ (form, confirmation, the count
// of volunteers told), and a volunteer signed up for it reads the message in their inbox at /account/.
import { CHINA_OFFSET_MS } from '../../api/src/common/china-time.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql, type BoundGql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, signedInPage } from '../helpers/browser.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
const api: BoundGql = (query, variables, headers) => gql(site.api, query, variables, headers);

// Whole minutes, as a date-and-time input takes them.
const base = Math.ceil(Date.now() / 60_000) * 60_000;
const at = (h: number) => new Date(base + h * 3_600_000).toISOString();
/** The China wall clock of an instant, as the form's date-and-time input holds it. */
const chinaInput = (iso: string) => new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(0, 16);

beforeAll(async () => {
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('moving a shift', () => {
  it('the coordinator moves it in the browser, and the volunteer signed up reads it in their inbox', async () => {
    const coordinator = await signIn({ gql: api }, DEMO.coordinator);
    const [{ id: orgId }] = (await api(`{ organizations(first: 100) { nodes { id name } } }`)).data.organizations.nodes.filter(
      (o: { name: string }) => o.name === '龙华区青年志愿者协会',
    );
    const title = `海滩清洁${Date.now()}`;
    const created = (
      await api(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
        {
          input: {
            organizationId: orgId,
            title,
            summary: '清理海滩垃圾',
            shifts: [
              { startsAt: at(50), endsAt: at(53), capacity: 5 },
              { startsAt: at(74), endsAt: at(77), capacity: 5 },
            ],
          },
        },
        coordinator,
      )
    ).data.createProject;
    const [shiftId] = created.shifts.map((s: { id: string }) => s.id);
    expect((await api(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id: created.id }, coordinator)).data.publishProject.status).toBe(
      'PUBLISHED',
    );
    const registration = fakeRegistration({ realName: '改期者' });
    const volunteer = (await api(REGISTER, { input: registration })).data.registerVolunteer;
    const signedUp = await api(
      `mutation($s: ID!) { signUp(input: { shiftId: $s }) { status } }`,
      { s: shiftId },
      { authorization: `Bearer ${volunteer.token}` },
    );
    expect(signedUp.data.signUp.status).toBe('CONFIRMED');

    const { context, page } = await signedInPage(browser, site.api, DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/activities/?org=${encodeURIComponent(orgId)}`);
    const item = page.locator(`[data-activity="${created.id}"]`);
    await item.locator('summary', { hasText: '即将开始的时段' }).click();
    const shift = item.locator(`[data-shift="${shiftId}"]`);
    await shift.getByRole('button', { name: /^调整时间/ }).click();
    // No reason: the form says so beside the field.
    await shift.getByLabel('新的开始时间').fill(chinaInput(at(52)));
    await shift.getByLabel('新的结束时间').fill(chinaInput(at(55)));
    await shift.getByRole('button', { name: '下一步' }).click();
    expect(await shift.locator(`#shift-reason-${shiftId}-error`).textContent()).toBe('请写明原因（1 到 200 字）');
    await shift.getByLabel('调整原因（通知已报名的志愿者）').fill('涨潮，推迟两小时');
    await shift.getByRole('button', { name: '下一步' }).click();
    expect(await shift.getByRole('group').textContent()).toContain('并通知 1 位已报名或候补的志愿者');
    await expectNoAxeViolations(page);
    await shift.getByRole('button', { name: '确定调整' }).click();
    await expect.poll(() => item.locator('.form-status').last().textContent()).toContain('已通知 1 位志愿者');
    const moved = (await api(`query($id: ID!) { node(id: $id) { ... on Shift { startsAt endsAt } } }`, { id: shiftId })).data.node;
    expect(moved).toEqual({ startsAt: at(52), endsAt: at(55) });
    await context.close();

    const inbox = await signedInPage(browser, site.api, registration.phone, registration.password);
    await inbox.page.goto(`${site.product.url}/account/`);
    const messages = inbox.page.locator('#messages');
    await expect.poll(() => messages.textContent(), { timeout: 10_000 }).toContain('时段调整');
    expect(await messages.textContent()).toContain(`“${title}”`);
    expect(await messages.textContent()).toContain('涨潮，推迟两小时');
    await inbox.context.close();
  }, 120_000);
});
