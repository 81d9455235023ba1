// Stories (志愿心得): only attendees write one, with at most nine uploaded photos; the team's
// managers (or platform staff) publish or return it and its writer is told; signed-in volunteers
// like a published story once each, even with many likes at once; reports reach platform staff,
// who hide a story (audited); publishing and hiding rebuild the site; bad input gets its code.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { DEFAULT_SETTINGS } from '../../api/src/common/settings.js';
import { startServer, type RunningServer } from '../../api/src/server.js';
import { errorCode, gql, type BoundGql } from '../helpers/api.js';
import { DEMO, signIn } from '../helpers/auth.js';
import { createCrowd, type CrowdMember } from '../helpers/crowd.js';
import { databaseUrl } from '../helpers/database.js';
import { endedShifts, RECORD } from '../helpers/ledger.js';
import { countingOrm } from '../helpers/sql-log.js';

const STORY = `id title body status likeCount reviewNote reportCount viewerLikes publishedAt
  photos { id url alt } author { id displayName } project { id } organization { id }`;
const WRITE = `mutation($input: WriteStoryInput!) { writeStory(input: $input) { ${STORY} } }`;
const REVIEW = `mutation($input: ReviewStoryInput!) { reviewStory(input: $input) { ${STORY} } }`;
const LIKE = `mutation($id: ID!) { likeStory(id: $id) { id likeCount viewerLikes } }`;
const UNLIKE = `mutation($id: ID!) { unlikeStory(id: $id) { id likeCount viewerLikes } }`;
const REPORT = `mutation($input: ReportStoryInput!) { reportStory(input: $input) }`;
const HIDE = `mutation($input: HideStoryInput!) { hideStory(input: $input) { id status reviewNote } }`;
const QUEUE = `query($filter: StoryReviewFilter) { storiesToReview(filter: $filter, first: 50) { totalCount nodes { id title status } } }`;
const PUBLIC = `query($project: ID!, $org: ID!, $vol: ID!) {
  stories(first: 20) { totalCount nodes { id title } }
  project(id: $project) { stories(first: 20) { nodes { id } } }
  organization(id: $org) { stories(first: 20) { nodes { id } } }
  node(id: $vol) { ... on Volunteer { stories(first: 20) { nodes { id } } } } }`;

let orm: MikroORM;
let server: RunningServer & { gql: BoundGql };
let mediaDir: string;
let changes = 0;
let coordinator: Record<string, string>;
let admin: Record<string, string>;
let orgId: string;
let projectId: string;
let crowd: CrowdMember[];
let photoIds: string[];
const sql = <T = any>(q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(q, p);

async function upload(who: Record<string, string>, seed: number): Promise<{ status: number; body: any }> {
  const data = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: seed % 256, g: (seed * 7) % 256, b: 90 } } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.append('purpose', 'STORY');
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), `photo-${seed}.jpg`);
  const res = await fetch(`${server.url}/media`, { method: 'POST', body: form, headers: who });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  ({ orm } = await countingOrm());
  mediaDir = await mkdtemp(path.join(tmpdir(), 'aixin-story-media-'));
  const running = await startServer(
    {
      orm,
      vault: PersonalDataVault.fromEnvironment(inject('dataDir'), false),
      development: false,
      settings: { ...DEFAULT_SETTINGS, media: { kind: 'local', dir: mediaDir } },
      onSiteChange: () => changes++,
    },
    0,
    '127.0.0.1',
  );
  const bound: BoundGql = (q, v, h) => gql(`${running.url}/graphql`, q, v, h);
  server = Object.assign(running, { gql: bound });
  coordinator = await signIn(server, DEMO.coordinator);
  admin = await signIn(server, DEMO.admin);
  [{ id: orgId }] = await sql(`select id from organization where name = '龙华区青年志愿者协会'`);
  // a: hours recorded; b: marked present; c: signed up, never came; d..h: never signed up (likers).
  crowd = await createCrowd(databaseUrl(), 8);
  const [a, b, c] = crowd;
  const ended = await endedShifts(server, orm, coordinator, orgId, [a, b, c]);
  projectId = ended.projectId;
  const recorded = await server.gql(RECORD, { input: { shiftId: ended.shiftIds[0], entries: [{ volunteerId: a.id, minutes: 120 }] } }, coordinator);
  expect(recorded.errors).toBeUndefined();
  await sql(`update signup set status = 'ATTENDED', checked_in_at = now() - interval '2 hours' where shift_id = ? and volunteer_id = ?`, [
    ended.shiftIds[0],
    b.id,
  ]);
  photoIds = [];
  for (let i = 1; i <= 10; i++) {
    const up = await upload(a.headers, i);
    expect(up.status).toBe(201);
    photoIds.push(up.body.image.id);
  }
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
  await rm(mediaDir, { recursive: true, force: true });
});

const photos = (n: number) => photoIds.slice(0, n).map((imageId, i) => ({ imageId, alt: `海滩清理现场 ${i + 1}` }));
const write = (who: CrowdMember | null, input: Record<string, unknown>) =>
  server.gql(
    WRITE,
    { input: { projectId, title: '第一次参加海滩清理', body: '我们一早来到海滩，分组清理垃圾并分类回收，收获很多。', ...input } },
    who?.headers,
  );

let storyId: string;
let returnedId: string;

describe('writeStory', () => {
  it('is for volunteers who attended the activity', async () => {
    const [, , c, d] = crowd;
    expect(errorCode(await write(null, {}))).toBe('UNAUTHENTICATED');
    for (const who of [c, d]) {
      const res = await write(who, {});
      expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'STORY_NOT_ATTENDED' });
    }
    expect(errorCode(await write(c, { projectId: 'prj_00000000000000000000000000' }))).toBe('NOT_FOUND');
    expect(Number((await sql(`select count(*) as n from story where project_id = ?`, [projectId]))[0].n)).toBe(0);
  });

  it('refuses bad input with the field it concerns', async () => {
    const [a] = crowd;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: ' ' }, 'title', 'REQUIRED'],
      [{ title: '长'.repeat(61) }, 'title', 'TOO_LONG'],
      [{ body: '太短' }, 'body', 'TOO_SHORT'],
      [{ body: '好'.repeat(5001) }, 'body', 'TOO_LONG'],
      [{ photos: photos(10) }, 'photos', 'OUT_OF_RANGE'],
      [{ photos: [...photos(1), ...photos(1)] }, 'photos', 'DUPLICATE_PHOTO'],
      [{ photos: [{ imageId: photoIds[0], alt: ' ' }] }, 'photos', 'PHOTO_DESCRIPTION_REQUIRED'],
      [{ photos: [{ imageId: 'img_00000000000000000000000000', alt: '照片' }] }, 'photos', 'IMAGE_UNKNOWN'],
      [{ body: 'a\u0000bcdefghijklmn' }, 'input.body', 'UNSTORABLE_TEXT'],
    ];
    for (const [input, field, reason] of cases) {
      const res = await write(a, input);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    expect(Number((await sql(`select count(*) as n from story where project_id = ?`, [projectId]))[0].n)).toBe(0);
  });

  it('keeps up to nine photos in order and waits for review', async () => {
    const [a, b] = crowd;
    const res = await write(a, { photos: photos(9), idempotencyKey: 'story-a-1' });
    expect(res.errors).toBeUndefined();
    const story = res.data.writeStory;
    expect(story).toMatchObject({ status: 'PENDING', likeCount: 0, publishedAt: null, project: { id: projectId }, organization: { id: orgId } });
    expect(story.photos.map((p: { id: string }) => p.id)).toEqual(photoIds.slice(0, 9));
    expect(story.photos[8].alt).toBe('海滩清理现场 9');
    storyId = story.id;
    // A replay answers the same story.
    expect((await write(a, { photos: photos(9), idempotencyKey: 'story-a-1' })).data.writeStory.id).toBe(storyId);
    const second = await write(b, { title: '被退回的心得', photos: [] });
    expect(second.errors).toBeUndefined();
    returnedId = second.data.writeStory.id;
    // Not public yet: the public sees neither, its writer sees it among their own.
    const pub = await server.gql(PUBLIC, { project: projectId, org: orgId, vol: a.id });
    expect(pub.data.stories.nodes.map((s: { id: string }) => s.id)).not.toContain(storyId);
    expect(pub.data.project.stories.nodes).toEqual([]);
    expect((await server.gql(`query($id: ID!) { story(id: $id) { id } }`, { id: storyId })).data.story).toBeNull();
    const mine = await server.gql(`{ myStories(first: 10) { nodes { id status } } }`, {}, a.headers);
    expect(mine.data.myStories.nodes).toEqual([{ id: storyId, status: 'PENDING' }]);
  });
});

describe('review', () => {
  it("is the team's managers' (or platform staff's) to do", async () => {
    const [a, , , d] = crowd;
    expect(errorCode(await server.gql(QUEUE, { filter: { organizationId: orgId } }, d.headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(QUEUE, {}, coordinator))).toBe('FORBIDDEN');
    const queue = await server.gql(QUEUE, { filter: { organizationId: orgId } }, coordinator);
    // The demo data's teams have stories waiting too.
    expect(queue.data.storiesToReview.nodes.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([storyId, returnedId]));
    const everyTeam = (await server.gql(QUEUE, {}, admin)).data.storiesToReview;
    expect(everyTeam.nodes.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([storyId, returnedId]));
    expect(everyTeam.nodes.every((s: { status: string }) => s.status === 'PENDING')).toBe(true);
    expect(errorCode(await server.gql(REVIEW, { input: { id: storyId, approve: true } }, a.headers))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(REVIEW, { input: { id: 'sty_00000000000000000000000000', approve: true } }, coordinator))).toBe('NOT_FOUND');
    const noNote = await server.gql(REVIEW, { input: { id: returnedId, approve: false } }, coordinator);
    expect(noNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  });

  it('publishes or returns a story, tells its writer, and rebuilds the site', async () => {
    const [a, b] = crowd;
    const before = changes;
    const approved = await server.gql(REVIEW, { input: { id: storyId, approve: true, note: '写得很好' } }, coordinator);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.reviewStory).toMatchObject({ status: 'PUBLISHED', reviewNote: '写得很好' });
    expect(approved.data.reviewStory.publishedAt).not.toBeNull();
    const returned = await server.gql(REVIEW, { input: { id: returnedId, approve: false, note: '请补充活动细节' } }, admin);
    expect(returned.data.reviewStory.status).toBe('REJECTED');
    expect(changes).toBe(before + 2);
    expect(errorCode(await server.gql(REVIEW, { input: { id: storyId, approve: false, note: '再看看' } }, coordinator))).toBe('CONFLICT');
    const inbox = `{ me { notifications(first: 5) { nodes { kind title reason } } } }`;
    expect((await server.gql(inbox, {}, a.headers)).data.me.notifications.nodes[0]).toEqual({
      kind: 'STORY_PUBLISHED',
      title: '第一次参加海滩清理',
      reason: '写得很好',
    });
    expect((await server.gql(inbox, {}, b.headers)).data.me.notifications.nodes[0]).toEqual({
      kind: 'STORY_REJECTED',
      title: '被退回的心得',
      reason: '请补充活动细节',
    });
    // Public now: the stream, the activity, the team and the writer list it; the returned one nowhere.
    const pub = await server.gql(PUBLIC, { project: projectId, org: orgId, vol: a.id });
    expect(pub.errors).toBeUndefined();
    // The most recently published first.
    expect(pub.data.stories.nodes[0]).toEqual({ id: storyId, title: '第一次参加海滩清理' });
    expect(pub.data.project.stories.nodes).toEqual([{ id: storyId }]);
    expect(pub.data.organization.stories.nodes[0]).toEqual({ id: storyId });
    expect(pub.data.node.stories.nodes).toEqual([{ id: storyId }]);
    // The public reads no note and no report count; the returned story stays with its writer.
    const anon = await server.gql(`query($id: ID!) { story(id: $id) { reviewNote reportCount author { displayName realName } } }`, { id: storyId });
    expect(anon.data.story).toMatchObject({ reviewNote: null, reportCount: null, author: { realName: null } });
    expect((await server.gql(`query($id: ID!) { story(id: $id) { id } }`, { id: returnedId })).data.story).toBeNull();
    expect((await server.gql(`query($id: ID!) { story(id: $id) { reviewNote } }`, { id: returnedId }, b.headers)).data.story.reviewNote).toBe('请补充活动细节');
  });
});

describe('likes', () => {
  it('count one per volunteer, even when many arrive at once', async () => {
    const likers = crowd.slice(3);
    expect(errorCode(await server.gql(LIKE, { id: storyId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(LIKE, { id: returnedId }, likers[0].headers))).toBe('NOT_FOUND');
    // Each liker sends four likes at once.
    const results = await Promise.all(likers.flatMap((who) => Array.from({ length: 4 }, () => server.gql(LIKE, { id: storyId }, who.headers))));
    for (const res of results) expect(res.errors).toBeUndefined();
    const [{ like_count, likes }] = await sql(`select like_count, (select count(*) from story_like where story_id = s.id) as likes from story s where id = ?`, [
      storyId,
    ]);
    expect(Number(like_count)).toBe(likers.length);
    expect(Number(likes)).toBe(likers.length);
    const again = await server.gql(LIKE, { id: storyId }, likers[0].headers);
    expect(again.data.likeStory).toMatchObject({ likeCount: likers.length, viewerLikes: true });
    // Taking a like back, at once twice, counts once.
    const back = await Promise.all([server.gql(UNLIKE, { id: storyId }, likers[0].headers), server.gql(UNLIKE, { id: storyId }, likers[0].headers)]);
    for (const res of back) expect(res.errors).toBeUndefined();
    const after = await server.gql(`query($id: ID!) { story(id: $id) { likeCount viewerLikes } }`, { id: storyId }, likers[0].headers);
    expect(after.data.story).toEqual({ likeCount: likers.length - 1, viewerLikes: false });
  });
});

describe('reports and hiding', () => {
  it('reports reach platform staff, once per volunteer', async () => {
    const [, , c, d] = crowd;
    expect(errorCode(await server.gql(REPORT, { input: { id: storyId, reason: 'SPAM' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(REPORT, { input: { id: storyId, reason: 'NOT_A_REASON' } }, c.headers))).toBe('BAD_USER_INPUT');
    const longNote = await server.gql(REPORT, { input: { id: storyId, reason: 'OTHER', note: '长'.repeat(501) } }, c.headers);
    expect(longNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note', reason: 'TOO_LONG' });
    expect(errorCode(await server.gql(REPORT, { input: { id: returnedId, reason: 'SPAM' } }, c.headers))).toBe('NOT_FOUND');
    for (const who of [c, c, d])
      expect((await server.gql(REPORT, { input: { id: storyId, reason: 'PRIVACY', note: '照片里有他人的门牌号' } }, who.headers)).data.reportStory).toBe(true);
    const REPORTS = `{ storyReports(first: 10) { totalCount nodes { reason note story { id reportCount } } } }`;
    expect(errorCode(await server.gql(REPORTS, {}, coordinator))).toBe('FORBIDDEN');
    const reports = await server.gql(REPORTS, {}, admin);
    expect(reports.data.storyReports.totalCount).toBe(2);
    expect(reports.data.storyReports.nodes[0]).toEqual({ reason: 'PRIVACY', note: '照片里有他人的门牌号', story: { id: storyId, reportCount: 2 } });
  });

  it('platform staff hide a story (audited); it leaves every public list and its writer is told', async () => {
    const [a] = crowd;
    expect(errorCode(await server.gql(HIDE, { input: { id: storyId, reason: '涉及他人隐私' } }, coordinator))).toBe('FORBIDDEN');
    const short = await server.gql(HIDE, { input: { id: storyId, reason: 'x' } }, admin);
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'TOO_SHORT' });
    const before = changes;
    const hidden = await server.gql(HIDE, { input: { id: storyId, reason: '涉及他人隐私' } }, admin);
    expect(hidden.data.hideStory).toEqual({ id: storyId, status: 'HIDDEN', reviewNote: '涉及他人隐私' });
    expect(changes).toBe(before + 1);
    const [audit] = await sql(`select action, detail from audit_log where subject_id = ? order by id desc limit 1`, [storyId]);
    expect(audit).toMatchObject({ action: 'story.hidden', detail: { reason: '涉及他人隐私', status: 'PUBLISHED' } });
    const pub = await server.gql(PUBLIC, { project: projectId, org: orgId, vol: a.id });
    expect(pub.data.stories.nodes.map((s: { id: string }) => s.id)).not.toContain(storyId);
    expect(pub.data.project.stories.nodes).toEqual([]);
    expect(pub.data.node.stories.nodes).toEqual([]);
    expect(errorCode(await server.gql(LIKE, { id: storyId }, crowd[4].headers))).toBe('NOT_FOUND');
    const inbox = await server.gql(`{ me { notifications(first: 1) { nodes { kind reason } } } }`, {}, a.headers);
    expect(inbox.data.me.notifications.nodes[0]).toEqual({ kind: 'STORY_HIDDEN', reason: '涉及他人隐私' });
  });
});
