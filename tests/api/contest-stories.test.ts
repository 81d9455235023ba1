// A contest essay entered with one of the writer's own published stories (志愿心得): the entry links
// to the story and takes its title and text unless others are given; someone else's story, an
// unpublished one or no such story is refused with its reason; a story taken down is no longer linked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';
import { endedShifts } from '../helpers/ledger.js';

const ENTER = `mutation($input: EnterContestInput!) { enterContest(input: $input) { id title statement story { id title } } }`;
const WRITE = `mutation($input: WriteStoryInput!) { writeStory(input: $input) { id } }`;
const REVIEW = `mutation($input: ReviewStoryInput!) { reviewStory(input: $input) { id } }`;

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let writers: CrowdMember[];
let categoryId: string;
let projectId: string;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function refused(res: GraphQLResponse, code: string, reason: string): void {
  expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code, reason, field: 'storyId' });
  expect(res.status).toBeLessThan(500);
}

async function story(who: CrowdMember, title: string, publish: boolean): Promise<string> {
  const id = ok(await server.gql(WRITE, { input: { projectId, title, body: `${title}：那天我们在海边清理垃圾。` } }, who.headers)).writeStory.id;
  if (publish) ok(await server.gql(REVIEW, { input: { id, approve: true } }, coordinator));
  return id;
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  admin = await signIn(server, DEMO.admin);
  coordinator = await signIn(server, DEMO.coordinator);
  const [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  writers = await createCrowd(databaseUrl(), 4);
  const ended = await endedShifts(server, orm, coordinator, orgId, writers);
  projectId = ended.projectId;
  await sql(`update signup set status = 'ATTENDED', checked_in_at = now() - interval '2 hours' where shift_id = ?`, [ended.shiftIds[0]]);
  const contestId = ok(
    await server.gql(
      `mutation($input: CreateContestInput!) { createContest(input: $input) { id } }`,
      { input: { title: '志愿故事征文', description: '讲述你的志愿故事。' } },
      admin,
    ),
  ).createContest.id;
  categoryId = ok(
    await server.gql(
      `mutation($input: AddContestCategoryInput!) { addContestCategory(input: $input) { id } }`,
      { input: { contestId, name: '征文', kind: 'ESSAY', places: 1 } },
      admin,
    ),
  ).addContestCategory.id;
  ok(await server.gql(`mutation($input: AdvanceContestInput!) { advanceContest(input: $input) { id } }`, { input: { id: contestId, to: 'OPEN' } }, admin));
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe('entering a contest with a story', () => {
  it("takes the writer's own published story, its title and text by default, and links to it", async () => {
    const [a] = writers;
    const id = await story(a, '海边的清晨', true);
    const entry = ok(await server.gql(ENTER, { input: { categoryId, storyId: id } }, a.headers)).enterContest;
    expect(entry).toMatchObject({ title: '海边的清晨', statement: '海边的清晨：那天我们在海边清理垃圾。', story: { id, title: '海边的清晨' } });
  });

  it('keeps a title and text given with the story', async () => {
    const b = writers[1];
    const id = await story(b, '一次难忘的活动', true);
    const entry = ok(await server.gql(ENTER, { input: { categoryId, storyId: id, title: '我的征文', statement: '改写后的正文' } }, b.headers)).enterContest;
    expect(entry).toMatchObject({ title: '我的征文', statement: '改写后的正文', story: { id } });
  });

  it("refuses someone else's story, an unpublished one and a story that does not exist", async () => {
    const [a, , c, d] = writers;
    const others = await story(a, '别人的心得', true);
    refused(await server.gql(ENTER, { input: { categoryId, storyId: others } }, c.headers), 'BAD_USER_INPUT', 'NOT_YOUR_STORY');
    const pending = await story(c, '还在审核', false);
    refused(await server.gql(ENTER, { input: { categoryId, storyId: pending } }, c.headers), 'BAD_USER_INPUT', 'STORY_NOT_PUBLISHED');
    refused(await server.gql(ENTER, { input: { categoryId, storyId: 'sty_nothing' } }, c.headers), 'BAD_USER_INPUT', 'NOT_FOUND');
    // Without a story, the essay's title and text are still required.
    const bare = await server.gql(ENTER, { input: { categoryId } }, d.headers);
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'title' });
  });

  it('no longer links a story that was taken down', async () => {
    const d = writers[3];
    const id = await story(d, '后来被撤下的心得', true);
    const entry = ok(await server.gql(ENTER, { input: { categoryId, storyId: id } }, d.headers)).enterContest;
    ok(await server.gql(`mutation($input: HideStoryInput!) { hideStory(input: $input) { id } }`, { input: { id, reason: '含有个人信息' } }, admin));
    const again = ok(await server.gql(`query($id: ID!) { node(id: $id) { ... on ContestEntry { story { id } title } } }`, { id: entry.id }, admin)).node;
    expect(again).toEqual({ story: null, title: '后来被撤下的心得' });
  });
});
