// Delegated access end to end in headless Chromium against the product as `npm start` runs it:
// staff register a mini-program at /admin/apps/; it sends a signed-out volunteer to
// /oauth/authorize, who signs in, reads what the app asks for and allows it; the browser goes
// back to the app with a code, which the app exchanges (PKCE) for tokens and signs the volunteer
// up with; the volunteer sees the app under connected apps on /account/ and disconnects it, which
// ends its access at once. A refusal on the English page sends access_denied back. axe-core
// checks the pages.
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage, signedInPage } from '../helpers/browser.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let appServer: http.Server;
let callback: string;
/** The addresses the app's callback was called with. */
const calls: URL[] = [];
let clientId: string;

const api = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => gql(site.api, query, variables, headers);
const hydrated = (page: Page) => page.waitForSelector('form button[type=submit]:not([disabled])');

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeUrl(challenge: string, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: callback,
    scope: 'profile signups',
    state: 'mini-42',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
  return `${site.product.url}/oauth/authorize?${q.toString()}`;
}

beforeAll(async () => {
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
  // The mini-program's own page the volunteer comes back to.
  appServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', callback);
    if (url.pathname === '/callback') calls.push(url);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>小程序</title><p>已返回小程序</p>');
  });
  await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve));
  callback = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}/callback`;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => appServer?.close(resolve));
  await site?.stop();
});

describe('an app acting for a volunteer', () => {
  it('is registered by staff in the browser, who give its developers the client_id', async () => {
    const { context, page } = await signedInPage(browser, site.api, DEMO.admin, DEMO_PASSWORD);
    await page.goto(`${site.product.url}/admin/apps/`);
    await hydrated(page);
    await page.getByLabel('应用名称（志愿者在授权页上看到）').fill('龙华志愿小程序');
    await page.getByLabel('回调地址（每行一个，最多 5 个）').fill(callback);
    await page.getByLabel('查看你的姓名、志愿者编号、星级、所在区县、技能和所在团队').check();
    await page.getByLabel('查看你的报名，代你报名、取消报名和签到').check();
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const row = page.locator('[data-app]', { hasText: '龙华志愿小程序' });
    await row.waitFor();
    clientId = (await row.locator('[data-client-id]').innerText()).trim();
    expect(clientId).toMatch(/^app_/);
    expect(await page.locator('#oauth-apps .form-status').innerText()).toContain('已登记“龙华志愿小程序”');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('asks a signed-out volunteer to sign in, shows what the app wants, and sends the code back on “allow”', async () => {
    const input = fakeRegistration({ realName: '陈小程' });
    const registered = await api(REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    const volunteerId: string = registered.data.registerVolunteer.volunteer.id;
    const { verifier, challenge } = pkce();

    const { context, page } = await newPage(browser, { viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    await page.goto(authorizeUrl(challenge));
    expect(new URL(page.url()).pathname).toBe('/oauth/consent/');
    await page.getByRole('heading', { name: '“龙华志愿小程序”请求代你：' }).waitFor();
    await page.getByRole('link', { name: '登录后授权' }).click();
    await hydrated(page);
    await page.getByLabel('手机号或邮箱', { exact: true }).fill(input.phone);
    await page.getByLabel('密码', { exact: true }).fill(input.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/oauth\/consent\/\?/);
    const card = page.locator('.app-consent');
    await card.getByRole('button', { name: '允许' }).waitFor();
    expect(await card.locator('.app-scopes li').allInnerTexts()).toEqual([
      '查看你的姓名、志愿者编号、星级、所在区县、技能和所在团队',
      '查看你的报名，代你报名、取消报名和签到',
    ]);
    expect(await card.innerText()).toContain('完成后将返回 127.0.0.1');
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: '允许' }).click();
    await page.waitForURL(/\/callback\?/);
    const back = calls.at(-1)!;
    expect(back.searchParams.get('state')).toBe('mini-42');
    const code = back.searchParams.get('code')!;
    expect(code).toBeTruthy();

    // The app exchanges the code with its verifier and acts for the volunteer.
    const token = await fetch(`${site.product.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: callback, client_id: clientId, code_verifier: verifier }),
    });
    expect(token.status).toBe(200);
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const asApp = { authorization: `Bearer ${accessToken}` };
    const [shift] = (await api(`{ projects(first: 20) { nodes { shifts { id remaining startsAt } } } }`)).data.projects.nodes
      .flatMap((p: { shifts: { id: string; remaining: number; startsAt: string }[] }) => p.shifts)
      .filter((s: { remaining: number; startsAt: string }) => s.remaining > 0 && Date.parse(s.startsAt) > Date.now() + 86_400_000);
    const signedUp = await api(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }`, { s: shift.id }, asApp);
    expect(signedUp.errors, JSON.stringify(signedUp.errors)).toBeUndefined();
    const mine = await api(`{ me { id signups(first: 5) { nodes { id } } } }`, {}, asApp);
    expect(mine.data.me.id).toBe(volunteerId);
    expect(mine.data.me.signups.nodes.map((n: { id: string }) => n.id)).toEqual([signedUp.data.signUp.id]);

    // The volunteer sees the app in their account and disconnects it.
    await page.goto(`${site.product.url}/account/`);
    const apps = page.locator('#connected-apps');
    const item = apps.locator('[data-app]', { hasText: '龙华志愿小程序' });
    await item.waitFor();
    expect(await item.innerText()).toContain('查看你的报名，代你报名、取消报名和签到');
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: '解除对“龙华志愿小程序”的授权' }).click();
    await expect.poll(() => apps.locator('.form-status').innerText()).toContain('已解除对“龙华志愿小程序”的授权。');
    expect(await apps.locator('[data-app]').count()).toBe(0);
    const after = await api(`{ me { id } }`, {}, asApp);
    expect(after.status).toBe(401);
    await context.close();
  });

  it('sends access_denied back when the volunteer refuses, on the English page', async () => {
    const { context, page } = await signedInPage(browser, site.api, DEMO.volunteer, DEMO_PASSWORD);
    const { challenge } = pkce();
    await page.goto(authorizeUrl(challenge, { ui_locales: 'en' }));
    expect(new URL(page.url()).pathname).toBe('/en/oauth/consent/');
    const card = page.locator('.app-consent');
    await card.getByRole('button', { name: 'Deny' }).waitFor();
    expect(await card.locator('h2').innerText()).toBe('“龙华志愿小程序” asks to:');
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: 'Deny' }).click();
    await page.waitForURL(/\/callback\?/);
    const back = calls.at(-1)!;
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('mini-42');
    expect(back.searchParams.get('code')).toBeNull();
    await context.close();
  });

  it('stops at the consent page when the request names an address the app did not register', async () => {
    const { context, page } = await signedInPage(browser, site.api, DEMO.volunteer, DEMO_PASSWORD);
    const { challenge } = pkce();
    await page.goto(authorizeUrl(challenge, { redirect_uri: 'https://evil.example.com/steal' }));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('请求中的返回地址不是这个应用登记的地址');
    expect(await page.getByRole('button', { name: '允许' }).count()).toBe(0);
    await context.close();
  });
});
