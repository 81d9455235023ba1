// The usual cast of an activities test: an in-process server, the demo coordinator signed
// in, their organisation, and a crowd of fresh signed-in volunteers.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ServerOptions } from '../../api/src/server.js';
import { testOrm, testServer } from './api.js';
import { DEMO, signIn } from './auth.js';
import { createCrowd, type CrowdMember } from './crowd.js';
import { databaseUrl } from './database.js';

export interface ActivitiesStage {
  orm: MikroORM;
  server: Awaited<ReturnType<typeof testServer>>;
  coordinator: Record<string, string>;
  orgId: string;
  crowd: CrowdMember[];
  sql: <T = any>(query: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
}

/** `serverOptions`: more of the server's options (a job queue, listeners). */
export async function activitiesStage(crowdSize: number, serverOptions: Partial<ServerOptions> = {}): Promise<ActivitiesStage> {
  const orm = await testOrm();
  const server = await testServer(orm, serverOptions);
  const sql = <T = any>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params);
  const coordinator = await signIn(server, DEMO.coordinator);
  const [{ id: orgId }] = await sql<{ id: string }>(`select id from organization where name = '龙华区青年志愿者协会'`);
  const crowd = await createCrowd(databaseUrl(), crowdSize);
  return {
    orm,
    server,
    coordinator,
    orgId,
    crowd,
    sql,
    close: async () => {
      await server.close();
      await orm.close();
    },
  };
}

/** A published activity of the stage's organisation with one three-hour shift (with a waitlist) starting in `startsInHours`. */
export async function publishedShift(
  stage: ActivitiesStage,
  title: string,
  { startsInHours = 48, capacity = 1 }: { startsInHours?: number; capacity?: number } = {},
): Promise<{ projectId: string; shiftId: string }> {
  const { server, coordinator, orgId } = stage;
  const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  const created = await server.gql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
    {
      input: {
        organizationId: orgId,
        title,
        summary: '测试',
        shifts: [{ startsAt: at(startsInHours), endsAt: at(startsInHours + 3), capacity, waitlist: true }],
      },
    },
    coordinator,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const projectId: string = created.data.createProject.id;
  const published = await server.gql(`mutation($id: ID!) { publishProject(id: $id) { status } }`, { id: projectId }, coordinator);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return { projectId, shiftId: created.data.createProject.shifts[0].id };
}

/** `member` signs up for the shift through the API. */
export async function signUpThrough(stage: ActivitiesStage, member: CrowdMember, shiftId: string): Promise<{ id: string; status: string }> {
  const res = await stage.server.gql(`mutation($s: ID!) { signUp(input: { shiftId: $s }) { id status } }`, { s: shiftId }, member.headers);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.signUp;
}

/**
 * A place comes free for `waiting` (through the API) on a new activity whose shift starts in
 * `startsInHours`: the outbox holds one SIGNUP_PROMOTED message for them, whose ID this returns.
 */
export async function promoteFromWaitlist(
  stage: ActivitiesStage,
  holder: CrowdMember,
  waiting: CrowdMember,
  title: string,
  startsInHours: number,
): Promise<string> {
  const { shiftId } = await publishedShift(stage, title, { startsInHours });
  const held = await signUpThrough(stage, holder, shiftId);
  const queued = await signUpThrough(stage, waiting, shiftId);
  if (queued.status !== 'WAITLISTED') throw new Error(`expected WAITLISTED, got ${queued.status}`);
  const cancelled = await stage.server.gql(`mutation($id: ID!) { cancelSignup(id: $id) { status } }`, { id: held.id }, holder.headers);
  if (cancelled.errors) throw new Error(JSON.stringify(cancelled.errors));
  const [message] = await stage.sql<{ id: string }>(`select id from outbox where recipient_id = ? and topic = 'signup.promoted' order by id desc limit 1`, [
    waiting.id,
  ]);
  return String(message.id);
}
