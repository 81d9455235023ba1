// The developer portal's GraphiQL end to end in headless Chromium against the product as `npm start`
// runs it: a team's partner key, issued by its ADMIN, pasted into the page, runs a query that shows
// the team's draft (which only the team and its keys may see); the same query without the key
// does not, and a revoked key is refused. GraphiQL runs under the page's policy with no violation.
// From the footer of any page, the portal is a click away in both languages.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { BoundGql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { newPage, siteInChromium } from '../helpers/browser.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import type { SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let api: BoundGql;
let close: (() => Promise<void>) | undefined;
let teamId: string;
let draftTitle: string;
let secret: string;
let revokedSecret: string;

async function ok(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await api(query, variables, headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

beforeAll(async () => {
  ({ site, browser, api, close } = await siteInChromium());
  // The team, its draft and its keys, made through the product's own /graphql.
  const admin = await signIn({ gql: api }, DEMO.admin);
  const reg = await ok(REGISTER, { input: fakeRegistration() }, {});
  const owner = { authorization: `Bearer ${reg.registerVolunteer.token}` };
  const team = await ok(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name: `开发者门户测试队${randomInt(1e9)}`, kind: 'NGO', district: '龙华区' } },
    owner,
  );
  teamId = team.registerOrganization.id;
  await ok(`mutation($id: ID!) { approveOrganization(id: $id) { status } }`, { id: teamId }, admin);
  draftTitle = `门户测试草稿活动${randomInt(1e9)}`;
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  await ok(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id status } }`,
    {
      input: {
        organizationId: teamId,
        title: draftTitle,
        summary: '只有本团队和它的密钥看得到的草稿。',
        shifts: [{ startsAt: inDays(9), endsAt: inDays(9.1), capacity: 4 }],
      },
    },
    owner,
  );
  const CREATE_KEY = `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret key { id } } }`;
  secret = (await ok(CREATE_KEY, { input: { organizationId: teamId, name: '门户测试应用', scopes: ['READ'] } }, owner)).createPartnerKey.secret;
  const revoked = (await ok(CREATE_KEY, { input: { organizationId: teamId, name: '已吊销的应用', scopes: ['READ'] } }, owner)).createPartnerKey;
  revokedSecret = revoked.secret;
  await ok(`mutation($id: ID!) { revokePartnerKey(id: $id) { revokedAt } }`, { id: revoked.key.id }, owner);
}, 300_000);

afterAll(async () => {
  await close?.();
});

const paneText = async (page: Page) => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');

/** Runs GraphiQL's operation and returns the result pane's text once a new answer is there. */
async function run(page: Page): Promise<string> {
  const before = await paneText(page);
  await page.locator('.graphiql-execute-button').click();
  await expect.poll(async () => (await paneText(page)) !== before && /"(data|errors)"/.test(await paneText(page))).toBe(true);
  return paneText(page);
}

describe('GraphiQL on the developer portal', () => {
  it("runs a query with a team's pasted partner key and shows the team's own draft; without the key it is not there, a revoked key is refused", async () => {
    const { context, page } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    const violations: string[] = [];
    const failures: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => failures.push(e.message));
    await context.addInitScript(
      `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    );
    const query = `{ projects(filter: { organizationId: "${teamId}" }) { nodes { title status } } }`;
    await page.goto(`${site.product.url}/developers/graphiql/?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-execute-button').waitFor();

    await page.getByLabel('合作方密钥（可选）').fill(secret);
    const withKey = await run(page);
    expect(withKey).toContain(draftTitle);
    expect(withKey).toContain('"DRAFT"');

    // The same page, no key: the public does not see drafts.
    await page.getByLabel('合作方密钥（可选）').fill('');
    const withoutKey = await run(page);
    expect(withoutKey).not.toContain(draftTitle);
    expect(withoutKey).toMatch(/"nodes": \[\s*\]/);

    await page.getByLabel('合作方密钥（可选）').fill(revokedSecret);
    expect(await run(page)).toContain('"UNAUTHENTICATED"');

    // The bundle came from the site itself, and ran under the page's policy.
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/graphiql\/graphiql-\w+\.js$/);
    expect(violations).toEqual([]);
    expect(failures).toEqual([]);
    expect(await page.evaluate<string[]>('window.__violations')).toEqual([]);
    // Inline styles are allowed on this page; inline scripts still are not.
    await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.__injected = true'; document.body.append(s); })()`);
    await expect.poll(() => page.evaluate<string[]>('window.__violations')).toEqual(['script-src-elem inline']);
    expect(await page.evaluate('window.__injected')).toBeUndefined();
    await context.close();
  });

  it('is reached from the footer of a reading page in English, and opens ready to run a public query', async () => {
    const { context, page } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await page.goto(`${site.product.url}/en/news/`);
    await page.locator('.site-footer').getByRole('link', { name: 'Developers' }).click();
    await page.waitForURL(`${site.product.url}/en/developers/`);
    expect(await page.locator('h1').innerText()).toBe('Developer portal');
    await page.locator('.portal-nav').getByRole('link', { name: 'GraphiQL' }).click();
    await page.waitForURL(`${site.product.url}/en/developers/graphiql/`);
    const result = await run(page);
    // The pane shows the answer's first lines: the soonest activity, as the API lists it.
    const { data } = await api(`{ projects(first: 1) { nodes { id title } } }`);
    const [first] = data.projects.nodes as { id: string; title: string }[];
    expect(result).toContain(`"id": "${first.id}", "title": ${JSON.stringify(first.title)}`);
    await context.close();
  });
});
