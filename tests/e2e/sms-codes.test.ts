// SMS codes in the browser, on the product with an SMS provider configured (a local server in
// its place, which checks each request and answers as Aliyun's SendSms does): registering proves the phone with the code
// it sends, and a volunteer who forgot their password resets it from the log-in page with a code
// and logs in with the new one; with email configured too, the code can come by email instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage } from '../helpers/browser.js';
import { fakeIdNumber, fakePhone } from '../helpers/people.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';
import { catchMail, type MailCatcher } from '../helpers/smtp.js';
import { catchTexts, type TextCatcher } from '../helpers/sms.js';

let sms: TextCatcher;
let mail: MailCatcher;
let site: SiteProduct;
let browser: Browser;

beforeAll(async () => {
  sms = await catchTexts('secret');
  mail = await catchMail();
  site = await startSiteOnRunDatabase({
    AIXIN_SMTP_URL: mail.url,
    AIXIN_SMS_PROVIDER: 'aliyun',
    AIXIN_SMS_ENDPOINT: sms.endpoint,
    AIXIN_SMS_ACCESS_KEY_ID: 'LTAI-test',
    AIXIN_SMS_ACCESS_KEY_SECRET: 'secret',
    AIXIN_SMS_SIGN_NAME: '爱心志愿',
    AIXIN_SMS_CODE_TEMPLATE: 'SMS_000000001',
    AIXIN_SMS_NOTICE_TEMPLATE: 'SMS_000000002',
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await sms?.close();
  await mail?.close();
});

const codeFor = async (phone: string) => {
  await expect.poll(() => sms.lastCodeTo(phone), { timeout: 10_000 }).toBeDefined();
  return sms.lastCodeTo(phone)!;
};
const hydrated = (page: Page) => page.waitForSelector('form button[type=submit]:not([disabled])');

describe('SMS codes in the browser', () => {
  const phone = fakePhone();
  const email = `reset-${Date.now()}@volunteers.test`;

  it('register with the code sent to the phone', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.product.url}/register/`);
    await hydrated(page);
    const code = page.getByLabel('短信验证码', { exact: true });
    await code.waitFor();
    await page.getByLabel('姓名', { exact: true }).fill('周晓岚');
    await page.getByLabel('身份证号', { exact: true }).fill(fakeIdNumber());
    await page.getByLabel('密码', { exact: true }).fill('first-password-26');
    await page.getByLabel(/^邮箱/).fill(email);
    await page.locator('#register-consent').check();
    // Without a phone there is nowhere to send it.
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => page.locator('#field-phone-error').textContent()).toBe('请先填写手机号');
    await page.getByLabel('手机号', { exact: true }).fill(phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toBe(`验证码已发送至 ${phone.slice(0, 3)}****${phone.slice(-4)}。`);
    expect(await page.getByRole('button', { name: /秒后可重新获取$/ }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
    // A wrong code is refused beside its field.
    const sent = await codeFor(phone);
    await code.fill(sent === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await expect.poll(() => page.locator('#field-phoneCode-error').textContent()).toBe('验证码不正确。');
    await code.fill(sent);
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.waitForURL(`${site.product.url}/account/`);
    // Messages are texted too, until the volunteer turns that off in their settings.
    await page.goto(`${site.product.url}/account/settings/`);
    const texts = page.getByLabel('名额、抽签、活动变动和活动提醒同时发短信给我');
    await texts.waitFor();
    expect(await texts.isChecked()).toBe(true);
    await texts.uncheck();
    await expect
      .poll(() => page.locator('#settings-notify .form-status, [aria-labelledby="settings-notify"] .form-status').textContent())
      .toBe('已关闭短信通知，消息仍在“我的消息”中。');
    await page.reload();
    await texts.waitFor();
    expect(await texts.isChecked()).toBe(false);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('reset a forgotten password from the log-in page, then log in with the new one', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${site.product.url}/login/`);
    await hydrated(page);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL(`${site.product.url}/login/reset/`);
    await page.getByRole('radio', { name: '手机短信' }).waitFor();
    expect(await page.getByRole('radio', { name: '手机短信' }).isChecked()).toBe(true);
    await page.getByLabel('手机号', { exact: true }).fill(phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toContain('验证码已发送至');
    const code = await codeFor(phone);
    await page.getByLabel('短信验证码', { exact: true }).fill(code);
    await page.getByLabel('新密码', { exact: true }).fill('second-password-26');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '重设密码' }).click();
    await expect.poll(() => page.locator('.form-status').textContent()).toBe('密码已重设，请用新密码登录。');
    await page.getByRole('link', { name: '去登录' }).click();
    await page.waitForURL(`${site.product.url}/login/`);
    await hydrated(page);
    await page.getByLabel('手机号或邮箱', { exact: true }).fill(phone);
    await page.getByLabel('密码', { exact: true }).fill('second-password-26');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${site.product.url}/account/`);
    await context.close();

    // By email this time.
    const byEmail = await newPage(browser);
    await byEmail.page.goto(`${site.product.url}/login/reset/`);
    await byEmail.page.getByRole('radio', { name: '电子邮件' }).check();
    await byEmail.page.getByLabel('邮箱', { exact: true }).fill(email);
    await byEmail.page.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => byEmail.page.locator('.form-status').textContent()).toBe('验证码已发送至 r***@volunteers.test。');
    await expect.poll(() => mail.to(email).length, { timeout: 10_000 }).toBe(1);
    const emailed = /Your verification code is (\d{6})/.exec(mail.to(email)[0].raw)![1];
    await byEmail.page.getByLabel('邮件验证码', { exact: true }).fill(emailed);
    await byEmail.page.getByLabel('新密码', { exact: true }).fill('third-password-26');
    await byEmail.page.getByRole('button', { name: '重设密码' }).click();
    await expect.poll(() => byEmail.page.locator('.form-status').textContent()).toBe('密码已重设，请用新密码登录。');
    await byEmail.context.close();

    // In English on a phone, the page reads the same.
    const en = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await en.page.goto(`${site.product.url}/en/login/reset/`);
    await hydrated(en.page);
    expect(await en.page.locator('h1').textContent()).toBe('Reset your password');
    expect(await en.page.getByRole('button', { name: 'Send code' }).count()).toBe(1);
    expect(await en.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(en.page);
    await en.context.close();
  });

  it('move the account to a new phone in the settings, proved by a code sent to it', async () => {
    const next = fakePhone();
    const { context, page } = await newPage(browser);
    await page.goto(`${site.product.url}/login/`);
    await hydrated(page);
    await page.getByLabel('手机号或邮箱', { exact: true }).fill(phone);
    await page.getByLabel('密码', { exact: true }).fill('third-password-26');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${site.product.url}/account/`);
    await page.goto(`${site.product.url}/account/settings/`);
    const part = page.locator('section[aria-labelledby="settings-phone"]');
    await part.getByLabel('新手机号', { exact: true }).waitFor();
    expect(await part.locator('.account-note').textContent()).toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    await part.getByLabel('新手机号', { exact: true }).fill(next);
    await part.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => part.locator('.form-status').textContent()).toBe(`验证码已发送至 ${next.slice(0, 3)}****${next.slice(-4)}。`);
    await part.getByLabel('短信验证码', { exact: true }).fill(await codeFor(next));
    await part.getByLabel('当前密码', { exact: true }).fill('third-password-26');
    await part.getByRole('button', { name: '更换手机号' }).click();
    const masked = `${next.slice(0, 3)}****${next.slice(-4)}`;
    await expect.poll(() => part.locator('.form-status').textContent()).toBe(`手机号已更换为 ${masked}。`);
    expect(await part.locator('.account-note').textContent()).toContain(masked);
    await expectNoAxeViolations(page);
    await context.close();

    const again = await newPage(browser);
    await again.page.goto(`${site.product.url}/login/`);
    await hydrated(again.page);
    await again.page.getByLabel('手机号或邮箱', { exact: true }).fill(next);
    await again.page.getByLabel('密码', { exact: true }).fill('third-password-26');
    await again.page.getByRole('button', { name: '登录', exact: true }).click();
    await again.page.waitForURL(`${site.product.url}/account/`);
    await again.context.close();
  });
});
