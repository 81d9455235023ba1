// Security headers against the product as `npm start` runs it: every answer forbids framing,
// sniffing and leaking the path in referrers; every site page carries a Content-Security-Policy
// with the hashes of its own scripts, which its islands satisfy (no violation reported while
// they load, sign in, search with Pagefind's WebAssembly and show the account), and a page
// framed by another site is refused. HSTS is sent where the public origin is https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer } from '../../api/src/server.js';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;

beforeAll(async () => {
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** Records every CSP violation the page reports, from its first script on. */
const RECORD_VIOLATIONS = `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('headers', () => {
  it('every answer forbids framing and sniffing and keeps referrers to the origin; no HSTS over http', async () => {
    for (const path of ['/', '/account/', '/manage/', '/en/search/', '/graphql?query=%7B__typename%7D', '/no-such-page/']) {
      const res = await fetch(`${site.product.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('permissions-policy'), path).toContain('geolocation=(self)');
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('sends HSTS when the public origin is https', async () => {
    const orm: MikroORM = await testOrm();
    const server = await startServer(
      { orm, vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false), development: false, hsts: true },
      0,
      '127.0.0.1',
    );
    try {
      const res = await fetch(`${server.url}/graphql?query=%7B__typename%7D`);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await server.close();
      await orm.close();
    }
  });
});

describe('the site under its Content-Security-Policy', () => {
  it('names the hashes of its inline scripts and allows no inline script otherwise', async () => {
    const html = await (await fetch(`${site.product.url}/account/`)).text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(meta)?.[1] ?? '';
    expect(scriptSrc).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+ ?$/);
    expect(meta).not.toContain('unsafe-inline');
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('runs the islands without a violation: sign in, account, search, nearby, an activity', async () => {
    const { context, page } = await newPage(browser);
    await context.addInitScript(RECORD_VIOLATIONS);
    await page.goto(`${site.product.url}/login/`);
    await page.waitForSelector('form button[type=submit]:not([disabled])');
    await page.getByLabel('手机号或邮箱', { exact: true }).fill(DEMO.volunteer);
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/account/');
    await page.waitForSelector('.account-grid');
    expect(await page.evaluate<string[]>('window.__violations')).toEqual([]);

    await page.goto(`${site.product.url}/search/?q=${encodeURIComponent('志愿')}`);
    await page.waitForSelector('#search-results a', { timeout: 20_000 });
    expect(await page.evaluate<string[]>('window.__violations')).toEqual([]);

    await page.goto(`${site.product.url}/en/nearby/`);
    await page.waitForSelector('.nearby-controls button:not([disabled])');
    expect(await page.evaluate<string[]>('window.__violations')).toEqual([]);

    await page.goto(`${site.product.url}/projects/`);
    const first = await page.locator('a[href^="/projects/prj_"]').first().getAttribute('href');
    await page.goto(`${site.product.url}${first}`);
    await page.waitForSelector('astro-island:not([ssr])');
    expect(await page.evaluate<string[]>('window.__violations')).toEqual([]);

    // What the policy is for: a script injected into the page does not run, and is reported.
    await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.__injected = true'; document.body.append(s); })()`);
    await expect.poll(() => page.evaluate<string[]>('window.__violations')).toEqual(['script-src-elem inline']);
    expect(await page.evaluate('window.__injected')).toBeUndefined();
    await context.close();
  });

  it('cannot be framed by another site', async () => {
    const framer = http.createServer((_req, res) => res.end(`<!doctype html><iframe id="f" src="${site.product.url}/account/"></iframe>`));
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    const { context, page } = await newPage(browser);
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    try {
      await page.goto(`http://localhost:${(framer.address() as AddressInfo).port}/`);
      // The browser refuses to show the account page in the frame, and says why.
      await expect.poll(() => messages.find((m) => m.includes('frame-ancestors')) ?? '').toMatch(/^Framing '.*' violates .*"frame-ancestors 'none'".* blocked/);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(await frame?.evaluate<boolean>(`!!document.querySelector('.site-header')`).catch(() => false)).toBe(false);
    } finally {
      await context.close();
      framer.close();
    }
  });
});
