// Ratings of activities: only attendees rate, once, after the activity; scores 1..5 and the
// comment rules; the team reads them without names, others cannot; staff hide an abusive
// comment (audited) and it disappears from every answer; the public summaries, and their cost
// in a list (a fixed number of SQL statements, as tests/api/sql-count.test.ts checks for lists).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { errorCode, gql, type BoundGql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';
import { endedShifts, RECORD, REVERSE } from '../helpers/ledger.js';
import { countingOrm } from '../helpers/sql-log.js';

const RATE = `mutation($input: RateProjectInput!) { rateProject(input: $input) { id score comment commentHidden createdAt project { id } } }`;
const HIDE = `mutation($input: HideRatingInput!) { hideRating(input: $input) { id score comment commentHidden } }`;
const TEAM = `query($id: ID!) { organization(id: $id) { ratings(first: 50) { totalCount nodes { id score comment commentHidden createdAt project { id title } } } } }`;
const SUMMARY = `query($id: ID!) { project(id: $id) { rating { average count } organization { rating { average count } } } }`;

let orm: MikroORM;
let statements: string[];
let server: RunningServer & { gql: BoundGql };
let changes = 0;
let coordinator: Record<string, string>;
let admin: Record<string, string>;
let orgId: string;
let crowd: CrowdMember[];
let projectId: string;
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

beforeAll(async () => {
  ({ orm, statements } = await countingOrm());
  const running = await startServer(
    { orm, vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false), development: false, onSiteChange: () => changes++ },
    0,
    '127.0.0.1',
  );
  const bound: BoundGql = (q, v, h) => gql(`${running.url}/graphql`, q, v, h);
  server = Object.assign(running, { gql: bound });
  coordinator = await signIn(server, DEMO.coordinator);
  admin = await signIn(server, DEMO.admin);
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  crowd = await createCrowd(databaseUrl(), 6);
  // a: service time recorded; b: marked present; c: signed up, never came; d: never signed up;
  // e: a record that was reversed (so none); f: present at a shift still to come.
  const [a, b, c, , e] = crowd;
  const ended = await endedShifts(server, orm, coordinator, orgId, [a, b, c, e]);
  projectId = ended.projectId;
  const shiftId = ended.shiftIds[0];
  const recorded = await server.gql(
    RECORD,
    {
      input: {
        shiftId,
        entries: [
          { volunteerId: a.id, minutes: 120 },
          { volunteerId: e.id, minutes: 60 },
        ],
      },
    },
    coordinator,
  );
  expect(recorded.errors).toBeUndefined();
  const eEntry = recorded.data.recordHours.find((x: { volunteer: { id: string } }) => x.volunteer.id === e.id);
  expect((await server.gql(REVERSE, { input: { entryId: eEntry.id, reason: '未实际到场' } }, coordinator)).errors).toBeUndefined();
  await sql(`update signup set status = 'ATTENDED', checked_in_at = now() - interval '2 hours' where shift_id = ? and volunteer_id = ?`, [shiftId, b.id]);
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

const rate = (who: CrowdMember | null, input: Record<string, unknown>) => server.gql(RATE, { input: { projectId, ...input } }, who?.headers);

describe('rateProject', () => {
  it('is for volunteers who attended, after the activity', async () => {
    const [, , c, d, e, f] = crowd;
    expect(errorCode(await rate(null, { score: 5 }))).toBe('UNAUTHENTICATED');
    for (const who of [c, d, e]) expect(errorCode(await rate(who, { score: 5 }))).toBe('FORBIDDEN');
    // Present at a shift that has not ended yet: not yet.
    const upcoming = await server.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
      {
        input: {
          organizationId: orgId,
          title: '未结束的活动',
          summary: '测试',
          shifts: [{ startsAt: new Date(Date.now() + 3_600_000).toISOString(), endsAt: new Date(Date.now() + 7_200_000).toISOString(), capacity: 5 }],
        },
      },
      coordinator,
    );
    const upcomingId = upcoming.data.createProject.id;
    expect((await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: upcomingId }, coordinator)).errors).toBeUndefined();
    await sql(`insert into signup (id, shift_id, volunteer_id, status) values ('sgn_' || substr(md5(random()::text), 1, 26), ?, ?, 'ATTENDED')`, [
      upcoming.data.createProject.shifts[0].id,
      f.id,
    ]);
    const early = await server.gql(RATE, { input: { projectId: upcomingId, score: 4 } }, f.headers);
    expect(early.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ATTENDED' });
    expect(errorCode(await server.gql(RATE, { input: { projectId: 'prj_00000000000000000000000000', score: 4 } }, f.headers))).toBe('NOT_FOUND');
    expect(Number((await sql(`select count(*) as n from rating where project_id in (?, ?)`, [projectId, upcomingId]))[0].n)).toBe(0);
    // Nobody has rated it: no average.
    expect((await server.gql(SUMMARY, { id: upcomingId })).data.project.rating).toEqual({ average: null, count: 0 });
  });

  it('takes a whole score from 1 to 5 and an optional comment of at most 500 characters', async () => {
    const [a] = crowd;
    for (const score of [0, 6, -1]) {
      const res = await rate(a, { score });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('score');
    }
    const long = await rate(a, { score: 4, comment: '好'.repeat(501) });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!.field).toBe('comment');
    expect(errorCode(await rate(a, { score: 4, comment: 'a\u0000b' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await rate(a, { score: 4, idempotencyKey: '' }))).toBe('BAD_USER_INPUT');
    expect(Number((await sql(`select count(*) as n from rating where project_id = ?`, [projectId]))[0].n)).toBe(0);
  });

  it('rates once: a replay answers the first rating, a second rating is refused, and the public site is rebuilt', async () => {
    const [a, b] = crowd;
    const before = changes;
    const first = await rate(a, { score: 5, comment: '  组织有序，讲解清楚。  ', idempotencyKey: 'rate-1' });
    expect(first.errors).toBeUndefined();
    expect(first.data.rateProject).toMatchObject({ score: 5, comment: '组织有序，讲解清楚。', commentHidden: false, project: { id: projectId } });
    expect(changes).toBe(before + 1);
    const replay = await rate(a, { score: 5, comment: '  组织有序，讲解清楚。  ', idempotencyKey: 'rate-1' });
    expect(replay.data.rateProject.id).toBe(first.data.rateProject.id);
    expect(errorCode(await rate(a, { score: 1, idempotencyKey: 'rate-1' }))).toBe('IDEMPOTENCY_KEY_REUSED');
    const again = await rate(a, { score: 1 });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RATED', field: 'projectId' });
    expect(changes).toBe(before + 2);
    // Marked present without a record yet: may rate too; an empty comment is none.
    const second = await rate(b, { score: 2, comment: '   ' });
    expect(second.errors).toBeUndefined();
    expect(second.data.rateProject.comment).toBeNull();
    expect((await sql(`select score from rating where project_id = ? order by score`, [projectId])).map((r) => r.score)).toEqual([2, 5]);
  });

  it('lists the activities a volunteer attended with their own rating, to them only', async () => {
    const [a, , c] = crowd;
    const MINE = `{ me { id attendedProjects(first: 10) { nodes { id viewerRating { score comment } } } } }`;
    const mine = await server.gql(MINE, {}, a.headers);
    expect(mine.data.me.attendedProjects.nodes).toEqual([{ id: projectId, viewerRating: { score: 5, comment: '组织有序，讲解清楚。' } }]);
    expect((await server.gql(MINE, {}, c.headers)).data.me.attendedProjects.nodes).toEqual([]);
    const other = await server.gql(`query($id: ID!) { node(id: $id) { ... on Volunteer { attendedProjects { totalCount } } } }`, { id: a.id }, coordinator);
    expect(other.data.node.attendedProjects).toBeNull();
  });
});

describe('the team reads its ratings', () => {
  it('its ADMINs and COORDINATORs and platform staff, without the writers’ names; nobody else', async () => {
    const [a] = crowd;
    const team = await server.gql(TEAM, { id: orgId }, coordinator);
    expect(team.errors).toBeUndefined();
    const { nodes, totalCount } = team.data.organization.ratings;
    // With any the demo data gave the team's earlier activities; these two are the newest.
    const [{ n }] = await sql(`select count(*)::int as n from rating where organization_id = ?`, [orgId]);
    expect(totalCount).toBe(n);
    expect(nodes.slice(0, 2).map((r: { score: number }) => r.score)).toEqual([2, 5]);
    expect(nodes[1]).toMatchObject({ comment: '组织有序，讲解清楚。', project: { id: projectId } });
    expect((await server.gql(TEAM, { id: orgId }, admin)).data.organization.ratings.totalCount).toBe(n);
    const byProject = await server.gql(`query($id: ID!) { project(id: $id) { ratings { nodes { score } } } }`, { id: projectId }, coordinator);
    expect(byProject.data.project.ratings.nodes).toHaveLength(2);

    // No field of a rating names its writer.
    const type = await server.gql(`{ __type(name: "Rating") { fields { name } } }`);
    expect(type.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'comment',
      'commentHidden',
      'createdAt',
      'id',
      'organization',
      'project',
      'score',
    ]);

    const member = await server.gql(TEAM, { id: orgId }, a.headers);
    expect(member.data.organization.ratings).toBeNull();
    expect(errorCode(member)).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(TEAM, { id: orgId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(`query($id: ID!) { project(id: $id) { ratings { totalCount } } }`, { id: projectId }, a.headers))).toBe('FORBIDDEN');
    // node(id): its writer and the team, not another volunteer.
    const id = nodes[1].id;
    const NODE = `query($id: ID!) { node(id: $id) { ... on Rating { score } } }`;
    expect((await server.gql(NODE, { id }, a.headers)).data.node).toEqual({ score: 5 });
    expect((await server.gql(NODE, { id }, coordinator)).data.node).toEqual({ score: 5 });
    expect((await server.gql(NODE, { id }, crowd[1].headers)).data.node).toBeNull();
    expect((await server.gql(NODE, { id })).data.node).toBeNull();
  });
});

describe('public summaries', () => {
  it('give the average and count of an activity and of its team, to anyone', async () => {
    const res = await server.gql(SUMMARY, { id: projectId });
    expect(res.errors).toBeUndefined();
    expect(res.data.project.rating).toEqual({ average: 3.5, count: 2 });
    // A team's scores: its activities' ratings and the requesters' scores of the needs it served.
    const scores = `(select organization_id, score from rating
      union all select c.organization_id, r.score from service_request_claim c join service_request r on r.id = c.request_id where r.score is not null) s`;
    const [expected] = await sql(`select round(avg(score), 2)::float as average, count(*)::int as count from ${scores} where organization_id = ?`, [orgId]);
    expect(res.data.project.organization.rating).toEqual(expected);
    // Every team's, in one list.
    const teams = await server.gql(`{ organizations(first: 100) { nodes { id rating { average count } } } }`);
    const rows = await sql(
      `select organization_id as id, round(avg(score), 2)::float as average, count(*)::int as count from ${scores} group by organization_id`,
    );
    // The demo data rated other teams' activities that are over.
    expect(rows.length).toBeGreaterThan(5);
    const byId = new Map(rows.map((r) => [r.id, { average: r.average, count: r.count }]));
    for (const o of teams.data.organizations.nodes) expect(o.rating, o.id).toEqual(byId.get(o.id) ?? { average: null, count: 0 });
  });

  it('cost a fixed number of SQL statements in a list of activities and teams, whatever its length', async () => {
    const counts: number[] = [];
    for (const first of [5, 40]) {
      statements.length = 0;
      const res = await server.gql(
        `query($first: Int) { projects(first: $first) { nodes { rating { average count } organization { rating { average count } } } } }`,
        { first },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.projects.nodes.length).toBeGreaterThan(first === 5 ? 4 : 30);
      counts.push(statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0], 'page, organisations, and one summary query each').toBeLessThanOrEqual(4);
  });
});

describe('hideRating', () => {
  it('is for platform staff, with a reason; the comment disappears from every answer, the score still counts; audited', async () => {
    const [a] = crowd;
    const [{ id }] = await sql(`select id from rating where project_id = ? and score = 5`, [projectId]);
    expect(errorCode(await server.gql(HIDE, { input: { id, reason: '含有辱骂内容' } }, coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(HIDE, { input: { id, reason: '含有辱骂内容' } }, a.headers))).toBe('FORBIDDEN');
    const short = await server.gql(HIDE, { input: { id, reason: ' ' } }, admin);
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].extensions!.field).toBe('reason');
    expect(errorCode(await server.gql(HIDE, { input: { id: 'rat_00000000000000000000000000', reason: '含有辱骂内容' } }, admin))).toBe('NOT_FOUND');
    const [{ id: noComment }] = await sql(`select id from rating where project_id = ? and score = 2`, [projectId]);
    expect(errorCode(await server.gql(HIDE, { input: { id: noComment, reason: '含有辱骂内容' } }, admin))).toBe('BAD_USER_INPUT');

    const queue = await server.gql(`{ staffRatings(first: 10) { totalCount nodes { id comment commentHidden organization { id } } } }`, {}, admin);
    // Newest first: this one, then the demo data's, every one with a comment.
    expect(queue.data.staffRatings.nodes[0]).toEqual({ id, comment: '组织有序，讲解清楚。', commentHidden: false, organization: { id: orgId } });
    expect(queue.data.staffRatings.totalCount).toBe(Number((await sql(`select count(*) as n from rating where comment is not null`))[0].n));
    expect(queue.data.staffRatings.nodes.every((r: { comment: string | null }) => r.comment)).toBe(true);
    expect(errorCode(await server.gql(`{ staffRatings { totalCount } }`, {}, coordinator))).toBe('FORBIDDEN');

    const hidden = await server.gql(HIDE, { input: { id, reason: '含有辱骂内容' } }, admin);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data.hideRating).toMatchObject({ id, score: 5, comment: null, commentHidden: true });

    const team = await server.gql(TEAM, { id: orgId }, coordinator);
    expect(team.data.organization.ratings.nodes.find((n: { id: string }) => n.id === id)).toMatchObject({ comment: null, commentHidden: true, score: 5 });
    expect((await server.gql(`{ staffRatings(first: 10) { nodes { id comment commentHidden } } }`, {}, admin)).data.staffRatings.nodes[0]).toEqual({
      id,
      comment: null,
      commentHidden: true,
    });
    expect(
      (await server.gql(`{ me { attendedProjects { nodes { viewerRating { comment commentHidden } } } } }`, {}, a.headers)).data.me.attendedProjects.nodes[0]
        .viewerRating,
    ).toEqual({ comment: null, commentHidden: true });
    expect((await server.gql(`query($id: ID!) { node(id: $id) { ... on Rating { comment } } }`, { id }, a.headers)).data.node).toEqual({ comment: null });
    expect((await server.gql(SUMMARY, { id: projectId })).data.project.rating).toEqual({ average: 3.5, count: 2 });

    const audit = await sql(`select actor_id, detail from audit_log where action = 'rating.comment-hidden' and subject_id = ?`, [id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].detail).toMatchObject({ projectId, organizationId: orgId, reason: '含有辱骂内容' });
  });
});
