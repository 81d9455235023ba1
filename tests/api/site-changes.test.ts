// The running server rebuilds the site after a mutation that changes what the public pages show
// (marked @UseMiddleware(ChangesPublicSite) where it is defined), once it has succeeded; never
// after a query, a refused mutation or one that changes no public page. Platform figures are
// read afresh after a mutation marked @UseMiddleware(ChangesPlatformFigures).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { gql, testOrm } from '../helpers/api.js';
import { DEMO } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';

let orm: MikroORM;
let server: RunningServer;
let changes = 0;
let admin: Record<string, string>;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);
const api = () => `${server.url}/graphql`;

beforeAll(async () => {
  orm = await testOrm();
  server = await startServer(
    { orm, vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false), development: false, onSiteChange: () => changes++ },
    0,
    '127.0.0.1',
  );
  const login = await gql(api(), `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, { i: { login: DEMO.admin, password: DEMO_PASSWORD } });
  admin = { authorization: `Bearer ${login.data.logIn.token}` };
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('site rebuilds', () => {
  it('follow a successful public change, and nothing else', async () => {
    const before = changes;
    await gql(api(), `{ news(first: 1) { nodes { id } } }`);
    // Logging in changed nothing public.
    expect(changes).toBe(before);

    const [draft] = await sql<{ id: string }>(`select id from news_article where status = 'DRAFT' limit 1`);
    expect(draft).toBeDefined();
    // Refused (not signed in): no rebuild.
    expect((await gql(api(), `mutation($id: ID!) { publishNewsArticle(id: $id) { id } }`, { id: draft.id })).errors).toBeDefined();
    expect(changes).toBe(before);

    expect((await gql(api(), `mutation($id: ID!) { publishNewsArticle(id: $id) { id } }`, { id: draft.id }, admin)).errors).toBeUndefined();
    expect(changes).toBe(before + 1);
    // Under another name (an alias), the same.
    expect((await gql(api(), `mutation($id: ID!) { off: unpublishNewsArticle(id: $id) { id } }`, { id: draft.id }, admin)).errors).toBeUndefined();
    expect(changes).toBe(before + 2);

    // A team's profile is on its public page.
    const [org] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
    const updated = await gql(
      api(),
      `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
      { id: org.id, input: { address: '龙华区测试路 1 号' } },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    expect(changes).toBe(before + 3);

    // A draft of a role model is not public: no rebuild.
    expect(
      (
        await gql(
          api(),
          `mutation($input: CreateRoleModelInput!) { createRoleModel(input: $input) { id } }`,
          { input: { name: '测试榜样', citation: '测试' } },
          admin,
        )
      ).errors,
    ).toBeUndefined();
    expect(changes).toBe(before + 3);
  });
});

describe('platform figures', () => {
  it('are read afresh after a mutation that changes them (a registration), not kept for their half minute', async () => {
    const count = async () => (await gql(api(), `{ stats { volunteerCount } }`)).data.stats.volunteerCount as number;
    const before = await count();
    const res = await gql(api(), REGISTER, { input: fakeRegistration() });
    expect(res.errors).toBeUndefined();
    expect(await count()).toBe(before + 1);
  });
});
