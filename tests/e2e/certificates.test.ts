// End to end in headless Chromium against the product as `npm start` runs it: service records,
// correction requests and certificates in "my account", the printable certificate, and the public
// verification page (valid, tampered, without JavaScript, without the API), with no layout shift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql, testOrm, testServer, type BoundGql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { launchChromium, layoutShifts, NETWORK_MESSAGE, newPage as openPage, OBSERVE_LAYOUT_SHIFTS } from '../helpers/browser.js';
import { endedShifts, RECORD, REVERSE } from '../helpers/ledger.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type Product, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let product: Product;
let browser: Browser;
let api: string;

/** A volunteer of this file's own, with three ended shifts: one record reversed, one to dispute, one whose dispute was rejected. */
const person = {
  phone: '',
  password: '',
  reversed: '',
  disputed: '',
  rejected: '',
  reversalReason: '签到表核对有误，原记录作废',
  rejectionNote: '签到表显示你 16:00 离开',
};

beforeAll(async () => {
  const orm = await testOrm();
  const server = await testServer(orm);
  try {
    const coordinator = await signIn(server, DEMO.coordinator);
    const [{ id: orgId }] = await orm.em.fork().getConnection().execute(`select id from organization where name = '龙华区青年志愿者协会'`);
    const input = fakeRegistration({ realName: '林海宁' });
    const registered = await server.gql(REGISTER, { input });
    if (!registered.data) throw new Error(JSON.stringify(registered.errors));
    const me = { id: registered.data.registerVolunteer.volunteer.id, headers: { authorization: `Bearer ${registered.data.registerVolunteer.token}` } };
    Object.assign(person, { phone: input.phone, password: input.password });
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [me], { shifts: 3, hours: 3 });
    const entries: string[] = [];
    for (const [i, shiftId] of shiftIds.entries()) {
      const res = await server.gql(RECORD, { input: { shiftId, entries: [{ volunteerId: me.id, minutes: [180, 150, 120][i] }] } }, coordinator);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      entries.push(res.data.recordHours[0].id);
    }
    [person.reversed, person.disputed, person.rejected] = entries;
    expect((await server.gql(REVERSE, { input: { entryId: person.reversed, reason: person.reversalReason } }, coordinator)).errors).toBeUndefined();
    const asked = await server.gql(
      `mutation($input: RequestHourCorrectionInput!) { requestHourCorrection(input: $input) { id } }`,
      { input: { shiftId: shiftIds[2], requestedMinutes: 180, message: '我一直服务到活动结束' } },
      me.headers,
    );
    const resolved = await server.gql(
      `mutation($input: ResolveHourCorrectionInput!) { resolveHourCorrection(input: $input) { status } }`,
      { input: { requestId: asked.data.requestHourCorrection.id, accept: false, note: person.rejectionNote } },
      coordinator,
    );
    expect(resolved.data.resolveHourCorrection.status).toBe('REJECTED');
  } finally {
    await server.close();
    await orm.close();
  }

  site = await startSiteOnRunDatabase();
  ({ product, api } = site);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

const productGql: BoundGql = (query, variables, headers) => gql(api, query, variables, headers);

const newPage = (options: Parameters<Browser['newContext']>[0] = {}) => openPage(browser, options);

/** Signs in through the sign-in form and lands on "my account", loaded. */
async function signInToAccount(page: Page, login: string, password: string): Promise<void> {
  await page.goto(`${product.url}/login/?next=${encodeURIComponent('/account/')}`);
  await page.waitForSelector('form button[type=submit]:not([disabled])');
  await page.getByLabel('手机号或邮箱', { exact: true }).fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/account/');
  await page.waitForSelector('.account-grid');
}

/** Signs the browser context in without the form (the session cookie). */
async function signInContext(context: BrowserContext, login: string, password: string): Promise<void> {
  const res = await context.request.post(api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { volunteer { id } } }`, variables: { i: { login, password } } },
  });
  expect(res.ok()).toBe(true);
}

const accountHours = (minutes: number) => (minutes / 60).toFixed(1).replace(/\.0$/, '');
const ledgerHours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
const chineseDate = (ymd: string) => ymd.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
const tamper = (code: string) => code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
const focusedText = (page: Page) => page.evaluate<string>('document.activeElement?.textContent ?? ""');
const focusedId = (page: Page) => page.evaluate<string>('document.activeElement?.id ?? ""');

describe('the demo volunteer', () => {
  it('sees their records and hours, issues a certificate, prints it and verifies it; a tampered code is invalid', async () => {
    const headers = await signIn({ gql: productGql }, DEMO.volunteer);
    const truth = (
      await productGql(
        `{ me { realName displayName volunteerNumber totalMinutes starLevel hourEntries(first: 100) { totalCount nodes { id activity serviceDate minutes organization { name } } } } }`,
        {},
        headers,
      )
    ).data.me;
    expect(truth.hourEntries.totalCount).toBeGreaterThan(20);

    const { context, page } = await newPage();
    await signInToAccount(page, DEMO.volunteer, DEMO_PASSWORD);
    expect(await page.locator('[data-field="totalHours"]').textContent()).toBe(accountHours(truth.totalMinutes));
    expect(await page.locator('.account-stars').getAttribute('aria-label')).toContain(`${truth.starLevel} 星`);

    // Newest first, 20 a page, each with its activity, date, organisation and hours.
    const records = page.locator('[data-list="records"] > li');
    expect(await records.count()).toBe(20);
    for (const e of truth.hourEntries.nodes.slice(0, 20)) {
      const text = await page.locator(`li[data-entry="${e.id}"]`).innerText();
      for (const part of [e.activity, chineseDate(e.serviceDate), e.organization.name, `${ledgerHours(e.minutes)} 小时`]) expect(text, e.id).toContain(part);
    }
    while (await page.getByRole('button', { name: '加载更多服务记录' }).count()) {
      const before = await records.count();
      await page.getByRole('button', { name: '加载更多服务记录' }).click();
      await expect.poll(() => records.count()).toBeGreaterThan(before);
    }
    const shown: (string | null)[] = [];
    for (const li of await records.all()) shown.push(await li.getAttribute('data-entry'));
    expect(shown).toEqual(truth.hourEntries.nodes.map((e: { id: string }) => e.id));

    // Issuing: the new certificate heads the list, and the keyboard focus is on it.
    await page.getByRole('button', { name: '开具志愿服务记录证明' }).click();
    const note = page.locator('.certificates [role="status"]');
    await expect.poll(() => note.textContent()).toMatch(/^已开具证明，证书编号 [0-9A-Z]{12}-[0-9A-Z]{16}，累计 \d+(\.\d+)? 小时。$/);
    const item = page.locator('[data-list="certificates"] > li').first();
    const code = (await item.getAttribute('data-certificate'))!;
    expect(await note.textContent()).toContain(code);
    expect(await item.innerText()).toContain(`${ledgerHours(truth.totalMinutes)} 小时`);
    await expect.poll(() => focusedText(page)).toContain('查看并打印');

    // The printable page opens in a new tab: number, hours and (for the holder) the real name.
    const [printable] = await Promise.all([context.waitForEvent('page'), item.getByRole('link', { name: /查看并打印/ }).click()]);
    await printable.waitForLoadState();
    expect(printable.url()).toBe(`${product.url}/certificates/${code}`);
    const sheet = await printable.locator('main').innerText();
    expect(sheet).toContain(`证书编号：${code}`);
    expect(sheet).toContain(`累计志愿服务时长 ${ledgerHours(truth.totalMinutes)} 小时`);
    expect(sheet).toContain(truth.realName);
    expect(sheet).toContain(`/verify/?code=${code}`);
    expect(await printable.getByRole('button', { name: '打印 / 另存为 PDF' }).count()).toBe(1);
    await printable.close();

    // The verification link: valid, with the certificate as issued.
    await item.getByRole('link', { name: /核验链接/ }).click();
    await page.waitForURL(`**/verify/?code=${code}`);
    const result = page.locator('[data-result]');
    await expect.poll(() => result.getAttribute('data-result')).toBe('valid');
    expect(await result.locator('h2').innerText()).toContain('有效证明');
    expect(await result.locator('[data-field="code"]').textContent()).toBe(code);
    expect(await result.locator('[data-field="holder"]').textContent()).toBe(truth.displayName);
    expect(await result.locator('[data-field="volunteerNumber"]').textContent()).toBe(truth.volunteerNumber);
    expect(await result.locator('[data-field="hours"]').textContent()).toContain(`${ledgerHours(truth.totalMinutes)} 小时`);
    expect(await result.locator('[data-field="issuer"]').textContent()).toBe('爱心志愿服务平台');
    expect(await result.locator('[data-field="issuedAt"]').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(await result.locator('[data-field="current"]').getAttribute('data-changed')).toBe('false');
    expect(await result.innerText()).not.toContain(truth.realName);

    // A code with one character changed, typed in with the keyboard: 无效, and the address names it.
    await page.goto(`${product.url}/verify/`);
    await page.waitForSelector('form button[type=submit]:not([disabled])');
    await page.getByLabel('证书编号').focus();
    await page.keyboard.type(tamper(code));
    await page.keyboard.press('Enter');
    await expect.poll(() => result.getAttribute('data-result')).toBe('invalid');
    expect(await result.innerText()).toContain('无效');
    expect(await result.innerText()).toContain(tamper(code));
    expect(new URL(page.url()).searchParams.get('code')).toBe(tamper(code));
    expect(await page.locator('.verify-result').getAttribute('aria-live')).toBe('polite');

    // An empty code is caught at the field.
    await page.getByLabel('证书编号').fill('');
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await expect.poll(() => page.locator('#field-code-error').textContent()).toBe('请填写证书编号');
    expect(await page.getByLabel('证书编号').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  }, 90_000);
});

describe('a volunteer with corrected records', () => {
  it('sees a reversal as such, files a correction request with the keyboard, and finds it pending', async () => {
    const { context, page } = await newPage({ viewport: { width: 390, height: 844 } });
    await signInToAccount(page, person.phone, person.password);
    // 150 + 120 minutes live; the 180 was reversed.
    expect(await page.locator('[data-field="totalHours"]').textContent()).toBe('4.5');

    const reversed = page.locator(`li[data-entry="${person.reversed}"]`);
    expect(await reversed.innerText()).toContain('已冲正');
    expect(await reversed.locator('s').textContent()).toBe('3');
    expect(await reversed.getByRole('button', { name: /申请更正/ }).count()).toBe(0);
    const reversal = page.locator('li[data-kind="REVERSAL"]');
    expect(await reversal.count()).toBe(1);
    const reversalText = await reversal.innerText();
    for (const part of ['冲正', '-3 小时', person.reversalReason]) expect(reversalText).toContain(part);

    // The earlier request was rejected: its status and the organisation's answer.
    const corrections = page.locator('[data-list="corrections"] > li');
    expect(await corrections.count()).toBe(1);
    expect(await corrections.first().locator('[data-field="correctionStatus"]').textContent()).toBe('未采纳');
    expect(await corrections.first().innerText()).toContain(`组织答复：${person.rejectionNote}`);

    // Opening a form with Enter puts the focus in it; Escape closes it and gives the focus back.
    const again = page.locator(`li[data-entry="${person.rejected}"]`).getByRole('button', { name: /申请更正/ });
    await again.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('field-requestedMinutes');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedText(page)).toContain('申请更正');
    expect(await page.locator('.correction-form').count()).toBe(0);

    const record = page.locator(`li[data-entry="${person.disputed}"]`);
    await record.getByRole('button', { name: /申请更正/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('field-requestedMinutes');
    // Sent empty: both fields say what is missing, and the focus goes to the first.
    await record.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => page.locator('#field-requestedMinutes-error').textContent()).toBe('请填写 0 到 180 之间的整数分钟');
    expect(await page.locator('#field-correctionMessage-error').textContent()).toBe('请用 2 到 500 个字说明情况');
    await expect.poll(() => focusedId(page)).toBe('field-requestedMinutes');
    await page.keyboard.type('180');
    await page.keyboard.press('Tab');
    await page.keyboard.type('我 14:00 签到，17:00 签退，服务了三个小时。');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('.account-records [role="status"]').textContent()).toContain('已提交');
    await expect.poll(() => corrections.count()).toBe(2);
    expect(await corrections.first().locator('[data-field="correctionStatus"]').textContent()).toBe('待处理');
    expect(await corrections.first().innerText()).toContain('申请时长 180 分钟（原记录 150 分钟）');
    expect(await record.innerText()).toContain('更正申请待处理');
    await expect.poll(() => focusedId(page)).toBe('account-corrections');

    // Kept by the API: after a reload it is still there, pending.
    await page.reload();
    await page.waitForSelector('.account-grid');
    expect(await corrections.first().locator('[data-field="correctionStatus"]').textContent()).toBe('待处理');
    expect(await record.getByRole('button', { name: /申请更正/ }).count()).toBe(0);
    const mine = await productGql(
      `{ me { hourCorrectionRequests(first: 1) { nodes { status requestedMinutes entry { id } } } } }`,
      {},
      await signIn({ gql: productGql }, person.phone, person.password),
    );
    expect(mine.data.me.hourCorrectionRequests.nodes[0]).toEqual({ status: 'OPEN', requestedMinutes: 180, entry: { id: person.disputed } });
    await context.close();
  }, 90_000);
});

describe('the verification page', () => {
  it('says what it is, and that it needs JavaScript, to a browser without it', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    expect((await page.goto(`${product.url}/verify/?code=ABCDEFGHJKMN-ABCDEFGHJKMNPQRS`))!.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('志愿服务记录证明核验');
    expect(await page.locator('.noscript-note').innerText()).toContain('需要启用浏览器的 JavaScript');
    expect(await page.getByRole('heading', { name: '核验说明' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '核验', exact: true }).isDisabled()).toBe(true);
    await context.close();
  });

  it('says so in Chinese when the API cannot be reached, here and in “my account”', async () => {
    const { context, page } = await newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${product.url}/verify/?code=ABCDEFGHJKMN-ABCDEFGHJKMNPQRS`);
    await page.waitForSelector('[data-result="error"]');
    expect(await page.locator('[data-result="error"]').innerText()).toContain(NETWORK_MESSAGE);
    await page.unroute('**/graphql');

    // Signed in, the account loaded, then the API goes away: issuing and filing say so.
    await signInContext(context, person.phone, person.password);
    await page.goto(`${product.url}/account/`);
    await page.waitForSelector('.account-grid');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: '开具志愿服务记录证明' }).click();
    await expect.poll(() => page.locator('.certificates [role="status"]').textContent()).toBe(NETWORK_MESSAGE);
    const record = page.locator(`li[data-entry="${person.rejected}"]`);
    await record.getByRole('button', { name: /申请更正/ }).click();
    await page.getByLabel('实际服务时长（分钟）').fill('170');
    await page.getByLabel('说明').fill('签退时间记错了');
    await record.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => record.locator('.form-status').textContent()).toBe(NETWORK_MESSAGE);
    await context.close();
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`moves nothing while the result and the ledger load (${viewport.width} px wide)`, async () => {
      const headers = await signIn({ gql: productGql }, DEMO.volunteer);
      const { code } = (await productGql(`mutation { issueCertificate { code } }`, {}, headers)).data.issueCertificate;
      const { context, page } = await newPage({ viewport });
      await context.addInitScript(OBSERVE_LAYOUT_SHIFTS);
      const measure = async (name: string, url: string, ready: string) => {
        await page.goto(`${product.url}${url}`);
        await page.waitForSelector(ready);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const shifts = await layoutShifts(page);
        return { name, cls: shifts.reduce((n, s) => n + s.value, 0), shifts };
      };
      const results = [
        await measure('/verify/ valid', `/verify/?code=${code}`, '[data-result="valid"]'),
        await measure('/verify/ invalid', `/verify/?code=${tamper(code)}`, '[data-result="invalid"]'),
      ];
      await signInContext(context, DEMO.volunteer, DEMO_PASSWORD);
      results.push(await measure('/account/ with records', '/account/', '[data-list="records"]'));
      console.log(`layout shift at ${viewport.width} px: ${results.map((r) => `${r.name} ${r.cls.toFixed(4)}`).join(', ')}`);
      for (const r of results) expect(r.cls, `${r.name}: ${JSON.stringify(r.shifts)}`).toBeLessThan(0.01);
      await context.close();
    });
  }
});
