// Contests (评比) from opening to results: who may open and run them, nominations by teams (their
// own members and activities, within the federation that runs it), essays by volunteers, review,
// the public vote (one per volunteer and category under 200 parallel requests; bursts from one
// address flagged exactly), the judging panel, the published ranking and a winner made a role model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { testOrm, testServer, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';

const ENTRY = `id kind title status voteCount flaggedVotes judgeScore judgeCount finalScore rank winner volunteer { id } project { id } organization { id }`;
const CREATE = `mutation($input: CreateContestInput!) { createContest(input: $input) { id status organizer { id } } }`;
const CATEGORY = `mutation($input: AddContestCategoryInput!) { addContestCategory(input: $input) { id kind places } }`;
const ADVANCE = `mutation($input: AdvanceContestInput!) { advanceContest(input: $input) { id status votingEndsAt } }`;
const NOMINATE = `mutation($input: NominateForContestInput!) { nominateForContest(input: $input) { ${ENTRY} } }`;
const ENTER = `mutation($input: EnterContestInput!) { enterContest(input: $input) { ${ENTRY} } }`;
const REVIEW = `mutation($input: ReviewContestEntryInput!) { reviewContestEntry(input: $input) { id status } }`;
const VOTE = `mutation($id: ID!) { voteForContestEntry(entryId: $id) { id voteCount } }`;
const JUDGE = `mutation($input: ContestJudgeInput!) { addContestJudge(input: $input) { id judges { id } } }`;
const SCORE = `mutation($input: ScoreContestEntryInput!) { scoreContestEntry(input: $input) { id viewerScore } }`;
const HONOUR = `mutation($input: HonourContestWinnerInput!) { honourContestWinner(input: $input) { id name honor citation status } }`;
const CONTEST = `query($id: ID!) { contest(id: $id) { id status viewerIsOrganizer viewerIsJudge categories { id name kind viewerVote
  entries(first: 100) { totalCount nodes { ${ENTRY} } } results { id rank winner finalScore judgeScore } } } }`;
const PUBLIC_LIST = `{ contests(first: 50) { nodes { id status } } }`;

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
let admin: Record<string, string>;
let coordinator: Record<string, string>;
let volunteer: Record<string, string>;
let crowd: CrowdMember[];
let yvaId: string;
let leagueId: string;
let streetId: string;
let volunteerId: string;
let volunteerNumber: string;
let projectId: string;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);
const from = (address: string, headers: Record<string, string>) => ({ ...headers, 'x-forwarded-for': address });

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

function refused(res: GraphQLResponse, code: string, reason: string): void {
  expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code, reason });
  expect(res.status).toBeLessThan(500);
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm, { trustProxy: 'loopback' });
  admin = await signIn(server, DEMO.admin);
  coordinator = await signIn(server, DEMO.coordinator);
  volunteer = await signIn(server, DEMO.volunteer);
  [{ id: yvaId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  [{ id: leagueId }] = await sql(`select id from organization where name = '共青团龙华区委'`);
  [{ id: streetId }] = await sql(`select id from organization where name = '龙华区滨海街道办事处'`);
  // The demo volunteer: a MEMBER of 龙华区青年志愿者协会.
  ({ id: volunteerId, volunteerNumber } = ok(await server.gql(`{ me { id volunteerNumber } }`, {}, volunteer)).me);
  [{ id: projectId }] = await sql(`select id from project where organization_id = ? and status = 'PUBLISHED' order by id limit 1`, [yvaId]);
  crowd = await createCrowd(databaseUrl(), 205);
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

describe('a platform contest from opening to results', () => {
  let contestId: string;
  let volunteerCategory: string;
  let essayCategory: string;
  let projectCategory: string;
  let nominee: string;
  let nominatedProject: string;
  const essays: string[] = [];

  it('is opened by platform staff only, in DRAFT, seen by nobody else', async () => {
    const input = { title: '2026 年度学雷锋志愿服务“三项评比”', description: '评选优秀志愿者、优秀项目和征文。', voteWeight: 40 };
    refused(await server.gql(CREATE, { input }, coordinator), 'FORBIDDEN', 'PLATFORM_STAFF_ONLY');
    refused(await server.gql(CREATE, { input }), 'UNAUTHENTICATED', 'SIGN_IN_REQUIRED');
    refused(await server.gql(CREATE, { input: { ...input, voteWeight: 101 } }, admin), 'BAD_USER_INPUT', 'OUT_OF_RANGE');
    refused(await server.gql(CREATE, { input: { ...input, title: '' } }, admin), 'BAD_USER_INPUT', 'REQUIRED');
    const created = ok(await server.gql(CREATE, { input }, admin)).createContest;
    expect(created).toMatchObject({ status: 'DRAFT', organizer: null });
    contestId = created.id;
    expect(ok(await server.gql(CONTEST, { id: contestId }, coordinator)).contest).toBeNull();
    expect(ok(await server.gql(PUBLIC_LIST)).contests.nodes.map((c: { id: string }) => c.id)).not.toContain(contestId);
    refused(await server.gql(ADVANCE, { input: { id: contestId, to: 'OPEN' } }, admin), 'BAD_USER_INPUT', 'REQUIRED');
    const add = (name: string, kind: string, places: number) =>
      server.gql(CATEGORY, { input: { contestId, name, kind, places } }, admin).then((r) => ok(r).addContestCategory.id as string);
    refused(await server.gql(CATEGORY, { input: { contestId, name: '优秀志愿者', kind: 'VOLUNTEER', places: 0 } }, admin), 'BAD_USER_INPUT', 'OUT_OF_RANGE');
    refused(
      await server.gql(CATEGORY, { input: { contestId, name: '优秀志愿者', kind: 'VOLUNTEER', places: 1 } }, coordinator),
      'FORBIDDEN',
      'PLATFORM_STAFF_ONLY',
    );
    volunteerCategory = await add('优秀志愿者', 'VOLUNTEER', 1);
    projectCategory = await add('优秀项目', 'PROJECT', 1);
    essayCategory = await add('征文', 'ESSAY', 2);
  });

  it('moves one phase at a time', async () => {
    refused(
      await server.gql(ADVANCE, { input: { id: contestId, to: 'VOTING', votingEndsAt: new Date(Date.now() + 86_400_000) } }, admin),
      'CONFLICT',
      'CONTEST_PHASE',
    );
    expect(ok(await server.gql(ADVANCE, { input: { id: contestId, to: 'OPEN' } }, admin)).advanceContest.status).toBe('OPEN');
    expect(ok(await server.gql(PUBLIC_LIST)).contests.nodes).toContainEqual({ id: contestId, status: 'OPEN' });
  });

  it('takes nominations from teams for their own members and activities, and essays from volunteers, once each', async () => {
    const nominate = (input: Record<string, unknown>, who = coordinator) =>
      server.gql(NOMINATE, { input: { organizationId: yvaId, title: '扎根社区的环保达人', statement: '三年来组织净滩活动 60 余次。', ...input } }, who);
    const stranger = crowd[204];
    refused(await nominate({ categoryId: volunteerCategory, volunteerId: stranger.id }), 'BAD_USER_INPUT', 'NOT_A_MEMBER');
    refused(await nominate({ categoryId: volunteerCategory, volunteerId }, volunteer), 'FORBIDDEN', 'TEAM_ROLE_REQUIRED');
    refused(await nominate({ categoryId: volunteerCategory }), 'BAD_USER_INPUT', 'REQUIRED');
    refused(await nominate({ categoryId: volunteerCategory, volunteerNumber: 'AX9999999999' }), 'BAD_USER_INPUT', 'VOLUNTEER_UNKNOWN');
    refused(await nominate({ categoryId: essayCategory, volunteerId }), 'BAD_USER_INPUT', 'WRONG_ENTRY_KIND');
    // By volunteer number, as the back office nominates.
    const entry = ok(await nominate({ categoryId: volunteerCategory, volunteerNumber })).nominateForContest;
    expect(entry).toMatchObject({ kind: 'VOLUNTEER', status: 'PENDING', voteCount: 0, volunteer: { id: volunteerId }, organization: { id: yvaId } });
    nominee = entry.id;
    refused(await nominate({ categoryId: volunteerCategory, volunteerId }), 'CONFLICT', 'ALREADY_ENTERED');
    const [{ id: otherProject }] = await sql(`select id from project where organization_id <> ? and status = 'PUBLISHED' limit 1`, [yvaId]);
    refused(await nominate({ categoryId: projectCategory, projectId: otherProject }), 'BAD_USER_INPUT', 'NOT_FOUND');
    nominatedProject = ok(await nominate({ categoryId: projectCategory, projectId, title: '滨海净滩行动' })).nominateForContest.id;

    const enter = (who: CrowdMember | { headers: Record<string, string> }, title: string) =>
      server.gql(ENTER, { input: { categoryId: essayCategory, title, statement: `${title}：那一天我们在海边……` } }, who.headers);
    refused(
      await server.gql(ENTER, { input: { categoryId: volunteerCategory, title: '我的志愿故事', statement: '正文' } }, crowd[0].headers),
      'BAD_USER_INPUT',
      'WRONG_ENTRY_KIND',
    );
    for (const [i, who] of crowd.slice(0, 3).entries()) essays.push(ok(await enter(who, `我的志愿故事 ${i + 1}`)).enterContest.id);
    refused(await enter(crowd[0], '再投一篇'), 'CONFLICT', 'ALREADY_ENTERED');
    refused(
      await server.gql(ENTER, { input: { categoryId: essayCategory, title: '标题', statement: '好'.repeat(5001) } }, crowd[3].headers),
      'BAD_USER_INPUT',
      'TOO_LONG',
    );

    // Before voting the public sees no entries; each writer sees their own.
    const seenByPublic = ok(await server.gql(CONTEST, { id: contestId })).contest.categories;
    expect(seenByPublic.map((c: any) => c.entries.totalCount)).toEqual([0, 0, 0]);
    const seenByWriter = ok(await server.gql(CONTEST, { id: contestId }, crowd[1].headers)).contest.categories[2].entries.nodes;
    expect(seenByWriter.map((e: { id: string }) => e.id)).toEqual([essays[1]]);
    expect(seenByWriter[0].flaggedVotes).toBeNull();
  });

  it('shows the entries the organisers accept once voting opens, and counts one vote per volunteer and category', async () => {
    refused(await server.gql(REVIEW, { input: { id: nominee, accept: true } }, coordinator), 'FORBIDDEN', 'PLATFORM_STAFF_ONLY');
    for (const id of [nominee, nominatedProject, essays[0], essays[1]]) {
      expect(ok(await server.gql(REVIEW, { input: { id, accept: true } }, admin)).reviewContestEntry.status).toBe('ACCEPTED');
    }
    expect(ok(await server.gql(REVIEW, { input: { id: essays[2], accept: false } }, admin)).reviewContestEntry.status).toBe('REJECTED');
    refused(await server.gql(VOTE, { id: nominee }, crowd[0].headers), 'CONFLICT', 'CONTEST_PHASE');
    refused(await server.gql(ADVANCE, { input: { id: contestId, to: 'VOTING' } }, admin), 'BAD_USER_INPUT', 'REQUIRED');
    refused(
      await server.gql(ADVANCE, { input: { id: contestId, to: 'VOTING', votingEndsAt: new Date(Date.now() - 1000) } }, admin),
      'BAD_USER_INPUT',
      'TIME_IN_PAST',
    );
    ok(await server.gql(ADVANCE, { input: { id: contestId, to: 'VOTING', votingEndsAt: new Date(Date.now() + 86_400_000) } }, admin));
    const shown = ok(await server.gql(CONTEST, { id: contestId })).contest.categories;
    expect(shown.map((c: any) => c.entries.nodes.map((e: { id: string }) => e.id))).toEqual([[nominee], [nominatedProject], [essays[0], essays[1]]]);
    refused(await server.gql(VOTE, { id: essays[2] }, crowd[0].headers), 'NOT_FOUND', 'NOT_FOUND');
    refused(await server.gql(VOTE, { id: nominee }), 'UNAUTHENTICATED', 'SIGN_IN_REQUIRED');

    // One volunteer, 200 requests at once: one vote.
    const voter = crowd[0];
    const burst = await Promise.all(Array.from({ length: 200 }, () => server.gql(VOTE, { id: essays[0] }, from('203.0.113.7', voter.headers))));
    expect(burst.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of burst.filter((x) => x.errors)) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_VOTED' });
    expect(burst.every((r) => r.status < 500)).toBe(true);
    // A vote for the other essay of the same category is refused too; another category takes one.
    refused(await server.gql(VOTE, { id: essays[1] }, from('203.0.113.7', voter.headers)), 'CONFLICT', 'ALREADY_VOTED');
    ok(await server.gql(VOTE, { id: nominee }, from('203.0.113.7', voter.headers)));
    const [{ n }] = await sql(`select count(*)::int as n from contest_vote where volunteer_id = ?`, [voter.id]);
    expect(n).toBe(2);
    const mine = ok(await server.gql(CONTEST, { id: contestId }, voter.headers)).contest.categories;
    expect(mine.map((c: { viewerVote: string | null }) => c.viewerVote)).toEqual([nominee, null, essays[0]]);
  });

  it('flags the votes of a burst from one address beyond the allowance, exactly, under 200 parallel voters', async () => {
    // 200 different volunteers from one address at once: all counted, all but the first five flagged.
    const voters = crowd.slice(1, 201);
    const replies = await Promise.all(voters.map((m) => server.gql(VOTE, { id: essays[1] }, from('198.51.100.9', m.headers))));
    expect(replies.filter((r) => r.errors)).toEqual([]);
    // Volunteers from their own addresses: none flagged.
    for (const [i, m] of crowd.slice(201, 204).entries()) ok(await server.gql(VOTE, { id: nominatedProject }, from(`192.0.2.${i + 1}`, m.headers)));
    const seen = ok(await server.gql(CONTEST, { id: contestId }, admin)).contest.categories;
    const essay = seen[2].entries.nodes.find((e: { id: string }) => e.id === essays[1]);
    expect(essay).toMatchObject({ voteCount: 200, flaggedVotes: 195 });
    expect(seen[1].entries.nodes[0]).toMatchObject({ voteCount: 3, flaggedVotes: 0 });
    // The public sees the count, never the flags.
    const publicEssay = ok(await server.gql(CONTEST, { id: contestId })).contest.categories[2].entries.nodes.find((e: { id: string }) => e.id === essays[1]);
    expect(publicEssay).toMatchObject({ voteCount: 200, flaggedVotes: null, judgeScore: null });
    const [{ total }] = await sql(`select sum(vote_count)::int as total from contest_entry where contest_id = ?`, [contestId]);
    const [{ votes }] = await sql(`select count(*)::int as votes from contest_vote where contest_id = ?`, [contestId]);
    expect(total).toBe(votes);
  });

  it('lets the judging panel score during JUDGING, and no one else', async () => {
    ok(await server.gql(JUDGE, { input: { contestId, volunteerNumber } }, admin));
    const [{ volunteer_number: judge2Number }] = await sql(`select volunteer_number from volunteer where id = ?`, [crowd[204].id]);
    const panel = ok(await server.gql(JUDGE, { input: { contestId, volunteerNumber: judge2Number } }, admin)).addContestJudge.judges;
    expect(panel).toHaveLength(2);
    refused(await server.gql(JUDGE, { input: { contestId, volunteerNumber: 'AX9999999999' } }, admin), 'BAD_USER_INPUT', 'VOLUNTEER_UNKNOWN');
    const [judgeA, judgeB] = [volunteer, crowd[204].headers];
    refused(await server.gql(SCORE, { input: { entryId: essays[0], score: 8 } }, judgeA), 'CONFLICT', 'CONTEST_PHASE');
    ok(await server.gql(ADVANCE, { input: { id: contestId, to: 'JUDGING' } }, admin));
    refused(await server.gql(VOTE, { id: nominatedProject }, crowd[0].headers), 'CONFLICT', 'CONTEST_PHASE');
    refused(await server.gql(SCORE, { input: { entryId: essays[0], score: 8 } }, crowd[3].headers), 'FORBIDDEN', 'JUDGES_ONLY');
    refused(await server.gql(SCORE, { input: { entryId: essays[0], score: 11 } }, judgeA), 'BAD_USER_INPUT', 'OUT_OF_RANGE');
    const judged = ok(await server.gql(CONTEST, { id: contestId }, judgeA)).contest;
    expect(judged).toMatchObject({ viewerIsJudge: true, viewerIsOrganizer: false });
    // Essay 0: 10 and 8 (mean 9) with 1 vote; essay 1: 5 and 5 with 200 votes. Scoring again changes a score.
    ok(await server.gql(SCORE, { input: { entryId: essays[0], score: 3 } }, judgeA));
    expect(ok(await server.gql(SCORE, { input: { entryId: essays[0], score: 10 } }, judgeA)).scoreContestEntry.viewerScore).toBe(10);
    ok(await server.gql(SCORE, { input: { entryId: essays[0], score: 8 } }, judgeB));
    for (const judge of [judgeA, judgeB]) ok(await server.gql(SCORE, { input: { entryId: essays[1], score: 5 } }, judge));
    ok(await server.gql(SCORE, { input: { entryId: nominee, score: 9 } }, judgeA));
    const counts = ok(await server.gql(CONTEST, { id: contestId }, admin)).contest.categories[2].entries.nodes.map((e: any) => e.judgeCount);
    expect(counts).toEqual([2, 2, 0]);
  });

  it('publishes a ranking that weighs the judges and the public vote, and makes a winner a role model in one step', async () => {
    ok(await server.gql(ADVANCE, { input: { id: contestId, to: 'PUBLISHED' } }, admin));
    refused(await server.gql(SCORE, { input: { entryId: essays[0], score: 1 } }, crowd[204].headers), 'CONFLICT', 'CONTEST_PHASE');
    const categories = ok(await server.gql(CONTEST, { id: contestId })).contest.categories;
    // Vote weight 40: essay 0 = 60 × 9/10 + 40 × 1/200 = 54.2; essay 1 = 60 × 5/10 + 40 × 200/200 = 70.
    expect(categories[2].results).toEqual([
      { id: essays[1], rank: 1, winner: true, finalScore: 70, judgeScore: 5 },
      { id: essays[0], rank: 2, winner: true, finalScore: 54.2, judgeScore: 9 },
    ]);
    // One place: the nominee (9 from one judge, 1 vote of 1) wins alone in its category.
    expect(categories[0].results).toEqual([{ id: nominee, rank: 1, winner: true, finalScore: 94, judgeScore: 9 }]);
    // The rejected essay has no place.
    const [{ rank }] = await sql(`select rank from contest_entry where id = ?`, [essays[2]]);
    expect(rank).toBeNull();

    refused(await server.gql(HONOUR, { input: { entryId: nominee } }, coordinator), 'FORBIDDEN', 'PLATFORM_STAFF_ONLY');
    refused(await server.gql(HONOUR, { input: { entryId: nominatedProject } }, admin), 'BAD_USER_INPUT', 'NOT_A_WINNER');
    const model = ok(await server.gql(HONOUR, { input: { entryId: nominee, name: '李海燕' } }, admin)).honourContestWinner;
    expect(model).toMatchObject({
      name: '李海燕',
      honor: '2026 年度学雷锋志愿服务“三项评比” 优秀志愿者',
      citation: '三年来组织净滩活动 60 余次。',
      status: 'PUBLISHED',
    });
    expect(ok(await server.gql(HONOUR, { input: { entryId: nominee } }, admin)).honourContestWinner.id).toBe(model.id);
    const listed = ok(await server.gql(`{ roleModels(first: 100) { nodes { id } } }`)).roleModels.nodes.map((m: { id: string }) => m.id);
    expect(listed).toContain(model.id);
  });
});

describe('a federation contest', () => {
  it('is run by the federation’s ADMINs and takes nominations from its own teams only', async () => {
    const input = { title: '龙华区优秀青年志愿者评选', description: '团区委主办。', organizerId: leagueId };
    refused(await server.gql(CREATE, { input }, coordinator), 'FORBIDDEN', 'TEAM_ROLE_REQUIRED');
    refused(await server.gql(CREATE, { input: { ...input, organizerId: yvaId } }, admin), 'FORBIDDEN', 'NOT_ALLOWED');
    const contest = ok(await server.gql(CREATE, { input }, admin)).createContest;
    expect(contest.organizer).toEqual({ id: leagueId });
    const [{ id: leagueAdmin }] = await sql(`select volunteer_id as id from membership where organization_id = ? and role = 'ADMIN' limit 1`, [leagueId]);
    const managed = await sql(`select count(*)::int as n from membership where volunteer_id = ? and organization_id = ?`, [leagueAdmin, leagueId]);
    expect(managed[0].n).toBe(1);
    const categoryId = ok(await server.gql(CATEGORY, { input: { contestId: contest.id, name: '优秀志愿者', kind: 'VOLUNTEER', places: 3 } }, admin))
      .addContestCategory.id;
    ok(await server.gql(ADVANCE, { input: { id: contest.id, to: 'OPEN' } }, admin));
    const [{ vid }] = await sql(`select volunteer_id as vid from membership where organization_id = ? limit 1`, [streetId]);
    refused(
      await server.gql(NOMINATE, { input: { categoryId, organizationId: streetId, volunteerId: vid, title: '街道志愿者', statement: '理由' } }, admin),
      'FORBIDDEN',
      'OUTSIDE_FEDERATION',
    );
    const child = await server.gql(
      NOMINATE,
      { input: { categoryId, organizationId: yvaId, volunteerId, title: '青年志愿者', statement: '理由' } },
      coordinator,
    );
    expect(ok(child).nominateForContest.organization).toEqual({ id: yvaId });
    const mine = ok(await server.gql(`{ managedContests(first: 10) { nodes { id } } }`, {}, coordinator)).managedContests.nodes;
    expect(mine).toEqual([]);
  });
});
