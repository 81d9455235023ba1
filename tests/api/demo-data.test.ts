// The demo data set: sizes, validity of every record, the demo logins, and determinism.
import { describe, it, expect } from 'vitest';
import { buildDemoData, DEMO_CATEGORIES, DEMO_PASSWORD, type DemoData } from '../../api/src/seeders/demo-data.js';
import { ageOn, checkResidentId } from '../../api/src/modules/volunteer/resident-id.js';

const NOW = new Date('2026-03-10T03:17:42Z');
const data = buildDemoData(NOW);

const HALF_HOUR = 30 * 60_000;
const chinaHours = (d: Date) => (((d.getTime() / 3_600_000 + 8) % 24) + 24) % 24;
const unique = <T>(values: T[]) => new Set(values).size === values.length;

describe('buildDemoData', () => {
  it('meets the minimum sizes', () => {
    expect(data.organizations.length).toBeGreaterThanOrEqual(22);
    expect(data.volunteers.length).toBeGreaterThanOrEqual(220);
    expect(data.projects.length).toBeGreaterThanOrEqual(45);
    const byStatus = (s: string) => data.projects.filter((p) => p.status === s).length;
    expect(byStatus('PUBLISHED')).toBeGreaterThanOrEqual(28);
    expect(byStatus('COMPLETED')).toBeGreaterThanOrEqual(6);
    expect(byStatus('DRAFT')).toBe(3);
    expect(byStatus('CANCELLED')).toBe(2);
    expect(DEMO_PASSWORD).toBe('demo-password-2026');
  });

  it('is deterministic for a given now', () => {
    expect(buildDemoData(new Date(NOW))).toEqual(data);
  });

  it('keeps everything but dates the same on another day', () => {
    const strip = (d: DemoData) => ({
      organizations: d.organizations,
      names: d.volunteers.map((v) => [v.key, v.realName, v.phone, v.email, v.skills]),
      memberships: d.memberships,
      projects: d.projects.map((p) => ({ ...p, shifts: p.shifts.map((s) => s.capacity) })),
    });
    expect(strip(buildDemoData(new Date('2027-08-01T12:00:00Z')))).toEqual(strip(data));
  });

  describe('organisations', () => {
    const byName = new Map(data.organizations.map((o) => [o.name, o]));
    const byKey = new Map(data.organizations.map((o) => [o.key, o]));

    it('have unique keys, names and ASCII kebab-case slugs', () => {
      expect(unique(data.organizations.map((o) => o.key))).toBe(true);
      expect(unique(data.organizations.map((o) => o.name))).toBe(true);
      expect(unique(data.organizations.map((o) => o.slug))).toBe(true);
      for (const o of data.organizations) expect(o.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('include the named organisations of both districts', () => {
      const league = byName.get('共青团龙华区委');
      expect(league?.kind).toBe('YOUTH_LEAGUE');
      const association = byName.get('龙华区青年志愿者协会');
      expect(association).toMatchObject({ kind: 'NGO', status: 'APPROVED', parentKey: league?.key, district: '龙华区' });
      const federation = byName.get('博罗县志愿者联合会');
      expect(federation).toMatchObject({ kind: 'FEDERATION', district: '博罗县', city: '惠州市' });
      const teams = data.organizations.filter((o) => o.parentKey === federation?.key);
      expect(teams.length).toBeGreaterThanOrEqual(3);
      expect(teams.some((o) => o.name.includes('博闻公益书吧'))).toBe(true);
      for (const kind of ['SCHOOL', 'COMPANY', 'COMMUNITY', 'GOVERNMENT'] as const) {
        expect(data.organizations.some((o) => o.kind === kind)).toBe(true);
      }
    });

    it('put exactly two in the incubation queue', () => {
      expect(data.organizations.filter((o) => o.status === 'PENDING')).toHaveLength(2);
      expect(data.organizations.filter((o) => o.status !== 'PENDING').every((o) => o.status === 'APPROVED')).toBe(true);
    });

    it('only reference existing parents in their own district', () => {
      for (const o of data.organizations) {
        expect(['龙华区', '博罗县']).toContain(o.district);
        if (o.parentKey) expect(byKey.get(o.parentKey)?.district).toBe(o.district);
      }
    });
  });

  describe('volunteers', () => {
    it('start with the three demo accounts', () => {
      expect(data.volunteers.slice(0, 3)).toMatchObject([
        { key: 'admin', phone: '13800000000', realName: '林海峰', role: 'PLATFORM_ADMIN', email: 'admin@aixin.example' },
        { key: 'coordinator', phone: '13800000001', realName: '王晓燕', email: 'coordinator@aixin.example' },
        { key: 'volunteer', phone: '13800000002', realName: '陈思远', email: 'volunteer@aixin.example' },
      ]);
      expect(data.volunteers.filter((v) => v.role === 'PLATFORM_ADMIN').map((v) => v.key)).toEqual(['admin']);
    });

    it('all have valid resident IDs from their district and plausible ages', () => {
      const ages: number[] = [];
      for (const v of data.volunteers) {
        const result = checkResidentId(v.idNumber, NOW);
        expect(result.ok, v.idNumber).toBe(true);
        if (!result.ok) continue;
        expect(result.region).toBe(v.district === '龙华区' ? '460106' : '441322');
        ages.push(ageOn(result.birthDate, NOW));
      }
      expect(Math.min(...ages)).toBeGreaterThanOrEqual(12);
      expect(Math.max(...ages)).toBeLessThanOrEqual(70);
      const children = ages.filter((a) => a < 16);
      expect(children.length).toBeGreaterThan(0);
      expect(children.length).toBeLessThanOrEqual(5);
      expect(children.every((a) => a >= 12 && a <= 13)).toBe(true);
    });

    it('have unique keys, IDs, phones and emails', () => {
      expect(unique(data.volunteers.map((v) => v.key))).toBe(true);
      expect(unique(data.volunteers.map((v) => v.idNumber))).toBe(true);
      expect(unique(data.volunteers.map((v) => v.phone))).toBe(true);
      const emails = data.volunteers.flatMap((v) => (v.email ? [v.email] : []));
      expect(emails.length).toBeGreaterThan(30);
      expect(unique(emails)).toBe(true);
      for (const e of emails) expect(e).toBe(e.toLowerCase());
    });

    it('use mainland mobile numbers, keeping the demo range for the demo accounts', () => {
      for (const v of data.volunteers.slice(3)) {
        expect(v.phone).toMatch(/^1[3-9]\d{9}$/);
        expect(v.phone.startsWith('138000000')).toBe(false);
      }
    });

    it('have Chinese names of two or three characters and known skills', () => {
      for (const v of data.volunteers) {
        expect(v.realName).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
        expect(unique(v.skills)).toBe(true);
      }
      expect(data.volunteers.filter((v) => v.skills.length > 0).length).toBeGreaterThan(100);
    });
  });

  describe('memberships', () => {
    const orgs = new Map(data.organizations.map((o) => [o.key, o]));
    const vols = new Map(data.volunteers.map((v) => [v.key, v]));

    it('reference existing records without duplicate pairs', () => {
      for (const m of data.memberships) {
        expect(orgs.has(m.organizationKey)).toBe(true);
        expect(vols.has(m.volunteerKey)).toBe(true);
      }
      expect(unique(data.memberships.map((m) => `${m.organizationKey}/${m.volunteerKey}`))).toBe(true);
    });

    it('give every approved organisation 1 admin, 1-3 coordinators and 5-40 members', () => {
      for (const o of data.organizations.filter((x) => x.status === 'APPROVED')) {
        const roles = data.memberships.filter((m) => m.organizationKey === o.key).map((m) => m.role);
        expect(
          roles.filter((r) => r === 'ADMIN'),
          o.name,
        ).toHaveLength(1);
        const coordinators = roles.filter((r) => r === 'COORDINATOR').length;
        expect(coordinators, o.name).toBeGreaterThanOrEqual(1);
        expect(coordinators, o.name).toBeLessThanOrEqual(3);
        const members = roles.filter((r) => r === 'MEMBER').length;
        expect(members, o.name).toBeGreaterThanOrEqual(5);
        expect(members, o.name).toBeLessThanOrEqual(40);
        expect(o.contactName).toBeTruthy();
      }
    });

    it('place the demo coordinator and volunteer in 龙华区青年志愿者协会', () => {
      const association = data.organizations.find((o) => o.name === '龙华区青年志愿者协会')!;
      expect(data.memberships).toContainEqual({ organizationKey: association.key, volunteerKey: 'coordinator', role: 'COORDINATOR' });
      expect(data.memberships).toContainEqual({ organizationKey: association.key, volunteerKey: 'volunteer', role: 'MEMBER' });
    });

    it('give leadership roles to adults only', () => {
      for (const m of data.memberships.filter((x) => x.role !== 'MEMBER')) {
        const result = checkResidentId(vols.get(m.volunteerKey)!.idNumber, NOW);
        expect(result.ok && ageOn(result.birthDate, NOW)).toBeGreaterThanOrEqual(18);
      }
    });
  });

  describe('projects', () => {
    const orgs = new Map(data.organizations.map((o) => [o.key, o]));

    it('belong to approved organisations and have unique keys and titles', () => {
      for (const p of data.projects) expect(orgs.get(p.organizationKey)?.status).toBe('APPROVED');
      expect(unique(data.projects.map((p) => p.key))).toBe(true);
      expect(unique(data.projects.map((p) => p.title))).toBe(true);
    });

    it('have content, a known category and coordinates in their district', () => {
      for (const p of data.projects) {
        expect(p.summary.length).toBeGreaterThan(10);
        const paragraphs = p.description.split('\n\n');
        expect(paragraphs.length).toBeGreaterThanOrEqual(2);
        expect(paragraphs.length).toBeLessThanOrEqual(4);
        expect(DEMO_CATEGORIES).toContain(p.category);
        expect(p.district).toBe(orgs.get(p.organizationKey)!.district);
        if (p.district === '龙华区') {
          expect(p.lat).toBeGreaterThan(19.95);
          expect(p.lat).toBeLessThan(20.1);
          expect(p.lng).toBeGreaterThan(110.25);
          expect(p.lng).toBeLessThan(110.4);
        } else {
          expect(p.lat).toBeGreaterThan(23.0);
          expect(p.lat).toBeLessThan(23.4);
          expect(p.lng).toBeGreaterThan(113.9);
          expect(p.lng).toBeLessThan(114.4);
        }
      }
    });

    it('have 1-4 daytime shifts of 2-4 hours on half-hour boundaries', () => {
      for (const p of data.projects) {
        expect(p.shifts.length).toBeGreaterThanOrEqual(1);
        expect(p.shifts.length).toBeLessThanOrEqual(4);
        for (const s of p.shifts) {
          const hours = (s.endsAt.getTime() - s.startsAt.getTime()) / 3_600_000;
          expect(hours).toBeGreaterThanOrEqual(2);
          expect(hours).toBeLessThanOrEqual(4);
          expect(s.startsAt.getTime() % HALF_HOUR).toBe(0);
          expect(s.endsAt.getTime() % HALF_HOUR).toBe(0);
          expect(chinaHours(s.startsAt)).toBeGreaterThanOrEqual(7);
          expect(chinaHours(s.endsAt)).toBeLessThanOrEqual(19);
        }
      }
    });

    it('keep shift counts within capacity', () => {
      for (const s of data.projects.flatMap((p) => p.shifts)) {
        expect(s.capacity).toBeGreaterThanOrEqual(10);
        expect(s.capacity).toBeLessThanOrEqual(60);
        expect(s.confirmedCount).toBeGreaterThanOrEqual(0);
        expect(s.confirmedCount).toBeLessThanOrEqual(s.capacity);
        expect(s.waitlistCount).toBeGreaterThanOrEqual(0);
        if (!s.waitlist) expect(s.waitlistCount).toBe(0);
        if (s.waitlistCount > 0) expect(s.confirmedCount).toBe(s.capacity);
      }
    });

    it('schedule published and draft projects in the next 45 days and completed ones in the past', () => {
      const day = 86_400_000;
      for (const p of data.projects) {
        for (const s of p.shifts) {
          if (p.status === 'COMPLETED') {
            expect(s.endsAt.getTime()).toBeLessThan(NOW.getTime());
          } else {
            expect(s.startsAt.getTime()).toBeGreaterThan(NOW.getTime());
            expect(s.startsAt.getTime()).toBeLessThan(NOW.getTime() + 46 * day);
          }
          if (p.status === 'DRAFT' || p.status === 'CANCELLED') expect(s.confirmedCount).toBe(0);
        }
      }
    });

    it('mix full, partly filled and empty published shifts', () => {
      const shifts = data.projects.filter((p) => p.status === 'PUBLISHED').flatMap((p) => p.shifts);
      expect(shifts.filter((s) => s.confirmedCount === s.capacity && s.waitlistCount > 0).length).toBeGreaterThanOrEqual(3);
      expect(shifts.filter((s) => s.confirmedCount > 0 && s.confirmedCount < s.capacity).length).toBeGreaterThan(shifts.length / 3);
      expect(shifts.some((s) => s.confirmedCount === 0)).toBe(true);
      expect(shifts.filter((s) => s.waitlist).length).toBeGreaterThan(shifts.length / 2);
    });

    it('hold one lottery shift of the coordinator’s association, open now and closing within days, with more entries than places', () => {
      const lotteries = data.projects.flatMap((p) => p.shifts.filter((s) => s.allocation === 'LOTTERY').map((s) => ({ p, s })));
      expect(lotteries).toHaveLength(1);
      const [{ p, s }] = lotteries;
      expect(p.status).toBe('PUBLISHED');
      expect(data.organizations.find((o) => o.key === p.organizationKey)?.name).toBe('龙华区青年志愿者协会');
      expect(s.registrationOpensAt!.getTime()).toBeLessThan(NOW.getTime());
      expect(s.registrationClosesAt!.getTime()).toBeGreaterThan(NOW.getTime() + 86_400_000);
      expect(s.registrationClosesAt!.getTime()).toBeLessThan(Math.min(NOW.getTime() + 7 * 86_400_000, s.startsAt.getTime()));
      expect(s.entrantCount).toBeGreaterThan(s.capacity);
      expect([s.confirmedCount, s.waitlistCount]).toEqual([0, 0]);
      // Shifts stay in time order.
      expect(p.shifts.map((x) => x.startsAt.getTime())).toEqual(p.shifts.map((x) => x.startsAt.getTime()).sort((a, b) => a - b));
    });

    it('keep published shifts in the future whatever the time of day', () => {
      for (const instant of ['2026-12-31T15:59:00Z', '2026-12-31T16:01:00Z', '2027-02-28T23:59:59Z']) {
        const now = new Date(instant);
        const later = buildDemoData(now);
        for (const p of later.projects.filter((x) => x.status === 'PUBLISHED')) {
          for (const s of p.shifts) expect(s.startsAt.getTime()).toBeGreaterThan(now.getTime());
        }
        for (const v of later.volunteers) expect(checkResidentId(v.idNumber, now).ok).toBe(true);
      }
    });
  });
});
