// axe-core (WCAG 2.1 A and AA) on every kind of page, in both languages, at 390 px and 1280 px:
// the reading pages, the volunteers' pages signed out and signed in, the developer portal, and the
// 404 page. The back office's pages are checked by the tests of their sections. On the GraphiQL
// page the portal's own parts are checked: GraphiQL's widget (an npm package's markup, e.g. its
// tabs' close buttons nested in the tab) is left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { gql } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { axeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let pages: string[];
const GRAPHIQL = '/developers/graphiql/';

beforeAll(async () => {
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
  const data = await gql(
    site.api,
    `{ news(first: 1) { nodes { slug tags } } projects(first: 1) { nodes { id district category } } organizations(first: 1) { nodes { slug } } serviceRequests(first: 1) { nodes { id } } stories(first: 1) { nodes { id } } }`,
  );
  const project = data.data.projects.nodes[0];
  pages = [
    '/',
    '/projects/',
    `/projects/${project.id}/`,
    `/projects/district/${encodeURIComponent(project.district)}/`,
    `/projects/category/${encodeURIComponent(project.category)}/`,
    '/news/',
    `/news/${data.data.news.nodes[0].slug}/`,
    '/news/tags/',
    `/news/tags/${encodeURIComponent(data.data.news.nodes[0].tags[0])}/`,
    '/role-models/',
    '/stories/',
    `/stories/${data.data.stories.nodes[0].id}/`,
    '/showcases/',
    '/organizations/',
    `/organizations/${data.data.organizations.nodes[0].slug}/`,
    '/leaderboards/',
    `/leaderboards/${encodeURIComponent(project.district)}/`,
    '/about/',
    '/search/?q=%E5%BF%97%E6%84%BF',
    '/nearby/',
    '/contests/',
    // Without a volunteer number: the note on how to open one (tests/e2e/profiles.test.ts checks a page that is on and off).
    '/volunteers/',
    '/courses/',
    '/requests/',
    `/requests/${data.data.serviceRequests.nodes[0].id}/`,
    '/requests/new/',
    '/register/',
    '/login/',
    '/verify/',
    '/account/',
    '/account/settings/',
    '/manage/ratings/',
    '/admin/ratings/',
    '/manage/courses/',
    '/admin/courses/',
    '/terms/',
    '/privacy/',
    '/developers/',
    '/developers/reference/',
    '/developers/webhooks/',
    '/developers/changelog/',
    GRAPHIQL,
    '/no-such-page/',
  ];
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function signedIn(width: number): Promise<BrowserContext> {
  const { context } = await newPage(browser, { viewport: { width, height: 900 } });
  const res = await context.request.post(site.api, {
    data: { query: `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, variables: { i: { login: DEMO.volunteer, password: DEMO_PASSWORD } } },
  });
  expect(res.ok()).toBe(true);
  return context;
}

describe.each([390, 1280])('at %i px', (width) => {
  it.each(['', '/en'])(
    'every page kind%s has no axe-core violation, signed out and signed in',
    async (prefix) => {
      const found: Record<string, unknown> = {};
      for (const signed of [false, true]) {
        const context = signed ? await signedIn(width) : (await newPage(browser, { viewport: { width, height: 900 } })).context;
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(`${site.product.url}${prefix}${path}`);
          // Islands have hydrated and loaded what they show.
          await page.waitForLoadState('networkidle');
          if (path === GRAPHIQL) await page.locator('.graphiql-container').waitFor();
          const violations = await axeViolations(page, path === GRAPHIQL ? { exclude: [['#graphiql']] } : undefined);
          if (violations.length) found[`${signed ? 'signed in ' : ''}${prefix}${path}`] = violations;
        }
        await context.close();
      }
      expect(found).toEqual({});
    },
    240_000,
  );
});
