// End to end in headless Chromium against the product as `npm start` runs it: the coordinator
// console (/manage/). The demo coordinator records the service time of an ended shift (one
// volunteer's minutes changed, one left for later), gets a too-large value refused on its row,
// answers a correction request, reads a check-in code and exports the records; an organisation
// awaiting approval, an ordinary volunteer, a signed-out visitor and an unreachable API each get
// their own clear page. Everything here is this file's own: its activities are in 测试区.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql, testOrm, testServer, type BoundGql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, layoutShifts, NETWORK_MESSAGE, newPage as openPage, OBSERVE_LAYOUT_SHIFTS } from '../helpers/browser.js';
import { endedShifts, RECORD } from '../helpers/ledger.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type Product, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let product: Product;
let browser: Browser;
let api: string;
let sql: <T = any>(query: string, params?: unknown[]) => Promise<T[]>;
let closeOrm: () => Promise<void>;

interface Person {
  id: string;
  number: string;
  realName: string;
  headers: Record<string, string>;
  login: string;
  password: string;
}

/** Three volunteers on two ended shifts (`record`, `refuse`); a fourth whose record of `disputed` they ask to correct. */
const stage = {
  people: [] as Person[],
  asker: null as unknown as Person,
  title: '',
  record: '',
  refuse: '',
  disputed: '',
  request: '',
  upcoming: { projectId: '', shiftId: '' },
  pending: { name: '', login: '', password: '' },
};

async function register(server: { gql: BoundGql }, realName: string): Promise<Person> {
  const input = fakeRegistration({ realName });
  const res = await server.gql(REGISTER, { input });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const v = res.data.registerVolunteer;
  return {
    id: v.volunteer.id,
    number: v.volunteer.volunteerNumber,
    realName,
    headers: { authorization: `Bearer ${v.token}` },
    login: input.phone,
    password: input.password,
  };
}

beforeAll(async () => {
  const orm = await testOrm();
  sql = (query, params = []) => orm.em.fork().getConnection().execute(query, params);
  closeOrm = () => orm.close();
  const server = await testServer(orm);
  try {
    const coordinator = await signIn(server, DEMO.coordinator);
    const [{ id: orgId }] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
    for (const name of ['王晓明', '李红梅', '陈志刚']) stage.people.push(await register(server, name));
    stage.asker = await register(server, '赵晓燕');

    const ended = await endedShifts(server, orm, coordinator, orgId, stage.people, { shifts: 2, hours: 3 });
    stage.title = ended.title;
    [stage.record, stage.refuse] = ended.shiftIds;

    // The asker's record of 180 minutes, disputed: they say they left half an hour early.
    const disputed = await endedShifts(server, orm, coordinator, orgId, [stage.asker], { shifts: 1, hours: 3 });
    stage.disputed = disputed.shiftIds[0];
    const recorded = await server.gql(RECORD, { input: { shiftId: stage.disputed, entries: [{ volunteerId: stage.asker.id, minutes: 180 }] } }, coordinator);
    expect(recorded.errors).toBeUndefined();
    const asked = await server.gql(
      `mutation($input: RequestHourCorrectionInput!) { requestHourCorrection(input: $input) { id } }`,
      { input: { shiftId: stage.disputed, requestedMinutes: 150, message: '我 11:30 提前离开，应为 150 分钟' } },
      stage.asker.headers,
    );
    expect(asked.errors).toBeUndefined();
    stage.request = asked.data.requestHourCorrection.id;

    // A shift starting in half an hour: its check-in is open.
    const start = Date.now() + 30 * 60_000;
    const created = await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgId,
          title: `测试签到活动${Math.random().toString(36).slice(2, 8)}`,
          summary: '社区垃圾分类宣传',
          district: '测试区',
          address: '测试社区广场',
          shifts: [{ startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString(), capacity: 10 }],
        },
      },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    stage.upcoming = { projectId: created.data.createProject.id, shiftId: created.data.createProject.shifts[0].id };
    expect((await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: stage.upcoming.projectId }, coordinator)).errors).toBeUndefined();

    // A volunteer who registered an organisation that still awaits approval (they are its ADMIN).
    const founder = await register(server, '孙立新');
    stage.pending = { name: `测试待审核服务队${Math.random().toString(36).slice(2, 8)}`, login: founder.login, password: founder.password };
    const org = await server.gql(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { status } }`,
      { input: { name: stage.pending.name, kind: 'NGO', district: '测试区' } },
      founder.headers,
    );
    expect(org.data?.registerOrganization.status).toBe('PENDING');
  } finally {
    await server.close();
  }

  site = await startSiteOnRunDatabase();
  ({ product, api } = site);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await closeOrm?.();
});

const productGql: BoundGql = (query, variables, headers) => gql(api, query, variables, headers);
const newPage = (options: Parameters<Browser['newContext']>[0] = {}) => openPage(browser, options);

/** Signs the browser context in without the form (the session cookie). */
async function signInContext(context: BrowserContext, login: string, password: string): Promise<void> {
  const res = await context.request.post(api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { volunteer { id } } }`, variables: { i: { login, password } } },
  });
  expect(res.ok()).toBe(true);
}

async function openConsole(page: Page): Promise<void> {
  await page.goto(`${product.url}/manage/hours/`);
  await page.waitForSelector('.manage-sections:not([hidden])');
}

const totalMinutes = async (p: Person) => (await productGql(`{ me { totalMinutes } }`, {}, p.headers)).data.me.totalMinutes as number;
const liveEntries = (shiftId: string) =>
  sql<{ volunteer_id: string; minutes: number }>(
    `select volunteer_id, minutes from hour_entry e where shift_id = ? and kind = 'SERVICE'
       and not exists (select 1 from hour_entry r where r.reverses_id = e.id) order by volunteer_id`,
    [shiftId],
  );

describe('the demo coordinator', () => {
  it('finds every section from the overview, in Chinese on a desktop and in English on a phone', async () => {
    const { context, page } = await newPage();
    await signInContext(context, DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${product.url}/manage/`);
    await page.waitForSelector('.manage-cards');
    expect(await page.locator('#manage-org').textContent()).toBe('龙华区青年志愿者协会');
    expect(await page.locator('.manage-nav a[aria-current="page"]').textContent()).toBe('概览');
    const cards = page.locator('.manage-cards a');
    expect(await cards.locator('strong').allTextContents()).toEqual([
      '活动',
      '成员',
      '签到',
      '时长',
      '导入',
      '资讯',
      '群发通知',
      '需求对接',
      '评价',
      '评比',
      '服务站值班',
      '培训',
      '心得审核',
      '团队资料',
      '下属团队',
      '资讯审核',
      '需求审核',
      '密钥',
      'Webhook',
    ]);
    const [{ id: orgId }] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
    expect(await cards.nth(3).getAttribute('href')).toBe(`/manage/hours/?org=${encodeURIComponent(orgId)}`);
    // Ended shifts of this file wait for their service time: the hours card says how many.
    await expect.poll(() => page.locator('.manage-waiting').textContent()).toMatch(/^\d+ 个时段待登记时长/);
    await expectNoAxeViolations(page);
    await cards.nth(3).click();
    await page.waitForSelector('.manage-sections:not([hidden])');
    expect(await page.locator('.manage-nav a[aria-current="page"]').textContent()).toBe('时长');
    await context.close();

    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await signInContext(phone.context, DEMO.coordinator, DEMO_PASSWORD);
    await phone.page.goto(`${product.url}/en/manage/`);
    await phone.page.waitForSelector('.manage-cards');
    expect(await phone.page.locator('h1').textContent()).toBe('Back office');
    expect(await phone.page.locator('.manage-cards strong').allTextContents()).toEqual([
      'Activities',
      'Members',
      'Attendance',
      'Hours',
      'Import',
      'News',
      'Messages',
      'Service requests',
      'Ratings',
      'Contests',
      'Station duty',
      'Training',
      'Stories',
      'Team profile',
      'Member teams',
      'News review',
      'Request triage',
      'Keys',
      'Webhooks',
    ]);
    // Nothing wider than the phone's screen but the navigation, which scrolls on its own.
    expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(phone.page);

    // The hours page speaks English too.
    await phone.page.goto(`${product.url}/en/manage/hours/`);
    await phone.page.waitForSelector('.manage-sections:not([hidden])');
    expect(await phone.page.locator('#manage-hours-title').textContent()).toBe('Service time to record');
    expect(await phone.page.locator('#manage-corrections-title').textContent()).toBe('Correction requests');
    expect(await phone.page.locator('#manage-export-title').textContent()).toBe('Export the records');
    expect(await phone.page.getByRole('button', { name: 'Prepare downloads' }).count()).toBe(1);
    expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(phone.page);
    await phone.context.close();
  });

  it('records an ended shift: minutes changed on one row, one volunteer left out for later, then recorded too', async () => {
    const [a, b, c] = stage.people;
    const before = await Promise.all(stage.people.map(totalMinutes));
    const { context, page } = await newPage();
    await context.addInitScript(OBSERVE_LAYOUT_SHIFTS);
    await signInContext(context, DEMO.coordinator, DEMO_PASSWORD);
    await openConsole(page);
    expect(await page.locator('#manage-org').textContent()).toBe('龙华区青年志愿者协会');

    // The shift, its title and time, and a row per volunteer with name, number and the shift's length.
    const shift = page.locator(`li[data-shift="${stage.record}"]`);
    expect(await shift.locator('h3').innerText()).toContain(stage.title);
    for (const p of stage.people) {
      const row = shift.locator(`li[data-volunteer="${p.id}"]`);
      expect(await row.innerText()).toContain(p.realName);
      expect(await row.innerText()).toContain(p.number);
      expect(await row.getByRole('checkbox').isChecked()).toBe(true);
      expect(await row.getByLabel(`时长（分钟）：${p.realName}`).inputValue()).toBe('180');
    }
    // The sections appeared together once loaded: nothing moved. (Read before any input: what the
    // coordinator's own clicks change later, such as the note saying what was recorded, may move the list.)
    const shifts = await layoutShifts(page);
    expect(
      shifts.filter((s) => s.value > 0).reduce((n, s) => n + s.value, 0),
      JSON.stringify(shifts),
    ).toBeLessThan(0.01);

    await shift.getByLabel(`时长（分钟）：${b.realName}`).fill('150');
    await shift.locator(`li[data-volunteer="${c.id}"]`).getByRole('checkbox').uncheck();
    expect(await shift.getByLabel(`时长（分钟）：${c.realName}`).isDisabled()).toBe(true);
    await shift.getByRole('button', { name: /^登记/ }).click();

    const note = page.locator('#manage-hours [role="status"]').first();
    await expect
      .poll(() => note.textContent())
      .toBe(`已为“${stage.title}”（${await shift.locator('.manage-when').textContent()}）登记 2 名志愿者的服务时长，还有 1 名待登记。`);
    await expect.poll(() => shift.locator('li[data-volunteer]').count()).toBe(1);
    expect(await liveEntries(stage.record)).toEqual(
      [
        { volunteer_id: a.id, minutes: 180 },
        { volunteer_id: b.id, minutes: 150 },
      ].sort((x, y) => x.volunteer_id.localeCompare(y.volunteer_id)),
    );
    expect(await totalMinutes(a)).toBe(before[0] + 180);
    expect(await totalMinutes(b)).toBe(before[1] + 150);
    expect(await totalMinutes(c)).toBe(before[2]);

    // The one left out, recorded now (a double click records once); the shift then leaves the list.
    await shift.locator(`li[data-volunteer="${c.id}"]`).getByRole('checkbox').check();
    await shift.getByRole('button', { name: /^登记/ }).dblclick();
    await expect.poll(() => page.locator(`li[data-shift="${stage.record}"]`).count()).toBe(0);
    await expect.poll(() => note.textContent()).toContain('登记 1 名志愿者的服务时长。');
    expect((await liveEntries(stage.record)).length).toBe(3);
    expect(await sql(`select count(*)::int as n from hour_entry where shift_id = ? and volunteer_id = ?`, [stage.record, c.id])).toEqual([{ n: 1 }]);
    expect(await totalMinutes(c)).toBe(before[2] + 180);
    expect(await page.locator('.form-status[data-tone="error"]').count()).toBe(0);
    await context.close();
  });

  it('shows a too-large value next to its row, focused, and records nothing', async () => {
    const [a, b] = stage.people;
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await signInContext(context, DEMO.coordinator, DEMO_PASSWORD);
    await openConsole(page);
    const shift = page.locator(`li[data-shift="${stage.refuse}"]`);
    const input = shift.getByLabel(`时长（分钟）：${b.realName}`);
    await input.fill('999');
    await shift.getByRole('button', { name: /^登记/ }).click();

    const row = shift.locator(`li[data-volunteer="${b.id}"]`);
    await expect.poll(() => row.locator('.field-error').textContent()).toBe('服务时长应为 1 到 180 分钟（时段长度）。');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.getAttribute('aria-describedby')).toBe(await row.locator('.field-error').getAttribute('id'));
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe(await input.getAttribute('id'));
    expect(await shift.locator(`li[data-volunteer="${a.id}"] .field-error`).textContent()).toBe('');
    expect(await shift.locator('.form-status').textContent()).toBe('服务时长应为 1 到 180 分钟（时段长度）。');
    expect(await sql(`select count(*)::int as n from hour_entry where shift_id = ?`, [stage.refuse])).toEqual([{ n: 0 }]);
    expect(await shift.locator('li[data-volunteer]').count()).toBe(3);
    await context.close();
  });

  it('answers a correction request: 驳回 needs a reason, 同意 corrects the record', async () => {
    const before = await totalMinutes(stage.asker);
    const { context, page } = await newPage();
    await signInContext(context, DEMO.coordinator, DEMO_PASSWORD);
    await openConsole(page);
    const item = page.locator(`li[data-correction="${stage.request}"]`);
    const text = await item.innerText();
    for (const part of [stage.asker.realName, stage.asker.number, '原记录 180 分钟', '申请 150 分钟', '我 11:30 提前离开，应为 150 分钟'])
      expect(text).toContain(part);

    await item.getByRole('button', { name: new RegExp(`^驳回\\s*：${stage.asker.realName}的申请$`) }).click();
    await expect.poll(() => item.locator('.field-error').textContent()).toBe('驳回时请写明理由（2 到 500 字）');
    expect(await sql(`select status from hour_correction_request where id = ?`, [stage.request])).toEqual([{ status: 'OPEN' }]);

    await item.getByLabel('答复（志愿者可见）').fill('已核对签到表，按 150 分钟更正');
    await item.getByRole('button', { name: new RegExp(`^同意\\s*：${stage.asker.realName}的申请$`) }).click();
    await expect.poll(() => page.locator(`li[data-correction="${stage.request}"]`).count()).toBe(0);
    expect(await page.locator('#manage-corrections [role="status"]').textContent()).toBe(
      `已同意${stage.asker.realName}对“${await titleOf(stage.disputed)}”的更正申请。`,
    );
    expect(await sql(`select status, resolution from hour_correction_request where id = ?`, [stage.request])).toEqual([
      { status: 'ACCEPTED', resolution: '已核对签到表，按 150 分钟更正' },
    ]);
    expect(await liveEntries(stage.disputed)).toEqual([{ volunteer_id: stage.asker.id, minutes: 150 }]);
    expect(await totalMinutes(stage.asker)).toBe(before - 30);
    await context.close();
  });

  it('shows the check-in code of a shift about to start on the door display, and exports the records of a period', async () => {
    const { context, page } = await newPage();
    await signInContext(context, DEMO.coordinator, DEMO_PASSWORD);
    const headers = await signIn({ gql: productGql }, DEMO.coordinator);
    const codeNow = async () =>
      (await productGql(`query($id: ID!) { project(id: $id) { shifts { checkInCode { code } } } }`, { id: stage.upcoming.projectId }, headers)).data.project
        .shifts[0].checkInCode.code as string;
    const first = await codeNow();
    await page.goto(`${product.url}/manage/attendance/door/?shift=${stage.upcoming.shiftId}`);
    const shown = await page.locator('[data-field="checkInCode"]').textContent();
    // The code rotates every ten minutes: the page's is the one read just before or just after.
    expect([first, await codeNow()]).toContain(shown);
    expect(shown).toMatch(/^\d{6}$/);
    // Its QR code opens the check-in page with the shift and the code.
    expect(await page.locator('.door-qr svg').count()).toBe(1);
    await expectNoAxeViolations(page);
    await openConsole(page);

    // This month so far by default; a week back here, so the records of hours ago are in it whatever the date.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(await page.getByLabel('开始日期').inputValue()).toBe(`${today.slice(0, 8)}01`);
    expect(await page.getByLabel('结束日期').inputValue()).toBe(today);
    const weekAgo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 7 * 86_400_000));
    await page.getByLabel('开始日期').fill(weekAgo);
    await page.getByRole('button', { name: '生成下载链接' }).click();
    const csv = page.getByRole('link', { name: /^下载 CSV/ });
    await csv.waitFor();
    expect(await page.locator('#manage-export .form-status').textContent()).toBe(`已生成 ${weekAgo} 至 ${today} 的服务记录下载链接。`);
    const res = await context.request.get(new URL((await csv.getAttribute('href'))!, product.url).href);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain(stage.title);
    expect(await page.getByRole('link', { name: /^下载 Excel（XLSX）/ }).getAttribute('href')).toContain(`hours.xlsx?from=${weekAgo}&to=${today}`);
    await context.close();
  });

  it('writes to the team, previewed with how many it reaches; a member reads it in their messages', async () => {
    const { context, page } = await newPage();
    await signInContext(context, DEMO.coordinator, DEMO_PASSWORD);
    await page.goto(`${product.url}/manage/broadcasts/`);
    await page.locator('#broadcast-audience').waitFor();
    const reach = page.locator('[data-reach]:not([data-reach=""])');
    await reach.waitFor();
    const [{ n: members }] = await sql<{ n: number }>(
      `select count(*)::int as n from membership m join organization o on o.id = m.organization_id where o.name = '龙华区青年志愿者协会'`,
    );
    expect(Number(await reach.getAttribute('data-reach'))).toBe(members - 1);
    // Sending without a title is refused beside the field.
    await page.getByRole('button', { name: /^发送给 \d+ 人$/ }).click();
    await expect.poll(() => page.locator('#field-broadcast-title-error').textContent()).toBe('请填写标题（2–60 字）');
    const title = `周六集合时间调整 ${Date.now() % 100000}`;
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('内容').fill('本周六改为 8:30 在服务中心门口集合。');
    expect(await page.locator('.broadcast-message .broadcast-title').textContent()).toBe(title);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `发送给 ${members - 1} 人` }).click();
    await expect.poll(() => page.locator('#broadcast-write .form-status').textContent()).toBe(`已发送给 ${members - 1} 人。`);
    const sent = page.locator('#broadcast-history .manage-item', { hasText: title });
    expect(await sent.locator('[data-report]').textContent()).toBe(`发送 ${members - 1} 人 · 已读 0 人`);
    await context.close();

    const member = await newPage();
    await signInContext(member.context, DEMO.volunteer, DEMO_PASSWORD);
    await member.page.goto(`${product.url}/account/`);
    await expect
      .poll(() => member.page.locator('#messages').textContent(), { timeout: 15_000 })
      .toContain(`龙华区青年志愿者协会通知「${title}」：本周六改为 8:30 在服务中心门口集合。`);
    await member.context.close();
  });
});

/** The activity title of a shift, as the database holds it. */
async function titleOf(shiftId: string): Promise<string> {
  const [row] = await sql<{ title: string }>(`select p.title from shift s join project p on p.id = s.project_id where s.id = ?`, [shiftId]);
  return row.title;
}

describe('others', () => {
  it('an ordinary volunteer is told they manage no team, and how to register one', async () => {
    const { context, page } = await newPage();
    await signInContext(context, DEMO.volunteer, DEMO_PASSWORD);
    await page.goto(`${product.url}/manage/`);
    await page.waitForSelector('[data-state="none"]');
    expect(await page.locator('[data-state="none"] h2').textContent()).toBe('你还没有管理的团队');
    expect(await page.locator('[data-state="none"]').getByRole('link', { name: '注册新团队' }).getAttribute('href')).toBe('/manage/register-team/');
    expect(await page.locator('.manage-cards').count()).toBe(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('the admin of an organisation awaiting approval sees it as 待审核, with nothing to manage yet', async () => {
    const { context, page } = await newPage();
    await signInContext(context, stage.pending.login, stage.pending.password);
    await page.goto(`${product.url}/manage/`);
    await page.waitForSelector('[data-state="waiting"]');
    expect(await page.locator('#manage-org').textContent()).toBe(stage.pending.name);
    expect(await page.locator('.manage-badge').textContent()).toBe('待审核');
    expect(await page.locator('[data-state="waiting"] h2').textContent()).toBe('团队正在等待审核');
    expect(await page.locator('.manage-cards').count()).toBe(0);
    await context.close();
  });

  it('a signed-out visitor gets the way to sign in and back', async () => {
    const { context, page } = await newPage();
    await page.goto(`${product.url}/manage/`);
    await page.waitForSelector('.account-signed-out');
    const link = page.locator('.account-signed-out').getByRole('link', { name: '登录', exact: true });
    expect(await link.getAttribute('href')).toBe('/login/?next=%2Fmanage%2F');
    await context.close();
  });

  it('says so when the API cannot be reached', async () => {
    const { context, page } = await newPage();
    await signInContext(context, DEMO.coordinator, DEMO_PASSWORD);
    await context.route('**/graphql', (route) => route.abort());
    await page.goto(`${product.url}/manage/`);
    const alert = page.locator('.account-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(NETWORK_MESSAGE);
    expect(await alert.getByRole('button', { name: '重试' }).count()).toBe(1);
    await context.close();
  });
});
