// Loads the demo data set into an empty database (never in production: see config.seedDemo).
import { ConsentChannel } from '../modules/consent/consent.entity.js';
import { ConsentService } from '../modules/consent/consent.service.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../common/ids.js';
import { maskName } from '../common/masking.js';
import { hashPassword } from '../common/password.js';
import type { PersonalDataVault } from '../common/personal-data.js';
import { insertDrawSeeds } from '../modules/lottery/lottery.queries.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { Shift } from '../modules/project/shift.entity.js';
import { Signup, SignupStatus } from '../modules/signup/signup.entity.js';
import { Membership } from '../modules/organization/membership.entity.js';
import { checkResidentId } from '../modules/volunteer/resident-id.js';
import { nextVolunteerNumbers } from '../modules/volunteer/volunteer-number.js';
import { Volunteer } from '../modules/volunteer/volunteer.entity.js';
import { buildDemoData, DEMO_PASSWORD } from './demo-data.js';
import { seedDemoRequests } from './demo-requests.js';
import { seedDemoContent } from './demo-content.js';
import { seedDemoHours } from './demo-hours.js';
import { seedDemoRatings } from './demo-ratings.js';
import { seedDemoTraining } from './demo-training.js';
import { seedDemoStories } from './demo-stories.js';
import { seedDemoStations } from './demo-stations.js';

export const DEMO_ACCOUNTS = [
  { login: '13800000000', who: 'platform admin / 平台管理员' },
  { login: '13800000001', who: 'COORDINATOR of 龙华区青年志愿者协会 / 协调员' },
  { login: '13800000002', who: 'volunteer / 志愿者' },
] as const;

export { DEMO_PASSWORD };

export interface SeedResult {
  organizations: number;
  volunteers: number;
  projects: number;
  shifts: number;
  signups: number;
}

interface DemoShiftRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  confirmedCount: number;
  waitlistCount: number;
  allocation: 'FIRST_COME' | 'LOTTERY';
  registrationOpensAt: Date | null;
  entrantCount: number;
}

/**
 * Sign-ups behind each shift's counters, so counts, lists and waitlist promotion agree:
 * consecutive volunteers from a rotating offset, confirmed first, then the waitlist in order.
 * A lottery's entries come from the end of the list, away from the demo accounts (the demo
 * volunteer can enter it), spread over the time its window has been open.
 */
function demoSignups(shifts: DemoShiftRow[], volunteerIds: string[], now: Date): object[] {
  const rows: object[] = [];
  for (const shift of shifts.filter((s) => s.allocation === 'LOTTERY')) {
    const entrants = shift.entrantCount ? volunteerIds.slice(-shift.entrantCount) : [];
    const opened = shift.registrationOpensAt!.getTime();
    entrants.forEach((volunteer, i) => {
      const createdAt = new Date(opened + Math.floor(((now.getTime() - opened) * (i + 1)) / (entrants.length + 1)));
      rows.push({ id: newId('sgn'), shift: shift.id, volunteer, status: SignupStatus.PENDING_DRAW, createdAt });
    });
  }
  // First-come shifts keep their index (and so their volunteers) whatever lotteries exist.
  shifts
    .filter((s) => s.allocation !== 'LOTTERY')
    .forEach((shift, k) => {
      const offset = (k * 37) % volunteerIds.length;
      const over = shift.endsAt.getTime() < now.getTime();
      const opened = Math.min(shift.startsAt.getTime() - 7 * 86_400_000, now.getTime() - 86_400_000);
      const total = Math.min(shift.confirmedCount + shift.waitlistCount, volunteerIds.length);
      for (let i = 0; i < total; i++) {
        const confirmed = i < shift.confirmedCount;
        rows.push({
          id: newId('sgn'),
          shift: shift.id,
          volunteer: volunteerIds[(offset + i) % volunteerIds.length],
          status: confirmed ? (over ? SignupStatus.ATTENDED : SignupStatus.CONFIRMED) : SignupStatus.WAITLISTED,
          createdAt: new Date(opened + i * 60_000),
          checkedInAt: confirmed && over ? shift.startsAt : null,
        });
      }
    });
  return rows;
}

/** Seeds when the database holds no organisation yet; returns null when it did nothing. */
export async function seedDemoIfEmpty(orm: MikroORM, vault: PersonalDataVault, now = new Date()): Promise<SeedResult | null> {
  const em = orm.em.fork();
  // Serialise concurrent starts on one database: only the first seeds.
  return em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(4201127)', [], 'all', tx.getTransactionContext());
    if ((await tx.count(Organization, {})) > 0) return null;
    const data = buildDemoData(now);

    const orgIds = new Map<string, string>();
    for (const o of data.organizations) orgIds.set(o.key, newId('org'));
    const memberCounts = new Map<string, number>();
    for (const m of data.memberships) memberCounts.set(m.organizationKey, (memberCounts.get(m.organizationKey) ?? 0) + 1);
    await tx.insertMany(
      Organization,
      data.organizations.map((o) => ({
        id: orgIds.get(o.key)!,
        slug: o.slug,
        name: o.name,
        status: o.status,
        approvedAt: o.status === 'APPROVED' ? now : null,
        kind: o.kind,
        district: o.district,
        city: o.city,
        parent: o.parentKey ? orgIds.get(o.parentKey)! : null,
        description: o.description,
        lat: o.lat ?? null,
        lng: o.lng ?? null,
        memberCount: memberCounts.get(o.key) ?? 0,
      })) as never[],
    );

    const numbers = await nextVolunteerNumbers(tx, data.volunteers.length);
    const demoHash = await hashPassword(DEMO_PASSWORD);
    const volunteerIds = new Map<string, string>();
    const volunteers = data.volunteers.map((v, i) => {
      const id = checkResidentId(v.idNumber);
      if (!id.ok) throw new Error(`demo volunteer ${v.key} has an invalid ID number (${id.problem})`);
      volunteerIds.set(v.key, newId('vol'));
      const isDemoAccount = DEMO_ACCOUNTS.some((a) => a.login === v.phone);
      return {
        id: volunteerIds.get(v.key)!,
        volunteerNumber: numbers[i],
        displayName: maskName(v.realName),
        realNameEnc: vault.encrypt(v.realName),
        idNumberEnc: vault.encrypt(v.idNumber),
        idNumberIndex: vault.blindIndex('id-number', v.idNumber),
        phoneEnc: vault.encrypt(v.phone),
        phoneIndex: vault.blindIndex('phone', v.phone),
        email: v.email?.toLowerCase() ?? null,
        // Imported records carry no password until their owner sets one; the demo accounts do.
        passwordHash: isDemoAccount ? demoHash : null,
        birthDate: id.birthDate.toISOString().slice(0, 10),
        district: v.district,
        skills: v.skills,
        isPlatformAdmin: v.role === 'PLATFORM_ADMIN',
      };
    });
    await tx.insertMany(Volunteer, volunteers as never[]);
    // The demo accounts accepted the documents in force (the others never signed in).
    for (const v of volunteers) if (v.passwordHash) await new ConsentService(tx).recordCurrent(v.id, ConsentChannel.SELF);

    await tx.insertMany(
      Membership,
      data.memberships.map((m) => ({
        id: newId('mem'),
        organization: orgIds.get(m.organizationKey)!,
        volunteer: volunteerIds.get(m.volunteerKey)!,
        role: m.role,
      })) as never[],
    );

    const projectRows: object[] = [];
    const shiftRows: object[] = [];
    for (const p of data.projects) {
      const id = newId('prj');
      const starts = p.shifts.map((s) => s.startsAt.getTime());
      const ends = p.shifts.map((s) => s.endsAt.getTime());
      projectRows.push({
        id,
        organization: orgIds.get(p.organizationKey)!,
        title: p.title,
        summary: p.summary,
        description: p.description,
        status: p.status,
        category: p.category,
        district: p.district,
        address: p.address,
        lat: p.lat,
        lng: p.lng,
        startsAt: new Date(Math.min(...starts)),
        endsAt: new Date(Math.max(...ends)),
        publishedAt: p.status === 'DRAFT' ? null : new Date(Math.min(...starts) - 14 * 86_400_000),
      });
      for (const s of p.shifts) {
        // Every row names every column: a bulk insert takes its columns from the rows.
        shiftRows.push({
          id: newId('sft'),
          project: id,
          ...s,
          allocation: s.allocation ?? 'FIRST_COME',
          registrationOpensAt: s.registrationOpensAt ?? null,
          registrationClosesAt: s.registrationClosesAt ?? null,
          entrantCount: s.entrantCount ?? 0,
        });
      }
    }
    await tx.insertMany(Project, projectRows as never[]);
    await tx.insertMany(Shift, shiftRows as never[]);
    // Each lottery's seed exists from the start, as when a coordinator creates one: its commitment is public.
    await insertDrawSeeds(
      tx,
      (shiftRows as DemoShiftRow[]).filter((s) => s.allocation === 'LOTTERY').map((s) => s.id),
    );
    const signups = demoSignups(
      shiftRows as DemoShiftRow[],
      [...volunteerIds.entries()].filter(([key]) => key !== 'admin').map(([, id]) => id),
      now,
    );
    for (let i = 0; i < signups.length; i += 1000) await tx.insertMany(Signup, signups.slice(i, i + 1000) as never[]);
    await seedDemoHours(tx, { data, now, organizationIds: orgIds, volunteerIds });
    await seedDemoRatings(tx, { now, leaveFor: volunteerIds.get('volunteer')! });
    await seedDemoTraining(tx, { now, organizationId: orgIds.get('lh-yva')! });
    await seedDemoStories(tx, { now, leaveFor: volunteerIds.get('volunteer')! });
    await seedDemoContent(tx, { data, now, organizationIds: orgIds, volunteerIds, projectIds: projectRows.map((p) => (p as { id: string }).id) });
    await seedDemoRequests(tx, vault, { now, requesterId: volunteerIds.get('volunteer')!, claimingOrganizationId: orgIds.get('lh-yva')! });
    await seedDemoStations(tx, { operatorId: orgIds.get('lh-youth-league')! });
    return {
      organizations: data.organizations.length,
      volunteers: volunteers.length,
      projects: projectRows.length,
      shifts: shiftRows.length,
      signups: signups.length,
    };
  });
}
