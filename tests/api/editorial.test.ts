// The editorial desk's rules over HTTP against the file's own PostgreSQL: a team's news is drafted
// and submitted by its writers, reviewed by its parent federation's ADMINs or platform staff
// (published now or at a time, or returned with a reason the team alone reads), withdrawn, linked
// to the activity it reports on, and every decision audited.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '../../api/src/common/ids.js';
import { PublicationSchedule } from '../../api/src/modules/content/publication-jobs.js';
import { JobName, JobQueue, queueName } from '../../api/src/common/job-queue.js';
import { databaseUrl } from '../helpers/database.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';

type Headers = Record<string, string>;
type Person = { id: string; headers: Headers };
let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);

let staff: Headers;
let fedAdmin: Person;
let otherFedAdmin: Person;
let teamAdmin: Person;
let teamCoordinator: Person;
let member: Person;
let teamId: string;
let projectId: string;
const anonymous: Headers = {};
const name = (what: string) => `${what}${randomInt(1e9)}`;

const FIELDS = `id slug title status isPublic publishedAt submittedAt returnedReason organization { id } project { id title }`;
const CREATE = `mutation($input: CreateNewsArticleInput!) { createNewsArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNewsArticleInput!) { updateNewsArticle(id: $id, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitNewsArticle(id: $id) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $at: DateTime) { publishNewsArticle(id: $id, publishedAt: $at) { ${FIELDS} } }`;
const RETURN = `mutation($id: ID!, $reason: String!) { returnNewsArticle(id: $id, reason: $reason) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { unpublishNewsArticle(id: $id) { ${FIELDS} } }`;
const QUEUE = `{ newsAwaitingReview(first: 100) { totalCount nodes { id title bodyHtml organization { id } } } }`;
const DESK = `query($org: ID) { newsDesk(organizationId: $org, first: 100) { nodes { id status returnedReason isPublic } } }`;
const PUBLIC = `query($slug: String!, $id: ID!) { newsArticle(slug: $slug) { id project { id } } node(id: $id) { id } news(first: 100) { nodes { id } } }`;

async function ok<T = any>(query: string, variables: Record<string, unknown>, headers: Headers): Promise<T> {
  const res = await server.gql(query, variables, headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

async function person(): Promise<Person> {
  const res = await server.gql(REGISTER, { input: fakeRegistration() });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { id: res.data.registerVolunteer.volunteer.id, headers: { authorization: `Bearer ${res.data.registerVolunteer.token}` } };
}

async function organization(owner: Person, input: Record<string, unknown>, approver: Headers): Promise<string> {
  const created = await ok(
    `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
    { input: { name: name('编辑测试队'), district: '龙华区', ...input } },
    owner.headers,
  );
  const id = created.registerOrganization.id as string;
  await ok(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id }, approver);
  return id;
}

async function addMember(orgId: string, who: Person, role: string): Promise<void> {
  await sql(
    `with m as (insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, ?) returning organization_id)
     update organization set member_count = member_count + 1 where id = (select organization_id from m)`,
    [newId('mem'), orgId, who.id, role],
  );
}

const draft = (overrides: Record<string, unknown> = {}) => ({
  organizationId: teamId,
  title: '社区义诊活动进展',
  summary: '第一批居民已完成义诊',
  body: '## 进展\n\n已有**四十位**居民参加。\n\n- 血压测量\n- 用药咨询',
  tags: ['活动过程'],
  ...overrides,
});

async function submitted(overrides: Record<string, unknown> = {}): Promise<any> {
  const article = (await ok<any>(CREATE, { input: draft(overrides) }, teamAdmin.headers)).createNewsArticle;
  return (await ok<any>(SUBMIT, { id: article.id }, teamAdmin.headers)).submitNewsArticle;
}

async function publicView(article: { id: string; slug: string }) {
  const data = await ok<any>(PUBLIC, { slug: article.slug, id: article.id }, anonymous);
  return { article: data.newsArticle, node: data.node, listed: data.news.nodes.some((n: { id: string }) => n.id === article.id) };
}

const auditOf = async (id: string) =>
  await sql<{ action: string; actor_id: string; detail: any }>(`select action, actor_id, detail from audit_log where subject_id = ? order by id`, [id]);

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  staff = await signIn(server, DEMO.admin);
  [fedAdmin, otherFedAdmin, teamAdmin, teamCoordinator, member] = await Promise.all([person(), person(), person(), person(), person()]);
  const federation = await organization(fedAdmin, { kind: 'FEDERATION' }, staff);
  await organization(otherFedAdmin, { kind: 'FEDERATION' }, staff);
  // The federation incubates the team: its ADMIN approves it.
  teamId = await organization(teamAdmin, { kind: 'NGO', parentId: federation }, fedAdmin.headers);
  await addMember(teamId, teamCoordinator, 'COORDINATOR');
  await addMember(teamId, member, 'MEMBER');
  const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const endsAt = new Date(Date.now() + 3 * 86_400_000 + 3 * 3_600_000).toISOString();
  const project = await ok(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    { input: { organizationId: teamId, title: '社区义诊', summary: '为居民测血压', district: '龙华区', shifts: [{ startsAt, endsAt, capacity: 10 }] } },
    teamAdmin.headers,
  );
  projectId = project.createProject.id;
  await ok(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: projectId }, teamAdmin.headers);
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe("a team's news goes public through review", () => {
  it('is drafted and submitted by the team ADMIN, who cannot publish it', async () => {
    const created = (await ok<any>(CREATE, { input: draft({ projectId }) }, teamAdmin.headers)).createNewsArticle;
    expect(created).toMatchObject({ status: 'DRAFT', isPublic: false, submittedAt: null, organization: { id: teamId }, project: { id: projectId } });
    expect(errorCode(await server.gql(PUBLISH, { id: created.id }, teamAdmin.headers))).toBe('FORBIDDEN');
    const inReview = (await ok<any>(SUBMIT, { id: created.id }, teamAdmin.headers)).submitNewsArticle;
    expect(inReview.status).toBe('IN_REVIEW');
    expect(inReview.submittedAt).not.toBeNull();
    expect(errorCode(await server.gql(PUBLISH, { id: created.id }, teamAdmin.headers))).toBe('FORBIDDEN');
    expect((await publicView(created)).article).toBeNull();
  });

  it('lets COORDINATORs write and submit, and refuses plain members and strangers (FORBIDDEN)', async () => {
    const byCoordinator = (await ok<any>(CREATE, { input: draft({ title: '协调员写的进展' }) }, teamCoordinator.headers)).createNewsArticle;
    expect((await ok<any>(SUBMIT, { id: byCoordinator.id }, teamCoordinator.headers)).submitNewsArticle.status).toBe('IN_REVIEW');
    expect(errorCode(await server.gql(CREATE, { input: draft() }, member.headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(SUBMIT, { id: byCoordinator.id }, member.headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(DESK, { org: teamId }, member.headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(CREATE, { input: draft() }, otherFedAdmin.headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(SUBMIT, { id: byCoordinator.id }, anonymous))).toBe('UNAUTHENTICATED');
  });

  it("queues it for the parent federation's ADMINs and staff only", async () => {
    const article = await submitted({ title: '排队中的资讯' });
    const queued = async (headers: Headers) => (await ok<any>(QUEUE, {}, headers)).newsAwaitingReview.nodes.map((n: { id: string }) => n.id);
    expect(await queued(fedAdmin.headers)).toContain(article.id);
    expect(await queued(staff)).toContain(article.id);
    expect(await queued(otherFedAdmin.headers)).toEqual([]);
    expect(await queued(member.headers)).toEqual([]);
    expect(await queued(teamAdmin.headers)).toEqual([]);
    // Reviewers read it as it will look.
    const node = (await ok<any>(QUEUE, {}, fedAdmin.headers)).newsAwaitingReview.nodes.find((n: { id: string }) => n.id === article.id);
    expect(node.bodyHtml).toContain('<h2>进展</h2>');
    expect(node.bodyHtml).toContain('<strong>四十位</strong>');
  });

  it("refuses another federation's ADMIN and plain members a review decision (FORBIDDEN)", async () => {
    const article = await submitted();
    for (const who of [otherFedAdmin, member, teamCoordinator]) {
      expect(errorCode(await server.gql(PUBLISH, { id: article.id }, who.headers))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(RETURN, { id: article.id, reason: '不行' }, who.headers))).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.gql(RETURN, { id: article.id, reason: '不行' }, teamAdmin.headers))).toBe('FORBIDDEN');
  });

  it('is returned with a reason only the team (and its reviewers) read; edited, resubmitted and published', async () => {
    const article = await submitted({ projectId, title: '待修改的资讯' });
    const blank = await server.gql(RETURN, { id: article.id, reason: '   ' }, fedAdmin.headers);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const returned = (await ok<any>(RETURN, { id: article.id, reason: '请补充活动照片和参与人数' }, fedAdmin.headers)).returnNewsArticle;
    expect(returned).toMatchObject({ status: 'RETURNED', returnedReason: '请补充活动照片和参与人数' });
    const returnedTwice = await server.gql(RETURN, { id: article.id, reason: '再退一次' }, fedAdmin.headers);
    expect(returnedTwice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ARTICLE_NOT_IN_REVIEW' });

    const desk = await ok<any>(DESK, { org: teamId }, teamAdmin.headers);
    expect(desk.newsDesk.nodes.find((n: { id: string }) => n.id === article.id)).toMatchObject({
      status: 'RETURNED',
      returnedReason: '请补充活动照片和参与人数',
    });
    const bySlug = `query($slug: String!) { newsArticle(slug: $slug) { returnedReason } }`;
    expect((await ok<any>(bySlug, { slug: article.slug }, teamCoordinator.headers)).newsArticle.returnedReason).toBe('请补充活动照片和参与人数');
    for (const who of [anonymous, member.headers, otherFedAdmin.headers]) expect((await ok<any>(bySlug, { slug: article.slug }, who)).newsArticle).toBeNull();

    await ok(UPDATE, { id: article.id, input: { body: '## 进展\n\n共有四十二位居民参加，现场照片见下。' } }, teamAdmin.headers);
    const again = (await ok<any>(SUBMIT, { id: article.id }, teamAdmin.headers)).submitNewsArticle;
    expect(again).toMatchObject({ status: 'IN_REVIEW', returnedReason: null });
    const published = (await ok<any>(PUBLISH, { id: article.id }, fedAdmin.headers)).publishNewsArticle;
    expect(published).toMatchObject({ status: 'PUBLISHED', isPublic: true });
    const seen = await publicView(article);
    expect(seen).toMatchObject({ article: { id: article.id, project: { id: projectId } }, node: { id: article.id }, listed: true });

    // A published article is withdrawn before the team edits it.
    const edited = await server.gql(UPDATE, { id: article.id, input: { title: '偷偷改标题' } }, teamAdmin.headers);
    expect(edited.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ARTICLE_PUBLISHED' });

    const audit = await auditOf(article.id);
    expect(audit.map((a) => a.action)).toEqual(['news.submitted', 'news.returned', 'news.submitted', 'news.published']);
    expect(audit[1]).toMatchObject({ actor_id: fedAdmin.id, detail: { reason: '请补充活动照片和参与人数' } });
    expect(audit[3]).toMatchObject({ actor_id: fedAdmin.id, detail: { from: 'IN_REVIEW', scheduled: false } });
  });

  it('lists an activity’s published progress reports on the activity, and the activity on the report', async () => {
    const article = await submitted({ projectId, title: '活动过程报道' });
    const reports = async () =>
      (
        await ok<any>(
          `query($id: ID!) { project(id: $id) { progressReports(first: 20) { totalCount nodes { id project { id } } } } }`,
          { id: projectId },
          anonymous,
        )
      ).project.progressReports.nodes.map((n: { id: string }) => n.id);
    expect(await reports()).not.toContain(article.id);
    await ok(PUBLISH, { id: article.id }, staff);
    expect(await reports()).toContain(article.id);
    // Another team's activity cannot be linked.
    const [other] = await sql<{ id: string }>(`select id from project where status = 'PUBLISHED' and organization_id <> ? limit 1`, [teamId]);
    const res = await server.gql(CREATE, { input: draft({ projectId: other.id }) }, teamAdmin.headers);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
  });

  it('is withdrawn off the public queries by the team or its reviewers', async () => {
    const article = await submitted({ title: '将被撤回的资讯' });
    await ok(PUBLISH, { id: article.id }, fedAdmin.headers);
    expect((await publicView(article)).listed).toBe(true);
    expect(errorCode(await server.gql(WITHDRAW, { id: article.id }, member.headers))).toBe('FORBIDDEN');
    expect((await ok<any>(WITHDRAW, { id: article.id }, teamAdmin.headers)).unpublishNewsArticle.status).toBe('DRAFT');
    expect(await publicView(article)).toEqual({ article: null, node: null, listed: false });
    expect((await auditOf(article.id)).map((a) => a.action)).toEqual(['news.submitted', 'news.published', 'news.withdrawn']);
  });
});

describe('scheduled publication', () => {
  it('keeps scheduled news off the public queries until its time, then shows it and asks for a rebuild, once', async () => {
    const article = await submitted({ title: '定时发布的资讯' });
    const jobs = await new JobQueue({ databaseUrl: databaseUrl(), workers: 1, pollSeconds: 0.5, maintenanceSeconds: 30, log: () => undefined }).start();
    let rebuilds = 0;
    const schedule = new PublicationSchedule(orm, jobs, queueName(JobName.SITE_DUE, 'editorial-test'), async () => rebuilds++);
    try {
      await schedule.work();
      const at = new Date(Date.now() + 3_000);
      const scheduled = (await ok<any>(PUBLISH, { id: article.id, at: at.toISOString() }, fedAdmin.headers)).publishNewsArticle;
      expect(scheduled).toMatchObject({ status: 'PUBLISHED', isPublic: false, publishedAt: at.toISOString() });
      expect(await publicView(article)).toEqual({ article: null, node: null, listed: false });
      expect((await auditOf(article.id)).at(-1)).toMatchObject({ action: 'news.published', detail: { scheduled: true } });
      // After the rebuild the publication asked for, the job for its time is sent (by any number of processes: one job).
      expect(await schedule.schedule()).toEqual(at);
      expect(await schedule.schedule()).toEqual(at);
      expect(rebuilds).toBe(0);

      await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 300));
      expect(await publicView(article)).toMatchObject({ article: { id: article.id }, node: { id: article.id }, listed: true });
      for (let i = 0; i < 50 && rebuilds === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(rebuilds).toBe(1);
      // Nothing else is waiting: no further job.
      expect(await schedule.schedule()).toBeNull();
      await new Promise((r) => setTimeout(r, 1_000));
      expect(rebuilds).toBe(1);
    } finally {
      await jobs.stop();
    }
  });

  it('refuses a time more than a year ahead, naming the field', async () => {
    const article = await submitted();
    const res = await server.gql(PUBLISH, { id: article.id, at: new Date(Date.now() + 400 * 86_400_000).toISOString() }, staff);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publishedAt' });
  });

  it('schedules role models and showcases for staff, on their desks meanwhile', async () => {
    const model = (
      await ok<any>(
        `mutation($input: CreateRoleModelInput!) { createRoleModel(input: $input) { id status } }`,
        { input: { name: name('榜样'), citation: '十年如一日。' } },
        staff,
      )
    ).createRoleModel;
    const desk = async () => (await ok<any>(`{ roleModelDesk(first: 100) { nodes { id status isPublic } } }`, {}, staff)).roleModelDesk.nodes;
    expect((await desk()).find((n: { id: string }) => n.id === model.id)).toMatchObject({ status: 'DRAFT', isPublic: false });
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const published = (
      await ok<any>(
        `mutation($id: ID!, $at: DateTime) { publishRoleModel(id: $id, publishedAt: $at) { status isPublic publishedAt } }`,
        { id: model.id, at },
        staff,
      )
    ).publishRoleModel;
    expect(published).toEqual({ status: 'PUBLISHED', isPublic: false, publishedAt: at });
    const listed = (await ok<any>(`{ roleModels(first: 100) { nodes { id } } }`, {}, anonymous)).roleModels.nodes.map((n: { id: string }) => n.id);
    expect(listed).not.toContain(model.id);
    expect(errorCode(await server.gql(`{ roleModelDesk(first: 5) { nodes { id } } }`, {}, fedAdmin.headers))).toBe('FORBIDDEN');
    expect((await auditOf(model.id)).map((a) => a.action)).toEqual(['role-model.published']);
  });
});

describe('the preview', () => {
  it('renders Markdown as the published page does', async () => {
    const body = '# 标题\n\n<script>alert(1)</script> [链接](https://example.org)';
    const preview = (await ok<any>(`query($s: String!) { previewMarkdown(source: $s) }`, { s: body }, teamAdmin.headers)).previewMarkdown;
    const article = await submitted({ body });
    const [{ bodyHtml }] = (await ok<any>(QUEUE, {}, staff)).newsAwaitingReview.nodes.filter((n: { id: string }) => n.id === article.id);
    expect(preview).toBe(bodyHtml);
    expect(preview).toContain('<h2>标题</h2>');
    expect(preview).not.toContain('<script>');
    expect(errorCode(await server.gql(`query($s: String!) { previewMarkdown(source: $s) }`, { s: body }, anonymous))).toBe('UNAUTHENTICATED');
  });
});
