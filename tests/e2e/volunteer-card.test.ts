// The volunteer card (一卡) in headless Chromium against the product as `npm start` runs it: the
// volunteer opens /account/card/ and it draws a live QR code; with the API unreachable the card
// kept on the device still shows and draws codes; a coordinator's scanner page reads the card's
// QR code from the camera (a video of the code fed to Chromium as its camera) and checks the
// volunteer in; a volunteer without their phone is checked in by the number on their card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
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
    const { me } = await api(`{ me { card { key } } }`, {}, await logIn(DEMO.volunteer));
    const [, , window, code] = payload.split(':');
    expect(createHmac('sha256', Buffer.from(me.card.key, 'base64url')).update(`${number}:${window}`).digest('hex').slice(0, 10)).toBe(code);
    // The API unreachable: the card kept on the device still shows and draws codes.
    await page.route('**/graphql', (route) => route.abort());
    await page.reload();
    await page.locator('.vcard-qr').waitFor();
    expect(await page.locator('.vcard-note').textContent()).toContain('离线显示');
    expect(await page.locator('.vcard-number').textContent()).toBe(number);
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
      await page.getByRole('button', { name: '关闭相机' }).click();
      // The admin came without a phone: the number on the printed card.
      const { me: admin } = await api(`{ me { volunteerNumber } }`, {}, await logIn(DEMO.admin));
      await page.getByLabel('志愿者编号').fill(admin.volunteerNumber);
      await page.getByRole('button', { name: '签到', exact: true }).click();
      await expect.poll(() => page.locator('.form-status').textContent()).toContain(`（${admin.volunteerNumber}）已签到`);
      expect(await statusOf(DEMO.admin)).toBe('ATTENDED');
      await expect.poll(() => page.locator('[data-checked-in]').getAttribute('data-checked-in')).toBe('2');
      // An old screenshot of a card is refused with its reason.
      const stale = `aixin-card:${me.volunteerNumber}:${window - 4}:${code}`;
      await page.getByLabel('志愿者编号').fill(stale);
      await page.getByRole('button', { name: '签到', exact: true }).click();
      await expect.poll(() => page.locator('.form-status').textContent()).toContain('二维码已过期');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: shots('scan'), fullPage: true });
      await context.close();
    } finally {
      await camera.close();
    }
  });
});
