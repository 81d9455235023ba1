// Headless Chromium for the end-to-end tests (Debian's chromium driven by playwright-core), and a
// record of the layout shifts a page makes, for the checks that islands move nothing as they load.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { gql, type BoundGql } from './api.js';
import { startSiteOnRunDatabase, type SiteProduct } from './product.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What every island says when the API cannot be reached. */
export const NETWORK_MESSAGE = '无法连接服务器，请检查网络后重试。';
/** The same on English pages. */
export const NETWORK_MESSAGE_EN = 'Cannot reach the server. Check your connection and try again.';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page in a context of its own (desktop size unless told), accepting confirm() dialogs. */
export async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return { context, page };
}

/**
 * A page like newPage's whose browser is signed in as `login` (the session cookie set by
 * logging in through `api`, the product's /graphql), waiting up to ten seconds for what it looks for.
 */
export async function signedInPage(
  browser: Browser,
  api: string,
  login: string,
  password: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser, options);
  opened.page.setDefaultTimeout(10_000);
  const res = await opened.context.request.post(api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login, password } } },
  });
  if (!res.ok()) throw new Error(`could not sign in as ${login}: HTTP ${res.status()}`);
  return opened;
}

/** For `context.addInitScript`: records, from the start, layout shifts not caused by input (what Cumulative Layout Shift counts). */
export const OBSERVE_LAYOUT_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) {
        window.__shifts.push({ value: entry.value, sources: (entry.sources || []).map((s) => (s.node && s.node.className) || String(s.node && s.node.nodeName)) });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

export interface LayoutShift {
  value: number;
  sources: string[];
}

/** The layout shifts recorded on the page so far (OBSERVE_LAYOUT_SHIFTS must be in place). */
export function layoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate<LayoutShift[]>('window.__shifts');
}

/**
 * The product with its site on the test file's database (as startSiteOnRunDatabase), a client
 * bound to its /graphql, and Chromium to read it; `close` ends the browser, then the product.
 */
export async function siteInChromium(env: Record<string, string> = {}): Promise<{
  site: SiteProduct;
  browser: Browser;
  api: BoundGql;
  close: () => Promise<void>;
}> {
  const site = await startSiteOnRunDatabase(env);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await site.stop();
    throw error;
  });
  const api: BoundGql = (query, variables, headers) => gql(site.api, query, variables, headers);
  return {
    site,
    browser,
    api,
    close: async () => {
      await browser.close();
      await site.stop();
    },
  };
}
