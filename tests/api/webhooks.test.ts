// Partner webhooks against real PostgreSQL, the real job queue and real HTTP receivers
// (node:http on random ports) that check every signature the way docs/webhooks.md tells
// partners to: a team ADMIN adds an endpoint (the secret shown once); the team's changes
// arrive signed, with IDs and no personal data; an endpoint that is down gets the event once it
// is back; one that keeps failing is disabled and the team's ADMINs are told; deliveries can be
// sent again by hand; private and loopback addresses are refused unless allowed, and plain
// http in production; only the team's ADMINs (and platform staff) manage its webhooks.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { JobQueue } from '../../api/src/common/job-queue.js';
import { newId } from '../../api/src/common/ids.js';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { DataKeyService } from '../../api/src/modules/data-key/data-key.service.js';
import { DEFAULT_SETTINGS, type Settings } from '../../api/src/common/settings.js';
import { messageEmail } from '../../api/src/modules/outbox/message-email.js';
import type { OutboxTopic } from '../../api/src/modules/outbox/outbox.queries.js';
import { isPublicAddress } from '../../api/src/modules/webhook/webhook-address.js';
import { WebhookDeliveries } from '../../api/src/modules/webhook/webhook-jobs.js';
import { errorCode, testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';
import { endedShifts, RECORD } from '../helpers/ledger.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

type Server = Awaited<ReturnType<typeof testServer>>;

const ALLOW_PRIVATE: Settings = { ...DEFAULT_SETTINGS, webhooks: { allowPrivateAddresses: true, requireHttps: false } };
const PRODUCTION: Settings = { ...DEFAULT_SETTINGS, webhooks: { allowPrivateAddresses: false, requireHttps: true } };

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events active disabledAt failureCount createdAt } } }`;
const WEBHOOKS = `query($org: ID!) { webhooks(organizationId: $org, first: 20) { totalCount nodes { id url events active failureCount lastDeliveredAt } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 50) { totalCount nodes { id event status attempts responseStatus error body createdAt lastAttemptAt nextAttemptAt deliveredAt } } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { id status attempts } }`;
const PING = `mutation($id: ID!) { pingWebhook(id: $id) { id event status } }`;

/** A partner's receiver: records each POST and checks its signature exactly as docs/webhooks.md shows. */
class Receiver {
  readonly received: { headers: IncomingHttpHeaders; body: string; signed: boolean }[] = [];
  /** What it answers; `close()` takes it off the network altogether. */
  status = 200;
  secret = '';
  private server: http.Server | null = null;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/aixin/webhook`;
  }

  async open(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        // As in the docs: HMAC-SHA256 of the raw body with the secret, compared in constant time.
        const expected = Buffer.from(`sha256=${createHmac('sha256', this.secret).update(raw).digest('hex')}`);
        const given = Buffer.from(String(req.headers['x-aixin-signature'] ?? ''));
        const signed = given.length === expected.length && timingSafeEqual(given, expected);
        this.received.push({ headers: req.headers, body: raw.toString('utf8'), signed });
        res.writeHead(signed ? this.status : 401).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  events(): { event: string; id: string; data: Record<string, any>; organizationId: string; createdAt: string }[] {
    return this.received.map((r) => JSON.parse(r.body));
  }
}

let orm: MikroORM;
let server: Server;
let strictServer: Server;
let productionServer: Server;
let jobs: JobQueue;
let deliveries: WebhookDeliveries;
let vault: PersonalDataVault;
const logged: string[] = [];
const receivers: Receiver[] = [];
let admin: Record<string, string>;
let owner: { id: string; headers: Record<string, string> };
let otherAdmin: Record<string, string>;
let coordinator: Record<string, string>;
let orgId: string;
let orgName: string;
let otherOrgId: string;
let crowd: CrowdMember[];

const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

function expectCode(res: GraphQLResponse, code: string, field?: string) {
  expect(res.status).toBeLessThan(500);
  expect(errorCode(res), JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0].extensions!.field).toBe(field);
}

async function person(): Promise<{ id: string; headers: Record<string, string> }> {
  const reg = await server.gql(REGISTER, { input: fakeRegistration() });
  expect(reg.errors, JSON.stringify(reg.errors)).toBeUndefined();
  return { id: reg.data.registerVolunteer.volunteer.id, headers: { authorization: `Bearer ${reg.data.registerVolunteer.token}` } };
}

async function approvedOrg(by: Record<string, string>): Promise<{ id: string; name: string }> {
  const name = `回调测试志愿服务队${randomInt(1e9)}`;
  const reg = await server.gql(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name, kind: 'NGO', district: '测试区' } },
    by,
  );
  expect(reg.errors, JSON.stringify(reg.errors)).toBeUndefined();
  const id = reg.data.registerOrganization.id as string;
  ok(await server.gql(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id }, admin));
  return { id, name };
}

async function receiver(): Promise<Receiver> {
  const r = await new Receiver().open();
  receivers.push(r);
  return r;
}

/** A new endpoint of the test team for `r`, taking `events`; the receiver learns its secret. */
async function subscribe(r: Receiver, events: string[]): Promise<string> {
  const created = ok(await server.gql(CREATE, { input: { organizationId: orgId, url: r.url, events } }, owner.headers)).createWebhook;
  r.secret = created.secret;
  return created.webhook.id;
}

async function deliveriesOf(webhookId: string) {
  return ok(await server.gql(DELIVERIES, { id: webhookId }, owner.headers)).webhookDeliveries.nodes as {
    id: string;
    event: string;
    status: string;
    attempts: number;
    responseStatus: number | null;
    error: string | null;
    body: string;
  }[];
}

const at = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A published activity of the test team with one shift starting in `hours` (two hours long). */
async function publishedShift(title: string, hours: number): Promise<{ projectId: string; shiftId: string }> {
  const project = ok(
    await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      { input: { organizationId: orgId, title, summary: '回调测试', shifts: [{ startsAt: at(hours), endsAt: at(hours + 2), capacity: 5 }] } },
      owner.headers,
    ),
  ).createProject;
  ok(await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: project.id }, owner.headers));
  return { projectId: project.id, shiftId: project.shifts[0].id };
}

beforeAll(async () => {
  orm = await testOrm();
  vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
  jobs = await new JobQueue({ databaseUrl: databaseUrl(), workers: 2, pollSeconds: 0.5, maintenanceSeconds: 30, log: () => undefined }).start();
  // Retries a second apart, and an endpoint disabled after six failures in a row, so the test takes seconds, not a day.
  deliveries = new WebhookDeliveries(orm, jobs, vault, {
    settings: ALLOW_PRIVATE.webhooks,
    retryDelaysSeconds: [1, 1, 1, 1, 1, 1, 1, 1],
    disableAfter: { failures: 6, seconds: 0 },
    timeoutMs: 2_000,
    log: (m) => logged.push(m),
  });
  await deliveries.work();
  server = await testServer(orm, { settings: ALLOW_PRIVATE, jobs });
  strictServer = await testServer(orm);
  productionServer = await testServer(orm, { settings: PRODUCTION });
  admin = await signIn(server, DEMO.admin);
  coordinator = await signIn(server, DEMO.coordinator);
  owner = await person();
  ({ id: orgId, name: orgName } = await approvedOrg(owner.headers));
  const other = await person();
  otherAdmin = other.headers;
  otherOrgId = (await approvedOrg(otherAdmin)).id;
  crowd = await createCrowd(databaseUrl(), 3);
  // The crowd joins the team (hours are recorded for members who served).
  for (const m of crowd) await sql(`insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'MEMBER')`, [newId('mem'), orgId, m.id]);
}, 120_000);

afterAll(async () => {
  await deliveries?.stop();
  await jobs?.stop();
  for (const r of receivers) await r.close();
  for (const s of [server, strictServer, productionServer]) await s?.close();
  await orm?.close();
});

describe('partner webhooks', () => {
  it('deliver the team’s changes signed, with IDs and no personal data; the secret is shown once', async () => {
    const r = await receiver();
    const events = ['activity.published', 'activity.cancelled', 'signup.created', 'signup.cancelled', 'hours.recorded'];
    const created = ok(await server.gql(CREATE, { input: { organizationId: orgId, url: r.url, events } }, owner.headers)).createWebhook;
    r.secret = created.secret;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.webhook).toMatchObject({ url: r.url, events, active: true, disabledAt: null, failureCount: 0 });
    const hookId = created.webhook.id as string;

    // The secret is never readable again: no field carries it, and the database keeps it sealed.
    const fields = ok(await server.gql(`{ __type(name: "Webhook") { fields { name } } }`)).__type.fields.map((f: { name: string }) => f.name);
    expect(fields.filter((f: string) => /secret/i.test(f))).toEqual([]);
    const [row] = await sql<{ secret_enc: Buffer }>(`select secret_enc from webhook where id = ?`, [hookId]);
    expect(row.secret_enc.includes(Buffer.from(created.secret.slice(6)))).toBe(false);
    const listed = ok(await server.gql(WEBHOOKS, { org: orgId }, owner.headers)).webhooks;
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    // Sealed like personal data, so a data key rotation re-seals it with the rest.
    expect(await new DataKeyService(orm.em.fork(), vault).encryptedColumns()).toContainEqual({ table: 'webhook', column: 'secret_enc' });

    // The team publishes an activity; volunteers sign up, one cancels; hours are recorded for an ended one.
    const { projectId, shiftId } = await publishedShift('回调测试：社区环保', 72);
    const signed: string[] = [];
    for (const m of crowd.slice(0, 2)) {
      signed.push(ok(await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, { input: { shiftId } }, m.headers)).signUp.id);
    }
    ok(await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { id } }`, { id: signed[1] }, crowd[1].headers));
    const ended = await endedShifts(server, orm, owner.headers, orgId, [crowd[2]]);
    const recorded = ok(
      await server.gql(RECORD, { input: { shiftId: ended.shiftIds[0], entries: [{ volunteerId: crowd[2].id, minutes: 120 }] } }, owner.headers),
    ).recordHours;

    const expected = ['activity.published', 'signup.created', 'signup.created', 'signup.cancelled', 'activity.published', 'signup.created', 'hours.recorded'];
    await expect.poll(() => r.received.length, { timeout: 20_000 }).toBe(expected.length);
    expect(
      r
        .events()
        .map((e) => e.event)
        .sort(),
    ).toEqual([...expected].sort());
    for (const { headers, body, signed: verified } of r.received) {
      expect(verified).toBe(true);
      const event = JSON.parse(body);
      expect(headers['x-aixin-event']).toBe(event.event);
      expect(headers['x-aixin-delivery']).toBe(event.id);
      expect(headers['x-aixin-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(headers['user-agent']).toBe('Aixin-Webhooks/1');
      expect(headers['content-type']).toBe('application/json');
      expect(event.organizationId).toBe(orgId);
      // IDs and public facts: no volunteer, no name, no phone.
      expect(body).not.toMatch(/vol_|"1[3-9]\d{9}"|realName|phone/);
    }
    expect(new Set(r.received.map((x) => x.headers['x-aixin-delivery'])).size).toBe(expected.length);
    const byEvent = (name: string) => r.events().filter((e) => e.event === name);
    expect(byEvent('activity.published').find((e) => e.data.projectId === projectId)?.data).toMatchObject({
      projectId,
      title: '回调测试：社区环保',
      status: 'PUBLISHED',
    });
    expect(
      byEvent('signup.created')
        .filter((e) => e.data.shiftId === shiftId)
        .map((e) => e.data.signupId)
        .sort(),
    ).toEqual([...signed].sort());
    expect(byEvent('signup.cancelled')[0].data).toEqual({ signupId: signed[1], shiftId, projectId, status: 'CANCELLED' });
    expect(byEvent('hours.recorded')[0].data.entries).toEqual([
      expect.objectContaining({ hourEntryId: recorded[0].id, kind: 'SERVICE', minutes: 120, shiftId: ended.shiftIds[0], reversesId: null }),
    ]);

    // The delivery log: each delivered with its status code, its body the bytes received.
    const log = await deliveriesOf(hookId);
    expect(log).toHaveLength(expected.length);
    expect(log.every((d) => d.status === 'DELIVERED' && d.responseStatus === 200 && d.attempts === 1 && d.error === null)).toBe(true);
    expect(log.map((d) => d.body).sort()).toEqual(r.received.map((x) => x.body).sort());
    const hooks = ok(await server.gql(WEBHOOKS, { org: orgId }, owner.headers)).webhooks.nodes;
    expect(hooks.find((h: { id: string }) => h.id === hookId).lastDeliveredAt).not.toBeNull();

    // Cancelling the activity: one activity.cancelled, not a sign-up event per volunteer.
    ok(await server.gql(`mutation($id: ID!) { cancelProject(id: $id, reason: "天气原因") { id } }`, { id: projectId }, owner.headers));
    await expect.poll(() => byEvent('activity.cancelled').length).toBe(1);
    expect(byEvent('activity.cancelled')[0].data).toEqual({ projectId, status: 'CANCELLED' });

    // Sent again by hand: the same ID and body, one more attempt.
    const first = log.find((d) => d.event === 'signup.cancelled')!;
    expect(ok(await server.gql(REDELIVER, { id: first.id }, owner.headers)).redeliverWebhookDelivery).toMatchObject({ id: first.id, status: 'PENDING' });
    await expect.poll(() => r.received.filter((x) => x.headers['x-aixin-delivery'] === first.id).length).toBe(2);
    const again = r.received.filter((x) => x.headers['x-aixin-delivery'] === first.id);
    expect(again[1].body).toBe(again[0].body);
    await expect.poll(async () => (await deliveriesOf(hookId)).find((d) => d.id === first.id)).toMatchObject({ status: 'DELIVERED', attempts: 2 });

    // Nothing of the secret in the audit trail or the deliverer's log.
    const audit = await sql<{ action: string; detail: unknown }>(`select action, detail from audit_log where subject_id = ? order by id`, [hookId]);
    expect(audit.map((a) => a.action)).toEqual(['webhook.created']);
    expect(JSON.stringify([audit, logged])).not.toContain(created.secret);
  }, 90_000);

  it('reach a partner that was down once it is back, with the same delivery, its attempts logged', async () => {
    const r = await receiver();
    const hookId = await subscribe(r, ['activity.published']);
    await r.close();
    const delivery = ok(await server.gql(PING, { id: hookId }, owner.headers)).pingWebhook;
    expect(delivery.event).toBe('webhook.ping');
    // A ping is tried once; a real event is retried. The partner's receiver is off the network.
    await publishedShift('回调重试测试', 80);
    const published = async () => (await deliveriesOf(hookId)).find((d) => d.event === 'activity.published');
    await expect.poll(published, { timeout: 15_000 }).toMatchObject({ status: 'PENDING', attempts: 1, responseStatus: null });
    expect((await published())!.error).toMatch(/ECONNREFUSED/);
    await expect.poll(async () => (await deliveriesOf(hookId)).find((d) => d.event === 'webhook.ping')).toMatchObject({ status: 'FAILED', attempts: 1 });

    // Back, but answering 500: another failed attempt, its status code logged.
    r.status = 500;
    await r.open();
    await expect.poll(published, { timeout: 15_000 }).toMatchObject({ status: 'PENDING', responseStatus: 500, error: 'HTTP 500' });
    r.status = 204;
    await expect.poll(published, { timeout: 15_000 }).toMatchObject({ status: 'DELIVERED', responseStatus: 204, error: null });
    const ids = r.received.map((x) => x.headers['x-aixin-delivery']);
    expect(new Set(ids)).toEqual(new Set([(await published())!.id]));
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
    expect(r.received.every((x) => x.signed)).toBe(true);
    expect((await published())!.attempts).toBe(r.received.length + 1);
    // Success ends the run of failures.
    expect(ok(await server.gql(WEBHOOKS, { org: orgId }, owner.headers)).webhooks.nodes.find((h: { id: string }) => h.id === hookId)).toMatchObject({
      active: true,
      failureCount: 0,
    });
  }, 60_000);

  it('disable an endpoint that keeps failing, tell the team’s ADMINs, and take it back when enabled', async () => {
    const r = await receiver();
    r.status = 503;
    const hookId = await subscribe(r, ['signup.created']);
    const { shiftId } = await publishedShift('回调停用测试', 90);
    ok(await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, { input: { shiftId } }, crowd[0].headers));
    const hook = async () => ok(await server.gql(WEBHOOKS, { org: orgId }, owner.headers)).webhooks.nodes.find((h: { id: string }) => h.id === hookId);
    await expect.poll(hook, { timeout: 20_000 }).toMatchObject({ active: false, failureCount: 6 });
    expect(r.received).toHaveLength(6);
    const [delivery] = await deliveriesOf(hookId);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 6, responseStatus: 503 });
    expect(logged.some((m) => m.includes(hookId) && m.includes('disabled'))).toBe(true);

    // The team's ADMIN reads it in their inbox.
    const inbox = ok(await server.gql(`{ me { notifications(first: 5) { nodes { kind organization { id name } } } } }`, {}, owner.headers)).me.notifications
      .nodes;
    expect(inbox[0]).toEqual({ kind: 'WEBHOOK_DISABLED', organization: { id: orgId, name: orgName } });
    const audit = await sql<{ action: string; actor_id: string | null }>(`select action, actor_id from audit_log where subject_id = ? order by id`, [hookId]);
    expect(audit.map((a) => a.action)).toEqual(['webhook.created', 'webhook.disabled']);
    // Emailed too where email is on: worded with the team's name.
    const [message] = await sql<{ id: string; topic: OutboxTopic; payload: Record<string, unknown>; created_at: Date }>(
      `select id, topic, payload, created_at from outbox where recipient_id = ? and topic = 'webhook.disabled'`,
      [owner.id],
    );
    const email = messageEmail(
      {
        ...message,
        createdAt: message.created_at,
        attempts: 0,
        email: 'admin@team.test',
        notifyEmail: true,
        phoneEnc: null,
        notifySms: true,
        projectId: null,
        projectTitle: null,
        startsAt: null,
        endsAt: null,
        requestTitle: null,
      },
      'https://volunteer.example',
      'https://volunteer.example/unsubscribe',
    );
    expect(email.subject).toBe('Webhook 已停用 | Webhook disabled');
    expect(email.text).toContain(`${orgName}的一个 Webhook 接收地址连续投递失败超过一天`);

    // A disabled endpoint takes no new events and cannot be redelivered to.
    ok(await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, { input: { shiftId } }, crowd[1].headers));
    expect(await deliveriesOf(hookId)).toHaveLength(1);
    expectCode(await server.gql(REDELIVER, { id: delivery.id }, owner.headers), 'CONFLICT');

    // Enabled again (fixed on the partner's side): the waiting delivery goes out at once.
    r.status = 200;
    expect(ok(await server.gql(`mutation($id: ID!) { enableWebhook(id: $id) { active failureCount } }`, { id: hookId }, owner.headers)).enableWebhook).toEqual({
      active: true,
      failureCount: 0,
    });
    await expect
      .poll(async () => (await deliveriesOf(hookId))[0], { timeout: 15_000 })
      .toMatchObject({ status: 'DELIVERED', attempts: 7, responseStatus: 200 });
  }, 60_000);

  it('refuse loopback, private and reserved addresses unless allowed, and plain http in production', async () => {
    const create = (s: Server, url: string) => s.gql(CREATE, { input: { organizationId: orgId, url, events: ['signup.created'] } }, owner.headers);
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'https://localhost/hook',
      'http://10.1.2.3/hook',
      'http://172.20.0.5/hook',
      'http://192.168.1.10/hook',
      'http://100.64.0.1/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd12:3456::1]/hook',
      'http://[fe80::1]/hook',
      'http://224.0.0.1/hook',
    ]) {
      expectCode(await create(strictServer, url), 'BAD_USER_INPUT', 'url');
    }
    expectCode(await create(strictServer, 'ftp://example.com/hook'), 'BAD_USER_INPUT', 'url');
    expectCode(await create(strictServer, 'https://user:pass@example.com/hook'), 'BAD_USER_INPUT', 'url');
    expectCode(await create(strictServer, 'not a url'), 'BAD_USER_INPUT', 'url');
    // Production: https only, whatever the host.
    const plain = await create(productionServer, 'http://example.com/hook');
    expectCode(plain, 'BAD_USER_INPUT', 'url');
    expect(plain.errors![0].extensions!.reason).toBe('URL_NOT_HTTPS');
    expect(await sql(`select 1 from webhook where organization_id = ? and url not like 'http://127.0.0.1:%'`, [orgId])).toEqual([]);

    for (const [address, pub] of [
      ['8.8.8.8', true],
      ['172.32.0.1', true],
      ['2606:4700:4700::1111', true],
      ['::ffff:8.8.8.8', true],
      ['64:ff9b::808:808', true],
      ['127.0.0.1', false],
      ['172.31.255.255', false],
      ['100.127.255.255', false],
      ['198.18.0.1', false],
      ['255.255.255.255', false],
      ['::', false],
      ['::ffff:10.0.0.1', false],
      ['::ffff:7f00:1', false],
      ['64:ff9b::a00:1', false],
      ['fe80::1%eth0', false],
      ['fc00::1', false],
      ['ff02::1', false],
      ['2001:db8::1', false],
      ['not-an-address', false],
    ] as const) {
      expect(isPublicAddress(address), address).toBe(pub);
    }

    // At delivery too: an endpoint made where private addresses were allowed is refused by a deliverer that does not allow them.
    const r = await receiver();
    const hookId = await subscribe(r, ['signup.created']);
    const [row] = await sql<{ id: string }>(
      `insert into webhook_delivery (webhook_id, event, payload, max_attempts, next_attempt_at) values (?, 'webhook.ping', '{}', 1, now() + interval '1 hour') returning id`,
      [hookId],
    );
    const strict = new WebhookDeliveries(orm, jobs, vault, { settings: DEFAULT_SETTINGS.webhooks });
    await sql(`update webhook_delivery set next_attempt_at = now() where id = ?`, [row.id]);
    await strict.run();
    const [refused] = (await deliveriesOf(hookId)).filter((d) => d.id === row.id);
    expect(refused).toMatchObject({ status: 'FAILED', responseStatus: null });
    expect(refused.error).toContain('127.0.0.1');
    expect(r.received).toHaveLength(0);
  }, 30_000);

  it('are managed by the team’s ADMINs and platform staff only', async () => {
    const r = await receiver();
    const hookId = await subscribe(r, ['activity.published']);
    const [delivery] = await sql<{ id: string }>(`insert into webhook_delivery (webhook_id, event, payload) values (?, 'webhook.ping', '{}') returning id`, [
      hookId,
    ]);
    const input = { organizationId: orgId, url: r.url, events: ['signup.created'] };
    const coordinatorPerson = await person();
    await sql(`insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'COORDINATOR')`, [newId('mem'), orgId, coordinatorPerson.id]);
    for (const headers of [coordinatorPerson.headers, otherAdmin, coordinator]) {
      expectCode(await server.gql(CREATE, { input }, headers), 'FORBIDDEN');
      expectCode(await server.gql(WEBHOOKS, { org: orgId }, headers), 'FORBIDDEN');
      expectCode(await server.gql(DELIVERIES, { id: hookId }, headers), 'FORBIDDEN');
      expectCode(await server.gql(REDELIVER, { id: delivery.id }, headers), 'FORBIDDEN');
      expectCode(await server.gql(PING, { id: hookId }, headers), 'FORBIDDEN');
      expectCode(await server.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: hookId }, headers), 'FORBIDDEN');
    }
    // A partner key of the team, even one that may publish, does not manage its webhooks.
    const key = ok(
      await server.gql(
        `mutation($input: CreatePartnerKeyInput!) { createPartnerKey(input: $input) { secret } }`,
        { input: { organizationId: orgId, name: '合作方系统', scopes: ['PUBLISH'] } },
        owner.headers,
      ),
    ).createPartnerKey.secret;
    expectCode(await server.gql(CREATE, { input }, { authorization: `Bearer ${key}` }), 'FORBIDDEN');
    expectCode(await server.gql(WEBHOOKS, { org: orgId }, { authorization: `Bearer ${key}` }), 'FORBIDDEN');
    expectCode(await server.gql(CREATE, { input }), 'UNAUTHENTICATED');
    expectCode(await server.gql(WEBHOOKS, { org: orgId }), 'UNAUTHENTICATED');
    // The other team's ADMIN manages their own.
    expectCode(
      await server.gql(CREATE, { input: { ...input, organizationId: otherOrgId, events: ['teleport.started'] } }, otherAdmin),
      'BAD_USER_INPUT',
      'events',
    );
    expectCode(await server.gql(CREATE, { input: { ...input, organizationId: otherOrgId, events: [] } }, otherAdmin), 'BAD_USER_INPUT', 'events');
    expectCode(await server.gql(DELIVERIES, { id: 'whk_00000000000000000000000000' }, owner.headers), 'NOT_FOUND');
    expectCode(await server.gql(REDELIVER, { id: 'not-a-delivery' }, owner.headers), 'NOT_FOUND');
    // Platform staff see and manage any team's.
    expect(ok(await server.gql(WEBHOOKS, { org: orgId }, admin)).webhooks.totalCount).toBeGreaterThan(0);
    expect(ok(await server.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: hookId }, owner.headers)).deleteWebhook).toBe(hookId);
    expect(await sql(`select 1 from webhook_delivery where webhook_id = ?`, [hookId])).toEqual([]);
    expectCode(await server.gql(DELIVERIES, { id: hookId }, owner.headers), 'NOT_FOUND');
    const audit = await sql<{ action: string; actor_id: string }>(`select action, actor_id from audit_log where subject_id = ? order by id`, [hookId]);
    expect(audit).toEqual([
      { action: 'webhook.created', actor_id: owner.id },
      { action: 'webhook.deleted', actor_id: owner.id },
    ]);
  }, 30_000);
});
