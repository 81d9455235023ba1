// A volunteer station's duty rota in headless Chromium, against the product as `npm start` runs
// it, in the browser only: the station's manager (an ADMIN of 共青团龙华区委, which runs the demo
// station) sets a seven-team weekly rota at /manage/stations/; the coordinator of 龙华区青年志愿者协会
// signs a member up for one of its duty days there; once the day has passed its hours are
// recorded on the ordinary hours page; the station's public page shows today's duty team.
// axe-core checks each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import { testOrm } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { launchChromium, newPage, signedInPage } from '../helpers/browser.js';
import { startSiteOnRunDatabase, type SiteProduct } from '../helpers/product.js';

let site: SiteProduct;
let browser: Browser;
let orm: MikroORM;
let leagueId: string;
let yvaId: string;
let stationId: string;
let teams: { id: string; name: string }[];
let memberId: string;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);
const as = (login: string) => signedInPage(browser, site.api, login, DEMO_PASSWORD);
const chinaDate = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

beforeAll(async () => {
  orm = await testOrm();
  [{ id: leagueId }] = await sql(`select id from organization where name = '共青团龙华区委'`);
  [{ id: yvaId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  [{ id: stationId }] = await sql(`select id from station where slug = 'longhua-center'`);
  // The demo coordinator also manages the station: an ADMIN of the league that runs it.
  const [{ id: coordinatorId }] = await sql(
    `select volunteer_id as id from membership where organization_id = ? and role = 'COORDINATOR' order by created_at limit 1`,
    [yvaId],
  );
  await sql(`insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'ADMIN')`, [newId('mem'), leagueId, coordinatorId]);
  const others = await sql<{ id: string; name: string }>(
    `select id, name from organization where status = 'APPROVED' and id not in (?, ?) order by name limit 6`,
    [leagueId, yvaId],
  );
  teams = [{ id: yvaId, name: '龙华区青年志愿者协会' }, ...others];
  site = await startSiteOnRunDatabase();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await orm?.close();
});

describe('a station duty rota, in the browser only', () => {
  it('the station manager sets a seven-team weekly rota at /manage/stations/', async () => {
    const { context, page } = await as(DEMO.coordinator);
    await page.goto(`${site.product.url}/manage/stations/?org=${leagueId}`);
    const station = page.locator('[data-station="longhua-center"]');
    await station.waitFor();
    for (const [i, team] of teams.entries()) await page.locator(`#rota-${stationId}-${i}-team`).selectOption(team.id);
    await station.getByRole('button', { name: '保存轮换表并生成值班' }).click();
    await expect.poll(() => page.locator('#stations-operated .station-notice .form-status').textContent()).toBe('已生成今后四周的值班安排，共 28 天。');
    await expect.poll(() => station.locator('.station-calendar tbody tr').count()).toBe(28);
    // The coming week is short of volunteers everywhere: each of its days is marked.
    expect(await station.locator('.station-calendar tr[data-gap="true"]').count()).toBe(7);
    const owners = await sql<{ date: string; team_id: string; organization_id: string }>(
      `select to_char(d.date, 'YYYY-MM-DD') as date, d.team_id, p.organization_id from station_duty d join project p on p.id = d.project_id where d.station_id = ? order by d.date`,
      [stationId],
    );
    expect(owners).toHaveLength(28);
    for (const o of owners) {
      expect(o.team_id).toBe(teams[weekdayOf(o.date) - 1].id);
      expect(o.organization_id).toBe(o.team_id);
    }
    await expectNoAxeViolations(page);
    await context.close();
  }, 120_000);

  it('the manager finds a team by name and puts it on duty on a given date, over its weekday team; the weekly lines stay', async () => {
    // More teams than the form offers at first: the one wanted is found by name.
    const fillers = Array.from({ length: 110 }, (_, i) => [newId('org'), `rota-filler-${i}`, `值班测试填充队伍${String(i).padStart(3, '0')}`]);
    await sql(
      `insert into organization (id, slug, name, status, district) values ${fillers.map(() => `(?, ?, ?, 'APPROVED', '龙华区')`).join(', ')}`,
      fillers.flat(),
    );
    const holiday = { id: newId('org'), name: '龙华节日值班服务队' };
    await sql(
      `insert into organization (id, slug, name, status, district, created_at) values (?, 'longhua-holiday-duty', ?, 'APPROVED', '龙华区', now() + interval '1 minute')`,
      [holiday.id, holiday.name],
    );
    const date = chinaDate(9);
    // A dated line whose day is past is not offered again, so it does not stop the form being saved.
    await sql(`insert into station_rota_entry (id, station_id, date, team_id, starts_at, ends_at, places) values (?, ?, ?, ?, '09:00', '17:00', 2)`, [
      newId('sre'),
      stationId,
      chinaDate(-3),
      teams[1].id,
    ]);
    const { context, page } = await as(DEMO.coordinator);
    await page.goto(`${site.product.url}/manage/stations/?org=${leagueId}`);
    const station = page.locator('[data-station="longhua-center"]');
    await station.waitFor();
    const offered = (select: string) => page.locator(`#rota-${stationId}-${select}-team option[value="${holiday.id}"]`).count();
    expect(await offered('0')).toBe(0);
    await station.getByLabel('查找队伍（名称的一部分）').fill('节日值班');
    await station.getByRole('button', { name: '查找', exact: true }).click();
    await expect.poll(() => offered('0')).toBe(1);
    expect(await station.locator('[data-dated-line]').count()).toBe(0);
    await station.getByRole('button', { name: '添加指定日期' }).click();
    await page.locator(`#rota-${stationId}-d0-date`).fill(date);
    await page.locator(`#rota-${stationId}-d0-team`).selectOption(holiday.id);
    await station.getByRole('button', { name: '保存轮换表并生成值班' }).click();
    await expect.poll(() => station.locator('.station-calendar tbody tr', { hasText: date }).textContent()).toContain(holiday.name);
    const rota = await sql<{ weekday: number | null; date: string | null; team_id: string }>(
      `select weekday, to_char(date, 'YYYY-MM-DD') as date, team_id from station_rota_entry where station_id = ? order by weekday nulls last, date`,
      [stationId],
    );
    expect(rota).toEqual([...teams.map((t, i) => ({ weekday: i + 1, date: null, team_id: t.id })), { weekday: null, date, team_id: holiday.id }]);
    expect(await sql(`select team_id from station_duty where station_id = ? and date = ?`, [stationId, date])).toEqual([{ team_id: holiday.id }]);
    // The dated line is there when the page is opened again, with its team named.
    await page.reload();
    await page.locator(`#rota-${stationId}-d0-date`).waitFor();
    expect(await page.locator(`#rota-${stationId}-d0-date`).inputValue()).toBe(date);
    expect(await page.locator(`#rota-${stationId}-d0-team`).inputValue()).toBe(holiday.id);
    await expectNoAxeViolations(page);
    await context.close();
  }, 120_000);

  it("the team's coordinator signs a member up for a duty day, and its hours are recorded on the hours page", async () => {
    const [day] = await sql<{ date: string; shift_id: string }>(
      `select to_char(date, 'YYYY-MM-DD') as date, shift_id from station_duty where station_id = ? and team_id = ? and date > ? order by date limit 1`,
      [stationId, yvaId, chinaDate()],
    );
    const { context, page } = await as(DEMO.coordinator);
    await page.goto(`${site.product.url}/manage/stations/?org=${yvaId}`);
    const duty = page.locator(`#stations-team li[data-duty="${day.date}"]`);
    await duty.waitFor();
    // A member the page offers who holds no place overlapping the duty.
    const offered = await duty
      .getByLabel('队员', { exact: true })
      .locator('option')
      .evaluateAll((options) => options.map((o) => o.getAttribute('value') ?? ''));
    const busy = await sql<{ volunteer_id: string }>(
      `select distinct g.volunteer_id from signup g join shift s on s.id = g.shift_id, shift d
        where d.id = ? and g.status in ('CONFIRMED', 'WAITLISTED') and s.starts_at < d.ends_at and s.ends_at > d.starts_at`,
      [day.shift_id],
    );
    memberId = offered.find((id) => !busy.some((b) => b.volunteer_id === id))!;
    // Found by volunteer number, as in a team with more members than the list offers.
    const [{ volunteer_number: number }] = await sql<{ volunteer_number: string }>(`select volunteer_number from volunteer where id = ?`, [memberId]);
    await duty.getByLabel('按志愿者编号或手机号查找队员').fill(number);
    await duty.getByRole('button', { name: /^查找队员/ }).click();
    await expect
      .poll(() =>
        duty
          .getByLabel('队员', { exact: true })
          .locator('option')
          .evaluateAll((options) => options.map((o) => o.getAttribute('value'))),
      )
      .toEqual([memberId]);
    await duty.getByLabel('队员', { exact: true }).selectOption(memberId);
    await duty.getByRole('button', { name: /^为队员报名/ }).click();
    await expect.poll(() => page.locator('#stations-team .station-notice .form-status').textContent()).toBe('已报名。');
    expect(await sql(`select status from signup where shift_id = ? and volunteer_id = ?`, [day.shift_id, memberId])).toEqual([{ status: 'CONFIRMED' }]);
    await expect.poll(() => duty.textContent()).toContain('1 / 2 人');
    await expectNoAxeViolations(page);

    // The day took place: its shift is recorded on the ordinary hours page like any other.
    await sql(`update shift set starts_at = now() - interval '9 hours', ends_at = now() - interval '1 hour' where id = ?`, [day.shift_id]);
    await page.goto(`${site.product.url}/manage/hours/?org=${yvaId}`);
    const shift = page.locator(`li[data-shift="${day.shift_id}"]`);
    await shift.waitFor();
    await shift.getByRole('button', { name: /^登记/ }).click();
    await expect
      .poll(() => sql(`select minutes from hour_entry where shift_id = ? and volunteer_id = ?`, [day.shift_id, memberId]))
      .toEqual([{ minutes: 480 }]);
    await context.close();
  }, 120_000);

  it("the station's public page shows today's duty team and this week's rota", async () => {
    const today = teams[weekdayOf(chinaDate()) - 1];
    for (const [prefix, heading] of [
      ['', '今日值班'],
      ['/en', 'On duty today'],
    ] as const) {
      for (const width of [390, 1280]) {
        const { context, page } = await newPage(browser, { viewport: { width, height: 900 } });
        await page.goto(`${site.product.url}${prefix}/stations/longhua-center/`);
        await page.locator('.station-duty[data-state="ready"]').waitFor();
        expect(await page.locator('#station-today').textContent()).toBe(heading);
        expect(await page.locator('.station-today').getAttribute('data-today-team')).toBe(today.id);
        expect(await page.locator('.station-today').textContent()).toContain(today.name);
        expect(await page.locator('.station-week tbody tr').count()).toBe(7);
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        await expectNoAxeViolations(page);
        await context.close();
      }
    }
  }, 120_000);
});
