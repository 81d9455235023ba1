// Team messages (群发通知) against real PostgreSQL: a COORDINATOR previews how many a message
// reaches and sends it to the team's members or to one shift's volunteers (not those who
// cancelled), each finds it in their inbox; only the team's COORDINATOR/ADMIN may; a retry with
// the same key sends once; a team's daily limit holds under parallel sends; the report counts
// who has read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../api/src/common/settings.js';
import { newId } from '../../api/src/common/ids.js';
import { activitiesStage, type ActivitiesStage } from '../helpers/activities.js';
import { errorCode, type GraphQLResponse } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';

let stage: ActivitiesStage;
const PER_DAY = 4;

function ok<T = any>(res: GraphQLResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

const SEND = `mutation($input: SendBroadcastInput!) { sendBroadcast(input: $input) { id audience title body recipientCount readCount shift { id } author { id } } }`;
const AUDIENCE = `query($org: ID!, $shift: ID) { broadcastAudience(organizationId: $org, shiftId: $shift) }`;
const INBOX = `{ me { notifications(first: 5) { nodes { id kind title body organization { name } shift { id } } } } }`;
const REPORT = `query($id: ID!) { node(id: $id) { ... on Organization { broadcasts(first: 10) { nodes { id recipientCount readCount } } } } }`;

beforeAll(async () => {
  stage = await activitiesStage(4, { settings: { ...DEFAULT_SETTINGS, broadcastsPerDay: PER_DAY } });
});

afterAll(() => stage?.close());

describe('team messages', () => {
  it("reach the team's members, previewed first; each finds it in their inbox, and the report counts who read it", async () => {
    const { server, coordinator, orgId, crowd, sql } = stage;
    const [member] = crowd;
    // A member of the team (it takes members by approved request; the approval is not what is tested here).
    await sql(`insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'MEMBER')`, [newId('mem'), orgId, member.id]);
    const [{ n: members }] = await sql<{ n: number }>(`select count(*)::int as n from membership where organization_id = ?`, [orgId]);
    const audience = ok(await server.gql(AUDIENCE, { org: orgId }, coordinator)).broadcastAudience;
    expect(audience).toBe(members - 1); // everyone but the sender

    const sent = ok(
      await server.gql(SEND, { input: { organizationId: orgId, title: '本周六集合时间调整', body: '请于 8:30 到达服务点签到。' } }, coordinator),
    ).sendBroadcast;
    expect(sent).toMatchObject({ audience: 'MEMBERS', title: '本周六集合时间调整', recipientCount: audience, readCount: 0, shift: null });
    const inbox = ok(await server.gql(INBOX, {}, member.headers)).me.notifications.nodes;
    expect(inbox[0]).toMatchObject({
      kind: 'TEAM_MESSAGE',
      title: '本周六集合时间调整',
      body: '请于 8:30 到达服务点签到。',
      organization: { name: '龙华区青年志愿者协会' },
    });
    const [{ n: entries }] = await sql<{ n: number }>(`select count(*)::int as n from outbox where topic = 'team.message' and payload->>'broadcastId' = ?`, [
      sent.id,
    ]);
    expect(entries).toBe(audience);

    ok(await server.gql(`mutation { markNotificationsRead }`, {}, member.headers));
    const report = ok(await server.gql(REPORT, { id: orgId }, coordinator)).node.broadcasts.nodes;
    expect(report.find((b: any) => b.id === sent.id)).toEqual({ id: sent.id, recipientCount: audience, readCount: 1 });
  });

  it("reach one shift's volunteers, not those who cancelled", async () => {
    const { server, coordinator, orgId, crowd } = stage;
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const created = ok(
      await server.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
        { input: { organizationId: orgId, title: '群发测试：河道清洁', summary: '通知报名者', shifts: [{ startsAt: at(30), endsAt: at(33), capacity: 5 }] } },
        coordinator,
      ),
    ).createProject;
    const shiftId = created.shifts[0].id;
    ok(await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: created.id }, coordinator));
    const [, a, b, c] = crowd;
    const ids: Record<string, string> = {};
    for (const m of [a, b, c])
      ids[m.id] = ok(await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { id } }`, { input: { shiftId } }, m.headers)).signUp.id;
    ok(await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: ids[c.id] }, c.headers));

    expect(ok(await server.gql(AUDIENCE, { org: orgId, shift: shiftId }, coordinator)).broadcastAudience).toBe(2);
    const sent = ok(
      await server.gql(SEND, { input: { organizationId: orgId, shiftId, title: '请带好手套', body: '明早 7 点河堤集合。' } }, coordinator),
    ).sendBroadcast;
    expect(sent).toMatchObject({ audience: 'SHIFT', recipientCount: 2, shift: { id: shiftId } });
    for (const m of [a, b])
      expect(ok(await server.gql(INBOX, {}, m.headers)).me.notifications.nodes[0]).toMatchObject({
        kind: 'TEAM_MESSAGE',
        title: '请带好手套',
        shift: { id: shiftId },
      });
    expect(ok(await server.gql(INBOX, {}, c.headers)).me.notifications.nodes.some((n: any) => n.title === '请带好手套')).toBe(false);
  });

  it("are sent by the team's COORDINATOR or ADMIN only, with their text checked", async () => {
    const { server, coordinator, orgId } = stage;
    const volunteer = await signIn(server, DEMO.volunteer);
    const input = { organizationId: orgId, title: '无权发送', body: '这条不应发出。' };
    expect(errorCode(await server.gql(SEND, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(SEND, { input }, volunteer))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(AUDIENCE, { org: orgId }, volunteer))).toBe('FORBIDDEN');
    const [other] = await stage.sql<{ id: string }>(`select s.id from shift s join project p on p.id = s.project_id where p.organization_id <> ? limit 1`, [
      orgId,
    ]);
    expect(errorCode(await server.gql(SEND, { input: { ...input, shiftId: other.id } }, coordinator))).toBe('NOT_FOUND');
    const short = await server.gql(SEND, { input: { ...input, title: '短' } }, coordinator);
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].extensions!.field).toBe('title');
  });

  it('are sent once for one key, and at most the daily limit, even in parallel', async () => {
    const { server, coordinator, orgId, sql } = stage;
    const keyed = { organizationId: orgId, title: '重复提交测试', body: '同一个键只发一次。', idempotencyKey: 'broadcast-once-1' };
    const [first, again] = await Promise.all([server.gql(SEND, { input: keyed }, coordinator), server.gql(SEND, { input: keyed }, coordinator)]);
    expect(ok(first).sendBroadcast.id).toBe(ok(again).sendBroadcast.id);
    const [{ n: sentSoFar }] = await sql<{ n: number }>(`select count(*)::int as n from broadcast where organization_id = ?`, [orgId]);
    expect(sentSoFar).toBe(3);

    const tries = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        server.gql(SEND, { input: { organizationId: orgId, title: `并发通知 ${i}`, body: '只应发出到上限为止。' } }, coordinator),
      ),
    );
    expect(tries.filter((r) => !r.errors)).toHaveLength(PER_DAY - sentSoFar);
    const refused = tries.filter((r) => r.errors);
    expect(refused.map(errorCode)).toEqual(refused.map(() => 'RATE_LIMITED'));
    expect(refused[0].errors![0].extensions!.retryAfter).toBeGreaterThan(86_000);
    const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from broadcast where organization_id = ?`, [orgId]);
    expect(n).toBe(PER_DAY);
  });
});
