// Public content (news, role models, showcases) over real HTTP with the run's PostgreSQL and
// demo data: public lists and their order, tag filter, drafts hidden, the staff mutations'
// permission matrix and input rules, and Markdown that cannot carry script.
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isSafeUrl, renderMarkdown } from '../../api/src/modules/content/markdown.js';
import { buildDemoContent } from '../../api/src/seeders/demo-content.js';
import { buildDemoData } from '../../api/src/seeders/demo-data.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { ContentStatus } from '../../api/src/modules/content/content-status.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
const repoRoot = path.resolve(import.meta.dirname, '../..');

type Headers = Record<string, string>;
const anonymous: Headers = {};
let admin: Headers;
let coordinator: Headers;
let volunteer: Headers;
/** ADMIN of an approved organisation of its own (and of nothing else). */
let orgAdmin: Headers;
let ownOrgId: string;
let otherOrgId: string;
const run = randomInt(100_000, 999_999);
const created: { news: string[]; roleModels: string[]; showcases: string[] } = { news: [], roleModels: [], showcases: [] };

const NEWS_FIELDS = `id slug title summary body bodyHtml publishedAt tags coverImageUrl status organization { id }`;
const CREATE_NEWS = `mutation($input: CreateNewsArticleInput!) { createNewsArticle(input: $input) { ${NEWS_FIELDS} } }`;
const UPDATE_NEWS = `mutation($id: ID!, $input: UpdateNewsArticleInput!) { updateNewsArticle(id: $id, input: $input) { ${NEWS_FIELDS} } }`;
const PUBLISH_NEWS = `mutation($id: ID!, $at: DateTime) { publishNewsArticle(id: $id, publishedAt: $at) { id status publishedAt } }`;
const UNPUBLISH_NEWS = `mutation($id: ID!) { unpublishNewsArticle(id: $id) { id status } }`;
const CREATE_ROLE_MODEL = `mutation($input: CreateRoleModelInput!) { createRoleModel(input: $input) { id name status volunteer { id } } }`;
const PUBLISH_ROLE_MODEL = `mutation($id: ID!) { publishRoleModel(id: $id) { id status } }`;
const UNPUBLISH_ROLE_MODEL = `mutation($id: ID!) { unpublishRoleModel(id: $id) { id status } }`;
const CREATE_SHOWCASE = `mutation($input: CreateShowcaseInput!) { createShowcase(input: $input) { id title status project { id } organization { id } } }`;
const PUBLISH_SHOWCASE = `mutation($id: ID!) { publishShowcase(id: $id) { id status } }`;
const UNPUBLISH_SHOWCASE = `mutation($id: ID!) { unpublishShowcase(id: $id) { id status } }`;

function newsInput(overrides: Record<string, unknown> = {}) {
  return {
    slug: `test-${run}-${randomInt(1e9)}`,
    title: '测试资讯',
    summary: '测试用的资讯摘要',
    body: '第一段。\n\n## 小标题\n\n- 一\n- 二',
    tags: ['测试', '志愿动态'],
    ...overrides,
  };
}

async function ok<T = any>(query: string, variables: Record<string, unknown>, headers: Headers): Promise<T> {
  const res = await server.gql(query, variables, headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

async function createNews(headers: Headers, overrides: Record<string, unknown> = {}): Promise<any> {
  const article = (await ok(CREATE_NEWS, { input: newsInput(overrides) }, headers)).createNewsArticle;
  created.news.push(article.id);
  return article;
}

/** Every node of a public list, following cursors. */
async function all(field: string, selection: string, args = ''): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await server.gql(
      `query($after: String) { ${field}(first: 7, after: $after${args}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`,
      { after },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    nodes.push(...res.data[field].nodes);
    if (!res.data[field].pageInfo.hasNextPage) return nodes;
    after = res.data[field].pageInfo.endCursor;
  }
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  [admin, coordinator, volunteer] = await Promise.all([signIn(server, DEMO.admin), signIn(server, DEMO.coordinator), signIn(server, DEMO.volunteer)]);

  const reg = await server.gql(REGISTER, { input: fakeRegistration() });
  if (!reg.data?.registerVolunteer) throw new Error(`registration failed: ${JSON.stringify(reg.errors)}`);
  orgAdmin = { authorization: `Bearer ${reg.data.registerVolunteer.token}` };
  const org = await ok(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name: `内容测试志愿服务队${run}`, kind: 'NGO', district: '龙华区', city: '海口市', description: '测试' } },
    orgAdmin,
  );
  ownOrgId = org.registerOrganization.id;
  await ok(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id: ownOrgId }, admin);
  [{ id: otherOrgId }] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
});

afterAll(async () => {
  // Leave the shared database as the demo had it: this run's content goes back to draft.
  if (admin) {
    for (const id of created.news) await server.gql(UNPUBLISH_NEWS, { id }, admin);
    for (const id of created.roleModels) await server.gql(UNPUBLISH_ROLE_MODEL, { id }, admin);
    for (const id of created.showcases) await server.gql(UNPUBLISH_SHOWCASE, { id }, admin);
  }
  await server?.close();
  await orm?.close();
});

describe('demo content', () => {
  const now = new Date();
  const data = buildDemoData(now);
  const content = buildDemoContent(data, now);
  const published = <T extends { status: string }>(rows: T[]) => rows.filter((r) => r.status === 'PUBLISHED');

  it('meets the minimum sizes, with a few drafts', () => {
    expect(published(content.news).length).toBeGreaterThanOrEqual(30);
    expect(published(content.roleModels).length).toBeGreaterThanOrEqual(12);
    expect(published(content.showcases).length).toBeGreaterThanOrEqual(8);
    for (const rows of [content.news, content.roleModels, content.showcases]) expect(rows.some((r) => r.status === ContentStatus.DRAFT)).toBe(true);
  });

  it('is deterministic for a given day', () => {
    expect(buildDemoContent(buildDemoData(now), now)).toEqual(content);
  });

  it('has valid news: unique ASCII slugs, bounded tags, past dates, 2–5 blocks of Markdown', () => {
    expect(new Set(content.news.map((n) => n.slug)).size).toBe(content.news.length);
    for (const n of published(content.news)) {
      expect(n.slug).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
      expect(Array.from(n.title).length).toBeLessThanOrEqual(120);
      expect(Array.from(n.summary).length).toBeLessThanOrEqual(300);
      expect(n.tags.length).toBeGreaterThan(0);
      expect(n.tags.length).toBeLessThanOrEqual(10);
      for (const t of n.tags) expect(Array.from(t).length).toBeLessThanOrEqual(20);
      expect(n.publishedAt!.getTime()).toBeLessThan(now.getTime());
      expect(n.publishedAt!.getTime()).toBeGreaterThan(now.getTime() - 400 * 86_400_000);
      const paragraphs = n.body.split('\n\n').filter((b) => !/^(#|-|\d+\.|\|)/.test(b));
      expect(paragraphs.length, n.slug).toBeGreaterThanOrEqual(2);
      expect(paragraphs.length, n.slug).toBeLessThanOrEqual(5);
    }
    // Headings and lists here and there.
    expect(content.news.filter((n) => /^## /m.test(n.body)).length).toBeGreaterThan(10);
    expect(content.news.filter((n) => /^(- |1\. )/m.test(n.body)).length).toBeGreaterThan(10);
    const tags = new Set(content.news.flatMap((n) => n.tags));
    for (const t of ['志愿动态', '通知公告', '榜样风采', '项目展示', '龙华区', '博罗县']) expect(tags).toContain(t);
  });

  it('quotes the same figures in an article’s summary and body', () => {
    const marathon = content.news.find((n) => n.slug.endsWith('marathon-volunteers-wanted'))!;
    const wanted = /需要志愿者(\d+)名/.exec(marathon.summary)![1];
    expect(marathon.body).toContain(`现招募志愿者${wanted}名`);
  });

  it('uses only local images that exist in the site', () => {
    const urls = [...content.news.map((n) => n.coverImageUrl), ...content.showcases.map((s) => s.coverImageUrl)].filter(Boolean) as string[];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^\/images\/[a-z0-9-]+\.svg$/);
      expect(existsSync(path.join(repoRoot, 'site/public', url)), url).toBe(true);
    }
  });

  it('names role models once each, mostly linked to demo volunteers by their real names', () => {
    const names = content.roleModels.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const linked = content.roleModels.filter((r) => r.volunteerKey);
    expect(linked.length).toBeGreaterThanOrEqual(10);
    for (const r of linked) expect(data.volunteers.find((v) => v.key === r.volunteerKey)!.realName).toBe(r.name);
    expect(names).toContain('王晓燕');
  });

  it('showcases public demo projects', () => {
    for (const s of published(content.showcases)) {
      const project = data.projects.find((p) => p.key === s.projectKey)!;
      expect(['PUBLISHED', 'COMPLETED']).toContain(project.status);
    }
  });
});

describe('public lists', () => {
  it('lists published news only, newest first by (publishedAt, id), paging to the end', async () => {
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from news_article where status = 'PUBLISHED'`);
    const res = await server.gql(`{ news(first: 3) { totalCount } }`);
    expect(res.data.news.totalCount).toBe(Number(n));
    const nodes = await all('news', 'id publishedAt status');
    expect(nodes.length).toBe(Number(n));
    expect(nodes.every((a) => a.status === 'PUBLISHED')).toBe(true);
    expect(new Set(nodes.map((a) => a.id)).size).toBe(nodes.length);
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1], nodes[i]];
      const order = Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || (a.id > b.id ? 1 : -1);
      expect(order, `${a.id} before ${b.id}`).toBeGreaterThan(0);
    }
    const [draft] = await sql<{ id: string; slug: string }>(`select id, slug from news_article where status = 'DRAFT' limit 1`);
    expect(nodes.map((a) => a.id)).not.toContain(draft.id);
  });

  it('filters news by tag and counts tags of published news', async () => {
    const tags = (await server.gql(`{ newsTags { tag count } }`)).data.newsTags as { tag: string; count: number }[];
    const rows = await sql<{ tag: string; n: string }>(
      `select t as tag, count(*) as n from news_article, unnest(tags) t where status = 'PUBLISHED' group by t`,
    );
    expect(tags.length).toBe(rows.length);
    for (const r of rows) expect(tags.find((t) => t.tag === r.tag)?.count, r.tag).toBe(Number(r.n));
    expect([...tags].sort((a, b) => b.count - a.count)).toEqual(tags);

    const boluo = tags.find((t) => t.tag === '博罗县')!;
    const nodes = await all('news', 'tags', ', tag: "博罗县"');
    expect(nodes.length).toBe(boluo.count);
    expect(nodes.every((a) => a.tags.includes('博罗县'))).toBe(true);
    const none = await server.gql(`{ news(tag: "没有这个标签") { totalCount nodes { id } } }`);
    expect(none.data.news).toEqual({ totalCount: 0, nodes: [] });
  });

  it('finds a published article by slug and by node(id), and hides drafts from both', async () => {
    const [pub] = await sql<{ id: string; slug: string }>(`select id, slug from news_article where status = 'PUBLISHED' limit 1`);
    const [draft] = await sql<{ id: string; slug: string }>(`select id, slug from news_article where status = 'DRAFT' limit 1`);
    const q = `query($s: String!, $id: ID!) { newsArticle(slug: $s) { id title bodyHtml } node(id: $id) { __typename id } }`;
    const shown = await server.gql(q, { s: pub.slug, id: pub.id });
    expect(shown.data.newsArticle.id).toBe(pub.id);
    expect(shown.data.newsArticle.bodyHtml).toMatch(/<p>/);
    expect(shown.data.node).toEqual({ __typename: 'NewsArticle', id: pub.id });
    const hidden = await server.gql(q, { s: draft.slug, id: draft.id });
    expect(hidden.data).toEqual({ newsArticle: null, node: null });
    // Staff see the draft by slug (a preview), never through node().
    const preview = await server.gql(q, { s: draft.slug, id: draft.id }, admin);
    expect(preview.data.newsArticle.id).toBe(draft.id);
    expect(preview.data.node).toBeNull();
    const odd = await server.gql(`{ newsArticle(slug: "../../etc/passwd") { id } }`);
    expect(odd.data.newsArticle).toBeNull();
  });

  it('lists published role models with full names and their volunteers’ public fields only', async () => {
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from role_model where status = 'PUBLISHED'`);
    const nodes = await all(
      'roleModels',
      'id name honor citation year district publishedAt volunteer { id displayName volunteerNumber realName phoneMasked } organization { name }',
    );
    expect(nodes.length).toBe(Number(n));
    expect(nodes.length).toBeGreaterThanOrEqual(12);
    const linked = nodes.filter((r) => r.volunteer);
    expect(linked.length).toBeGreaterThanOrEqual(10);
    for (const r of linked) {
      expect(r.volunteer.displayName).toMatch(/\*/);
      expect(r.volunteer.realName).toBeNull();
      expect(r.volunteer.phoneMasked).toBeNull();
      expect(r.name.startsWith(r.volunteer.displayName[0])).toBe(true);
    }
    const [draft] = await sql<{ id: string }>(`select id from role_model where status = 'DRAFT' limit 1`);
    expect(nodes.map((r) => r.id)).not.toContain(draft.id);
    expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: draft.id })).data.node).toBeNull();
    const one = await server.gql(`query($id: ID!) { node(id: $id) { __typename ... on RoleModel { name } } }`, { id: nodes[0].id });
    expect(one.data.node).toEqual({ __typename: 'RoleModel', name: nodes[0].name });
  });

  it('lists published showcases with their public projects', async () => {
    const nodes = await all('showcases', 'id title summary bodyHtml coverImageUrl project { id status title } organization { id name }');
    expect(nodes.length).toBeGreaterThanOrEqual(8);
    for (const s of nodes.filter((x) => x.title.startsWith('测试') === false)) {
      expect(s.project, s.title).not.toBeNull();
      expect(['PUBLISHED', 'COMPLETED']).toContain(s.project.status);
      expect(s.organization).not.toBeNull();
    }
    const [draft] = await sql<{ id: string }>(`select id from showcase where status = 'DRAFT' limit 1`);
    expect(nodes.map((s) => s.id)).not.toContain(draft.id);
    const one = await server.gql(`query($id: ID!) { node(id: $id) { __typename id } }`, { id: nodes[0].id });
    expect(one.data.node.__typename).toBe('Showcase');
  });

  it('refuses bad page sizes and cursors', async () => {
    for (const q of [`{ news(first: 0) { totalCount } }`, `{ roleModels(first: 101) { totalCount } }`, `{ showcases(after: "nope") { totalCount } }`]) {
      const res = await server.gql(q);
      expect(errorCode(res), q).toBe('BAD_USER_INPUT');
    }
  });
});

describe('staff mutations: who may do what', () => {
  it('asks for sign-in first', async () => {
    expect(errorCode(await server.gql(CREATE_NEWS, { input: newsInput() }, anonymous))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(CREATE_ROLE_MODEL, { input: { name: '某某', citation: '事迹' } }, anonymous))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(CREATE_SHOWCASE, { input: { title: '某项目', summary: '摘要' } }, anonymous))).toBe('UNAUTHENTICATED');
  });

  it('lets platform staff write, publish and unpublish platform news; the public sees it only while published', async () => {
    const article = await createNews(admin, { title: '平台测试资讯' });
    expect(article).toMatchObject({ status: 'DRAFT', organization: null, tags: ['测试', '志愿动态'] });
    const q = `query($s: String!) { newsArticle(slug: $s) { id } news(first: 1) { nodes { id } } }`;
    expect((await server.gql(q, { s: article.slug })).data.newsArticle).toBeNull();

    const published = (await ok(PUBLISH_NEWS, { id: article.id }, admin)).publishNewsArticle;
    expect(published.status).toBe('PUBLISHED');
    const shown = (await server.gql(q, { s: article.slug })).data;
    expect(shown.newsArticle.id).toBe(article.id);
    expect(shown.news.nodes[0].id).toBe(article.id); // newest first

    // Republishing keeps the first publication time.
    await ok(UNPUBLISH_NEWS, { id: article.id }, admin);
    expect((await server.gql(q, { s: article.slug })).data.newsArticle).toBeNull();
    const again = (await ok(PUBLISH_NEWS, { id: article.id }, admin)).publishNewsArticle;
    expect(again.publishedAt).toBe(published.publishedAt);

    const edited = (await ok(UPDATE_NEWS, { id: article.id, input: { title: '改过的标题', coverImageUrl: '/images/cover-tree.svg' } }, admin))
      .updateNewsArticle;
    expect(edited).toMatchObject({ title: '改过的标题', summary: '测试用的资讯摘要', coverImageUrl: '/images/cover-tree.svg' });
    const cleared = (await ok(UPDATE_NEWS, { id: article.id, input: { coverImageUrl: null, tags: [] } }, admin)).updateNewsArticle;
    expect(cleared).toMatchObject({ coverImageUrl: null, tags: [] });
  });

  it('keeps platform news from everybody but platform staff', async () => {
    const article = await createNews(admin);
    for (const who of [volunteer, coordinator, orgAdmin]) {
      expect(errorCode(await server.gql(CREATE_NEWS, { input: newsInput() }, who))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(UPDATE_NEWS, { id: article.id, input: { title: '不许改' } }, who))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(PUBLISH_NEWS, { id: article.id }, who))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(UNPUBLISH_NEWS, { id: article.id }, who))).toBe('FORBIDDEN');
    }
  });

  it('lets an organisation’s ADMINs and COORDINATORs write that organisation’s news only, and reviewers publish it', async () => {
    const own = await createNews(orgAdmin, { organizationId: ownOrgId, title: '本队新闻' });
    expect(own.organization.id).toBe(ownOrgId);
    expect((await ok(UPDATE_NEWS, { id: own.id, input: { summary: '新的摘要' } }, orgAdmin)).updateNewsArticle.summary).toBe('新的摘要');
    // A team's news goes public through review (tests/api/editorial.test.ts): not by its own hand.
    expect(errorCode(await server.gql(PUBLISH_NEWS, { id: own.id }, orgAdmin))).toBe('FORBIDDEN');
    expect((await ok(PUBLISH_NEWS, { id: own.id }, admin)).publishNewsArticle.status).toBe('PUBLISHED');
    // Staff may edit any organisation's news.
    expect((await ok(UNPUBLISH_NEWS, { id: own.id }, admin)).unpublishNewsArticle.status).toBe('DRAFT');

    // The demo coordinator coordinates 龙华区青年志愿者协会: it writes that team's drafts.
    const drafted = await createNews(coordinator, { organizationId: otherOrgId });
    expect(drafted.organization.id).toBe(otherOrgId);
    expect(errorCode(await server.gql(CREATE_NEWS, { input: newsInput({ organizationId: otherOrgId }) }, orgAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(CREATE_NEWS, { input: newsInput({ organizationId: ownOrgId }) }, volunteer))).toBe('FORBIDDEN');
    const theirs = await createNews(admin, { organizationId: otherOrgId });
    expect(errorCode(await server.gql(UPDATE_NEWS, { id: theirs.id, input: { title: '不许改' } }, orgAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(PUBLISH_NEWS, { id: theirs.id }, coordinator))).toBe('FORBIDDEN');
    // Its own drafts are previewable by the organisation's admin, not by others.
    const q = `query($s: String!) { newsArticle(slug: $s) { id } }`;
    expect((await server.gql(q, { s: own.slug }, orgAdmin)).data.newsArticle.id).toBe(own.id);
    expect((await server.gql(q, { s: own.slug }, coordinator)).data.newsArticle).toBeNull();
  });

  it('keeps role models and showcases to platform staff', async () => {
    const [vol] = await sql<{ id: string }>(`select id from volunteer where deleted_at is null limit 1`);
    const model = (
      await ok(CREATE_ROLE_MODEL, { input: { name: `测试榜样${run}`, honor: '测试称号', citation: '测试事迹。', year: 2025, volunteerId: vol.id } }, admin)
    ).createRoleModel;
    created.roleModels.push(model.id);
    expect(model).toMatchObject({ status: 'DRAFT', volunteer: { id: vol.id } });
    const [project] = await sql<{ id: string; organization_id: string }>(`select id, organization_id from project where status = 'PUBLISHED' limit 1`);
    const showcase = (await ok(CREATE_SHOWCASE, { input: { title: `测试展示${run}`, summary: '摘要', body: '正文', projectId: project.id } }, admin))
      .createShowcase;
    created.showcases.push(showcase.id);
    expect(showcase).toMatchObject({ status: 'DRAFT', project: { id: project.id }, organization: { id: project.organization_id } });

    for (const who of [volunteer, coordinator, orgAdmin]) {
      expect(errorCode(await server.gql(CREATE_ROLE_MODEL, { input: { name: '某某', citation: '事迹' } }, who))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(PUBLISH_ROLE_MODEL, { id: model.id }, who))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(CREATE_SHOWCASE, { input: { title: '某项目', summary: '摘要' } }, who))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(PUBLISH_SHOWCASE, { id: showcase.id }, who))).toBe('FORBIDDEN');
    }

    const ids = async (field: string) => (await server.gql(`{ ${field}(first: 100) { nodes { id } } }`)).data[field].nodes.map((n: any) => n.id);
    expect(await ids('roleModels')).not.toContain(model.id);
    await ok(PUBLISH_ROLE_MODEL, { id: model.id }, admin);
    await ok(PUBLISH_SHOWCASE, { id: showcase.id }, admin);
    expect((await ids('roleModels'))[0]).toBe(model.id);
    expect((await ids('showcases'))[0]).toBe(showcase.id);
    await ok(UNPUBLISH_ROLE_MODEL, { id: model.id }, admin);
    await ok(UNPUBLISH_SHOWCASE, { id: showcase.id }, admin);
    expect(await ids('roleModels')).not.toContain(model.id);
    expect(await ids('showcases')).not.toContain(showcase.id);
  });

  it('answers NOT_FOUND for IDs it does not know', async () => {
    for (const [query, id] of [
      [PUBLISH_NEWS, 'nws_00000000000000000000000000'],
      [PUBLISH_ROLE_MODEL, 'rlm_00000000000000000000000000'],
      [PUBLISH_SHOWCASE, 'prj_00000000000000000000000000'],
    ]) {
      expect(errorCode(await server.gql(query, { id }, admin))).toBe('NOT_FOUND');
    }
  });
});

describe('staff mutations: input rules', () => {
  const bad = async (query: string, variables: Record<string, unknown>, field: string) => {
    const res = await server.gql(query, variables, admin);
    expect(errorCode(res), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field, JSON.stringify(variables)).toBe(field);
    expect(res.status).toBeLessThan(500);
  };

  it('refuses bad news input, naming the field', async () => {
    await bad(CREATE_NEWS, { input: newsInput({ title: '   ' }) }, 'title');
    await bad(CREATE_NEWS, { input: newsInput({ title: '长'.repeat(121) }) }, 'title');
    await bad(CREATE_NEWS, { input: newsInput({ summary: '' }) }, 'summary');
    await bad(CREATE_NEWS, { input: newsInput({ body: 'x'.repeat(50_001) }) }, 'body');
    await bad(CREATE_NEWS, { input: newsInput({ tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) }) }, 'tags');
    await bad(CREATE_NEWS, { input: newsInput({ tags: ['好', '长'.repeat(21)] }) }, 'tags.1');
    await bad(CREATE_NEWS, { input: newsInput({ tags: ['a/b'] }) }, 'tags.0');
    await bad(CREATE_NEWS, { input: newsInput({ coverImageUrl: 'javascript:alert(1)' }) }, 'coverImageUrl');
    await bad(CREATE_NEWS, { input: newsInput({ coverImageUrl: 'ftp://example.org/a.png' }) }, 'coverImageUrl');
    await bad(CREATE_NEWS, { input: newsInput({ coverImageUrl: '//evil.example/a.png' }) }, 'coverImageUrl');
    await bad(CREATE_NEWS, { input: newsInput({ slug: 'Bad Slug' }) }, 'slug');
    await bad(CREATE_NEWS, { input: newsInput({ slug: '2' }) }, 'slug');
    await bad(CREATE_NEWS, { input: newsInput({ slug: 'tags' }) }, 'slug');
    await bad(CREATE_NEWS, { input: newsInput({ slug: '资讯' }) }, 'slug');
    await bad(CREATE_NEWS, { input: newsInput({ publishedAt: new Date(Date.now() + 86_400_000).toISOString() }) }, 'publishedAt');
    await bad(CREATE_NEWS, { input: newsInput({ organizationId: 'org_00000000000000000000000000' }) }, 'organizationId');
    const article = await createNews(admin);
    await bad(UPDATE_NEWS, { id: article.id, input: { title: null } }, 'title');
    // Scheduling reaches a year ahead at most.
    await bad(PUBLISH_NEWS, { id: article.id, at: new Date(Date.now() + 400 * 86_400_000).toISOString() }, 'publishedAt');
  });

  it('keeps slugs unique (CONFLICT) and generates one when left out', async () => {
    const first = await createNews(admin);
    const res = await server.gql(CREATE_NEWS, { input: newsInput({ slug: first.slug }) }, admin);
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLUG_TAKEN', field: 'slug' });
    const second = await createNews(admin);
    expect(errorCode(await server.gql(UPDATE_NEWS, { id: second.id, input: { slug: first.slug } }, admin))).toBe('CONFLICT');
    const generated = await createNews(admin, { slug: undefined });
    expect(generated.slug).toMatch(/^news-\d{8}-[0-9a-f]{5}$/);
  });

  it('accepts a past publication date and a site-relative or https cover', async () => {
    const at = '2025-03-05T09:00:00.000Z';
    const article = await createNews(admin, { publishedAt: at, coverImageUrl: 'https://img.example.org/a.png' });
    expect(article.coverImageUrl).toBe('https://img.example.org/a.png');
    expect((await ok(PUBLISH_NEWS, { id: article.id }, admin)).publishNewsArticle.publishedAt).toBe(at);
    await ok(UNPUBLISH_NEWS, { id: article.id }, admin);
  });

  it('refuses bad role model and showcase input, naming the field', async () => {
    await bad(CREATE_ROLE_MODEL, { input: { name: '', citation: '事迹' } }, 'name');
    await bad(CREATE_ROLE_MODEL, { input: { name: '某某', citation: '事'.repeat(2001) } }, 'citation');
    await bad(CREATE_ROLE_MODEL, { input: { name: '某某', citation: '事迹', year: 1800 } }, 'year');
    await bad(CREATE_ROLE_MODEL, { input: { name: '某某', citation: '事迹', photoUrl: 'data:image/png;base64,AAAA' } }, 'photoUrl');
    await bad(CREATE_ROLE_MODEL, { input: { name: '某某', citation: '事迹', volunteerId: 'vol_00000000000000000000000000' } }, 'volunteerId');
    const [draft] = await sql<{ id: string }>(`select id from project where status = 'DRAFT' limit 1`);
    await bad(CREATE_SHOWCASE, { input: { title: '某项目', summary: '摘要', projectId: draft.id } }, 'projectId');
    await bad(CREATE_SHOWCASE, { input: { title: '标'.repeat(121), summary: '摘要' } }, 'title');
    await bad(CREATE_SHOWCASE, { input: { title: '某项目', summary: '摘要', coverImageUrl: 'javascript:alert(1)' } }, 'coverImageUrl');
  });
});

describe('Markdown to safe HTML', () => {
  it('shows raw HTML as text', () => {
    for (const source of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      'text <b onmouseover="alert(1)">bold</b>',
      '<svg onload=alert(1)>',
    ]) {
      const html = renderMarkdown(source);
      expect(html, source).not.toMatch(/<(script|img|a|iframe|b|svg)\b/i);
      expect(html, source).toContain('&lt;');
    }
  });

  it('drops links and images whose URL is not http(s) or relative', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'javascript&#58;alert(1)',
      'javascript&colon;alert(1)',
      '%6Aavascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'file:///etc/passwd',
      '/\\evil.example',
    ]) {
      for (const source of [`[click](${url})`, `![img](${url})`, `<${url}>`, `[ref]\n\n[ref]: ${url}`]) {
        const html = renderMarkdown(source);
        expect(html, source).not.toMatch(/href=|src=/);
      }
    }
    expect(isSafeUrl('java\u0000script:alert(1)')).toBe(false);
    expect(isSafeUrl(' javascript:alert(1)')).toBe(false);
  });

  it('keeps http(s) and relative links, marking external ones nofollow noopener', () => {
    const external = renderMarkdown('[平台](https://example.org/a?b=1&c=2)');
    expect(external).toContain('href="https://example.org/a?b=1&amp;c=2"');
    expect(external).toContain('rel="nofollow noopener"');
    const relative = renderMarkdown('[活动](/projects/prj_1/) 和 [锚点](#top)');
    expect(relative).toContain('href="/projects/prj_1/"');
    expect(relative).toContain('href="#top"');
    expect(relative).not.toContain('rel=');
    const image = renderMarkdown('![封面](https://img.example.org/a.png "题注")');
    expect(image).toMatch(/<img src="https:\/\/img\.example\.org\/a\.png" alt="封面" title="题注" loading="lazy" referrerpolicy="no-referrer">/);
    expect(renderMarkdown('![本站](/images/cover-tree.svg)')).toContain('<img src="/images/cover-tree.svg"');
  });

  it('leaves the page title the only h1', () => {
    expect(renderMarkdown('# 一\n\n## 二\n\n### 三')).toBe('<h2>一</h2>\n<h2>二</h2>\n<h3>三</h3>\n');
  });

  it('serves hostile bodies neutralised through the API', async () => {
    const body = '<script>alert("x")</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](https://example.org)';
    const article = await createNews(admin, { body });
    await ok(PUBLISH_NEWS, { id: article.id }, admin);
    const res = await server.gql(`query($s: String!) { newsArticle(slug: $s) { body bodyHtml } }`, { s: article.slug });
    expect(res.data.newsArticle.body).toBe(body);
    const html: string = res.data.newsArticle.bodyHtml;
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener">y</a>');
    await ok(UNPUBLISH_NEWS, { id: article.id }, admin);
  });
});
