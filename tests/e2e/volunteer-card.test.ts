// The volunteer card (一卡) in headless Chromium against the product as `npm start` runs it: the
// volunteer opens /account/card/ and it draws a live QR code; they put their photo on it, and it
// prints as a bank-card-sized card with the photo; with the API unreachable the card kept on the
// device (photo and all) still shows and draws codes; signing out forgets it. A coordinator's
// scanner page reads the card's QR code from the camera (a video of the code fed to Chromium as
// its camera), checks the volunteer in and shows the photo on their card; a volunteer without
// their phone is checked in by the number on their card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { chromium, type Browser } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { CHROMIUM_ARGS, launchChromium, signedInPage } from '../helpers/browser.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let orgId: string;
let shiftId: string;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'aixin-card-'));
const shots = (name: string) => path.join(os.tmpdir(), `aixin-card-${name}.png`);

async function api<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(site.api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const logIn = async (login: string) =>
  (await api<{ logIn: { token: string } }>(`mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login, password: DEMO_PASSWORD } })).logIn.token;

/** A Y4M video (640×480, grey) of the QR code of `text`, for Chromium's fake camera. */
function qrVideo(text: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const [w, h, scale, quiet] = [640, 480, 10, 4];
  const size = (qr.modules.size + quiet * 2) * scale;
  const [left, top] = [(w - size) / 2, (h - size) / 2];
  const y = Buffer.alloc(w * h, 255);
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) {
      const mx = Math.floor((col - left) / scale) - quiet;
      const my = Math.floor((row - top) / scale) - quiet;
      if (mx >= 0 && my >= 0 && mx < qr.modules.size && my < qr.modules.size && qr.modules.get(mx, my)) y[row * w + col] = 0;
    }
  }
  const chroma = Buffer.alloc((w / 2) * (h / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const file = path.join(tmp, 'card.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]));
  return file;
}

beforeAll(async () => {
  orm = await testOrm();
  [{ id: orgId }] = await orm.em.fork().getConnection().execute(`select id from organization where name = '龙华区青年志愿者协会'`);
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
  // A shift of the team starting in half an hour (check-in is open), with the demo volunteer and the admin signed up.
  const coordinator = await logIn(DEMO.coordinator);
  const startsAt = new Date(Date.now() + 30 * 60_000);
  const created = (
    await api(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgId,
          title: '县志愿服务站值班',
          summary: '值班',
          shifts: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), capacity: 10 }],
        },
      },
      coordinator,
    )
  ).createProject;
  shiftId = created.shifts[0].id;
  await api(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.id }, coordinator);
  for (const login of [DEMO.volunteer, DEMO.admin])
    await api(`mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, { input: { shiftId } }, await logIn(login));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await orm?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const statusOf = async (login: string) => {
  const token = await logIn(login);
  const { me } = await api<{ me: { id: string } }>(`{ me { id } }`, {}, token);
  const [{ status }] = await orm.em.fork().getConnection().execute(`select status from signup where shift_id = ? and volunteer_id = ?`, [shiftId, me.id]);
  return status as string;
};

describe('the volunteer card, in the browser', () => {
  let payload = '';
  let cardPhoto = '';

  it('shows the card with a live QR code at /account/card/, and keeps working with the API unreachable', async () => {
    const { context, page } = await signedInPage(browser, site.api, DEMO.volunteer, DEMO_PASSWORD, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.product.url}/account/card/`);
    const qr = page.locator('.vcard-qr');
    await qr.waitFor();
    payload = (await qr.getAttribute('data-payload'))!;
    const number = await page.locator('.vcard-number').textContent();
    expect(payload).toMatch(new RegExp(`^aixin-card:${number}:\\d+:[0-9a-f]{10}$`));
    expect(await qr.locator('svg').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots('390'), fullPage: true });
    // The code the page draws is the one the key makes (the same recipe the API checks).
    const { me } = await api(`{ me { realName card { key } } }`, {}, await logIn(DEMO.volunteer));
    // The holder's card carries their name in full.
    expect(await page.locator('.vcard-name').textContent()).toBe(me.realName);
    const [, , window, code] = payload.split(':');
    expect(createHmac('sha256', Buffer.from(me.card.key, 'base64url')).update(`${number}:${window}`).digest('hex').slice(0, 10)).toBe(code);
    // No photo yet: the card shows the name's first character in its place.
    expect(await page.getByRole('img', { name: '未上传照片' }).count()).toBe(1);
    // The volunteer puts a (landscape, large) photo on the card: it comes back cropped to 3:4.
    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 60, g: 90, b: 140 } } })
      .composite([{ input: { create: { width: 600, height: 800, channels: 3, background: { r: 240, g: 196, b: 170 } } }, left: 900, top: 400 }])
      .jpeg()
      .toBuffer();
    await page.setInputFiles('#vcard-photo-file', { name: 'me.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => page.locator('.form-status').textContent()).toContain('照片已放到卡上');
    const shown = page.locator('img.vcard-photo');
    expect(await shown.getAttribute('src')).toMatch(/^data:image\/webp;base64,/);
    expect(await shown.evaluate((img: any) => [img.naturalWidth, img.naturalHeight])).toEqual([240, 320]);
    expect(await page.getByRole('button', { name: '移除照片' }).count()).toBe(1);
    cardPhoto = (await shown.getAttribute('src'))!;
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots('photo-390'), fullPage: true });
    // Printed: a card of 85.6 × 54 mm holding the photo, name and number, nothing spilling out.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.vcard').evaluate((card: any) => {
      const box = card.getBoundingClientRect();
      const photoBox = card.querySelector('.vcard-photo')!.getBoundingClientRect();
      const inside = [...card.querySelectorAll('.vcard-photo, .vcard-name, .vcard-facts dd')].every((e: any) => {
        const r = e.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right;
      });
      return {
        width: box.width,
        height: box.height,
        photo: photoBox.width,
        inside,
        tools: card.ownerDocument.querySelector('.vcard-photo-tools').offsetParent,
      };
    });
    // 96 CSS pixels an inch: 85.6 mm is 323.5 px, 54 mm 204.1 px, 20 mm 75.6 px.
    expect(printed.width).toBeCloseTo(323.5, 0);
    expect(printed.height).toBeCloseTo(204.1, 0);
    expect(printed.photo).toBeCloseTo(75.6, 0);
    expect(printed).toMatchObject({ inside: true, tools: null });
    // The card's own heading prints; the site's header and footer do not.
    expect(await page.locator('.vcard-head').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.vcard-print').isVisible()).toBe(false);
    await page.screenshot({ path: shots('print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    // The photo is the account's: a reload reads it from the API.
    await page.reload();
    await page.locator('img.vcard-photo').waitFor();
    expect(await page.locator('img.vcard-photo').getAttribute('src')).toBe(cardPhoto);
    // The API unreachable: the card kept on the device still shows, with its photo, and draws codes.
    await page.route('**/graphql', (route) => route.abort());
    await page.reload();
    await page.locator('.vcard-qr').waitFor();
    expect(await page.locator('.vcard-note').first().textContent()).toContain('离线显示');
    expect(await page.locator('.vcard-number').textContent()).toBe(number);
    expect(await page.locator('img.vcard-photo').getAttribute('src')).toBe(cardPhoto);
    // Offline, the photo cannot be changed.
    expect(await page.locator('#vcard-photo-file').isDisabled()).toBe(true);
    await page.unroute('**/graphql');
    // Signing out forgets the card kept on this device (it holds the photo).
    await page.reload();
    await page.locator('img.vcard-photo').waitFor();
    expect(await page.evaluate(`localStorage.getItem('aixin.card')`)).toContain(cardPhoto);
    await page.getByRole('button', { name: '退出' }).click();
    await expect.poll(() => page.evaluate(`localStorage.getItem('aixin.card')`)).toBeNull();
    await context.close();
  });

  it("checks the volunteer in from the card's QR code seen by the coordinator's camera, and another by number", async () => {
    expect(await statusOf(DEMO.volunteer)).toBe('CONFIRMED');
    // Chromium's camera shows the volunteer's card (drawn just now, as the phone would).
    const { me } = await api(`{ me { volunteerNumber card { key } } }`, {}, await logIn(DEMO.volunteer));
    const window = Math.floor(Date.now() / 30_000);
    const code = createHmac('sha256', Buffer.from(me.card.key, 'base64url')).update(`${me.volunteerNumber}:${window}`).digest('hex').slice(0, 10);
    const camera = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${qrVideo(`aixin-card:${me.volunteerNumber}:${window}:${code}`)}`,
      ],
    });
    try {
      const { context, page } = await signedInPage(camera, site.api, DEMO.coordinator, DEMO_PASSWORD);
      await context.grantPermissions(['camera'], { origin: site.product.url });
      await page.goto(`${site.product.url}/manage/attendance/scan/?org=${orgId}&shift=${shiftId}`);
      await page.getByRole('button', { name: '打开相机扫码' }).click();
      await expect.poll(() => page.locator('.form-status').textContent(), { timeout: 20_000 }).toContain(`（${me.volunteerNumber}）已签到`);
      expect(await statusOf(DEMO.volunteer)).toBe('ATTENDED');
      // The coordinator sees the photo on the card, to tell that the card is the holder's.
      const who = page.locator('.card-scan-who');
      expect(await who.locator('img').getAttribute('src')).toBe(cardPhoto);
      expect(await who.textContent()).toContain(me.volunteerNumber);
      await page.getByRole('button', { name: '关闭相机' }).click();
      // The admin came without a phone: the number on the printed card.
      const { me: admin } = await api(`{ me { volunteerNumber } }`, {}, await logIn(DEMO.admin));
      await page.getByLabel('志愿者编号').fill(admin.volunteerNumber);
      await page.getByRole('button', { name: '签到', exact: true }).click();
      await expect.poll(() => page.locator('.form-status').textContent()).toContain(`（${admin.volunteerNumber}）已签到`);
      expect(await statusOf(DEMO.admin)).toBe('ATTENDED');
      // No photo on the admin's card: the page says so.
      expect(await who.locator('img').count()).toBe(0);
      expect(await who.textContent()).toContain('卡上没有照片');
      await expect.poll(() => page.locator('[data-checked-in]').getAttribute('data-checked-in')).toBe('2');
      // An old screenshot of a card is refused with its reason.
      const stale = `aixin-card:${me.volunteerNumber}:${window - 4}:${code}`;
      await page.getByLabel('志愿者编号').fill(stale);
      await page.getByRole('button', { name: '签到', exact: true }).click();
      await expect.poll(() => page.locator('.form-status').textContent()).toContain('二维码已过期');
      // The refused card is not the one last shown: that photo and name are gone.
      expect(await who.count()).toBe(0);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: shots('scan'), fullPage: true });
      await context.close();
    } finally {
      await camera.close();
    }
  });
});
