// The volunteer's inbox: a place from the waitlist and a cancelled activity reach the volunteer
// concerned, and nobody else; messages are marked read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitiesStage, publishedShift as publishShift, type ActivitiesStage } from '../helpers/activities.js';
import { errorCode } from '../helpers/api.js';

let stage: ActivitiesStage;
const INBOX = `{ me { id unreadNotificationCount notifications(first: 10) { totalCount nodes {
  id kind read reason createdAt project { id title status } shift { id startsAt } signup { id status } } } } }`;

beforeAll(async () => {
  stage = await activitiesStage(3);
});
afterAll(async () => {
  await stage?.close();
});

const publishedShift = (title: string, startsInHours = 48) => publishShift(stage, title, { startsInHours });

describe('notifications', () => {
  it('tells a waitlisted volunteer their place came free, and only them; marks read', async () => {
    const { server, crowd } = stage;
    const [first, second, third] = crowd;
    const { projectId, shiftId } = await publishedShift('测试：候补转正通知');
    const signUp = (h: Record<string, string>) => server.gql(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }`, { s: shiftId }, h);
    const a = await signUp(first.headers);
    const b = await signUp(second.headers);
    expect([a.data.signUp.status, b.data.signUp.status]).toEqual(['CONFIRMED', 'WAITLISTED']);
    expect((await server.gql(INBOX, {}, second.headers)).data.me).toMatchObject({ unreadNotificationCount: 0, notifications: { totalCount: 0 } });

    expect((await server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: a.data.signUp.id }, first.headers)).errors).toBeUndefined();
    const inbox = (await server.gql(INBOX, {}, second.headers)).data.me;
    expect(inbox.unreadNotificationCount).toBe(1);
    expect(inbox.notifications.nodes).toEqual([
      expect.objectContaining({
        kind: 'WAITLIST_PROMOTED',
        read: false,
        reason: null,
        project: { id: projectId, title: '测试：候补转正通知', status: 'PUBLISHED' },
        shift: expect.objectContaining({ id: shiftId }),
        signup: { id: b.data.signUp.id, status: 'CONFIRMED' },
      }),
    ]);
    // Nobody else reads it: not the one who cancelled, not a stranger, not through the node.
    for (const other of [first, third]) expect((await server.gql(INBOX, {}, other.headers)).data.me.notifications.totalCount).toBe(0);
    const peek = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Volunteer { unreadNotificationCount notifications { totalCount } } } }`,
      { id: second.id },
      third.headers,
    );
    expect(errorCode(peek)).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(`mutation { markNotificationsRead }`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(`mutation { markNotificationsRead(upTo: "1 or 1=1") }`, {}, second.headers))).toBe('BAD_USER_INPUT');

    // Marking read touches only the volunteer's own messages.
    expect((await server.gql(`mutation { markNotificationsRead }`, {}, third.headers)).data.markNotificationsRead).toBe(0);
    const marked = await server.gql(`mutation($id: ID!) { markNotificationsRead(upTo: $id) }`, { id: inbox.notifications.nodes[0].id }, second.headers);
    expect(marked.data.markNotificationsRead).toBe(1);
    const after = (await server.gql(INBOX, {}, second.headers)).data.me;
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.nodes[0].read).toBe(true);
  });

  it('tells everyone signed up that an activity was cancelled, with the reason, newest first', async () => {
    const { server, crowd, coordinator } = stage;
    const [, , volunteer] = crowd;
    const older = await publishedShift('测试：较早取消的活动');
    // Later the same week: one volunteer cannot hold two places at the same time.
    const newer = await publishedShift('测试：较晚取消的活动', 72);
    for (const { shiftId } of [older, newer]) {
      const res = await server.gql(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { status } }`, { s: shiftId }, volunteer.headers);
      expect(res.data.signUp.status).toBe('CONFIRMED');
    }
    for (const [{ projectId }, reason] of [
      [older, '台风预警'],
      [newer, '场地检修'],
    ] as const) {
      const res = await server.gql(
        `mutation($id: ID!, $r: String!) { cancelProject(id: $id, reason: $r) { status } }`,
        { id: projectId, r: reason },
        coordinator,
      );
      expect(res.errors).toBeUndefined();
    }
    const inbox = (await server.gql(INBOX, {}, volunteer.headers)).data.me;
    expect(inbox.unreadNotificationCount).toBe(2);
    expect(inbox.notifications.nodes.map((n: any) => [n.kind, n.project.title, n.project.status, n.reason, n.signup.status])).toEqual([
      ['PROJECT_CANCELLED', '测试：较晚取消的活动', 'CANCELLED', '场地检修', 'CANCELLED'],
      ['PROJECT_CANCELLED', '测试：较早取消的活动', 'CANCELLED', '台风预警', 'CANCELLED'],
    ]);
    // Paging newest first, one at a time.
    const page = async (after: string | null) =>
      (
        await server.gql(
          `query($after: String) { me { notifications(first: 1, after: $after) { nodes { reason } pageInfo { hasNextPage endCursor } } } }`,
          { after },
          volunteer.headers,
        )
      ).data.me.notifications;
    const one = await page(null);
    const two = await page(one.pageInfo.endCursor);
    expect([one.nodes[0].reason, two.nodes[0].reason, two.pageInfo.hasNextPage]).toEqual(['场地检修', '台风预警', false]);
  });
});
