// End to end in headless Chromium against the product as `npm start` runs it: what a volunteer
// does for themselves. Registering means accepting the user agreement and the privacy policy (the
// versions are recorded), and a volunteer who has not accepted the texts in force is asked after
// signing in; the account settings change details, whether messages are emailed, the emergency
// contact and the password, and close the account; the account page shows one line per shift
// and the right way to the back office; an activity page asks before cancelling, refuses a place
// at the same time as another and offers nothing once a shift is over; search finds role models
// and showcases, keeps only results holding a Chinese query whole, and shows an activity's dates
// and state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm, testServer, type BoundGql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { launchChromium, newPage as openPage } from '../helpers/browser.js';
import { ACCEPTED_DOCUMENTS, fakeIdNumber, fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type Product, type SiteProduct } from '../helpers/product.js';
import { LegalDocumentKind } from '../../api/src/modules/consent/legal-document.js';

let site: SiteProduct;
let product: Product;
let browser: Browser;
let sql: <T = any>(query: string, params?: unknown[]) => Promise<T[]>;
let closeOrm: () => Promise<void>;

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const tag = String(Date.now()).slice(-7);
/** Activities of this file: one upcoming with two shifts that overlap another's, one whose shift is over. */
const stage = { upcoming: { id: '', first: '', second: '' }, clash: { id: '', shift: '', title: '' }, ended: { id: '', shift: '' } };

async function publish(
  server: { gql: BoundGql },
  coordinator: Record<string, string>,
  orgId: string,
  title: string,
  shifts: { startsAt: string; endsAt: string }[],
) {
  const created = await server.gql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
    {
      input: {
        organizationId: orgId,
        title,
        summary: '自助服务测试活动',
        district: '测试区',
        shifts: shifts.map((s) => ({ ...s, capacity: 5, waitlist: true })),
      },
    },
    coordinator,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const { id, shifts: made } = created.data.createProject;
  const published = await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id }, coordinator);
  if (!published.data) throw new Error(JSON.stringify(published.errors));
  return { id: id as string, shiftIds: (made as { id: string }[]).map((s) => s.id) };
}

beforeAll(async () => {
  const orm = await testOrm();
  sql = (query, params = []) => orm.em.fork().getConnection().execute(query, params);
  closeOrm = () => orm.close();
  const server = await testServer(orm);
  try {
    const coordinator = await signIn(server, DEMO.coordinator);
    const [{ id: orgId }] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
    const upcoming = await publish(server, coordinator, orgId, `自助测试：周末助老${tag}`, [
      { startsAt: hours(200), endsAt: hours(203) },
      { startsAt: hours(224), endsAt: hours(227) },
    ]);
    stage.upcoming = { id: upcoming.id, first: upcoming.shiftIds[0], second: upcoming.shiftIds[1] };
    stage.clash.title = `自助测试：同一时间的净滩${tag}`;
    const clash = await publish(server, coordinator, orgId, stage.clash.title, [{ startsAt: hours(201), endsAt: hours(204) }]);
    stage.clash = { ...stage.clash, id: clash.id, shift: clash.shiftIds[0] };
    const ended = await publish(server, coordinator, orgId, `自助测试：已结束的植树${tag}`, [{ startsAt: hours(30), endsAt: hours(33) }]);
    stage.ended = { id: ended.id, shift: ended.shiftIds[0] };
    // Over before the site is built.
    await sql(`update shift set starts_at = now() - interval '5 hours', ends_at = now() - interval '2 hours' where id = ?`, [stage.ended.shift]);
    await sql(`update project set starts_at = now() - interval '5 hours', ends_at = now() - interval '2 hours' where id = ?`, [stage.ended.id]);
  } finally {
    await server.close();
  }
  site = await startSiteOnRunDatabase();
  product = site.product;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await closeOrm?.();
});

const newPage = (options: Parameters<Browser['newContext']>[0] = {}) => openPage(browser, options);
const hydrated = (page: Page) => page.waitForSelector('form button[type=submit]:not([disabled])');

async function registerByApi(overrides: Record<string, unknown> = {}) {
  const input = fakeRegistration(overrides);
  const res = await fetch(site.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: REGISTER, variables: { input } }),
  });
  const body = (await res.json()) as { data?: { registerVolunteer: { token: string; volunteer: { id: string } } }; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return { input, id: body.data.registerVolunteer.volunteer.id, headers: { authorization: `Bearer ${body.data.registerVolunteer.token}` } };
}

async function logIn(context: BrowserContext, login: string, password: string) {
  const res = await context.request.post(site.api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { volunteer { id } } }`, variables: { i: { login, password } } },
  });
  expect(res.ok()).toBe(true);
}

async function apiAs(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(site.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
}

describe('consent', () => {
  it('registers only once the agreement and the policy are accepted, and records their versions', async () => {
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${product.url}/register/`);
    await hydrated(page);
    const phone = fakePhone();
    await page.getByLabel('姓名', { exact: true }).fill('林小雨');
    await page.getByLabel('身份证号', { exact: true }).fill(fakeIdNumber());
    await page.getByLabel('手机号', { exact: true }).fill(phone);
    await page.getByLabel('密码', { exact: true }).fill('long-enough-pass');
    // The links open the texts in force.
    expect(await page.getByRole('link', { name: '《用户协议》' }).getAttribute('href')).toBe('/terms/');
    expect(await page.getByRole('link', { name: '《隐私政策》' }).getAttribute('href')).toBe('/privacy/');

    await page.getByRole('button', { name: '注册', exact: true }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toBe('请先阅读并勾选同意《用户协议》和《隐私政策》。');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('register-consent');
    expect(await page.locator('#register-consent').getAttribute('aria-invalid')).toBe('true');
    const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from volunteer where display_name = '林*雨'`);

    await page.locator('#register-consent').check();
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.waitForURL(`${product.url}/account/`);
    // The header names the volunteer in full: it is their own name.
    await expect.poll(() => page.locator('.account-menu-name').innerText()).toContain('林小雨');
    const [{ after }] = await sql<{ after: number }>(`select count(*)::int as after from volunteer where display_name = '林*雨'`);
    expect(after).toBe(n + 1);
    const rows = await sql<{ document: string; version: string; channel: string }>(
      `select c.document, c.version, c.channel from consent c join volunteer v on v.id = c.volunteer_id where v.display_name = '林*雨' and v.created_at > now() - interval '1 minute' order by c.document::text`,
    );
    expect(rows).toEqual(
      ACCEPTED_DOCUMENTS.map((d) => ({ document: d.document, version: d.version, channel: 'SELF' })).sort((a, b) => a.document.localeCompare(b.document)),
    );
    await context.close();
  });

  it('serves the texts with their versions, in both languages, and names the operator in the footer', async () => {
    const { context, page } = await newPage();
    await page.goto(`${product.url}/privacy/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('隐私政策');
    expect(await page.locator('.legal').getAttribute('data-version')).toBe(ACCEPTED_DOCUMENTS.find((d) => d.document === LegalDocumentKind.PRIVACY)!.version);
    expect(await page.locator('.legal').innerText()).toContain('加密形式保存');
    expect(await page.locator('.site-footer').innerText()).toContain('运营单位：爱心志愿服务平台');
    await page.goto(`${product.url}/en/terms/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('User agreement');
    expect(await page.locator('.site-footer').getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/en/privacy/');
    await context.close();
  });

  it('asks after signing in when the texts in force were not accepted; accepting goes on to the account', async () => {
    const person = await registerByApi({ accepted: null, realName: '周子航' });
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${product.url}/login/`);
    await hydrated(page);
    await page.getByLabel('手机号或邮箱', { exact: true }).fill(person.input.phone);
    await page.getByLabel('密码', { exact: true }).fill(person.input.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    const request = page.getByRole('region', { name: '请阅读并同意更新后的条款' });
    await request.waitFor();
    expect(await request.getByRole('link', { name: '用户协议' }).getAttribute('href')).toBe('/terms/');
    await request.getByRole('button', { name: '我已阅读并同意' }).click();
    await page.waitForURL(`${product.url}/account/`);
    await expect.poll(() => page.locator('.account-card h2').first().innerText()).toBe('周子航');
    expect(await page.locator('.consent-request').count()).toBe(0);
    const rows = await sql(`select document from consent where volunteer_id = ?`, [person.id]);
    expect(rows).toHaveLength(2);
    await context.close();
  });
});

describe('account settings', () => {
  it('change details, the emergency contact and the password; other sessions end', async () => {
    const person = await registerByApi({ realName: '孙可欣' });
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await logIn(context, person.input.phone, person.input.password);
    await page.goto(`${product.url}/account/`);
    await page.getByRole('link', { name: '修改资料、密码或注销账户 →' }).click();
    await page.waitForURL(`${product.url}/account/settings/`);
    await hydrated(page);

    const profile = page.getByRole('region', { name: '个人资料' });
    await profile.getByLabel('所在区县').fill('秀英区');
    await profile.getByLabel('技能特长').fill('摄影、 手语,急救');
    await profile.getByRole('button', { name: '保存资料' }).click();
    await expect.poll(() => profile.locator('.form-status').innerText()).toBe('资料已保存。');
    const [row] = await sql<{ district: string; skills: string[] }>(`select district, skills from volunteer where id = ?`, [person.id]);
    expect(row).toEqual({ district: '秀英区', skills: ['摄影', '手语', '急救'] });

    // Messages by email: on until the volunteer turns them off, saved as the box changes.
    const messages = page.getByRole('region', { name: '消息通知' });
    const byEmail = messages.getByLabel('同时通过邮件发送给我');
    expect(await byEmail.isChecked()).toBe(true);
    await byEmail.uncheck();
    await expect.poll(() => messages.locator('.form-status').innerText()).toBe('已关闭邮件通知，消息仍在“我的消息”中。');
    expect((await sql<{ notify_email: boolean }>(`select notify_email from volunteer where id = ?`, [person.id]))[0].notify_email).toBe(false);

    const contact = page.getByRole('region', { name: '紧急联系人' });
    await contact.getByLabel('姓名').fill('孙大伟');
    await contact.getByRole('button', { name: '保存资料' }).click();
    await expect.poll(() => contact.locator('.form-status').innerText()).toBe('请同时填写紧急联系人的姓名和手机号。');
    const contactPhone = fakePhone();
    await contact.getByLabel('手机号').fill(contactPhone);
    await contact.getByRole('button', { name: '保存资料' }).click();
    await expect.poll(() => contact.locator('.form-status').innerText()).toBe('资料已保存。');
    // Only the masked number comes back to the page.
    expect(await contact.innerText()).toContain(`当前：${contactPhone.slice(0, 3)}****${contactPhone.slice(-4)}`);
    expect(await page.content()).not.toContain(contactPhone);

    const otherLogIn = await apiAs({}, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, {
      i: { login: person.input.phone, password: person.input.password },
    });
    const other = { authorization: `Bearer ${otherLogIn.data.logIn.token}` };
    const password = page.getByRole('region', { name: '修改密码' });
    await password.getByLabel('当前密码').fill('not-my-password');
    await password.getByLabel('新密码', { exact: true }).fill('a-new-password-9');
    await password.getByLabel('再次输入新密码').fill('a-new-password-9');
    await password.getByRole('button', { name: '修改密码' }).click();
    await expect.poll(() => password.locator('#field-currentPassword-error').innerText()).toBe('当前密码不正确。');
    await password.getByLabel('当前密码').fill(person.input.password);
    await password.getByRole('button', { name: '修改密码' }).click();
    await expect.poll(() => password.locator('.form-status').innerText()).toBe('密码已修改，其他设备上的登录已退出。');
    expect((await apiAs(other, `{ me { id } }`)).data.me).toBeNull();
    expect(
      (await apiAs({}, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: person.input.phone, password: 'a-new-password-9' } })).data
        .logIn.token,
    ).toBeTruthy();
    // This browser stays signed in.
    await page.goto(`${product.url}/account/`);
    await expect.poll(() => page.locator('.account-card h2').first().innerText()).toBe('孙可欣');
    await context.close();
  });

  it('close the account after saying what is erased and what stays', async () => {
    const person = await registerByApi({ realName: '吴思远' });
    const { context, page } = await newPage();
    await logIn(context, person.input.phone, person.input.password);
    await page.goto(`${product.url}/en/account/settings/`);
    await hydrated(page);
    expect(await page.getByRole('region', { name: 'Messages' }).getByLabel('Email them to me as well').isChecked()).toBe(true);
    const close = page.getByRole('region', { name: 'Close your account' });
    expect(await close.innerText()).toContain('Your recorded service hours stay, anonymised');
    await close.getByLabel('Your password, to confirm').fill(person.input.password);
    await close.getByRole('button', { name: 'Close my account' }).click();
    await expect.poll(() => close.locator('.form-status').innerText()).toBe('Please tick the box first.');
    await close.getByLabel('I understand that my personal information will be deleted and cannot be recovered').check();
    await close.getByRole('button', { name: 'Close my account' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Your account is closed' }).count()).toBe(1);
    const [row] = await sql<{ deleted: boolean; phone: Buffer | null }>(
      `select deleted_at is not null as deleted, phone_enc as phone from volunteer where id = ?`,
      [person.id],
    );
    expect(row).toEqual({ deleted: true, phone: null });
    await context.close();
  });
});

describe('the account page', () => {
  it('lists a shift once however often it was cancelled, says nothing of reading with no messages, and offers a volunteer the way to register a team', async () => {
    const person = await registerByApi({ realName: '郑雨桐' });
    for (let i = 0; i < 2; i++) {
      const signed = await apiAs(person.headers, `mutation($s: ID!) { signUp(input: { shiftId: $s }) { id } }`, { s: stage.upcoming.second });
      await apiAs(person.headers, `mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: signed.data.signUp.id });
    }
    const { context, page } = await newPage();
    await logIn(context, person.input.phone, person.input.password);
    await page.goto(`${product.url}/account/`);
    await page.waitForSelector('[data-list="past"]');
    expect(await page.locator('[data-list="past"] .signup').count()).toBe(1);
    await expect.poll(() => page.locator('.inbox .account-note').count()).toBe(1);
    expect(await page.locator('.inbox-count').count()).toBe(0);
    expect(await page.getByRole('link', { name: '想组织志愿活动？注册你的团队 →' }).getAttribute('href')).toBe('/manage/register-team/');
    expect(await page.getByRole('link', { name: /^管理台/ }).count()).toBe(0);
    await context.close();

    const coordinator = await newPage();
    await logIn(coordinator.context, DEMO.coordinator, DEMO_PASSWORD);
    await coordinator.page.goto(`${product.url}/account/`);
    await coordinator.page.waitForSelector('.account-links');
    expect(await coordinator.page.getByRole('link', { name: /^管理台/ }).getAttribute('href')).toBe('/manage/');
    await coordinator.context.close();
  });
});

describe('an activity page', () => {
  const row = (page: Page, shiftId: string) => page.locator(`li[data-shift="${shiftId}"]`);

  it('asks before cancelling, and keeps the place when the volunteer says no', async () => {
    const person = await registerByApi();
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    // This test answers each question itself.
    page.removeAllListeners('dialog');
    await logIn(context, person.input.phone, person.input.password);
    await page.goto(`${product.url}/projects/${stage.upcoming.id}/`);
    await page.waitForSelector('[data-live="true"]');
    await row(page, stage.upcoming.first).getByRole('button', { name: '报名', exact: true }).click();
    await expect.poll(() => row(page, stage.upcoming.first).locator('.shift-mine').innerText()).toBe('已报名');

    const asked: string[] = [];
    page.once('dialog', (d) => (asked.push(d.message()), void d.dismiss()));
    await row(page, stage.upcoming.first)
      .getByRole('button', { name: /取消报名/ })
      .click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^确定取消 .+ 的报名吗？名额会释放给其他志愿者。$/);
    expect(await row(page, stage.upcoming.first).locator('.shift-mine').innerText()).toBe('已报名');
    const [{ status }] = await sql<{ status: string }>(`select status from signup where shift_id = ? and volunteer_id = ?`, [stage.upcoming.first, person.id]);
    expect(status).toBe('CONFIRMED');

    page.once('dialog', (d) => void d.accept());
    await row(page, stage.upcoming.first)
      .getByRole('button', { name: /取消报名/ })
      .click();
    await expect.poll(() => row(page, stage.upcoming.first).locator('.shift-message').innerText()).toBe('已取消报名，名额已释放。');
    await context.close();
  });

  it('refuses a place at the same time as one the volunteer holds, naming the other activity', async () => {
    const person = await registerByApi();
    expect(
      (await apiAs(person.headers, `mutation($s: ID!) { signUp(input: { shiftId: $s }) { status } }`, { s: stage.upcoming.first })).data.signUp.status,
    ).toBe('CONFIRMED');
    const { context, page } = await newPage();
    await logIn(context, person.input.phone, person.input.password);
    await page.goto(`${product.url}/projects/${stage.clash.id}/`);
    await page.waitForSelector('[data-live="true"]');
    await row(page, stage.clash.shift).getByRole('button', { name: '报名', exact: true }).click();
    await expect.poll(() => row(page, stage.clash.shift).locator('.shift-message').innerText()).toContain('你已报名同一时间的「自助测试：周末助老');
    await page.goto(`${product.url}/en/projects/${stage.clash.id}/`);
    await page.waitForSelector('[data-live="true"]');
    await row(page, stage.clash.shift).getByRole('button', { name: 'Sign up', exact: true }).click();
    await expect
      .poll(() => row(page, stage.clash.shift).locator('.shift-message').innerText())
      .toContain('You already hold a place at the same time in another activity');
    await context.close();
  });

  it('offers no places and no calendar once its shifts are over', async () => {
    const { context, page } = await newPage();
    await page.goto(`${product.url}/projects/${stage.ended.id}/`);
    await page.waitForSelector('[data-live]');
    const shift = row(page, stage.ended.shift);
    expect(await shift.locator('.badge-ended').innerText()).toBe('已结束');
    expect(await shift.locator('.shift-remaining').count()).toBe(0);
    expect(await shift.locator('.shift-figures').innerText()).toBe('0 / 5 人报名');
    expect(await shift.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('link', { name: /添加到日历/ }).count()).toBe(0);
    // An upcoming one has both.
    await page.goto(`${product.url}/projects/${stage.upcoming.id}/`);
    expect(await page.getByRole('link', { name: /添加到日历/ }).getAttribute('href')).toBe(`/projects/${stage.upcoming.id}.ics`);
    expect(await row(page, stage.upcoming.second).locator('.shift-remaining').count()).toBe(1);
    await context.close();
  });
});

describe('search', () => {
  const search = async (page: Page, query: string) => {
    await page.goto(`${product.url}/search/?q=${encodeURIComponent(query)}`);
    // (The page's CSP allows no eval, so Playwright's waitForFunction cannot run there.)
    await expect.poll(async () => /^\d+ 条结果$|^没有找到/.test(await page.locator('#search-status').innerText()), { timeout: 15_000 }).toBe(true);
    return page.locator('#search-results > li');
  };

  it('finds a role model by name, and not pages that only share one of its characters', async () => {
    const [{ slug }] = await sql<{ slug: string }>(`select slug from news_article where body like '%小王子%' and status = 'PUBLISHED' limit 1`);
    const { context, page } = await newPage();
    const results = await search(page, '王晓燕');
    const count = await results.count();
    expect(count).toBeGreaterThan(0);
    const texts = await results.allInnerTexts();
    for (const text of texts) expect(text).toContain('王晓燕');
    expect(texts.some((t) => t.includes('榜样'))).toBe(true);
    expect(await page.locator(`#search-results a[href="/news/${slug}/"]`).count()).toBe(0);
    expect(await page.locator('#search-status').innerText()).toBe(`${count} 条结果`);
    await context.close();
  });

  it('finds showcases, and shows an activity’s dates and state', async () => {
    const { context, page } = await newPage();
    const showcases = await search(page, '博闻公益书吧');
    expect(await showcases.filter({ hasText: '项目展示' }).first().locator('a').getAttribute('href')).toMatch(/^\/showcases\/#shw_/);

    const activities = await search(page, `已结束的植树${tag}`);
    await expect.poll(() => activities.count()).toBe(1);
    const meta = activities.first().locator('.result-meta');
    expect(await meta.locator('.result-type').innerText()).toBe('活动');
    expect(await meta.locator('.result-state').innerText()).toBe('已结束');
    expect(await meta.locator('time').innerText()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);

    const upcoming = await search(page, `周末助老${tag}`);
    expect(await upcoming.first().locator('.result-state').innerText()).toBe('即将开始');
    await context.close();
  });
});
