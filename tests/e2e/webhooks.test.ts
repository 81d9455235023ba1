// A team's webhooks in the back office, in headless Chromium against the product as `npm start`
// runs it (its own job workers deliver): the team's ADMIN adds an endpoint of a partner's
// receiver (a real HTTP server here, checking signatures), copies the secret shown once, sends a
// test event and sees it delivered with the receiver's answer, then deletes the endpoint after
// a confirmation; the English page reads the same; a COORDINATOR is told why not. axe-core
// checks every page it passes. Private addresses are allowed here (AIXIN_WEBHOOK_ALLOW_PRIVATE=1):
// the receiver is on this machine.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, signedInPage } from '../helpers/browser.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let receiver: http.Server;
let receiverUrl: string;
let secret = '';
const received: { headers: IncomingHttpHeaders; body: string; signed: boolean }[] = [];
let owner: { phone: string; password: string };
let teamId: string;
let teamName: string;

const browserAs = (login: string, password: string) => signedInPage(browser, site.api, login, password);

beforeAll(async () => {
  // The partner's receiver: checks each signature with the secret the page showed, as docs/webhooks.md shows.
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-aixin-signature'] ?? ''));
      const signed = given.length === expected.length && timingSafeEqual(given, expected);
      received.push({ headers: req.headers, body: raw.toString('utf8'), signed });
      res.writeHead(signed ? 202 : 401).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/partner/aixin-events`;

  orm = await testOrm();
  server = await testServer(orm);
  const admin = await signIn(server, DEMO.admin);
  const input = fakeRegistration();
  const reg = await server.gql(REGISTER, { input });
  if (reg.errors) throw new Error(JSON.stringify(reg.errors));
  owner = { phone: input.phone, password: input.password };
  teamName = `回调页面测试队${randomInt(1e9)}`;
  const team = await server.gql(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name: teamName, kind: 'NGO', district: '琼山区' } },
    { authorization: `Bearer ${reg.data.registerVolunteer.token}` },
  );
  if (team.errors) throw new Error(JSON.stringify(team.errors));
  teamId = team.data.registerOrganization.id;
  const approved = await server.gql(`mutation($id: ID!) { approveOrganization(id: $id) { status } }`, { id: teamId }, admin);
  if (approved.errors) throw new Error(JSON.stringify(approved.errors));
  site = await startSiteOnRunDatabase({ AIXIN_WEBHOOK_ALLOW_PRIVATE: '1' });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await server?.close();
  await orm?.close();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('a team’s webhooks in the back office', () => {
  it('lets the team’s ADMIN add an endpoint, see a test event delivered with its answer, and delete it', async () => {
    const { context, page } = await browserAs(owner.phone, owner.password);
    await page.goto(`${site.product.url}/manage/webhooks/?org=${teamId}`);
    await page.getByRole('heading', { name: `${teamName}的 Webhook` }).waitFor();
    expect(await page.locator('.account-empty').first().textContent()).toBe('还没有接收地址。');
    await expectNoAxeViolations(page);

    // No event chosen: said beside the choices, nothing sent.
    await page.getByLabel('接收地址', { exact: true }).fill(receiverUrl);
    await page.getByRole('button', { name: '添加接收地址' }).click();
    await expect.poll(() => page.locator('#webhook-events-error').textContent()).toBe('请至少选择一种事件。');
    await page.getByLabel(/新报名/).check();
    await page.getByLabel(/活动发布/).check();
    await page.getByRole('button', { name: '添加接收地址' }).click();
    await page.locator('[data-secret-shown]').waitFor();
    secret = await page.locator('.key-secret-value').inputValue();
    expect(secret).toMatch(/^whsec_/);
    const item = page.locator('[data-webhook]', { hasText: receiverUrl });
    expect(await item.getAttribute('data-state')).toBe('active');
    expect(await item.locator('.manage-meta').first().textContent()).toBe('活动发布、新报名');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '我已保存' }).click();
    expect(await page.locator('[data-secret-shown]').count()).toBe(0);

    // A test event: delivered, signed, and the receiver's answer in the log.
    await item.getByRole('button', { name: '发送测试事件' }).click();
    const delivery = item.locator('[data-delivery]').first();
    await expect.poll(() => delivery.getAttribute('data-status'), { timeout: 20_000 }).toBe('DELIVERED');
    expect(await delivery.locator('[data-answer]').textContent()).toBe('响应 202');
    await expect.poll(() => item.locator('.manage-meta').nth(1).textContent()).toContain('最近送达');
    expect(received).toHaveLength(1);
    expect(received[0].signed).toBe(true);
    expect(received[0].headers['x-aixin-event']).toBe('webhook.ping');
    expect(received[0].headers['x-aixin-delivery']).toBe(await delivery.getAttribute('data-delivery'));
    await expectNoAxeViolations(page);

    // After a reload the secret is gone for good; the endpoint and its log remain.
    await page.reload();
    await page.locator('[data-webhook] [data-delivery]').first().waitFor();
    expect(await page.content()).not.toContain(secret);

    // Deleted after a confirmation.
    await page.locator('[data-webhook]').getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    await expect.poll(() => page.locator('[data-webhook]').count()).toBe(0);
    expect(await page.locator('.form-status').first().textContent()).toContain(`已删除 ${receiverUrl}`);
    await context.close();
  }, 90_000);

  it('reads in English, and tells a COORDINATOR why not', async () => {
    const { context, page } = await browserAs(owner.phone, owner.password);
    await page.goto(`${site.product.url}/en/manage/webhooks/?org=${teamId}`);
    await page.getByRole('heading', { name: `Webhooks of ${teamName}` }).waitFor();
    await page.getByLabel('Endpoint URL').fill('partner.example.cn/hook');
    await page.getByLabel(/New sign-up/).check();
    await page.getByRole('button', { name: 'Add an endpoint' }).click();
    await expect.poll(() => page.locator('#field-webhook-url-error').textContent()).toBe('The address is not a URL such as https://example.com/aixin/webhook.');
    await page.getByLabel('Endpoint URL').fill('http://10.0.0.8/hook');
    await page.getByRole('button', { name: 'Add an endpoint' }).click();
    // Private addresses are allowed on this product (its receiver is local), so this one is
    // added; the refusal of private addresses where they are not allowed is the API test's.
    await page.locator('[data-secret-shown]').waitFor();
    expect(await page.locator('[data-webhook] .manage-badge').first().textContent()).toBe('Active');
    await expectNoAxeViolations(page);
    await context.close();

    const coordinator = await browserAs(DEMO.coordinator, DEMO_PASSWORD);
    await coordinator.page.goto(`${site.product.url}/manage/webhooks/`);
    await coordinator.page.locator('[data-state="not-admin"]').waitFor();
    expect(await coordinator.page.locator('[data-state="not-admin"]').textContent()).toContain('只有团队的管理员可以管理 Webhook');
    await expectNoAxeViolations(coordinator.page);
    await coordinator.context.close();
  }, 60_000);
});
