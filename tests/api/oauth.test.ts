// Delegated access: an app acting for a volunteer with their consent (OAuth 2.1, authorization
// code with PKCE) gets tokens the API accepts like a session, with the granted scopes only, over
// real HTTP: the consent, the code exchange, refresh, revocation from the account and by the app,
// and the refusals (wrong verifier, reused code, unregistered address, scopes not granted).
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isObjectType } from 'graphql';
import { appAccessOf } from '../../api/src/common/app-scope.js';
import { getSchema } from '../../api/src/schema.js';
import { errorCode, expectForbidden, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';
import { publishedShift, type ActivitiesStage } from '../helpers/activities.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let crowd: CrowdMember[];
let appId: string;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
const REDIRECT = 'https://app.example.cn/callback';

const REGISTER_APP = `mutation($input: RegisterAppInput!) { registerApp(input: $input) { id name scopes redirectUris } }`;
const AUTHORIZE = `mutation($input: AppAuthorizationInput!, $allow: Boolean!) { authorizeApp(input: $input, allow: $allow) { redirectTo } }`;
const DESCRIBE = `query($input: AppAuthorizationInput!) { appAuthorization(input: $input) { appName redirectHost scopes } }`;

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function request(challenge: string, overrides: Record<string, unknown> = {}) {
  return {
    responseType: 'code',
    clientId: appId,
    redirectUri: REDIRECT,
    scope: 'profile signups',
    state: 'st-123',
    codeChallenge: challenge,
    codeChallengeMethod: 'S256',
    ...overrides,
  };
}

async function tokenEndpoint(params: Record<string, string>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
  return { status: res.status, body: await res.json() };
}

/** The volunteer allows the app; returns the code from the redirect. */
async function consent(volunteer: Record<string, string>, challenge: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await server.gql(AUTHORIZE, { input: request(challenge, overrides), allow: true }, volunteer);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const to = new URL(res.data.authorizeApp.redirectTo);
  expect(`${to.origin}${to.pathname}`).toBe(REDIRECT);
  expect(to.searchParams.get('state')).toBe('st-123');
  return to.searchParams.get('code')!;
}

async function tokensFor(volunteer: Record<string, string>, scope = 'profile signups') {
  const { verifier, challenge } = pkce();
  const code = await consent(volunteer, challenge, { scope });
  const res = await tokenEndpoint({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: appId, code_verifier: verifier });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { access_token: string; refresh_token: string; expires_in: number; scope: string; token_type: string };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  admin = await signIn(server, DEMO.admin);
  coordinator = await signIn(server, DEMO.coordinator);
  crowd = await createCrowd(databaseUrl(), 4);
  const res = await server.gql(REGISTER_APP, { input: { name: '龙华志愿小程序', redirectUris: [REDIRECT], scopes: ['PROFILE', 'SIGNUPS'] } }, admin);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  appId = res.data.registerApp.id;
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('declared app scopes', () => {
  it('say what an app acting for a volunteer may call; every root field it may call declares it', async () => {
    const schema = await getSchema();
    const byAccess: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const access = appAccessOf(field);
        if (access && access !== 'PUBLIC' && access !== 'NONE') (byAccess[access] ??= []).push(`${type.name}.${field.name}`);
      }
    }
    for (const list of Object.values(byAccess)) list.sort();
    // A change here is a change of what apps may do for volunteers.
    expect(byAccess).toEqual({
      profile: [
        'Organization.viewerJoinRequest',
        'Organization.viewerRole',
        'Query.me',
        'Volunteer.district',
        'Volunteer.isPlatformAdmin',
        'Volunteer.memberships',
        'Volunteer.realName',
        'Volunteer.skills',
      ],
      signups: [
        'Mutation.cancelSignup',
        'Mutation.checkIn',
        'Mutation.checkInToShift',
        'Mutation.signUp',
        'Shift.viewerDrawEntry',
        'Shift.viewerSignup',
        'Volunteer.signups',
      ],
      hours: ['Volunteer.attendedProjects', 'Volunteer.certificates', 'Volunteer.hourCorrectionRequests', 'Volunteer.hourEntries'],
    });
    expect(schema.getQueryType()!.getFields().me.description).toContain('App scope: profile');
  });
});

describe('the consent', () => {
  it('describes the app to the volunteer, and refuses a request the app may not make, naming the parameter', async () => {
    const { challenge } = pkce();
    const described = await server.gql(DESCRIBE, { input: request(challenge) });
    expect(described.data.appAuthorization).toEqual({ appName: '龙华志愿小程序', redirectHost: 'app.example.cn', scopes: ['PROFILE', 'SIGNUPS'] });
    const refusals: [Record<string, unknown>, string][] = [
      [{ redirectUri: 'https://evil.example.com/callback' }, 'redirectUri'],
      [{ codeChallenge: 'short', codeChallengeMethod: 'plain' }, 'codeChallenge'],
      [{ scope: 'profile hours' }, 'scope'],
      [{ scope: 'profile admin' }, 'scope'],
      [{ clientId: 'app_01JD0000000000000000000000' }, 'clientId'],
      [{ responseType: 'token' }, 'responseType'],
    ];
    for (const [overrides, field] of refusals) {
      const res = await server.gql(AUTHORIZE, { input: request(challenge, overrides), allow: true }, crowd[0].headers);
      expect(errorCode(res), field).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    const signedOut = await server.gql(AUTHORIZE, { input: request(challenge), allow: true });
    expect(errorCode(signedOut)).toBe('UNAUTHENTICATED');
  });

  it('sends a volunteer who refuses back with access_denied and the state, and grants nothing', async () => {
    const { challenge } = pkce();
    const res = await server.gql(AUTHORIZE, { input: request(challenge), allow: false }, crowd[1].headers);
    const to = new URL(res.data.authorizeApp.redirectTo);
    expect(to.searchParams.get('error')).toBe('access_denied');
    expect(to.searchParams.get('state')).toBe('st-123');
    expect(to.searchParams.get('code')).toBeNull();
    expect(await sql(`select 1 from oauth_grant where volunteer_id = ?`, [crowd[1].id])).toHaveLength(0);
  });
});

describe('the code exchange', () => {
  it('gives tokens for the right verifier once: a wrong verifier or a second use is invalid_grant', async () => {
    const { verifier, challenge } = pkce();
    const code = await consent(crowd[0].headers, challenge);
    const wrong = await tokenEndpoint({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: appId, code_verifier: pkce().verifier });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    // The failed attempt used the code up: even the right verifier cannot have it now.
    const after = await tokenEndpoint({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: appId, code_verifier: verifier });
    expect(after.body.error).toBe('invalid_grant');

    const { verifier: v2, challenge: c2 } = pkce();
    const code2 = await consent(crowd[0].headers, c2);
    const ok = await tokenEndpoint({ grant_type: 'authorization_code', code: code2, redirect_uri: REDIRECT, client_id: appId, code_verifier: v2 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: 'Bearer', scope: 'profile signups' });
    expect(ok.body.expires_in).toBeGreaterThan(3500);
    expect(ok.body.access_token).toMatch(/^axa_/);
    const again = await tokenEndpoint({ grant_type: 'authorization_code', code: code2, redirect_uri: REDIRECT, client_id: appId, code_verifier: v2 });
    expect(again.body.error).toBe('invalid_grant');
    // Only hashes are kept.
    const [row] = await sql<{ n: number }>(`select count(*)::int as n from oauth_token where access_hash = convert_to(?, 'UTF8')`, [ok.body.access_token]);
    expect(row.n).toBe(0);
  });

  it('refuses grants other than code and refresh_token', async () => {
    const res = await tokenEndpoint({ grant_type: 'password', username: DEMO.volunteer, password: 'demo-password-2026', client_id: appId });
    expect([400, 401]).toContain(res.status);
    expect(['invalid_client', 'unauthorized_client', 'unsupported_grant_type']).toContain(res.body.error);
    expect(res.body.access_token).toBeUndefined();
  });
});

describe('a token', () => {
  it('acts for the volunteer with the granted scopes only', async () => {
    const tokens = await tokensFor(crowd[2].headers, 'profile');
    const me = await server.gql(`{ me { id displayName } }`, {}, bearer(tokens.access_token));
    expect(me.errors).toBeUndefined();
    expect(me.data.me.id).toBe(crowd[2].id);
    expectForbidden(await server.gql(`{ me { id signups(first: 5) { totalCount } } }`, {}, bearer(tokens.access_token)), 'APP_SCOPE_MISSING', 'signups');
    expectForbidden(await server.gql(`{ me { phoneMasked } }`, {}, bearer(tokens.access_token)), 'NOT_FOR_APPS');
    expectForbidden(await server.gql(`{ me { notifications(first: 1) { totalCount } } }`, {}, bearer(tokens.access_token)), 'NOT_FOR_APPS');
    expectForbidden(await server.gql(`mutation { logOut }`, {}, bearer(tokens.access_token)), 'NOT_FOR_APPS');
    expectForbidden(await server.gql(`{ auditEvents(first: 1) { totalCount } }`, {}, bearer(tokens.access_token)), 'NOT_FOR_APPS');
    // Public reads go through as for anyone.
    const projects = await server.gql(`{ projects(first: 2) { nodes { id title } } }`, {}, bearer(tokens.access_token));
    expect(projects.errors).toBeUndefined();
    expect(projects.data.projects.nodes.length).toBeGreaterThan(0);
  });

  it('signs the volunteer up with the signups scope, and the sign-up is theirs', async () => {
    const stage = { server, coordinator, orgId: (await sql(`select id from organization where name = '龙华区青年志愿者协会'`))[0].id } as ActivitiesStage;
    const { shiftId } = await publishedShift(stage, '小程序报名测试', { capacity: 5 });
    const tokens = await tokensFor(crowd[3].headers, 'profile signups');
    const res = await server.gql(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }`, { s: shiftId }, bearer(tokens.access_token));
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data.signUp.status).toBe('CONFIRMED');
    const [row] = await sql(`select volunteer_id from signup where id = ?`, [res.data.signUp.id]);
    expect(row.volunteer_id).toBe(crowd[3].id);
    const mine = await server.gql(`{ me { signups(first: 5) { nodes { id } } } }`, {}, bearer(tokens.access_token));
    expect(mine.data.me.signups.nodes.map((n: { id: string }) => n.id)).toContain(res.data.signUp.id);
  });

  it('never acts in the volunteer’s team roles or as staff', async () => {
    // Staff see every volunteer's real name; their app sees what the public sees.
    const [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
    const ranking = `query($org: ID!) { volunteerLeaderboard(first: 5, organizationId: $org, from: "2020-01", to: "2028-12") { nodes { volunteer { id realName } } } }`;
    const asStaff = await server.gql(ranking, { org: orgId }, admin);
    expect(asStaff.errors, JSON.stringify(asStaff.errors)).toBeUndefined();
    expect(asStaff.data.volunteerLeaderboard.nodes.length).toBeGreaterThan(0);
    expect(asStaff.data.volunteerLeaderboard.nodes.every((n: any) => n.volunteer.realName !== null)).toBe(true);
    const staffToken = await tokensFor(admin, 'profile signups');
    const asApp = await server.gql(ranking, { org: orgId }, bearer(staffToken.access_token));
    expect(asApp.errors, JSON.stringify(asApp.errors)).toBeUndefined();
    const adminId: string = (await server.gql(`{ me { id } }`, {}, admin)).data.me.id;
    const others = asApp.data.volunteerLeaderboard.nodes.filter((n: any) => n.volunteer.id !== adminId);
    expect(others.length).toBeGreaterThan(0);
    expect(others.map((n: any) => n.volunteer.realName)).toEqual(others.map(() => null));
    expectForbidden(await server.gql(`{ oauthApps(first: 1) { totalCount } }`, {}, bearer(staffToken.access_token)), 'NOT_FOR_APPS');
    const coordinatorToken = await tokensFor(coordinator, 'profile signups');
    expectForbidden(
      await server.gql(`query($id: ID!) { organization(id: $id) { members(first: 5) { totalCount } } }`, { id: orgId }, bearer(coordinatorToken.access_token)),
      'NOT_FOR_APPS',
    );
    const [{ id: shiftId }] = await sql(`select s.id from shift s join project p on p.id = s.project_id where p.organization_id = ? limit 1`, [orgId]);
    expectForbidden(await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: shiftId }, bearer(coordinatorToken.access_token)), 'NOT_FOR_APPS');
    expectForbidden(
      await server.gql(
        `query($id: ID!) { project(id: $id) { shifts { signups(first: 5) { totalCount } } } }`,
        { id: (await sql(`select project_id from shift where id = ?`, [shiftId]))[0].project_id },
        bearer(coordinatorToken.access_token),
      ),
      'NOT_FOR_APPS',
    );
  });

  it('is replaced at refresh: the old refresh token and access token stop, the new ones work', async () => {
    const first = await tokensFor(crowd[0].headers);
    const refreshed = await tokenEndpoint({ grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: appId });
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(first.refresh_token);
    const reused = await tokenEndpoint({ grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: appId });
    expect(reused.body.error).toBe('invalid_grant');
    expect((await server.gql(`{ me { id } }`, {}, bearer(first.access_token))).status).toBe(401);
    expect((await server.gql(`{ me { id } }`, {}, bearer(refreshed.body.access_token))).data.me.id).toBe(crowd[0].id);
  });

  it('ends when the app revokes it (RFC 7009)', async () => {
    const tokens = await tokensFor(crowd[1].headers);
    const res = await fetch(`${server.url}/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokens.access_token, client_id: appId }),
    });
    expect(res.status).toBe(200);
    const after = await server.gql(`{ me { id } }`, {}, bearer(tokens.access_token));
    expect(after.status).toBe(401);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
  });
});

describe('connected apps', () => {
  it('are listed in the account and end at once when the volunteer disconnects one', async () => {
    const tokens = await tokensFor(crowd[2].headers, 'profile signups');
    const listed = await server.gql(`{ me { connectedApps { id appName scopes } } }`, {}, crowd[2].headers);
    expect(listed.data.me.connectedApps).toHaveLength(1);
    const [app] = listed.data.me.connectedApps;
    // The consent grew from profile (an earlier test) to profile and signups.
    expect(app).toMatchObject({ appName: '龙华志愿小程序', scopes: ['PROFILE', 'SIGNUPS'] });
    // Another volunteer cannot disconnect it.
    expect(errorCode(await server.gql(`mutation($id: ID!) { disconnectApp(id: $id) }`, { id: app.id }, crowd[3].headers))).toBe('NOT_FOUND');
    expect((await server.gql(`{ me { id } }`, {}, bearer(tokens.access_token))).status).toBe(200);
    const done = await server.gql(`mutation($id: ID!) { disconnectApp(id: $id) }`, { id: app.id }, crowd[2].headers);
    expect(done.data.disconnectApp).toBe(true);
    expect((await server.gql(`{ me { id } }`, {}, bearer(tokens.access_token))).status).toBe(401);
    const refreshed = await tokenEndpoint({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: appId });
    expect(refreshed.body.error).toBe('invalid_grant');
    expect((await server.gql(`{ me { connectedApps { id } } }`, {}, crowd[2].headers)).data.me.connectedApps).toEqual([]);
  });

  it('stop working when staff disable the app; only staff register apps, with checked addresses', async () => {
    const own = await server.gql(REGISTER_APP, { input: { name: '测试应用', redirectUris: ['http://localhost:5173/cb'], scopes: ['HOURS'] } }, admin);
    const ownId = own.data.registerApp.id;
    expect(errorCode(await server.gql(REGISTER_APP, { input: { name: '测试应用', redirectUris: [REDIRECT], scopes: ['HOURS'] } }, crowd[0].headers))).toBe(
      'FORBIDDEN',
    );
    for (const uri of ['http://app.example.cn/cb', 'https://app.example.cn/cb#x', 'javascript:alert(1)']) {
      const bad = await server.gql(REGISTER_APP, { input: { name: '测试应用', redirectUris: [uri], scopes: ['HOURS'] } }, admin);
      expect(errorCode(bad), uri).toBe('BAD_USER_INPUT');
    }
    const tokens = await tokensFor(crowd[3].headers);
    expect((await server.gql(`{ me { id } }`, {}, bearer(tokens.access_token))).status).toBe(200);
    await server.gql(`mutation($id: ID!) { disableApp(id: $id) { disabledAt } }`, { id: appId }, admin);
    expect((await server.gql(`{ me { id } }`, {}, bearer(tokens.access_token))).status).toBe(401);
    const listed = await server.gql(`{ oauthApps(first: 10) { nodes { id disabledAt } } }`, {}, admin);
    expect(listed.data.oauthApps.nodes.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([appId, ownId]));
  });
});

describe('the endpoints', () => {
  it('describe themselves (RFC 8414) and send /oauth/authorize to the consent page with its parameters', async () => {
    const meta = await (await fetch(`${server.url}/.well-known/oauth-authorization-server`)).json();
    expect(meta).toMatchObject({
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['profile', 'signups', 'hours'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
    });
    const res = await fetch(`${server.url}/oauth/authorize?client_id=${appId}&scope=profile&ui_locales=en`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/en/oauth/consent/?client_id=${appId}&scope=profile&ui_locales=en`);
  });
});
