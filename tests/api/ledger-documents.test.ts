// Documents from the ledger: certificates (issue, verify, tampering, the printable page) and an
// organisation's record exports (CSV with BOM, XLSX), with their permissions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import pg from 'pg';
import { strFromU8, unzipSync } from 'fflate';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { endedShifts, RECORD, REVERSE } from '../helpers/ledger.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../api/src/config.js';
import { DEFAULT_SETTINGS } from '../../api/src/common/settings.js';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer } from '../../api/src/server.js';
import { databaseUrl } from '../helpers/database.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let coordinator: Record<string, string>;
let volunteer: Record<string, string>;
let orgId: string;
let crowd: CrowdMember[];
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

const ISSUE = `mutation { issueCertificate { code volunteerNumber displayName totalMinutes hours issuedAt url idType idNumberMasked recordCount
  records { serviceDate activity organization minutes } issuer { name personInCharge handler contact } } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { valid currentTotalMinutes totalChangedSinceIssue
  certificate { code displayName volunteerNumber totalMinutes issuedAt idNumberMasked issuer { name } } } }`;

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  coordinator = await signIn(server, DEMO.coordinator);
  volunteer = await signIn(server, DEMO.volunteer);
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  crowd = await createCrowd(databaseUrl(), 4);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('certificates', () => {
  it('issues the demo volunteer a certificate of their records that anyone can verify', async () => {
    const me = (await server.gql(`{ me { id totalMinutes volunteerNumber displayName } }`, {}, volunteer)).data.me;
    expect(errorCode(await server.gql(ISSUE))).toBe('UNAUTHENTICATED');
    const issued = await server.gql(ISSUE, {}, volunteer);
    expect(issued.errors).toBeUndefined();
    const cert = issued.data.issueCertificate;
    expect(cert).toMatchObject({ volunteerNumber: me.volunteerNumber, displayName: me.displayName, totalMinutes: me.totalMinutes, idType: '居民身份证' });
    expect(cert.idNumberMasked).toMatch(/^460106\*{8}\d{3}[\dX]$/);
    expect(cert.records.reduce((s: number, r: any) => s + r.minutes, 0)).toBe(me.totalMinutes);
    expect(cert.recordCount).toBe(cert.records.length);
    expect(cert.issuer.name).toBeTruthy();
    expect(cert.url).toBe(`/certificates/${cert.code}`);

    const anyone = await server.gql(VERIFY, { code: cert.code });
    expect(anyone.data.verifyCertificate).toMatchObject({
      valid: true,
      currentTotalMinutes: me.totalMinutes,
      totalChangedSinceIssue: false,
      certificate: {
        code: cert.code,
        displayName: me.displayName,
        totalMinutes: me.totalMinutes,
        issuedAt: cert.issuedAt,
        idNumberMasked: cert.idNumberMasked,
      },
    });
    // Lower case and spaces around are the same code.
    expect((await server.gql(VERIFY, { code: ` ${cert.code.toLowerCase()} ` })).data.verifyCertificate.valid).toBe(true);
    const mine = await server.gql(`{ me { certificates(first: 5) { nodes { code } } } }`, {}, volunteer);
    expect(mine.data.me.certificates.nodes.map((c: any) => c.code)).toContain(cert.code);
    expect(
      errorCode(
        await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { certificates(first: 1) { totalCount } } } }`, { id: me.id }, coordinator),
      ),
    ).toBe('FORBIDDEN');
  });

  it('prints the real name on the certificate page for its holder only', async () => {
    const { realName } = (await server.gql(`{ me { realName } }`, {}, volunteer)).data.me;
    const cert = (await server.gql(ISSUE, {}, volunteer)).data.issueCertificate;
    const own = await fetch(`${server.url}/certificates/${cert.code}`, { headers: volunteer });
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect(await own.text()).toContain(realName);
    const other = await fetch(`${server.url}/certificates/${cert.code}`, { headers: coordinator });
    expect(other.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await other.text()).not.toContain(realName);
  });

  it('fails forged and altered codes, and certificates altered in the database', async () => {
    const cert = (await server.gql(ISSUE, {}, volunteer)).data.issueCertificate;
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const [serial, signature] = cert.code.split('-');
    for (const code of [
      flip(cert.code, 0),
      flip(cert.code, cert.code.length - 1),
      `${serial}-${'0'.repeat(signature.length)}`,
      'ABCDEFGHJKMN-ABCDEFGHJKMNPQRS',
      'not a code',
      '',
    ]) {
      expect((await server.gql(VERIFY, { code })).data.verifyCertificate, code).toEqual({
        valid: false,
        currentTotalMinutes: null,
        totalChangedSinceIssue: null,
        certificate: null,
      });
    }
    // The table refuses changes; with triggers bypassed (a superuser), the signature still catches it.
    const db = new pg.Client({ connectionString: databaseUrl() });
    await db.connect();
    try {
      await expect(db.query(`update certificate set total_minutes = total_minutes + 6000 where code = $1`, [cert.code])).rejects.toThrow(/append-only/);
      await expect(db.query(`delete from certificate where code = $1`, [cert.code])).rejects.toThrow(/append-only/);
      await db.query('begin');
      await db.query(`set local session_replication_role = replica`);
      await db.query(`update certificate set total_minutes = total_minutes + 6000 where code = $1`, [cert.code]);
      await db.query('commit');
    } finally {
      await db.end();
    }
    expect((await server.gql(VERIFY, { code: cert.code })).data.verifyCertificate.valid).toBe(false);
    expect((await fetch(`${server.url}/certificates/${cert.code}`)).status).toBe(404);
  });

  it('keeps the issued figures after a reversal and says the current total differs', async () => {
    const [a] = crowd;
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [a]);
    const [entry] = (await server.gql(RECORD, { input: { shiftId: shiftIds[0], entries: [{ volunteerId: a.id, minutes: 150 }] } }, coordinator)).data
      .recordHours;
    const cert = (await server.gql(ISSUE, {}, a.headers)).data.issueCertificate;
    expect(cert).toMatchObject({ totalMinutes: 150, recordCount: 1, idNumberMasked: null });
    await server.gql(REVERSE, { input: { entryId: entry.id, reason: '重复登记' } }, coordinator);
    const after = (await server.gql(VERIFY, { code: cert.code })).data.verifyCertificate;
    expect(after).toMatchObject({ valid: true, currentTotalMinutes: 0, totalChangedSinceIssue: true, certificate: { totalMinutes: 150 } });
    // Nothing left to certify.
    expect((await server.gql(ISSUE, {}, a.headers)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_HOURS_YET' });
  });

  it('issues a volunteer at most 20 certificates in 24 hours, even when asked at once', async () => {
    const [, b] = crowd;
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [b]);
    expect((await server.gql(RECORD, { input: { shiftId: shiftIds[0], entries: [{ volunteerId: b.id, minutes: 90 }] } }, coordinator)).errors).toBeUndefined();
    const results = await Promise.all(Array.from({ length: 25 }, () => server.gql(ISSUE, {}, b.headers)));
    expect(results.filter((r) => r.data?.issueCertificate?.code).length).toBe(20);
    const refused = results.filter((r) => r.errors);
    expect(refused.length).toBe(5);
    for (const r of refused) {
      expect(errorCode(r)).toBe('RATE_LIMITED');
      expect(r.errors![0].extensions).toMatchObject({ reason: 'CERTIFICATE_LIMIT', limit: 20 });
      expect(r.errors![0].extensions!.retryAfter).toBeGreaterThan(86_000);
      expect(r.errors![0].extensions!.retryAfter).toBeLessThanOrEqual(86_400);
    }
    const [{ n }] = await sql(`select count(*) as n from certificate where volunteer_id = ?`, [b.id]);
    expect(Number(n)).toBe(20);
    // Another volunteer is not held back by it.
    expect((await server.gql(ISSUE, {}, volunteer)).errors).toBeUndefined();
  });

  it('replays a certificate for the same idempotency key, even when asked at once', async () => {
    const [, , c] = crowd;
    const { shiftIds } = await endedShifts(server, orm, coordinator, orgId, [c]);
    expect((await server.gql(RECORD, { input: { shiftId: shiftIds[0], entries: [{ volunteerId: c.id, minutes: 60 }] } }, coordinator)).errors).toBeUndefined();
    const ISSUE_ONCE = `mutation($k: String) { issueCertificate(idempotencyKey: $k) { code totalMinutes } }`;
    const results = await Promise.all(Array.from({ length: 8 }, () => server.gql(ISSUE_ONCE, { k: 'print-once' }, c.headers)));
    const codes = new Set(results.map((r) => r.data.issueCertificate.code));
    expect(codes.size).toBe(1);
    expect(results[0].data.issueCertificate.totalMinutes).toBe(60);
    const [{ n }] = await sql(`select count(*)::int as n from certificate where volunteer_id = ?`, [c.id]);
    expect(n).toBe(1);
    // Another key is another certificate; a key of 256 characters is bad input.
    expect((await server.gql(ISSUE_ONCE, { k: 'print-twice' }, c.headers)).data.issueCertificate.code).not.toBe([...codes][0]);
    const long = await server.gql(ISSUE_ONCE, { k: 'k'.repeat(256) }, c.headers);
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!.field).toBe('idempotencyKey');
  });

  it('serves a printable A4 page with the masked holder, the records and a QR code of the verification link', async () => {
    const cert = (await server.gql(ISSUE, {}, volunteer)).data.issueCertificate;
    const res = await fetch(`${server.url}${cert.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('志愿服务记录证明');
    expect(html).toContain(cert.code);
    expect(html).toContain(cert.displayName);
    expect(html).toContain(cert.idNumberMasked);
    expect(html).toContain(cert.records[0].activity);
    expect(html).toContain('size: A4');
    expect(html).toMatch(/<svg[^>]*>/);
    expect(html).toContain(`/verify/?code=${cert.code}`);
    expect(html).not.toContain('陈思远'); // the demo volunteer's real name
    expect(html).not.toMatch(/460106\d{8}/); // never the full ID number
    expect(html).not.toMatch(/(src|href)="https?:/); // nothing loaded from elsewhere
    // The holder, signed in, sees their real name.
    const own = await (await fetch(`${server.url}${cert.url}`, { headers: volunteer })).text();
    expect(own).toContain('陈思远');
    expect((await fetch(`${server.url}/certificates/ABCDEFGHJKMN-ABCDEFGHJKMNPQRS`)).status).toBe(404);
    // No seal is configured here: none is printed.
    expect(html).not.toContain('class="seal"');
  });

  it('stamps the issuer’s seal from AIXIN_CERT_SEAL_IMAGE, and refuses a file it cannot use', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aixin-seal-'));
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="45" fill="none" stroke="#c8102e" stroke-width="4"/></svg>';
    writeFileSync(path.join(dir, 'seal.svg'), svg);
    writeFileSync(path.join(dir, 'seal.gif'), 'GIF89a');
    writeFileSync(path.join(dir, 'huge.png'), Buffer.alloc(300 * 1024));
    const seal = loadConfig({ AIXIN_CERT_SEAL_IMAGE: path.join(dir, 'seal.svg') }).settings.certificate.seal;
    expect(seal).toBe(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
    expect(() => loadConfig({ AIXIN_CERT_SEAL_IMAGE: path.join(dir, 'seal.gif') })).toThrow(/must be a \.png, \.svg or \.webp file/);
    expect(() => loadConfig({ AIXIN_CERT_SEAL_IMAGE: path.join(dir, 'huge.png') })).toThrow(/at most 256 kB/);
    expect(() => loadConfig({ AIXIN_CERT_SEAL_IMAGE: path.join(dir, 'missing.png') })).toThrow(/cannot read/);

    const sealed = await startServer(
      {
        orm,
        vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false),
        development: false,
        settings: { ...DEFAULT_SETTINGS, certificate: { ...DEFAULT_SETTINGS.certificate, seal } },
      },
      0,
      '127.0.0.1',
    );
    try {
      const cert = (await server.gql(ISSUE, {}, volunteer)).data.issueCertificate;
      const html = await (await fetch(`${sealed.url}${cert.url}`)).text();
      expect(html).toContain(`<img class="seal" src="${seal}" alt="${cert.issuer.name}（印章）">`);
    } finally {
      await sealed.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('exports', () => {
  const period = () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    return { from: `${Number(today.slice(0, 4)) - 5}${today.slice(4)}`, to: today };
  };

  it("gives coordinators the organisation's records as CSV with BOM and as XLSX, masked", async () => {
    const { from, to } = period();
    const links = await server.gql(
      `query($id: ID!, $from: String!, $to: String!) { organization(id: $id) { hoursExport(from: $from, to: $to) { csvUrl xlsxUrl } } }`,
      { id: orgId, from, to },
      coordinator,
    );
    const { csvUrl, xlsxUrl } = links.data.organization.hoursExport;
    expect(csvUrl).toBe(`/exports/organizations/${orgId}/hours.csv?from=${from}&to=${to}`);

    expect((await fetch(`${server.url}${csvUrl}`)).status).toBe(401);
    expect((await fetch(`${server.url}${csvUrl}`, { headers: volunteer })).status).toBe(403);
    const csv = await fetch(`${server.url}${csvUrl}`, { headers: coordinator });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="hours-.*\.csv"/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      '记录编号,类型,服务日期,志愿者编号,志愿者,活动名称,服务地点,服务内容,服务时长(分钟),服务时长(小时),冲正的记录,冲正原因,记录人,记录时间',
    );
    const [expected] = await sql(`select count(*)::int as n from hour_entry where organization_id = ? and service_date between ? and ?`, [orgId, from, to]);
    expect(lines.length - 1).toBe(expected.n);
    expect(lines.some((l) => l.includes(',冲正,'))).toBe(true);
    const text = bytes.toString('utf8');
    expect(text).not.toContain('陈思远');
    expect(text).not.toMatch(/1[3-9]\d{9}/);

    const xlsx = await fetch(`${server.url}${xlsxUrl}`, { headers: { cookie: `aixin_session=${coordinator.authorization.slice(7)}` } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const files = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('志愿者编号');
    expect((sheet.match(/<row /g) ?? []).length).toBe(expected.n + 1);
    const firstId = lines[1].split(',')[0];
    expect(sheet).toContain(firstId);
  });

  it('refuses bad periods and other organisations', async () => {
    const bad = await fetch(`${server.url}/exports/organizations/${orgId}/hours.csv?from=2026-02-30&to=2026-03-01`, { headers: coordinator });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const [other] = await sql(`select id from organization where status = 'APPROVED' and id <> ? limit 1`, [orgId]);
    expect((await fetch(`${server.url}/exports/organizations/${other.id}/hours.csv?from=2026-01-01&to=2026-02-01`, { headers: coordinator })).status).toBe(403);
    expect((await fetch(`${server.url}/exports/organizations/${orgId}/hours.pdf?from=2026-01-01&to=2026-02-01`, { headers: coordinator })).status).toBe(404);
  });
});
