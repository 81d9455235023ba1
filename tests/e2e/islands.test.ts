// End to end in headless Chromium against the product as `npm start` runs it: reading without
// JavaScript, registering (keyboard only) and signing up for shifts, "my account", the API's
// rule errors next to the right field, signing in and out with a locked account, the Chinese
// message when the API is out of reach, entering a lottery and seeing its result, the calendar
// subscription, the islands in English on English pages, and no layout shift when the islands
// hydrate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { verifyDraw } from '../../api/src/modules/lottery/draw-order.js';
import { gql, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { launchChromium, layoutShifts, NETWORK_MESSAGE, NETWORK_MESSAGE_EN, newPage as openPage, OBSERVE_LAYOUT_SHIFTS } from '../helpers/browser.js';
import { fakeIdNumber, fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type Product, type SiteProduct } from '../helpers/product.js';
import { databaseUrl } from '../helpers/database.js';

let site: SiteProduct;
let product: Product;
let browser: Browser;
let api: string;

/** The activity this file signs up for: its own, so no other test file moves its places. */
const activity = { id: '', title: `海口湾志愿服务日 ${Date.now().toString(36)}`, open: '', waitlisted: '', single: '' };
/** A lottery of its own: `won` has places for every entrant, `chance` one place and no waitlist. */
const lottery = { id: '', title: `海口马拉松补给站抽签 ${Date.now().toString(36)}`, won: '', chance: '' };
/** One place with a waitlist, for the messages test: published before the product starts, like the others. */
const waitlistActivity = { title: `候补通知测试活动 ${Date.now().toString(36)}`, shift: '' };
let db: pg.Client;

async function registerByApi(url: string, overrides: Record<string, unknown> = {}) {
  const input = fakeRegistration(overrides);
  const res = await gql(url, REGISTER, { input });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { input, headers: { authorization: `Bearer ${res.data.registerVolunteer.token}` }, volunteer: res.data.registerVolunteer.volunteer };
}

beforeAll(async () => {
  // The activity is published before the product starts, so its first site build has the page.
  const orm = await testOrm();
  const server = await testServer(orm);
  try {
    const headers = await signIn(server, DEMO.coordinator);
    const [{ id: organizationId }] = await orm.em.fork().getConnection().execute(`select id from organization where name = '龙华区青年志愿者协会'`);
    const day = 86_400_000;
    const shift = (days: number, capacity: number, waitlist: boolean) => {
      const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + days * day);
      return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity, waitlist };
    };
    const created = await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId,
          title: activity.title,
          summary: '在海口湾沿岸清理垃圾、劝导文明游览。',
          district: '龙华区',
          category: '环境保护',
          address: '海口市龙华区滨海大道',
          shifts: [shift(3, 5, true), shift(4, 1, true), shift(5, 1, false)],
        },
      },
      headers,
    );
    expect(created.errors).toBeUndefined();
    activity.id = created.data.createProject.id;
    [activity.open, activity.waitlisted, activity.single] = created.data.createProject.shifts.map((s: { id: string }) => s.id);
    expect((await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: activity.id }, headers)).errors).toBeUndefined();
    // The second shift is full before anyone visits: the next sign-up joins its waitlist.
    const filler = await registerByApi(`${server.url}/graphql`);
    expect(
      (await server.gql(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { status } }`, { s: activity.waitlisted }, filler.headers)).data.signUp.status,
    ).toBe('CONFIRMED');

    const small = await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      { input: { organizationId, title: waitlistActivity.title, summary: '名额一个，设候补。', district: '龙华区', shifts: [shift(4, 1, true)] } },
      headers,
    );
    waitlistActivity.shift = small.data.createProject.shifts[0].id;
    expect((await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: small.data.createProject.id }, headers)).errors).toBeUndefined();

    // The lottery's window is open (it closes in two days); someone entered both shifts already.
    const entryWindow = {
      allocation: 'LOTTERY',
      registrationOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
      registrationClosesAt: new Date(Date.now() + 2 * day).toISOString(),
    };
    const drawn = await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId,
          title: lottery.title,
          summary: '马拉松补给站名额有限，报名截止后抽签分配。',
          district: '龙华区',
          category: '赛会服务',
          address: '海口市龙华区滨海大道万绿园段',
          shifts: [
            { ...shift(6, 2, true), ...entryWindow },
            { ...shift(7, 1, false), ...entryWindow },
          ],
        },
      },
      headers,
    );
    expect(drawn.errors).toBeUndefined();
    lottery.id = drawn.data.createProject.id;
    [lottery.won, lottery.chance] = drawn.data.createProject.shifts.map((s: { id: string }) => s.id);
    expect((await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: lottery.id }, headers)).errors).toBeUndefined();
    for (const s of [lottery.won, lottery.chance]) {
      expect((await server.gql(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { status } }`, { s }, filler.headers)).data.signUp.status).toBe(
        'PENDING_DRAW',
      );
    }
  } finally {
    await server.close();
    await orm.close();
  }

  // Locks an account after two wrong passwords, so the lock is quick to reach.
  site = await startSiteOnRunDatabase({ AIXIN_LOGIN_ACCOUNT_FAILURES: '2' });
  ({ product, api } = site);
  browser = await launchChromium();
  db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
}, 300_000);

afterAll(async () => {
  await db?.end();
  await browser?.close();
  await site?.stop();
});

const newPage = (options: Parameters<Browser['newContext']>[0] = {}) => openPage(browser, options);

/** The volunteers' own pages as English pages link them: their English twins. */
const ACCOUNT_PAGES_EN = { login: '/en/login/', register: '/en/register/', account: '/en/account/' };

const shiftRow = (page: Page, shiftId: string) => page.locator(`li[data-shift="${shiftId}"]`);
const remaining = async (page: Page, shiftId: string) => Number(await page.locator(`[data-shift-id="${shiftId}"]`).textContent());
const entrants = async (page: Page, shiftId: string) => Number(await page.locator(`[data-entrants="${shiftId}"]`).textContent());

/** Signs the browser context in (the session cookie), as the sign-in form would. */
async function logIn(context: BrowserContext, person: { input: { phone: string; password: string } }) {
  const res = await context.request.post(api, {
    data: {
      query: `mutation($i: LogInInput!) { logIn(input: $i) { volunteer { id } } }`,
      variables: { i: { login: person.input.phone, password: person.input.password } },
    },
  });
  expect(res.ok()).toBe(true);
}

/** The id of the focused element (the tests' TypeScript has no DOM types: page code is a string). */
const focusedId = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.id');

/** The form is hydrated: its submit button is enabled. */
const hydrated = (page: Page) => page.waitForSelector('form button[type=submit]:not([disabled])');

describe('reading without JavaScript', () => {
  it('shows a news article and an activity page, with their places, to a browser without JavaScript', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    const news = await gql(api, `{ news(first: 1) { nodes { slug title } } }`);
    const article = news.data.news.nodes[0];
    expect((await page.goto(`${product.url}/news/${article.slug}/`))!.status()).toBe(200);
    expect((await page.locator('h1').textContent())?.trim()).toBe(article.title);
    expect(await page.locator('.prose').innerText()).not.toBe('');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.getByRole('link', { name: '登录', exact: true }).getAttribute('href')).toBe('/login/');

    await page.goto(`${product.url}/projects/${activity.id}/`);
    expect((await page.locator('h1').textContent())?.trim()).toBe(activity.title);
    expect(await remaining(page, activity.open)).toBe(5);
    expect(await remaining(page, activity.waitlisted)).toBe(0);
    expect(
      await shiftRow(page, activity.open)
        .getByRole('link', { name: /登录后报名/ })
        .getAttribute('href'),
    ).toBe(`/login/?next=${encodeURIComponent(`/projects/${activity.id}/`)}`);
    expect(await page.getByRole('heading', { name: '活动介绍' }).isVisible()).toBe(true);

    // A lottery: its window and entrants instead of places, and the seed's commitment, published in advance.
    await page.goto(`${product.url}/projects/${lottery.id}/`);
    const won = shiftRow(page, lottery.won);
    expect(await won.getAttribute('data-lottery')).toBe('open');
    expect(await won.locator('.badge-lottery').textContent()).toBe('抽签分配');
    expect(await won.locator('.shift-window').innerText()).toMatch(/^报名时间 .+ 至 .+\s+抽签时间 .+（报名截止后自动抽签）$/);
    expect(await entrants(page, lottery.won)).toBe(1);
    expect(await won.locator('[data-shift-id]').count()).toBe(0);
    expect(await won.getByRole('link', { name: '登录后参加抽签' }).count()).toBe(1);
    const { data } = await gql(api, `query($id: ID!) { node(id: $id) { ... on Shift { draw { seedCommitment seed } } } }`, { id: lottery.won });
    expect(data.node.draw.seed).toBeNull();
    expect(await won.locator('.shift-draw code').first().textContent()).toBe(data.node.draw.seedCommitment);
    await context.close();
  });
});

describe('a new volunteer', () => {
  it('registers with the keyboard alone, signs up for shifts, finds them in “my account” and sees the places drop', async () => {
    const { context, page } = await newPage();
    await page.goto(`${product.url}/projects/${activity.id}/`);
    await page.waitForSelector('[data-live="true"]');
    const before = await remaining(page, activity.open);
    expect(before).toBe(5);

    // From the activity to the sign-in page, then on to registration, keeping the way back.
    await shiftRow(page, activity.open)
      .getByRole('link', { name: /登录后报名/ })
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/login\/\?next=/);
    await hydrated(page);
    await page.getByRole('link', { name: '注册成为志愿者' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/register/?next=${encodeURIComponent(`/projects/${activity.id}/`)}`);
    await hydrated(page);

    const idNumber = fakeIdNumber();
    const phone = fakePhone();
    await page.getByLabel('姓名', { exact: true }).focus();
    for (const text of ['林晓岚', idNumber, phone, 'sea-and-sky-2026', '', '龙华区']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    // Past the last field: the consent box (Space ticks it), the two documents' links, then the submit button.
    expect(await page.evaluate('document.activeElement.id')).toBe('register-consent');
    await page.keyboard.press('Space');
    for (const link of ['《用户协议》', '《隐私政策》']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.textContent')).toBe(link);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('注册');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/projects/${activity.id}/`);

    // Signed in: the header names the volunteer in full (their own name), each open shift offers its button.
    await page.waitForSelector('[data-live="true"]');
    expect(await page.locator('.account-menu-name').innerText()).toContain('林晓岚');
    const open = shiftRow(page, activity.open);
    await open.getByRole('button', { name: '报名', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => open.getByRole('status').textContent()).toContain('报名成功');
    expect(await remaining(page, activity.open)).toBe(before - 1);
    expect(await open.locator('.shift-mine').textContent()).toBe('已报名');

    // A full shift with a waitlist: joining it says where in the queue.
    const full = shiftRow(page, activity.waitlisted);
    await full.getByRole('button', { name: '加入候补', exact: true }).click();
    await expect.poll(() => full.getByRole('status').textContent()).toContain('排在第 1 位');
    expect(await full.locator('.shift-mine').textContent()).toBe('候补第 1 位');

    // The last place of a shift without waitlist goes to someone else meanwhile.
    const single = shiftRow(page, activity.single);
    const other = await registerByApi(api);
    expect((await gql(api, `mutation($s: ID!) { signUp(input: { shiftId: $s }) { status } }`, { s: activity.single }, other.headers)).data.signUp.status).toBe(
      'CONFIRMED',
    );
    await single.getByRole('button', { name: '报名', exact: true }).click();
    await expect.poll(() => single.getByRole('status').textContent()).toBe('很遗憾，该时段名额已满，且不设候补。');
    await expect.poll(() => single.locator('.shift-closed').textContent()).toBe('名额已满');

    // "My account": the sign-ups, and who I am, masked.
    await page.getByRole('link', { name: '我的' }).click();
    await page.waitForURL('**/account/');
    await page.waitForSelector('.account-grid');
    expect(await page.locator('[data-field="idNumberMasked"]').textContent()).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(await page.locator('[data-field="phoneMasked"]').textContent()).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(await page.locator('[data-field="volunteerNumber"]').textContent()).toMatch(/^[A-Z0-9]{8,}$/);
    expect(await page.locator('[data-field="totalHours"]').textContent()).toBe('0');
    const upcoming = page.locator('[data-list="upcoming"] li');
    await expect.poll(() => upcoming.count()).toBe(2);
    expect(await upcoming.allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`${activity.title}[\\s\\S]*已报名`)),
      expect.stringMatching(/候补第 1 位/),
    ]);

    // Cancelling here frees the place on the activity page.
    await upcoming
      .first()
      .getByRole('button', { name: /取消报名/ })
      .click();
    await expect.poll(() => page.locator('.account-signups .account-message').textContent()).toContain('已取消');
    await expect.poll(() => upcoming.count()).toBe(1);
    expect(await page.locator('[data-list="past"]').innerText()).toMatch(new RegExp(`${activity.title}[\\s\\S]*已取消`));
    await page.goto(`${product.url}/projects/${activity.id}/`);
    await page.waitForSelector('[data-live="true"]');
    expect(await remaining(page, activity.open)).toBe(before);
    expect(await shiftRow(page, activity.open).getByRole('button', { name: '报名', exact: true }).count()).toBe(1);
    await context.close();
  });

  it('sees the API’s message next to a wrong ID number, and a registered phone number as taken', async () => {
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${product.url}/register/`);
    await hydrated(page);
    const good = fakeIdNumber();
    const wrongCheckDigit = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    await page.getByLabel('姓名', { exact: true }).fill('王建国');
    await page.getByLabel('身份证号', { exact: true }).fill(wrongCheckDigit);
    await page.getByLabel('手机号', { exact: true }).fill(fakePhone());
    await page.getByLabel('密码', { exact: true }).fill('long-enough-pass');
    await page.locator('#register-consent').check();
    await page.getByRole('button', { name: '注册', exact: true }).click();

    const id = page.getByLabel('身份证号', { exact: true });
    await expect.poll(() => id.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedId(page)).toBe('field-idNumber');
    expect(await id.getAttribute('aria-describedby')).toContain('field-idNumber-error');
    expect(await page.locator('#field-idNumber-error').textContent()).toBe('身份证号校验位不正确，请核对后重新输入。');
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    expect(await page.locator('.form-status').textContent()).toContain('身份证号校验位不正确');

    // Corrected, but with a phone number someone registered already: CONFLICT on the phone.
    await id.fill(good);
    await expect.poll(() => id.getAttribute('aria-invalid')).toBe(null);
    await page.getByLabel('手机号', { exact: true }).fill(DEMO.volunteer);
    await page.getByRole('button', { name: '注册', exact: true }).click();
    const phone = page.getByLabel('手机号', { exact: true });
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedId(page)).toBe('field-phone');
    expect(await page.locator('#field-phone-error').textContent()).toBe('该手机号已注册，请直接登录。');
    expect(await page.locator('.form-status').getByRole('link', { name: '去登录' }).count()).toBe(1);

    // A child's ID number asks for a guardian; the API checks the guardian's details too.
    const child = fakeIdNumber(new Date(Date.UTC(new Date().getUTCFullYear() - 10, 4, 1)));
    await id.fill(child);
    await page.getByLabel('手机号', { exact: true }).fill(fakePhone());
    expect(await page.getByRole('group', { name: '监护人信息' }).isVisible()).toBe(true);
    await page.getByLabel('监护人姓名', { exact: true }).fill('王');
    await page.getByLabel('监护人手机号', { exact: true }).fill(fakePhone());
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await expect.poll(() => page.locator('#field-guardianName-error').textContent()).toBe('姓名应为2至30个字。');
    await expect.poll(() => focusedId(page)).toBe('field-guardianName');
    await context.close();
  });
});

/** Chinese characters: an English island's own words have none (names and titles from the API may). */
const HAN = /\p{Script=Han}/u;
/**
 * A shift's time in English, China time: `Sat 5 Dec 09:00–12:00`, the year when not this one; a
 * shift that ends the next day names that day too (`Mon 7 Dec 22:00–Tue 8 Dec 01:00`).
 */
const ENGLISH_DAY = String.raw`(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}( \d{4})?`;
const ENGLISH_SPAN = new RegExp(String.raw`^${ENGLISH_DAY} \d\d:\d\d–(${ENGLISH_DAY} )?\d\d:\d\d$`);

describe('English pages', () => {
  it('shows the shifts in English to a browser without JavaScript', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(`${product.url}/en/projects/${activity.id}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const places = page.locator('.shift-places');
    expect(await places.getByRole('heading', { name: 'Shifts' }).count()).toBe(1);
    expect(await places.locator('.shift-places-status').textContent()).toBe('Places as of when the page was built; fetching live places…');
    // No Chinese words of the island's own, and no Chinese wrapper around it.
    expect(await places.innerText()).not.toMatch(HAN);
    expect(await page.locator('.project-aside [lang="zh-CN"] .shift-places').count()).toBe(0);
    const open = shiftRow(page, activity.open);
    expect(await open.locator('time').textContent()).toMatch(ENGLISH_SPAN);
    expect(await open.locator('.shift-remaining').textContent()).toBe(`Places left ${await remaining(page, activity.open)}`);
    expect(await open.locator('.shift-detail').textContent()).toMatch(/^\d+ of 5 signed up$/);
    expect(await shiftRow(page, activity.waitlisted).locator('.badge-full').textContent()).toBe('Full');
    expect(await open.getByRole('link', { name: 'Log in to sign up' }).getAttribute('href')).toBe(
      `${ACCOUNT_PAGES_EN.login}?next=${encodeURIComponent(`/en/projects/${activity.id}/`)}`,
    );
    // The header's account corner, in English too.
    const corner = page.locator('.account-corner');
    expect(await corner.getAttribute('lang')).toBeNull();
    expect(await corner.getByRole('link', { name: 'Log in', exact: true }).getAttribute('href')).toBe(
      `${ACCOUNT_PAGES_EN.login}?next=${encodeURIComponent(`/en/projects/${activity.id}/`)}`,
    );
    expect(await corner.getByRole('link', { name: 'Register', exact: true }).getAttribute('href')).toBe(ACCOUNT_PAGES_EN.register);

    // A lottery: its window, the draw's time and the fairness note in English.
    await page.goto(`${product.url}/en/projects/${lottery.id}/`);
    const won = shiftRow(page, lottery.won);
    expect(await won.locator('.badge-lottery').textContent()).toBe('Lottery');
    expect(await won.locator('.shift-window').innerText()).toMatch(/^Entries .+ – .+\s+Draw at .+ \(automatically, when entries close\)$/);
    expect(await won.locator('.shift-remaining').textContent()).toMatch(/^\d+ entered so far$/);
    expect(await won.getByRole('link', { name: 'Log in to enter the lottery' }).count()).toBe(1);
    expect(await won.locator('.shift-draw summary').textContent()).toBe('How the lottery stays fair');
    // Inside the closed <details>: hidden from getByRole.
    const rules = won.locator('.shift-draw a');
    expect(await rules.textContent()).toBe('Lottery rules and how to check a draw');
    expect(await rules.getAttribute('href')).toBe('/en/about/#lottery');
    await context.close();
  });

  it('lets a signed-in volunteer sign up in English: status, waitlist position and places drop, the header names them', async () => {
    const person = await registerByApi(api, { realName: '陈思远' });
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await logIn(context, person);
    await page.goto(`${product.url}/en/projects/${activity.id}/`);
    await page.waitForSelector('[data-live="true"]');
    expect(await page.locator('.shift-places-status').textContent()).toMatch(/^Live places, updated \d\d:\d\d:\d\d$/);

    // The header: the volunteer's (Chinese) name, marked as Chinese, and English links.
    const corner = page.locator('.account-menu');
    expect(await corner.getAttribute('aria-label')).toBe('Account');
    expect(await corner.locator('.account-menu-name').innerText()).toContain('陈思远');
    expect(await corner.locator('.account-menu-name [lang="zh-CN"]').textContent()).toBe('陈思远');
    expect(await corner.getByRole('link', { name: 'Me', exact: true }).getAttribute('href')).toBe(ACCOUNT_PAGES_EN.account);
    expect(await corner.getByRole('button', { name: 'Log out', exact: true }).isVisible()).toBe(true);

    const open = shiftRow(page, activity.open);
    const before = await remaining(page, activity.open);
    await open.getByRole('button', { name: 'Sign up', exact: true }).click();
    await expect.poll(() => open.getByRole('status').textContent()).toBe('You are signed up. Your place is kept for you; see it under My account.');
    expect(await remaining(page, activity.open)).toBe(before - 1);
    expect(await open.locator('.shift-mine').textContent()).toBe('Signed up');

    // The full shift: joining its waitlist puts the volunteer behind those queued already.
    const full = shiftRow(page, activity.waitlisted);
    const queued = Number(/^1 of 1 signed up, (\d+) on the waitlist$/.exec((await full.locator('.shift-detail').textContent())!)![1]);
    await full.getByRole('button', { name: 'Join the waitlist', exact: true }).click();
    await expect
      .poll(() => full.getByRole('status').textContent())
      .toBe(`The shift is full: you are on the waitlist at position ${queued + 1}. Places freed by cancellations go to the waitlist in order.`);
    expect(await full.locator('.shift-mine').textContent()).toBe(`Waitlist position ${queued + 1}`);
    expect(await page.locator('.shift-places').innerText()).not.toMatch(HAN);

    // Cut off from the API, cancelling says so in English.
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await open.getByRole('button', { name: 'Cancel sign-up', exact: true }).click();
    await expect.poll(() => open.getByRole('status').textContent()).toBe(NETWORK_MESSAGE_EN);
    await page.unroute('**/graphql');
    await open.getByRole('button', { name: 'Cancel sign-up', exact: true }).click();
    await expect.poll(() => open.getByRole('status').textContent()).toBe('Your sign-up is cancelled and the place is free again.');
    expect(await remaining(page, activity.open)).toBe(before);

    // "My account" in English: the sign-up under "Coming up", with its English status.
    await corner.getByRole('link', { name: 'Me', exact: true }).click();
    await page.waitForURL('**/en/account/');
    await page.waitForSelector('.account-grid');
    expect(await page.getByRole('heading', { name: 'My sign-ups' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('[data-list="upcoming"] li').allInnerTexts())
      .toEqual([expect.stringMatching(new RegExp(`${activity.title}[\\s\\S]*Waitlist position ${queued + 1}[\\s\\S]*Cancel sign-up`))]);

    await corner.getByRole('button', { name: 'Log out', exact: true }).click();
    await expect.poll(() => page.locator('.account-menu-note').textContent()).toBe('You are logged out.');
    expect(await corner.getByRole('link', { name: 'Log in', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Please log in first' }).isVisible()).toBe(true);
    await context.close();
  });

  it('registers in English: a wrong ID number gets the English sentence next to the field', async () => {
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${product.url}/en/register/`);
    await hydrated(page);
    expect(await page.locator('.auth-aside').innerText()).toContain('PRC resident identity card number');
    const good = fakeIdNumber();
    const wrongCheckDigit = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    // Empty required fields are named in English before anything is sent.
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    expect(await page.locator('#field-realName-error').textContent()).toBe('Enter your full name');
    await expect.poll(() => focusedId(page)).toBe('field-realName');

    await page.getByLabel('Full name', { exact: true }).fill('王建国');
    await page.getByLabel('Resident ID number', { exact: true }).fill(wrongCheckDigit);
    await page.getByLabel('Mobile number', { exact: true }).fill(fakePhone());
    await page.getByLabel('Password', { exact: true }).fill('long-enough-pass');
    await page.locator('#register-consent').check();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const id = page.getByLabel('Resident ID number', { exact: true });
    await expect.poll(() => id.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedId(page)).toBe('field-idNumber');
    const sentence = 'The check digit of this ID number does not match. Please check the number and enter it again.';
    expect(await page.locator('#field-idNumber-error').textContent()).toBe(sentence);
    expect(await page.locator('.form-status').textContent()).toBe(`Resident ID number: ${sentence}`);

    // A registered phone number: taken, with a link to the English log-in page.
    await id.fill(good);
    await page.getByLabel('Mobile number', { exact: true }).fill(DEMO.volunteer);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await expect.poll(() => page.locator('#field-phone-error').textContent()).toBe('This mobile number is registered already: please log in.');
    expect(await page.locator('.form-status').getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('/en/login/');
    await context.close();
  });
});

describe('my messages', () => {
  it('tells a waitlisted volunteer on “my account” that a place came free, in either language, and marks it read', async () => {
    const { title, shift: shiftId } = waitlistActivity;
    const holder = await registerByApi(api);
    const waiting = await registerByApi(api);
    const signUp = (h: Record<string, string>) => gql(api, `mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }`, { s: shiftId }, h);
    const held = await signUp(holder.headers);
    expect((await signUp(waiting.headers)).data.signUp.status).toBe('WAITLISTED');

    const { context, page } = await newPage();
    await logIn(context, waiting);
    await page.goto(`${product.url}/account/`);
    const inbox = page.locator('#messages');
    await expect.poll(() => inbox.locator('.account-note').textContent()).toContain('暂无消息');

    // The place comes free: the next visit says so, unread.
    expect((await gql(api, `mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: held.data.signUp.id }, holder.headers)).errors).toBeUndefined();
    await page.reload();
    await expect.poll(() => inbox.locator('.inbox-item').count()).toBe(1);
    expect(await inbox.locator('.inbox-item').innerText()).toContain(`候补转正：你已获得“${title}”`);
    expect(await inbox.locator('.inbox-count').textContent()).toBe('1 条未读');
    expect(await inbox.locator('.inbox-new').textContent()).toBe('未读');

    await page.goto(`${product.url}/en/account/`);
    await expect.poll(() => inbox.locator('.inbox-item').count()).toBe(1);
    expect(await inbox.locator('.inbox-item').innerText()).toContain(`Off the waitlist: you have a place at “${title}”`);
    await inbox.getByRole('button', { name: 'Mark all as read' }).click();
    await expect.poll(() => inbox.locator('.inbox-count').textContent()).toBe('All read');
    expect(await inbox.locator('.inbox-new').count()).toBe(0);
    await page.goto(`${product.url}/account/`);
    await expect.poll(() => inbox.locator('.inbox-count').textContent()).toBe('全部已读');
    const { rows } = await db.query(`select count(*)::int as n from outbox where recipient_id = $1 and read_at is null`, [waiting.volunteer.id]);
    expect(rows[0].n).toBe(0);
    await context.close();
  });
});

describe('signing in and out', () => {
  it('says how long a locked account waits, signs in, and signs out from the header', async () => {
    const locked = await registerByApi(api);
    const { context, page } = await newPage();
    await page.goto(`${product.url}/login/`);
    await hydrated(page);
    await page.getByLabel('手机号或邮箱', { exact: true }).fill(locked.input.phone);
    const submit = async (password: string) => {
      await page.getByLabel('密码', { exact: true }).fill(password);
      await Promise.all([page.waitForResponse((r) => r.url() === api), page.getByRole('button', { name: '登录', exact: true }).click()]);
    };
    for (let i = 0; i < 2; i++) {
      await submit(`not-the-password-${i}`);
      await expect.poll(() => page.locator('#field-password-error').textContent()).toBe('手机号/邮箱或密码错误');
      expect(await page.getByLabel('密码', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    }
    // Two wrong passwords lock the account (AIXIN_LOGIN_ACCOUNT_FAILURES=2), even against the right one.
    await submit(locked.input.password);
    await expect.poll(() => page.locator('.form-status').textContent()).toMatch(/登录失败次数过多，已暂时锁定。请 1[45] 分钟后（\d\d:\d\d 以后）再试。/);

    const person = await registerByApi(api, { realName: '赵海燕' });
    await page.getByLabel('手机号或邮箱', { exact: true }).fill(person.input.phone);
    await page.getByLabel('密码', { exact: true }).fill(person.input.password);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/account/');
    await page.waitForSelector('.account-grid');
    expect(await page.locator('#account-me').textContent()).toBe('赵海燕');
    expect(await page.locator('.account-menu-name').innerText()).toContain('赵海燕');

    const session = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    expect(session).toMatch(/aixin_session=/);
    expect((await gql(api, `{ me { id } }`, undefined, { cookie: session })).data.me).not.toBeNull();
    await page.getByRole('button', { name: '退出', exact: true }).click();
    await expect.poll(() => page.locator('.account-menu-note').textContent()).toBe('已退出登录。');
    expect(await page.getByRole('link', { name: '登录', exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '请先登录' }).isVisible()).toBe(true);
    await page.reload();
    await page.waitForSelector('.account-signed-out');
    // The session is over on the server, not just forgotten by the browser.
    expect((await gql(api, `{ me { id } }`, undefined, { cookie: session })).data.me).toBeNull();
    await context.close();
  });
});

describe('when the API cannot be reached', () => {
  it('says so in Chinese on every island', async () => {
    const person = await registerByApi(api);
    const { context, page } = await newPage();
    // Signed in first (the session cookie), then the API goes away.
    const res = await context.request.post(api, {
      data: {
        query: `mutation($i: LogInInput!) { logIn(input: $i) { volunteer { id } } }`,
        variables: { i: { login: person.input.phone, password: person.input.password } },
      },
    });
    expect(res.ok()).toBe(true);

    // The activity page loads while the API answers, then loses it before signing up.
    await page.goto(`${product.url}/projects/${activity.id}/`);
    await page.waitForSelector('[data-live="true"]');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await shiftRow(page, activity.open).getByRole('button', { name: '报名', exact: true }).click();
    await expect.poll(() => shiftRow(page, activity.open).getByRole('status').textContent()).toBe(NETWORK_MESSAGE);

    await page.reload();
    await page.waitForSelector('[data-live="error"]');
    expect(await page.locator('.shift-places-status').textContent()).toMatch(/^无法连接服务器，暂时无法获取实时名额/);
    expect(await page.locator('.shift-places-status').getAttribute('role')).toBe('alert');

    await page.goto(`${product.url}/account/`);
    await page.waitForSelector('.account-error');
    expect(await page.getByRole('alert').innerText()).toContain(NETWORK_MESSAGE);

    await page.goto(`${product.url}/register/`);
    await hydrated(page);
    await page.getByLabel('姓名', { exact: true }).fill('李明');
    await page.getByLabel('身份证号', { exact: true }).fill(fakeIdNumber());
    await page.getByLabel('手机号', { exact: true }).fill(fakePhone());
    await page.getByLabel('密码', { exact: true }).fill('long-enough-pass');
    await page.locator('#register-consent').check();
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toBe(NETWORK_MESSAGE);
    expect(await page.locator('.form-status').getAttribute('aria-live')).toBe('assertive');

    await page.goto(`${product.url}/login/`);
    await hydrated(page);
    await page.getByLabel('手机号或邮箱', { exact: true }).fill(person.input.phone);
    await page.getByLabel('密码', { exact: true }).fill(person.input.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toBe(NETWORK_MESSAGE);
    await context.close();
  });
});

describe('a lottery shift', () => {
  const DRAW = `mutation($id: ID!) { drawShift(id: $id) { id } }`;
  const RECORD = `query($id: ID!) { node(id: $id) { ... on Shift { viewerDrawEntry { id drawPosition } draw { algorithm seedCommitment seed entries selectedCount } } } }`;
  let entrant: Awaited<ReturnType<typeof registerByApi>>;
  const builds = () => product.output().match(/Site built in/g)?.length ?? 0;

  it('takes an entry (待抽签), is drawn when its window closes, and shows the result and the public record', async () => {
    entrant = await registerByApi(api, { realName: '周晓梅' });
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await logIn(context, entrant);
    await page.goto(`${product.url}/projects/${lottery.id}/`);
    await page.waitForSelector('[data-live="true"]');
    const won = shiftRow(page, lottery.won);
    const chance = shiftRow(page, lottery.chance);
    const commitment = await won.locator('.shift-draw code').first().textContent();

    await won.getByRole('button', { name: '参加抽签', exact: true }).click();
    await expect.poll(() => won.getByRole('status').textContent()).toMatch(/^已参加抽签！报名截止后（.+）自动抽签/);
    expect(await won.locator('.shift-mine').textContent()).toBe('已参加抽签，待开奖');
    expect(await entrants(page, lottery.won)).toBe(2);
    // The organiser moved the window's opening to tomorrow after the page loaded: the API's
    // refusal in Chinese, and the row now says when entries open.
    await db.query(`update shift set registration_opens_at = now() + interval '1 day' where id = $1`, [lottery.chance]);
    await chance.getByRole('button', { name: '参加抽签', exact: true }).click();
    await expect.poll(() => chance.getByRole('status').textContent()).toBe('抽签报名尚未开始，请在报名时间内参加。');
    await expect.poll(() => chance.getAttribute('data-lottery')).toBe('soon');
    expect(await chance.locator('.shift-closed').textContent()).toMatch(/^.+ 开始报名$/);
    await db.query(`update shift set registration_opens_at = now() - interval '1 hour' where id = $1`, [lottery.chance]);
    await page.reload();
    await page.waitForSelector('[data-live="true"]');

    // An entry can be withdrawn while the window is open, and made again.
    await chance.getByRole('button', { name: '参加抽签', exact: true }).click();
    await chance.getByRole('button', { name: '取消抽签', exact: true }).click();
    await expect.poll(() => chance.getByRole('status').textContent()).toBe('已取消抽签。');
    expect(await entrants(page, lottery.chance)).toBe(1);
    await chance.getByRole('button', { name: '参加抽签', exact: true }).click();
    await expect.poll(() => chance.locator('.shift-mine').textContent()).toBe('已参加抽签，待开奖');

    // "My account" lists both entries as waiting for the draw.
    await page.goto(`${product.url}/account/`);
    await page.waitForSelector('.account-grid');
    const mine = page.locator('[data-list="upcoming"] li', { hasText: lottery.title });
    await expect.poll(() => mine.count()).toBe(2);
    for (const text of await mine.allInnerTexts()) expect(text).toMatch(/报名截止后抽签[\s\S]*待抽签[\s\S]*取消抽签/);

    // The window closes; the coordinator draws at once (or the scheduler does: either way, once).
    const before = builds();
    await db.query(`update shift set registration_opens_at = null, registration_closes_at = now() - interval '1 second' where id = any($1)`, [
      [lottery.won, lottery.chance],
    ]);
    const coordinator = await gql(api, `mutation { logIn(input: { login: "${DEMO.coordinator}", password: "demo-password-2026" }) { token } }`);
    for (const id of [lottery.won, lottery.chance]) {
      expect((await gql(api, DRAW, { id }, { authorization: `Bearer ${coordinator.data.logIn.token}` })).errors).toBeUndefined();
    }
    const record = async (id: string) => (await gql(api, RECORD, { id }, entrant.headers)).data.node;
    const [wonRecord, chanceRecord] = [await record(lottery.won), await record(lottery.chance)];
    expect(wonRecord.draw).toMatchObject({ selectedCount: 2, entries: expect.arrayContaining([wonRecord.viewerDrawEntry.id]) });
    // One place for two: the entrant's result is whatever the record says.
    const chanceResult = chanceRecord.viewerDrawEntry.drawPosition === 1 ? '已中签' : '未中签';

    await page.goto(`${product.url}/projects/${lottery.id}/`);
    await page.waitForSelector('[data-live="true"]');
    expect(await won.getAttribute('data-lottery')).toBe('drawn');
    expect(await won.locator('.shift-mine').textContent()).toBe('已中签');
    expect(await won.locator('.shift-window').innerText()).toMatch(/已抽签：2 人参加，2 人中签$/);
    expect(await remaining(page, lottery.won)).toBe(0);
    expect(await chance.locator('.shift-mine').textContent()).toBe(chanceResult);
    expect(await won.getByRole('button', { name: '取消报名' }).count()).toBe(1);

    // The public record: the seed, revealed now, hashes to the commitment shown before the draw,
    // and re-running the draw from it gives the published order.
    await won.locator('summary', { hasText: '抽签记录（可复核）' }).click();
    const seed = (await won.locator('[data-seed]').textContent())!;
    expect(createHash('sha256').update(Buffer.from(seed, 'hex')).digest('hex')).toBe(commitment);
    expect(verifyDraw({ ...wonRecord.draw, seed }).ok).toBe(true);
    expect(await won.locator('.shift-draw pre').textContent()).toMatch(
      new RegExp(`^npx tsx api/src/scripts/verify-draw\\.ts https?://\\S+/graphql ${lottery.won}$`),
    );
    expect(await won.getByRole('link', { name: '抽签规则与复核方法' }).getAttribute('href')).toBe('/about/#lottery');

    await page.goto(`${product.url}/account/`);
    await page.waitForSelector('.account-grid');
    await expect
      .poll(() => page.locator('[data-signup]', { hasText: lottery.title }).allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringMatching(/已中签/), expect.stringMatching(chanceResult)]));
    expect(await page.locator('.signup-pending_draw').count()).toBe(0);

    // The draw rebuilds the site: the page shows the result without JavaScript too.
    await expect.poll(builds, { timeout: 180_000, interval: 500 }).toBeGreaterThan(before);
    const { context: plain, page: reader } = await newPage({ javaScriptEnabled: false });
    await reader.goto(`${product.url}/projects/${lottery.id}/`);
    expect(await shiftRow(reader, lottery.won).getAttribute('data-lottery')).toBe('drawn');
    expect(await shiftRow(reader, lottery.won).locator('[data-seed]').textContent()).toBe(seed);
    await plain.close();
    await context.close();
  }, 240_000);

  it('gives the volunteer a calendar address serving the confirmed shift; reset ends the old address, 停用 the new one', async () => {
    const { context, page } = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const questions: string[] = [];
    page.on('dialog', (dialog) => void questions.push(dialog.message()));
    await logIn(context, entrant);
    await page.goto(`${product.url}/account/`);
    const section = page.locator('.account-calendar');
    await section.getByRole('button', { name: '生成订阅地址' }).click();
    const address = section.getByLabel('你的订阅地址');
    await expect.poll(() => address.inputValue()).toMatch(/^https?:\/\/[^/]+\/calendar\/axc_[\w-]{43}\.ics$/);
    const first = await address.inputValue();
    expect(await section.getByRole('link', { name: '订阅到日历' }).getAttribute('href')).toBe(first.replace(/^https?:/, 'webcal:'));
    await section.getByRole('button', { name: '复制', exact: true }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('已复制订阅地址。');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(first);

    // The address serves the shift the lottery gave a place, as iCalendar.
    const feed = (url: string) => context.request.get(`${product.url}${new URL(url).pathname}`);
    const ics = await feed(first);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const text = (await ics.text()).replace(/\r\n[ \t]/g, '');
    expect(text).toContain(`UID:${lottery.won}@aixin`);
    expect(text).toContain(`SUMMARY:${lottery.title}`);
    await page.reload();
    await expect.poll(() => address.inputValue()).toBe(first);

    await section.getByRole('button', { name: '重置地址' }).click();
    await expect.poll(() => address.inputValue()).not.toBe(first);
    expect(questions.at(-1)).toMatch(/旧地址立即失效/);
    expect(await section.getByRole('status').textContent()).toContain('旧地址已失效');
    const second = await address.inputValue();
    expect((await feed(first)).status()).toBe(404);
    expect((await feed(second)).status()).toBe(200);

    await section.getByRole('button', { name: '停用', exact: true }).click();
    await section.getByRole('button', { name: '生成订阅地址' }).waitFor();
    expect(questions.at(-1)).toMatch(/停用后订阅地址立即失效/);
    expect((await feed(second)).status()).toBe(404);
    await context.close();
  });
});

describe('layout stability', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`moves nothing while the islands hydrate, signed out and in (${viewport.width} px wide)`, async () => {
      const person = await registerByApi(api);
      const { context, page } = await newPage({ viewport });
      await context.addInitScript(OBSERVE_LAYOUT_SHIFTS);
      const pages: [string, string][] = [
        [`/projects/${activity.id}/`, '[data-live="true"]'],
        [`/en/projects/${activity.id}/`, '[data-live="true"]'],
        [`/projects/${lottery.id}/`, '[data-live="true"]'],
        ['/register/', 'form button[type=submit]:not([disabled])'],
        ['/en/register/', 'form button[type=submit]:not([disabled])'],
        ['/login/', 'form button[type=submit]:not([disabled])'],
        ['/account/', '.account-signed-out'],
      ];
      const measure = async (url: string, ready: string) => {
        await page.goto(`${product.url}${url}`);
        await page.waitForSelector(ready);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const shifts = await layoutShifts(page);
        // Nothing runs past the right edge (English menus and links are wider than Chinese ones).
        expect(await page.evaluate<number>('document.documentElement.scrollWidth'), url).toBeLessThanOrEqual(viewport.width);
        // The account corner's fixed box holds its words: none of its links is cut off.
        const corner = (await page.locator('.account-menu').boundingBox())!;
        for (const box of await page
          .locator('.account-menu a, .account-menu button')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
          expect(box.left, url).toBeGreaterThanOrEqual(corner.x - 0.5);
          expect(box.right, url).toBeLessThanOrEqual(corner.x + corner.width + 0.5);
        }
        return { url, cls: shifts.reduce((n, s) => n + s.value, 0), shifts };
      };
      const results = [];
      for (const [url, ready] of pages) results.push(await measure(url, ready));
      await context.request.post(api, {
        data: {
          query: `mutation($i: LogInInput!) { logIn(input: $i) { volunteer { id } } }`,
          variables: { i: { login: person.input.phone, password: person.input.password } },
        },
      });
      results.push(await measure(`/projects/${activity.id}/`, '[data-live="true"]'));
      results.push(await measure(`/projects/${lottery.id}/`, '[data-live="true"]'));
      results.push(await measure(`/en/projects/${activity.id}/`, '[data-live="true"]'));
      results.push(await measure('/account/', '.account-grid'));
      results.push(await measure('/en/account/', '.account-grid'));
      results.push(await measure('/login/', '.signed-in'));
      console.log(`layout shift at ${viewport.width} px: ${results.map((r) => `${r.url} ${r.cls.toFixed(4)}`).join(', ')}`);
      for (const r of results) expect(r.cls, `${r.url}: ${JSON.stringify(r.shifts)}`).toBeLessThan(0.01);
      await context.close();
    });
  }
});
