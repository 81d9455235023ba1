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
