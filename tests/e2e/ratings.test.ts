// Ratings end to end in headless Chromium against the product as `npm start` runs it: a volunteer
// who attended an activity rates it from /account/ (stars as radio buttons, a comment); the
// team's coordinator reads it, without the writer's name, at /manage/ratings/; once the site is
// rebuilt the activity's page and the team's page show the average; platform staff hide the
// comment at /admin/ratings/, and it is gone from the team's list. axe-core checks each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, layoutShifts, newPage, OBSERVE_LAYOUT_SHIFTS } from '../helpers/browser.js';
import { endedShifts, RECORD } from '../helpers/ledger.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let coordinator: Record<string, string>;
let orgId: string;
let orgSlug: string;
let project: { projectId: string; title: string };
const volunteer = { id: '', phone: '', password: '', headers: {} as Record<string, string> };
const comment = `讲解清楚，安排有序${Date.now() % 10_000}`;
const shots = (name: string) => path.join(os.tmpdir(), `aixin-ratings-${name}.png`);

async function browserAs(login: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser);
  const res = await opened.context.request.post(site.api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login, password } } },
  });
  expect(res.ok()).toBe(true);
  return opened;
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  coordinator = await signIn(server, DEMO.coordinator);
  const input = fakeRegistration();
  const registered = await server.gql(REGISTER, { input });
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  Object.assign(volunteer, {
    id: registered.data.registerVolunteer.volunteer.id,
    phone: input.phone,
    password: input.password,
    headers: { authorization: `Bearer ${registered.data.registerVolunteer.token}` },
  });
  [{ id: orgId, slug: orgSlug }] = await orm.em.fork().getConnection().execute(`select id, slug from organization where name = '龙华区青年志愿者协会'`);
  // The volunteer took part in an activity that is over, and the team recorded their time.
  project = await endedShifts(server, orm, coordinator, orgId, [volunteer]);
  const recorded = await server.gql(
    RECORD,
    {
      input: {
        shiftId: (await orm.em.fork().getConnection().execute(`select id from shift where project_id = ?`, [project.projectId]))[0].id,
        entries: [{ volunteerId: volunteer.id, minutes: 150 }],
      },
    },
    coordinator,
  );
  if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await server?.close();
  await orm?.close();
});

describe('rating an activity, in the browser only', () => {
  it('the volunteer rates the activity they attended from /account/, once', async () => {
    const { context, page } = await browserAs(volunteer.phone, volunteer.password);
    await context.addInitScript(OBSERVE_LAYOUT_SHIFTS);
    await page.goto(`${site.product.url}/account/`);
    const item = page.locator(`#rate-activities li[data-project="${project.projectId}"]`);
    await item.waitFor();
    await page.waitForLoadState('networkidle');
    // The section appears once loaded, below the rest of the account: nothing above it moves.
    const shifts = await layoutShifts(page);
    expect(
      shifts.reduce((n, s) => n + s.value, 0),
      JSON.stringify(shifts),
    ).toBeLessThan(0.01);
    expect(await item.locator('h3').textContent()).toBe(project.title);
    // Sending without a score says what is missing and moves to the first star.
    await item.getByRole('button', { name: /提交评价/ }).click();
    await expect.poll(() => item.locator('.form-status').textContent()).toContain('请选择 1 到 5 星的评分');
    expect(await page.evaluate<string>('document.activeElement?.getAttribute("type") ?? ""')).toBe('radio');
    await item.getByRole('radio', { name: '4 星' }).check();
    await item.getByLabel('留言（选填）').fill(comment);
    await expectNoAxeViolations(page, '#rate-activities');
    await item.screenshot({ path: shots('account') });
    await item.getByRole('button', { name: /提交评价/ }).click();
    await expect.poll(() => item.locator('.form-status, .rate-yours').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(comment)]));
    expect(await item.locator('.rate-yours').textContent()).toContain('4 星（满分 5 星）');
    expect(await item.locator('form').count()).toBe(0);
    await expectNoAxeViolations(page, '#rate-activities');
    // Reloaded, the rating stays and no form is offered again.
    await page.reload();
    await item.locator('.rate-yours').waitFor();
    expect(await item.locator('form').count()).toBe(0);
    await context.close();
  });

  it('the coordinator reads it at /manage/ratings/, without a name, in both languages', async () => {
    const { context, page } = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/manage/ratings/?org=${orgId}`);
    const line = page.locator('#manage-ratings li', { hasText: comment });
    await line.waitFor();
    expect(await line.textContent()).toContain(project.title);
    expect(await line.textContent()).toContain('4 星（满分 5 星）');
    expect(await line.textContent()).not.toMatch(/volunteerNumber|AX\d{10}/);
    expect(await page.locator('#manage-ratings .rating-summary').textContent()).toMatch(/平均 \d\.\d 分（满分 5 分），共 \d+ 条评价/);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.screenshot({ path: shots('manage'), fullPage: true });
    await page.goto(`${site.product.url}/en/manage/ratings/?org=${orgId}`);
    await page.locator('#manage-ratings li', { hasText: comment }).waitFor();
    expect(await page.locator('#manage-ratings-title').textContent()).toBe("Volunteers' ratings");
    expect(await page.locator('#manage-ratings li', { hasText: comment }).textContent()).toContain('4 of 5 stars');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('after the rebuild, the activity’s page and the team’s page show the average, statically', async () => {
    const url = `${site.product.url}/projects/${project.projectId}/`;
    await expect
      .poll(async () => (await (await fetch(url)).text()).includes('4.0 分（满分 5 分），1 条评价'), { timeout: 200_000, interval: 2_000 })
      .toBe(true);
    const html = await (await fetch(url)).text();
    expect(html).not.toContain(comment);
    // The team's scores: its activities' ratings and the requesters' scores of the needs it served.
    const [team] = await orm.em
      .fork()
      .getConnection()
      .execute(
        `select round(avg(score), 1)::text as average, count(*)::int as n from (select organization_id, score from rating
         union all select c.organization_id, r.score from service_request_claim c join service_request r on r.id = c.request_id where r.score is not null) s
        where organization_id = ?`,
        [orgId],
      );
    const teamHtml = await (await fetch(`${site.product.url}/organizations/${orgSlug}/`)).text();
    expect(teamHtml).toContain(`${team.average} 分（满分 5 分），${team.n} 条评价`);
    expect(teamHtml).not.toContain(comment);
    const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    expect(await page.locator('.facts').textContent()).toContain('志愿者评价');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots('activity'), fullPage: false });
    await page.goto(`${site.product.url}/en/projects/${project.projectId}/`);
    expect(await page.locator('.facts').textContent()).toContain('4.0 out of 5, from 1 rating');
    await context.close();
  }, 240_000);

  it('platform staff hide the comment at /admin/ratings/; the team no longer sees it', async () => {
    const { context, page } = await browserAs(DEMO.admin, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/admin/ratings/`);
    const line = page.locator('#admin-ratings li', { hasText: comment });
    await line.waitFor();
    await expectNoAxeViolations(page);
    // A reason is required.
    await line.getByRole('button', { name: /隐藏留言/ }).click();
    await expect.poll(() => line.locator('.field-error').textContent()).toContain('请写明隐藏原因');
    await line.getByLabel('隐藏原因').fill('含有不当内容');
    await line.getByRole('button', { name: /隐藏留言/ }).click();
    const hidden = page.locator(`#admin-ratings li[data-rating]`, { hasText: '已被隐藏' });
    await hidden.waitFor();
    expect(await page.locator('#admin-ratings').textContent()).not.toContain(comment);
    await expectNoAxeViolations(page);
    await context.close();

    const team = await server.gql(
      `query($id: ID!) { organization(id: $id) { ratings(first: 100) { nodes { comment commentHidden project { id } } } } }`,
      { id: orgId },
      coordinator,
    );
    const mine = team.data.organization.ratings.nodes.filter((n: { project: { id: string } }) => n.project.id === project.projectId);
    expect(mine).toEqual([{ comment: null, commentHidden: true, project: { id: project.projectId } }]);
  });
});
